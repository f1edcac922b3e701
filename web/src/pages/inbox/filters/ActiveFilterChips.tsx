import { Badge, CloseButton, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { activeRefiningFilters, type InboxFilters, type RefiningFilterKey } from './inboxFilters';
import type { FilterField } from './useFilterFields';

interface ActiveFilterChipsProps {
  filters: InboxFilters;
  fields: FilterField[];
  onRemove: (key: RefiningFilterKey) => void;
}

/** What narrows the list right now, each removable with one click. */
export function ActiveFilterChips({ filters, fields, onRemove }: ActiveFilterChipsProps) {
  const { t } = useTranslation();
  const active = activeRefiningFilters(filters);
  if (active.length === 0) return null;

  const describe = (key: RefiningFilterKey): { label: string; value: string } => {
    if (key === 'tag') return { label: t('inbox.filters.tag'), value: `#${filters.tag ?? ''}` };
    if (key === 'spam') return { label: t('inbox.filters.spam'), value: '✓' };
    const field = fields.find((candidate) => candidate.key === key);
    const raw = String(filters[key] ?? '');
    return { label: field?.label ?? key, value: field?.options.find((option) => option.value === raw)?.label ?? raw };
  };

  return (
    <Group gap={4} px="sm" pb={6} data-testid="active-filters">
      {active.map((key) => {
        const { label, value } = describe(key);
        const text = t('inbox.filters.chip', { label, value });
        return (
          <Badge
            key={key}
            size="sm"
            variant="light"
            color="gray"
            pr={2}
            tt="none"
            rightSection={<CloseButton size="xs" onClick={() => onRemove(key)} aria-label={t('inbox.filters.remove', { label: text })} />}
            data-testid={`active-filter-${key}`}
          >
            {text}
          </Badge>
        );
      })}
    </Group>
  );
}
