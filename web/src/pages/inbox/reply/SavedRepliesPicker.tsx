import { useState } from 'react';
import { Badge, Button, Group, Popover, ScrollArea, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconBookmarks, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SavedReply } from '../../../api/inboxTypes';
import { useWorkspace } from '../../../workspace/WorkspaceContext';
import { useSavedReplies } from '../data/inboxQueries';
import classes from './SavedRepliesPicker.module.css';

interface SavedRepliesPickerProps {
  /** The follower's language, when known: its replies are listed first. */
  preferredLanguage: string | undefined;
  onPick: (reply: SavedReply) => void;
}

function matches(reply: SavedReply, query: string): boolean {
  const needle = query.trim().toLowerCase();
  return needle === '' || reply.title.toLowerCase().includes(needle) || reply.text.toLowerCase().includes(needle);
}

/** The team's ready answers, searchable; picking one fills the reply box. */
export function SavedRepliesPicker({ preferredLanguage, onPick }: SavedRepliesPickerProps) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const [opened, setOpened] = useState(false);
  const [query, setQuery] = useState('');
  const savedReplies = useSavedReplies(workspace.id);
  const shown = (savedReplies.data ?? [])
    .filter((reply) => matches(reply, query))
    .sort((a, b) => Number(b.language === preferredLanguage) - Number(a.language === preferredLanguage));

  return (
    <Popover opened={opened} onChange={setOpened} position="top-start" width={380} withinPortal shadow="md" trapFocus>
      <Popover.Target>
        <Button size="compact-sm" variant="light" leftSection={<IconBookmarks size={14} aria-hidden />} onClick={() => setOpened((open) => !open)} aria-expanded={opened} data-testid="saved-replies-button">
          {t('inbox.reply.savedReplies')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown p="xs" data-testid="saved-replies-list">
        <Stack gap="xs">
          <TextInput
            size="xs"
            leftSection={<IconSearch size={14} aria-hidden />}
            aria-label={t('inbox.reply.savedRepliesSearch')}
            placeholder={t('inbox.reply.savedRepliesSearch')}
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
            data-autofocus
          />
          <ScrollArea.Autosize mah={320} type="auto">
            <Stack gap={2}>
              {shown.map((reply) => (
                <UnstyledButton
                  key={reply.id}
                  className={classes.item}
                  onClick={() => {
                    onPick(reply);
                    setOpened(false);
                    setQuery('');
                  }}
                  data-testid="saved-reply-item"
                  data-saved-reply-id={reply.id}
                >
                  <Group justify="space-between" gap="xs" wrap="nowrap">
                    <Text size="sm" fw={600} truncate>
                      {reply.title}
                    </Text>
                    <Badge size="xs" variant="outline" color="gray">
                      {reply.language.toUpperCase()}
                    </Badge>
                  </Group>
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {reply.text}
                  </Text>
                </UnstyledButton>
              ))}
              {savedReplies.isSuccess && shown.length === 0 && (
                <Text size="xs" c="dimmed" p="xs">
                  {t('inbox.reply.savedRepliesEmpty')}
                </Text>
              )}
            </Stack>
          </ScrollArea.Autosize>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
