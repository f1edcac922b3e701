import { Group, List, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconHeartHandshake, IconPointFilled } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localized } from '../../../content-guard/localized';
import { coachReply } from '../../../tone-coach/tone';

interface ToneCoachProps {
  draft: string;
  /** The follower's emotion (from the analysis): the coach speaks for anger, fear and sadness. */
  emotion: string | null;
  /** The follower complains about the brand: an apology is expected. */
  aboutBrand: boolean;
}

/** The emotions the coach speaks for, as i18n keys (the coach returns null for the rest). */
function coachedEmotion(emotion: string | null): 'anger' | 'fear' | 'sadness' | 'none' {
  return emotion === 'anger' || emotion === 'fear' || emotion === 'sadness' ? emotion : 'none';
}

/** How the draft will land with an upset follower: four points, each with what to write. */
export function ToneCoach({ draft, emotion, aboutBrand }: ToneCoachProps) {
  const { t, i18n } = useTranslation();
  const advice = useMemo(() => coachReply(draft, { emotion: emotion ?? 'none', aboutBrand }), [draft, emotion, aboutBrand]);
  if (advice === null) return null;
  const open = advice.filter((point) => !point.met);
  return (
    <Stack gap={2} data-testid="tone-coach" data-open-points={open.map((point) => point.point).join(' ')}>
      <Group gap={4} c="dimmed">
        <IconHeartHandshake size={14} aria-hidden />
        <Text size="xs" fw={700} c="inherit">
          {t('inbox.tone.title', { emotion: t(`inbox.tone.emotion.${coachedEmotion(emotion)}`) })}
        </Text>
      </Group>
      <List size="xs" spacing={2} center>
        {advice.map((point) => (
          <List.Item
            key={point.point}
            data-testid={`tone-point-${point.point}`}
            data-met={point.met}
            icon={
              <ThemeIcon size={14} radius="xl" color={point.met ? 'teal' : 'orange'} variant="light">
                {point.met ? <IconCheck size={10} /> : <IconPointFilled size={10} />}
              </ThemeIcon>
            }
          >
            <Text size="xs" span fw={point.met ? 400 : 600}>
              {t(`inbox.tone.points.${point.point}`)}
            </Text>
            {!point.met && (
              <Text size="xs" c="dimmed">
                {point.spans.length > 0 && `${t('inbox.tone.found', { phrases: point.spans.map((span) => `“${span.text}”`).join(', ') })} `}
                {localized(point.suggestion, i18n.language)}
              </Text>
            )}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
