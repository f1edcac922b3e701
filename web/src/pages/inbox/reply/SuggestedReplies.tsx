import { useState } from 'react';
import { Anchor, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconBook, IconBulb, IconHistory } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchReplySuggestions } from '../../../api/conversationsApi';
import type { ReplySuggestion } from '../../../api/inboxTypes';
import { queryKeys } from '../../../api/queryKeys';
import { useWorkspace } from '../../../workspace/WorkspaceContext';
import classes from './SavedRepliesPicker.module.css';

interface SuggestedRepliesProps {
  conversationId: string;
  onPick: (suggestion: ReplySuggestion) => void;
  /** The officer is already writing: fold the suggestions away unless asked for. */
  writing: boolean;
}

/** Answers from the FAQ and past replies marked good, each with where it comes from. */
export function SuggestedReplies({ conversationId, onPick, writing }: SuggestedRepliesProps) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const [chosenHidden, setChosenHidden] = useState<boolean | null>(null);
  const hidden = chosenHidden ?? writing;
  const suggestions = useQuery({
    queryKey: queryKeys.replySuggestions(workspace.id, conversationId),
    queryFn: ({ signal }) => fetchReplySuggestions(workspace.id, conversationId, signal),
    // Suggestions are a help, not the job: a failure stays quiet.
    meta: { handlesOwnErrors: true },
    staleTime: 60_000,
  });
  const items = suggestions.data ?? [];
  // The server offers nothing when nothing fits: say so rather than leave the officer guessing.
  if (items.length === 0) {
    return suggestions.isSuccess ? (
      <Group gap={4} c="dimmed" data-testid="suggestions-no-match">
        <IconBulb size={14} aria-hidden />
        <Text size="xs" c="inherit">
          {t('inbox.reply.noGoodMatch')}
        </Text>
      </Group>
    ) : null;
  }

  return (
    <Stack gap={4} data-testid="suggested-replies">
      <Group justify="space-between" gap="xs">
        <Group gap={4} c="dimmed">
          <IconBulb size={14} aria-hidden />
          <Text size="xs" fw={700} c="inherit">
            {t('inbox.reply.suggestions')}
          </Text>
        </Group>
        <Anchor component="button" type="button" size="xs" onClick={() => setChosenHidden(!hidden)} aria-expanded={!hidden}>
          {hidden ? t('inbox.reply.suggestionsShow', { count: items.length }) : t('inbox.reply.suggestionsHide')}
        </Anchor>
      </Group>
      {!hidden &&
        items.map((suggestion) => (
          <UnstyledButton
            key={`${suggestion.source.type}:${suggestion.source.id}`}
            className={classes.item}
            onClick={() => onPick(suggestion)}
            data-testid="suggestion-item"
            data-source-type={suggestion.source.type}
            style={{ border: '1px solid var(--mantine-color-default-border)' }}
          >
            <Text size="xs" lineClamp={2}>
              {suggestion.text}
            </Text>
            <Group gap={4} mt={2} wrap="nowrap" c="dimmed">
              {suggestion.source.type === 'faq' ? <IconBook size={12} aria-hidden style={{ flexShrink: 0 }} /> : <IconHistory size={12} aria-hidden style={{ flexShrink: 0 }} />}
              <Text size="xs" c="dimmed" truncate data-testid="suggestion-source">
                {t(suggestion.source.type === 'faq' ? 'inbox.reply.sourceFaq' : 'inbox.reply.sourcePastReply', { title: suggestion.source.title })}
              </Text>
            </Group>
          </UnstyledButton>
        ))}
    </Stack>
  );
}
