import { useState } from 'react';
import { Anchor, Modal, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { emotionNames, insightsApi, type EmotionName, type InsightsFilter, type Trigger } from '../../api/insightsApi';
import { DataTable } from './DataTable';
import { formatShare } from './format';
import { MessageLinks } from './MessageLinks';

export function TriggersSection({ workspaceId, filter }: { workspaceId: string; filter: InsightsFilter }) {
  const { t } = useTranslation();
  const [emotion, setEmotion] = useState<EmotionName>('anger');
  const [opened, setOpened] = useState<Trigger | null>(null);
  const report = useQuery({ queryKey: ['workspaces', workspaceId, 'insights', 'triggers', filter, emotion], queryFn: () => insightsApi.triggers(workspaceId, filter, emotion) });
  const messages = useQuery({
    queryKey: ['workspaces', workspaceId, 'insights', 'trigger-messages', filter, emotion, opened?.kind, opened?.term],
    queryFn: () => (opened === null ? Promise.resolve({ items: [] }) : insightsApi.triggerMessages(workspaceId, filter, emotion, opened)),
    enabled: opened !== null,
  });
  const label = (key: string) => t(`insights.emotion.labels.${key}` as 'insights.emotion.labels.joy');
  const triggers = report.data?.triggers ?? [];
  // A topic is an intent id: shown in the page's language, as the inbox shows it.
  const termLabel = (row: Trigger) => (row.kind === 'intent' ? t(`intent.${row.term}`, { defaultValue: row.label }) : row.label);
  return (
    <Stack gap="sm" data-testid="insights-triggers">
      <Title order={2} fz="h4">{t('insights.triggers.title')}</Title>
      <Text size="sm" c="dimmed">{t('insights.triggers.hint')}</Text>
      <SegmentedControl value={emotion} onChange={(value) => setEmotion(value)} data={emotionNames.map((name) => ({ value: name, label: label(name) }))} className="no-print" />
      {report.data === undefined ? null : (
        <Text size="sm">{t('insights.triggers.baseline', { share: formatShare(report.data.baseline.share, t) })}</Text>
      )}
      <DataTable title={`${t('insights.triggers.title')} · ${label(emotion)}`} csvTable="triggers" csvParams={{ emotion }} rows={triggers} rowKey={(row) => `${row.kind}:${row.term}`}
        columns={[
          { label: t('insights.triggers.term'), value: (row) => termLabel(row), render: (row) => <Anchor component="button" size="sm" onClick={() => setOpened(row)}>{termLabel(row)}</Anchor> },
          { label: t('insights.triggers.kind'), value: (row) => t(`insights.triggers.kinds.${row.kind}`) },
          { label: t('insights.triggers.messages'), value: (row) => `${row.withEmotion} / ${row.total}`, numeric: true },
          { label: t('insights.triggers.share'), value: (row) => formatShare(row.withEmotion / row.total, t), numeric: true },
          { label: t('insights.triggers.lift'), value: (row) => Math.round(row.lift * 10) / 10, numeric: true },
          { label: t('insights.triggers.liftLow'), value: (row) => Math.round(row.liftLow * 10) / 10, numeric: true },
        ]} />
      <Modal opened={opened !== null} onClose={() => setOpened(null)} title={t('insights.triggers.open', { term: opened === null ? '' : termLabel(opened) })} size="lg">
        <MessageLinks workspaceId={workspaceId} messages={messages.data?.items ?? []} />
      </Modal>
    </Stack>
  );
}
