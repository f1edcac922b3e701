import { Group, MultiSelect, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../api/types';

export interface Draft {
  text: string;
  channelIds: string[];
}

interface DraftEditorProps {
  channels: readonly Channel[];
  draft: Draft;
  onChange: (draft: Draft) => void;
}

/**
 * The text of a post and where it goes. Kept in its own file because the content
 * guard (soft-sell score, honest-claim checks) will hook in here, beside the text.
 */
export function DraftEditor({ channels, draft, onChange }: DraftEditorProps) {
  const { t } = useTranslation();
  const channelOptions = channels.map((channel) => ({
    value: channel.id,
    label: `${t(`network.${channel.network}`)} · ${channel.handle}${channel.simulated ? ` (${t('compose.simulated')})` : ''}`,
    disabled: channel.status !== 'active',
  }));

  return (
    <Stack gap="md" data-testid="draft-editor">
      <MultiSelect
        label={t('compose.channels')}
        placeholder={draft.channelIds.length === 0 ? t('compose.channelsPlaceholder') : undefined}
        data={channelOptions}
        value={draft.channelIds}
        onChange={(channelIds) => onChange({ ...draft, channelIds })}
        nothingFoundMessage={t('compose.noChannels')}
        clearable
        searchable
        data-testid="draft-channels"
      />
      <Textarea
        label={t('compose.draft')}
        placeholder={t('compose.draftPlaceholder')}
        value={draft.text}
        onChange={(event) => onChange({ ...draft, text: event.currentTarget.value })}
        autosize
        minRows={6}
        maxRows={16}
        data-testid="draft-text"
      />
      <Group justify="flex-end">
        <Text size="xs" c="dimmed" aria-live="polite">
          {/* Grapheme count, not UTF-16 units: an emoji is one character to a follower. */}
          {t('compose.characters', { count: countCharacters(draft.text) })}
        </Text>
      </Group>
    </Stack>
  );
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function countCharacters(text: string): number {
  let count = 0;
  for (const _segment of graphemes.segment(text)) count += 1;
  return count;
}
