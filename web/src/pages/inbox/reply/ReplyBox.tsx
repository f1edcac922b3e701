import { useState, type KeyboardEvent } from 'react';
import { Button, Group, Paper, ScrollArea, Stack, Text } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ConversationSummary } from '../../../api/types';
import { HighlightedTextarea } from '../../../content-guard/HighlightedTextarea';
import { useBrandProfile } from '../../../content-guard/useBrandProfile';
import { useWorkspace } from '../../../workspace/WorkspaceContext';
import { usePresenceReporter } from '../conversation/usePresenceReporter';
import { GuardFindingList } from './GuardFindingList';
import { ToneCoach } from './ToneCoach';
import type { DisplayFinding } from './guardFindings';
import { PacingHoldAlert } from './PacingHoldAlert';
import { ReplyBlockedAlert } from './ReplyBlockedAlert';
import { keepDraft, readDraft } from './replyDrafts';
import { REPLY_TEXT_ID } from './replyIds';
import { fillVariables, insertReplyText } from './replyVariables';
import { SavedRepliesPicker } from './SavedRepliesPicker';
import { SoftSellScore } from './SoftSellScore';
import { SuggestedReplies } from './SuggestedReplies';
import { useReplyReview } from './useReplyReview';
import { useReplySender } from './useReplySender';

const MAX_REPLY = 10_000;

interface ReplyBoxProps {
  conversation: ConversationSummary;
  /** The follower's language, so saved replies in it come first. */
  followerLanguage: string | undefined;
}

/** Write, check and send a reply: the content guard reads along, saved and suggested replies help. */
export function ReplyBox({ conversation, followerLanguage }: ReplyBoxProps) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const [text, setTextState] = useState(() => readDraft(conversation.id));
  const [element, setElement] = useState<HTMLTextAreaElement | null>(null);
  const setText = (next: string) => {
    setTextState(next);
    keepDraft(conversation.id, next);
  };
  const sender = useReplySender(workspace.id, conversation.id, () => setText(''));
  const brand = useBrandProfile(workspace.id).data;
  const review = useReplyReview(text, sender.blocked, brand);
  usePresenceReporter(workspace.id, conversation.id, text.trim() !== '');

  if (workspace.role === 'viewer') {
    return (
      <Paper p="sm" radius={0} data-testid="reply-box" data-read-only>
        <Text size="sm" c="dimmed">{t('inbox.reply.viewerOnly')}</Text>
      </Paper>
    );
  }

  const insert = (addition: string) => {
    setText(insertReplyText(text, addition));
    // After React renders the new text: put the caret at its end, ready to edit.
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(element.value.length, element.value.length);
    });
  };
  const select = (finding: DisplayFinding) => {
    element?.focus();
    element?.setSelectionRange(finding.start, finding.end);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      sender.send({ text });
    }
    // Leaving the box with Escape gives the keyboard back to the inbox shortcuts.
    if (event.key === 'Escape') event.currentTarget.blur();
  };
  const canOverride = workspace.role === 'owner' || workspace.role === 'manager';
  const unfilled = [...new Set(review.variables.map((variable) => `{${variable.name}}`))];

  return (
    <Paper p="sm" radius={0} data-testid="reply-box" style={{ borderTop: '1px solid var(--mantine-color-default-border)', maxHeight: '62%', overflowY: 'auto', flexShrink: 0 }}>
      <Stack gap="xs">
        <SuggestedReplies conversationId={conversation.id} onPick={(suggestion) => insert(suggestion.text)} writing={text.trim() !== ''} />
        <HighlightedTextarea
          id={REPLY_TEXT_ID}
          value={text}
          onChange={setText}
          marks={review.marks}
          label={t('inbox.reply.label')}
          placeholder={t('inbox.reply.placeholder')}
          onKeyDown={onKeyDown}
          textareaRef={setElement}
          maxLength={MAX_REPLY}
          testIdPrefix="reply"
          size="sm"
          maxHeight={240}
        />
        {unfilled.length > 0 && (
          <Text size="xs" c="grape" data-testid="reply-unfilled">
            {t('inbox.reply.unfilled', { names: unfilled.join(', ') })}
          </Text>
        )}
        {sender.needsRetry && (
          <Text size="xs" c="orange.8" role="alert" data-testid="reply-retry">
            {t('inbox.reply.networkRetry')}
          </Text>
        )}
        {review.serverFindings ? (
          <ReplyBlockedAlert findings={review.serverFindings} onSelect={select} canOverride={canOverride} onOverride={(overrideReason) => sender.send({ text, overrideReason })} sending={sender.sending} />
        ) : (
          review.findings.length > 0 && (
            <ScrollArea.Autosize mah={150} type="auto" data-testid="guard-findings">
              <GuardFindingList findings={review.findings} onSelect={select} source="browser" />
            </ScrollArea.Autosize>
          )
        )}
        {text.trim() !== '' && <ToneCoach draft={text} emotion={conversation.emotion} aboutBrand={conversation.intents.includes('complaint')} />}
        {sender.hold && <PacingHoldAlert hold={sender.hold} />}
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            <SavedRepliesPicker preferredLanguage={followerLanguage} onPick={(reply) => insert(fillVariables(reply.text, { nama: conversation.contact?.displayName }))} />
            {review.result && <SoftSellScore result={review.result} />}
          </Group>
          <Group gap="xs">
            <Text size="xs" c="dimmed" visibleFrom="sm">
              {t('inbox.reply.sendHint')}
            </Text>
            <Button size="sm" leftSection={<IconSend size={16} aria-hidden />} onClick={() => sender.send({ text })} loading={sender.sending} disabled={text.trim() === ''} data-testid="reply-send">
              {t('inbox.reply.send')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Paper>
  );
}
