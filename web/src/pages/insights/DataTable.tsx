import type { ReactNode } from 'react';
import { Button, Group, Paper, ScrollArea, Table, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { downloadCsv, type CsvCell } from './csv';

export interface Column<Row> {
  label: string;
  /** The value in the CSV (and on screen unless `render` is given). */
  value: (row: Row) => CsvCell;
  render?: (row: Row) => ReactNode;
  numeric?: boolean;
}

interface DataTableProps<Row> {
  title: string;
  csvName: string;
  rows: readonly Row[];
  columns: ReadonlyArray<Column<Row>>;
  rowKey: (row: Row) => string;
  testId?: string;
}

/** Every table on Insights, each with its own CSV export of exactly what it shows. */
export function DataTable<Row>({ title, csvName, rows, columns, rowKey, testId }: DataTableProps<Row>) {
  const { t } = useTranslation();
  const exportCsv = () => downloadCsv(`${csvName}.csv`, columns.map((c) => c.label), rows.map((row) => columns.map((c) => c.value(row))));
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Group justify="space-between" mb="xs">
        <Title order={3} fz="h5">{title}</Title>
        <Button size="compact-xs" variant="subtle" leftSection={<IconDownload size={14} />} onClick={exportCsv} disabled={rows.length === 0} className="no-print">
          {t('insights.csv')}
        </Button>
      </Group>
      {rows.length === 0 ? <Text c="dimmed" size="sm">{t('insights.empty')}</Text> : (
        <ScrollArea>
          <Table striped highlightOnHover fz="sm">
            <Table.Thead>
              <Table.Tr>{columns.map((c) => <Table.Th key={c.label} ta={c.numeric === true ? 'right' : 'left'}>{c.label}</Table.Th>)}</Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={rowKey(row)}>
                  {columns.map((c) => <Table.Td key={c.label} ta={c.numeric === true ? 'right' : 'left'}>{c.render ? c.render(row) : c.value(row)}</Table.Td>)}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      )}
    </Paper>
  );
}
