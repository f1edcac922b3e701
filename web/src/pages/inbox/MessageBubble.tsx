import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DeliveryState, Message } from '../../api/types';
import { WorkspaceTime } from '../../ui/WorkspaceTime';
import { AnalysisBadges } from './AnalysisBadges';
import { MarkGoodButton } from './conversation/MarkGoodButton';
import classes from './MessageBubble.module.css';

const deliveryColors: Partial<Record<DeliveryState, string>> = { failed: 'red', unknown: 'orange', queued: 'gray', sending: 'blue', sent: 'teal' };

/**
 * One message. Follower text is untrusted: it is only ever a React text child
 * (escaped by React), never HTML.
 */
export function MessageBubble({ message, channelHandle, conversationId }: { message: Message; channelHandle: string; conversationId: string }) {
  const { t } = useTranslation();
  const inbound = message.direction === 'inbound';
  const author = inbound ? (message.author?.displayName ?? message.author?.handle ?? '') : (message.author?.displayName ?? channelHandle);
  const deliveryColor = deliveryColors[message.deliveryState];
  // These say what the officer can do about it; the network's own reason (`error`) follows a failed send.
  const deliveryHint = message.deliveryState === 'failed' ? t('inbox.delivery.failedHint') : message.deliveryState === 'unknown' ? t('inbox.delivery.unknownHint') : null;

  return (
    <Stack
      gap={4}
      className={classes.row}
      data-direction={message.direction}
      data-delivery-state={message.deliveryState}
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
        <Group gap={6} className={classes.meta} wrap="nowrap">
          <Badge size="xs" variant="light" color={deliveryColor} data-testid="delivery-state">
            {t(`delivery.${message.deliveryState}`)}
          </Badge>
          {message.deliveryState === 'sent' && <MarkGoodButton conversationId={conversationId} messageId={message.id} markedGood={message.markedGood} />}
        </Group>
      )}
      {deliveryHint && (
        <Text size="xs" c={message.deliveryState === 'failed' ? 'red' : 'orange.8'} className={classes.meta} maw={420} ta="right" role="note" data-testid="delivery-hint">
          {deliveryHint}
          {message.deliveryState === 'failed' && message.error !== null && (
            <Text span size="xs" c="dimmed" display="block" data-testid="delivery-error">
              {message.error}
            </Text>
          )}
        </Text>
      )}
    </Stack>
  );
}
