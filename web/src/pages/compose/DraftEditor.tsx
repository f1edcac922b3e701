import { Group, Input, MultiSelect, Stack, Switch } from '@mantine/core';
import { useMemo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkLimits } from '../../../../src/channels/limits.js';
import type { Channel } from '../../api/types';
import type { Finding } from '../../content-guard/guard';
import { HighlightedTextarea } from '../../content-guard/HighlightedTextarea';
import { findingMarks } from '../../content-guard/highlightSegments';
import { LengthCounters } from './LengthCounters';

import type { Draft } from './variantModel';

export { emptyDraft, type Draft } from './variantModel';
// Same bound as the server's check (src/server/routes/guard/schema.ts).
export const maxDraftLength = 20_000;

interface DraftEditorProps {
  channels: readonly Channel[];
  draft: Draft;
  onChange: (draft: Draft) => void;
  findings: readonly Finding[];
  findingsId: string;
  textareaRef: Ref<HTMLTextAreaElement>;
  /** The chosen channels' limits (Mastodon's from its instance), for the counters. */
  limits: readonly NetworkLimits[];
}

/** The text of a post, where it goes, and whether it is paid — with the guard's marks in the text. */
export function DraftEditor({ channels, draft, onChange, findings, findingsId, textareaRef, limits }: DraftEditorProps) {
  const { t } = useTranslation();
  const marks = useMemo(() => findingMarks(findings), [findings]);
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
      <Input.Wrapper label={t('compose.draft')} labelProps={{ htmlFor: 'compose-draft-text' }}>
        <HighlightedTextarea
          id="compose-draft-text"
          value={draft.text}
          onChange={(text) => onChange({ ...draft, text })}
          marks={marks}
          placeholder={t('compose.draftPlaceholder')}
          describedBy={findingsId}
          maxLength={maxDraftLength}
          textareaRef={textareaRef}
          testIdPrefix="draft"
        />
      </Input.Wrapper>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Switch
          label={t('compose.paid')}
          description={t('compose.paidHint')}
          checked={draft.paid}
          onChange={(event) => onChange({ ...draft, paid: event.currentTarget.checked })}
          data-testid="draft-paid"
          maw={360}
        />
        <LengthCounters text={draft.text} limits={limits} />
      </Group>
    </Stack>
  );
}
