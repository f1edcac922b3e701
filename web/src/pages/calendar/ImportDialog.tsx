import { useState } from 'react';
import { Alert, Badge, Button, FileInput, Group, Modal, ScrollArea, Stack, Table, Text, Textarea } from '@mantine/core';
import { IconFileTypeCsv } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { previewImport, runImport, type ImportPreviewRow, type ImportResult, type RowError } from '../../api/calendarApi';
import { formatWorkspaceDateTime } from '../../time/formatTime';
import { describeError } from '../../ui/notifyApiError';
import type { calendarEn } from '../../i18n/calendar/en';

type ErrorCode = keyof typeof calendarEn.import.errors;

interface ImportDialogProps { workspaceId: string; timezone: string; onImported: () => void; onClose: () => void }

/** CSV → a preview with each row's problems → import of the valid rows as drafts at their time. */
export function ImportDialog({ workspaceId, timezone, onImported, onClose }: ImportDialogProps) {
  const { t, i18n } = useTranslation();
  const [csv, setCsv] = useState('');
  const preview = useMutation({ mutationFn: () => previewImport(workspaceId, csv), meta: { handlesOwnErrors: true } });
  const run = useMutation({ mutationFn: () => runImport(workspaceId, csv), onSuccess: onImported, meta: { handlesOwnErrors: true } });
  const rows: ImportPreviewRow[] | undefined = preview.data;
  const valid = rows?.filter((row) => row.errors.length === 0).length ?? 0;
  const errorText = (error: RowError) => t(`calendar.import.errors.${error.code as ErrorCode}`, { value: error.value ?? '', defaultValue: error.message });
  const readFile = async (file: File | null) => { if (file !== null) { setCsv(await file.text()); preview.reset(); run.reset(); } };
  const result: ImportResult | undefined = run.data;

  return (
    <Modal opened onClose={onClose} size="xl" title={t('calendar.import.title')} data-testid="import-dialog">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">{t('calendar.import.columns', { zone: timezone })}</Text>
        {rows === undefined && (
          <>
            <FileInput label={t('calendar.import.file')} accept=".csv,text/csv" leftSection={<IconFileTypeCsv size={16} aria-hidden />} onChange={(file) => { void readFile(file); }} data-testid="import-file" clearable />
            <Textarea label={t('calendar.import.paste')} value={csv} onChange={(event) => setCsv(event.currentTarget.value)} autosize minRows={4} maxRows={12} styles={{ input: { fontFamily: 'monospace', fontSize: 12 } }} data-testid="import-text" />
            {preview.isError && <Alert color="red" role="alert">{describeError(preview.error)}</Alert>}
            <Button w="fit-content" disabled={csv.trim() === ''} loading={preview.isPending} onClick={() => preview.mutate()} data-testid="import-preview">{t('calendar.import.preview')}</Button>
          </>
        )}
        {rows !== undefined && result === undefined && (
          <>
            <Text size="sm" data-testid="import-summary">{t('calendar.import.summary', { valid, total: rows.length })}</Text>
            <ScrollArea.Autosize mah={420}>
              <Table striped data-testid="import-table" aria-label={t('calendar.import.rows')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('calendar.import.row')}</Table.Th><Table.Th>{t('calendar.import.text')}</Table.Th><Table.Th>{t('calendar.import.channels')}</Table.Th>
                    <Table.Th>{t('calendar.import.time')}</Table.Th><Table.Th>{t('calendar.import.status')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((row) => (
                    <Table.Tr key={row.row} data-testid="import-row" data-valid={row.errors.length === 0}>
                      <Table.Td>{row.row}</Table.Td>
                      <Table.Td><Text size="xs" lineClamp={2}>{row.text}</Text>{row.imageUrl !== null && <Text size="xs" c="dimmed" truncate>{t('calendar.import.image')}: {row.imageUrl}</Text>}</Table.Td>
                      <Table.Td><Text size="xs">{row.channels.map((channel) => channel.handle).join(', ')}</Text></Table.Td>
                      <Table.Td><Text size="xs">{row.at === null ? t('calendar.import.notPlanned') : formatWorkspaceDateTime(row.at, { timezone, locale: i18n.language })}</Text></Table.Td>
                      <Table.Td>
                        {row.errors.length === 0 ? <Badge color="green" variant="light">{t('calendar.import.ok')}</Badge> : (
                          <Stack gap={2}>{row.errors.map((error) => <Text key={`${error.code}-${error.value ?? ''}`} size="xs" c="red" data-testid="import-row-error">{errorText(error)}</Text>)}</Stack>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
            {run.isError && <Alert color="red" role="alert">{describeError(run.error)}</Alert>}
            <Group justify="space-between">
              <Button variant="default" onClick={() => preview.reset()}>{t('calendar.import.back')}</Button>
              <Button disabled={valid === 0} loading={run.isPending} onClick={() => run.mutate()} data-testid="import-submit">{t('calendar.import.submit', { count: valid })}</Button>
            </Group>
          </>
        )}
        {result !== undefined && (
          <>
            <Alert color={result.alreadyImported ? 'yellow' : 'green'} data-testid="import-done">
              {result.alreadyImported ? t('calendar.import.already') : t('calendar.import.done', { count: result.imported })}
            </Alert>
            {result.rows.some((row) => row.errors.length > 0) && (
              <Stack gap={2}>
                {result.rows.filter((row) => row.errors.length > 0).map((row) => (
                  <Text key={row.row} size="xs" c="red">{t('calendar.import.row')} {row.row}: {row.errors.map(errorText).join(' ')}</Text>
                ))}
              </Stack>
            )}
            <Text size="sm" c="dimmed">{t('calendar.import.afterImport')}</Text>
            <Button w="fit-content" onClick={onClose}>{t('calendar.import.close')}</Button>
          </>
        )}
      </Stack>
    </Modal>
  );
}
