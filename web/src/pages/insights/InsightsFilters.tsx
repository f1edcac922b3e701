import { Button, Group, Select, TextInput } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { InsightsFilter } from '../../api/insightsApi';
import type { Channel } from '../../api/types';
import { sectionPath } from '../../workspace/paths';

interface Props {
  workspaceId: string;
  /** The range the server resolved (defaults included), shown when the URL names none. */
  shown: { from: string; to: string } | undefined;
  filter: InsightsFilter;
  search: string;
  channels: readonly Channel[];
  update: (change: Partial<Record<keyof InsightsFilter, string | null>>) => void;
}

export function InsightsFilters({ workspaceId, shown, filter, search, channels, update }: Props) {
  const { t } = useTranslation();
  return (
    <Group align="end" gap="sm" className="no-print" data-testid="insights-filters">
      <TextInput type="date" label={t('insights.filters.from')} value={filter.from ?? shown?.from ?? ''} onChange={(event) => update({ from: event.currentTarget.value })} data-testid="insights-from" />
      <TextInput type="date" label={t('insights.filters.to')} value={filter.to ?? shown?.to ?? ''} onChange={(event) => update({ to: event.currentTarget.value })} data-testid="insights-to" />
      <Select label={t('insights.filters.channel')} value={filter.channelId ?? ''} onChange={(value) => update({ channelId: value })} allowDeselect={false}
        data={[{ value: '', label: t('insights.filters.allChannels') }, ...channels.map((channel) => ({ value: channel.id, label: `${channel.displayName} (${channel.network})` }))]}
        data-testid="insights-channel" />
      <Button component={Link} to={`${sectionPath(workspaceId, 'insights')}/report${search}`} variant="default" leftSection={<IconPrinter size={16} />}>
        {t('insights.filters.report')}
      </Button>
    </Group>
  );
}
