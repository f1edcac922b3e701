import { Group, MultiSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { calendarStates } from '../../api/calendarApi';
import type { Member } from '../../api/inboxTypes';
import type { Channel } from '../../api/types';
import type { CalendarSearch } from './calendarSearch';

interface CalendarFiltersProps {
  search: CalendarSearch;
  channels: Channel[];
  members: Member[];
  onChange: (next: Partial<CalendarSearch>) => void;
}

/** Channel, state and author filters; their values live in the URL. */
export function CalendarFilters({ search, channels, members, onChange }: CalendarFiltersProps) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <MultiSelect label={t('calendar.filters.channel')} placeholder={search.channels.length === 0 ? t('calendar.filters.any') : undefined} clearable w={240} size="xs"
        data={channels.map((channel) => ({ value: channel.id, label: `${channel.handle} · ${channel.network}` }))} value={search.channels} onChange={(channels) => onChange({ channels })} data-testid="filter-channel" />
      <MultiSelect label={t('calendar.filters.state')} placeholder={search.states.length === 0 ? t('calendar.filters.any') : undefined} clearable w={240} size="xs"
        data={calendarStates.map((state) => ({ value: state, label: t(`calendar.states.${state}`) }))} value={search.states}
        onChange={(states) => onChange({ states: states.filter((state): state is typeof calendarStates[number] => (calendarStates as readonly string[]).includes(state)) })} data-testid="filter-state" />
      <MultiSelect label={t('calendar.filters.author')} placeholder={search.authors.length === 0 ? t('calendar.filters.any') : undefined} clearable w={220} size="xs"
        data={members.map((member) => ({ value: member.id, label: member.name }))} value={search.authors} onChange={(authors) => onChange({ authors })} data-testid="filter-author" />
    </Group>
  );
}
