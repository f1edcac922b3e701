import { Badge, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LadderRules, LoyaltyContact, LoyaltyReport } from '../../api/insightsApi';
import { DataTable, type Column } from './DataTable';
import { StatCard } from './StatCard';

export const stageOrder = ['new', 'engaged', 'loyal', 'advocate', 'at_risk'] as const;
const ruleKeys: Record<string, string> = { new: 'engaged', engaged: 'engaged', loyal: 'loyal', advocate: 'advocate', at_risk: 'atRisk' };
export const stageColors: Record<string, string> = { new: 'gray', engaged: 'blue', loyal: 'teal', advocate: 'grape', at_risk: 'red' };

/** The rule behind a stage, in words with its thresholds. */
export function useStageRule(): (stage: string, rules: LadderRules) => string {
  const { t } = useTranslation();
  return (stage, rules) => t(`insights.loyalty.rules.${stage}` as 'insights.loyalty.rules.new', rules[ruleKeys[stage] ?? 'engaged'] ?? {});
}

export function LoyaltySection({ report }: { report: LoyaltyReport }) {
  const { t } = useTranslation();
  const stageLabel = (stage: string) => t(`insights.loyalty.stages.${stage}` as 'insights.loyalty.stages.new');
  const ruleOf = useStageRule();
  const contactColumns: Array<Column<LoyaltyContact>> = [
    { label: t('insights.loyalty.contact'), value: (row) => `${row.name} (@${row.handle})` },
    { label: t('insights.loyalty.figures'), value: (row) => t('insights.loyalty.figuresText', { inbound: row.inboundCount, days: row.activeDays, positive: row.positive, negative: row.negative, praise: row.praise }) },
  ];
  return (
    <Stack gap="sm" data-testid="insights-loyalty">
      <Title order={2} fz="h4">{t('insights.loyalty.title')}</Title>
      <SimpleGrid cols={{ base: 2, md: 5 }}>
        {stageOrder.map((stage) => (
          <StatCard key={stage} label={stageLabel(stage)} value={String(report.stages[stage] ?? 0)} hint={ruleOf(stage, report.rules)} testId={`loyalty-stage-${stage}`} />
        ))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 3 }}>
        <DataTable title={t('insights.loyalty.advocates')} csvTable="loyalty-advocates" rows={report.advocates} rowKey={(row) => row.contactId} columns={contactColumns} />
        <DataTable title={t('insights.loyalty.atRisk')} csvTable="loyalty-at-risk" rows={report.atRisk} rowKey={(row) => row.contactId} columns={contactColumns} />
        <DataTable title={t('insights.loyalty.moves')} csvTable="loyalty-moves" rows={report.moves} rowKey={(row) => `${row.from}-${row.to}`}
          columns={[
            { label: t('insights.loyalty.from'), value: (row) => stageLabel(row.from), render: (row) => <Badge color={stageColors[row.from]} variant="light">{stageLabel(row.from)}</Badge> },
            { label: t('insights.loyalty.to'), value: (row) => stageLabel(row.to), render: (row) => <Badge color={stageColors[row.to]} variant="light">{stageLabel(row.to)}</Badge> },
            { label: t('insights.loyalty.count'), value: (row) => row.count, numeric: true },
          ]} />
      </SimpleGrid>
      <Text size="xs" c="dimmed">{ruleOf('at_risk', report.rules)}</Text>
    </Stack>
  );
}
