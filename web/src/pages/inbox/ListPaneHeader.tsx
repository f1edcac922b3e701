import { Checkbox, Group, SegmentedControl, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../api/inboxTypes';
import type { Channel, ConversationSummary } from '../../api/types';
import { ActiveFilterChips } from './filters/ActiveFilterChips';
import { FilterPopover } from './filters/FilterPopover';
import { InboxSearchBox } from './filters/InboxSearchBox';
import { statusOptions, type InboxFilters } from './filters/inboxFilters';
import { useFilterFields } from './filters/useFilterFields';
import { BulkActionBar } from './list/BulkActionBar';
import type { BulkSelection } from './list/useBulkSelection';

interface ListPaneHeaderProps {
  filters: InboxFilters;
  onFiltersChange: (changes: Partial<InboxFilters>) => void;
  selection: BulkSelection;
  conversations: readonly ConversationSummary[];
  channels: readonly Channel[];
  members: readonly Member[];
}

/** Above the list: select-all, search, filters, status, the active filters and the bulk actions. */
export function ListPaneHeader({ filters, onFiltersChange, selection, conversations, channels, members }: ListPaneHeaderProps) {
  const { t } = useTranslation();
  const fields = useFilterFields(channels, members);

  return (
    <Stack gap={0} style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
      <Group gap="xs" p="sm" pb={6} wrap="nowrap">
        <Checkbox
          size="xs"
          checked={selection.allChecked}
          indeterminate={selection.someChecked}
          onChange={(event) => selection.setAll(event.currentTarget.checked)}
          aria-label={t('inbox.list.selectAll')}
          disabled={conversations.length === 0}
          data-testid="bulk-select-all"
        />
        <InboxSearchBox value={filters.q ?? ''} onChange={(q) => onFiltersChange({ q: q.trim() || undefined })} />
        <FilterPopover filters={filters} fields={fields} onChange={onFiltersChange} />
      </Group>
      <Group px="sm" pb={6}>
        <SegmentedControl
          size="xs"
          fullWidth
          style={{ flex: 1 }}
          aria-label={t('inbox.statusFilter')}
          value={filters.status}
          onChange={(value) => onFiltersChange({ status: statusOptions.find((status) => status === value) ?? 'open' })}
          data={statusOptions.map((status) => ({ value: status, label: t(`inbox.filter.${status}`) }))}
          data-testid="conversation-status-filter"
        />
      </Group>
      <ActiveFilterChips filters={filters} fields={fields} onRemove={(key) => onFiltersChange({ [key]: undefined })} />
      <BulkActionBar selection={selection} conversations={conversations} members={members} />
    </Stack>
  );
}
