import { Paper, Text } from '@mantine/core';

export function StatCard({ label, value, hint, testId }: { label: string; value: string; hint?: string; testId?: string }) {
  return (
    <Paper withBorder p="sm" data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>{label}</Text>
      <Text fz="xl" fw={700}>{value}</Text>
      {hint === undefined ? null : <Text size="xs" c="dimmed">{hint}</Text>}
    </Paper>
  );
}
