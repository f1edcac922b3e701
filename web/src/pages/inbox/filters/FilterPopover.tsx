import { Button, Checkbox, Group, Indicator, Popover, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { IconFilter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { activeRefiningFilters, type InboxFilters } from './inboxFilters';
import type { FilterField } from './useFilterFields';

interface FilterPopoverProps {
  filters: InboxFilters;
  fields: FilterField[];
  onChange: (changes: Partial<InboxFilters>) => void;
}

/** Every narrowing filter in one place; each choice applies at once (the URL keeps it). */
export function FilterPopover({ filters, fields, onChange }: FilterPopoverProps) {
  const { t } = useTranslation();
  const activeCount = activeRefiningFilters(filters).length;
  const clearAll = Object.fromEntries(activeRefiningFilters(filters).map((key) => [key, undefined])) as Partial<InboxFilters>;

  return (
    <Popover position="bottom-end" width={420} withinPortal shadow="md" trapFocus>
      <Popover.Target>
        <Indicator label={activeCount} size={16} disabled={activeCount === 0} offset={4}>
          <Button size="xs" variant="default" leftSection={<IconFilter size={14} aria-hidden />} data-testid="filters-button">
            {t('inbox.filters.button')}
          </Button>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown aria-label={t('inbox.filters.title')} data-testid="filters-panel">
        <Stack gap="sm">
          <SimpleGrid cols={2} spacing="xs" verticalSpacing="xs">
            {fields.map((field) => (
              <Select
                key={field.key}
                size="xs"
                label={field.label}
                placeholder={t('inbox.filters.any')}
                data={field.options}
                value={filters[field.key] ?? null}
                onChange={(value) => onChange({ [field.key]: value ?? undefined })}
                clearable
                searchable={field.options.length > 6}
                // Inside a popover: a portalled dropdown would count as a click outside and close it.
                comboboxProps={{ withinPortal: false }}
                data-testid={`filter-${field.key}`}
              />
            ))}
            <TextInput
              size="xs"
              label={t('inbox.filters.tag')}
              placeholder={t('inbox.filters.tagPlaceholder')}
              defaultValue={filters.tag ?? ''}
              key={filters.tag ?? ''}
              onBlur={(event) => onChange({ tag: event.currentTarget.value.trim().toLowerCase() || undefined })}
              onKeyDown={(event) => {
                if (event.key === 'Enter') onChange({ tag: event.currentTarget.value.trim().toLowerCase() || undefined });
              }}
              data-testid="filter-tag"
            />
          </SimpleGrid>
          <Group justify="space-between">
            <Checkbox
              size="xs"
              label={t('inbox.filters.spamOnly')}
              checked={filters.spam === true}
              onChange={(event) => onChange({ spam: event.currentTarget.checked ? true : undefined })}
              data-testid="filter-spam"
            />
            <Button size="compact-xs" variant="subtle" onClick={() => onChange(clearAll)} disabled={activeCount === 0}>
              {t('inbox.filters.clearAll')}
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
