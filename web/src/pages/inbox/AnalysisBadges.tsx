import type { ReactNode } from 'react';
import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConversationStatus, SentimentLabel, Urgency } from '../../api/types';

const sentimentColors: Record<SentimentLabel, string> = { positive: 'teal', neutral: 'gray', negative: 'red' };
const urgencyColors: Record<Urgency, string> = { low: 'gray', normal: 'blue', high: 'orange' };
const statusColors: Record<ConversationStatus, string> = { open: 'cyan', snoozed: 'yellow', closed: 'gray' };
const intentColors: Record<string, string> = { question: 'blue', complaint: 'red', purchase_intent: 'grape', praise: 'teal', spam: 'dark' };

/** The analysis says "none" when it found no emotion; that is not worth a badge. */
const NO_EMOTION = new Set(['none', 'neutral']);

/** Analysis labels come from a model and may grow; unknown ones show as readable words rather than keys. */
function humanize(label: string): string {
  return label.replace(/[_-]+/g, ' ');
}

export function StatusBadge({ status }: { status: ConversationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant="dot" color={statusColors[status]} data-status={status}>
      {t(`status.${status}`)}
    </Badge>
  );
}

export function IntentBadges({ intents }: { intents: readonly string[] }) {
  const { t } = useTranslation();
  return intents.map((intent) => (
    <Badge key={intent} size="sm" variant="light" color={intentColors[intent] ?? 'indigo'} data-intent={intent}>
      {t(`intent.${intent}`, { defaultValue: humanize(intent) })}
    </Badge>
  ));
}

export function SentimentBadge({ sentiment }: { sentiment: SentimentLabel }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant="outline" color={sentimentColors[sentiment]} data-sentiment={sentiment}>
      {t(`sentiment.${sentiment}`)}
    </Badge>
  );
}

export function EmotionBadge({ emotion }: { emotion: string }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant="outline" color="violet" data-emotion={emotion}>
      {t(`emotion.${emotion}`, { defaultValue: humanize(emotion) })}
    </Badge>
  );
}

export function UrgencyBadge({ urgency }: { urgency: Urgency }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant={urgency === 'high' ? 'filled' : 'light'} color={urgencyColors[urgency]} data-urgency={urgency}>
      {t(`urgency.${urgency}`)}
    </Badge>
  );
}

interface AnalysisBadgesProps {
  intents: readonly string[];
  sentiment: SentimentLabel | null;
  emotion?: string | null;
  urgency: Urgency | null;
  /** In the busy list, "normal" urgency is the default and only adds noise. */
  hideNormalUrgency?: boolean;
  /** Further badges (e.g. the status) that should wrap along with these. */
  children?: ReactNode;
}

export function AnalysisBadges({ intents, sentiment, emotion, urgency, hideNormalUrgency = false, children }: AnalysisBadgesProps) {
  const showUrgency = urgency !== null && !(hideNormalUrgency && urgency === 'normal');
  return (
    <Group gap={4} wrap="wrap">
      {showUrgency && <UrgencyBadge urgency={urgency} />}
      <IntentBadges intents={intents} />
      {sentiment && <SentimentBadge sentiment={sentiment} />}
      {emotion && !NO_EMOTION.has(emotion) && <EmotionBadge emotion={emotion} />}
      {children}
    </Group>
  );
}
