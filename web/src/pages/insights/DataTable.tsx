import type { ReactNode } from 'react';
import { Button, Group, Paper, ScrollArea, Table, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCsvUrl } from './csvLink';

export type CsvCell = string | number | null;

export interface Column<Row> {
  label: string;
  /** The value on screen unless `render` is given. */
  value: (row: Row) => CsvCell;
  render?: (row: Row) => ReactNode;
  numeric?: boolean;
}

interface DataTableProps<Row> {
  title: string;
  /** The server's CSV route of the table (`…/insights/<csvTable>.csv`), with the page's filters. */
  csvTable?: string;
  csvParams?: Record<string, string | undefined>;
  rows: readonly Row[];
  columns: ReadonlyArray<Column<Row>>;
  rowKey: (row: Row) => string;
  testId?: string;
}

/** Every table on Insights, each with a CSV download from the API route for the same table and filters. */
export function DataTable<Row>({ title, csvTable, csvParams = {}, rows, columns, rowKey, testId }: DataTableProps<Row>) {
  const { t, i18n } = useTranslation();
  const csvUrl = useCsvUrl(csvTable, csvParams, i18n.language);
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Group justify="space-between" mb="xs">
        <Title order={3} fz="h5">{title}</Title>
        {csvUrl === null ? null : (
          <Button component="a" href={csvUrl} download size="compact-xs" variant="subtle" leftSection={<IconDownload size={14} />} className="no-print" data-testid={`csv-${csvTable ?? ''}`}>
            {t('insights.csv')}
          </Button>
        )}
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
