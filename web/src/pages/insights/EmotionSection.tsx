import { AreaChart } from '@mantine/charts';
import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EmotionReport } from '../../api/insightsApi';
import type { Channel } from '../../api/types';
import { DataTable } from './DataTable';
import { channelLabel } from './useChannelNames';

const sentimentColors = { positive: 'teal.6', neutral: 'gray.5', negative: 'red.6' } as const;
const emotionColors = { anger: 'red.7', sadness: 'indigo.5', fear: 'violet.5', joy: 'yellow.5', love: 'pink.5' } as const;

export function EmotionSection({ report, channels }: { report: EmotionReport; channels: readonly Channel[] }) {
  const { t } = useTranslation();
  const label = (key: string) => t(`insights.emotion.labels.${key}` as 'insights.emotion.labels.joy');
  const sentimentData = report.daily.map((day) => ({ date: day.date, ...day.sentiment }));
  const emotionData = report.daily.map((day) => ({ date: day.date, ...day.emotion }));
  const chart = (title: string, data: Array<Record<string, string | number>>, colors: Record<string, string>) => (
    <Paper withBorder p="md">
      <Text fw={600} mb="xs">{title}</Text>
      {data.length === 0 ? <Text c="dimmed" size="sm">{t('insights.empty')}</Text> : (
        <AreaChart h={220} data={data} dataKey="date" type="stacked" withLegend
          series={Object.entries(colors).map(([name, color]) => ({ name, color, label: label(name) }))} />
      )}
    </Paper>
  );
  const labels = ['positive', 'neutral', 'negative', 'anger', 'sadness', 'fear', 'joy', 'love'];
  return (
    <Stack gap="sm" data-testid="insights-emotion">
      <Title order={2} fz="h4">{t('insights.emotion.title')}</Title>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        {chart(t('insights.emotion.sentimentDaily'), sentimentData, sentimentColors)}
        {chart(t('insights.emotion.emotionDaily'), emotionData, emotionColors)}
      </SimpleGrid>
      <DataTable title={t('insights.emotion.byChannel')} csvTable="emotion-by-channel" rows={report.byChannel} rowKey={(row) => row.channelId}
        columns={[
          { label: t('insights.filters.channel'), value: (row) => channelLabel(channels, row.channelId, t) },
          ...labels.map((key) => ({ label: label(key), value: (row: EmotionReport['byChannel'][number]) => row.sentiment[key] ?? row.emotion[key] ?? 0, numeric: true })),
        ]} />
    </Stack>
  );
}
