import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DeliveryState, Message } from '../../api/types';
import { WorkspaceTime } from '../../ui/WorkspaceTime';
import { AnalysisBadges } from './AnalysisBadges';
import classes from './MessageBubble.module.css';

const deliveryColors: Partial<Record<DeliveryState, string>> = { failed: 'red', unknown: 'orange', queued: 'gray', sending: 'blue' };

/**
 * One message. Follower text is untrusted: it is only ever a React text child
 * (escaped by React), never HTML.
 */
export function MessageBubble({ message, channelHandle }: { message: Message; channelHandle: string }) {
  const { t } = useTranslation();
  const inbound = message.direction === 'inbound';
  const author = inbound ? (message.author?.displayName ?? message.author?.handle ?? '') : (message.author?.displayName ?? channelHandle);
  const deliveryColor = deliveryColors[message.deliveryState];

  return (
    <Stack
      gap={4}
      className={classes.row}
      data-direction={message.direction}
      data-testid="message"
      data-message-id={message.id}
    >
      <Group gap={6} className={classes.meta}>
        <Text size="xs" fw={600}>
          {author}
        </Text>
        <WorkspaceTime instant={message.sentAt} format="clock" />
      </Group>
      <Paper className={classes.bubble} p="sm" radius="lg" withBorder={inbound} data-deleted={message.deleted || undefined}>
        <Text size="sm" className={classes.text} td={message.deleted ? 'line-through' : undefined} c={message.deleted ? 'dimmed' : undefined}>
          {message.text}
        </Text>
      </Paper>
      {(message.deleted || message.editedAt) && (
        <Text size="xs" c="dimmed" fs="italic" className={classes.meta}>
          {message.deleted ? t('inbox.deleted') : t('inbox.edited')}
        </Text>
      )}
      {inbound && message.analysis && (
        <AnalysisBadges
          intents={message.analysis.intents}
          sentiment={message.analysis.sentiment.label}
          emotion={message.analysis.emotion.label}
          urgency={message.analysis.urgency}
          hideNormalUrgency
        />
      )}
      {!inbound && deliveryColor && (
        <Badge size="xs" variant="light" color={deliveryColor} className={classes.meta}>
          {t(`delivery.${message.deliveryState}`)}
        </Badge>
      )}
    </Stack>
  );
}
