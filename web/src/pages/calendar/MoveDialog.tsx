import { useState } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { DatesProvider, DateTimePicker } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import type { CalendarItem } from '../../api/calendarApi';
import { instantToPickerValue, pickerValueToInstant } from '../compose/workspaceClock';

interface MoveDialogProps {
  item: CalendarItem;
  timezone: string;
  onMove: (at: string) => void;
  onClose: () => void;
}

/** The keyboard way to move a post: a date and time on the workspace clock. */
export function MoveDialog({ item, timezone, onMove, onClose }: MoveDialogProps) {
  const { t, i18n } = useTranslation();
  const [when, setWhen] = useState<string | null>(() => instantToPickerValue(item.at, timezone));
  return (
    <Modal opened onClose={onClose} title={t('calendar.move.title')} data-testid="move-dialog">
      <form onSubmit={(event) => { event.preventDefault(); if (when !== null) onMove(pickerValueToInstant(when, timezone)); }}>
        <Stack gap="sm">
          <Text size="sm" lineClamp={3}>{item.text}</Text>
          <DatesProvider settings={{ locale: i18n.language }}>
            <DateTimePicker label={t('calendar.move.when', { zone: timezone })} value={when} onChange={setWhen} valueFormat="D MMM YYYY HH:mm" data-autofocus data-testid="move-when"
              minDate={instantToPickerValue(Date.now(), timezone)} />
          </DatesProvider>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('calendar.move.cancel')}</Button>
            <Button type="submit" disabled={when === null} data-testid="move-submit">{t('calendar.move.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
