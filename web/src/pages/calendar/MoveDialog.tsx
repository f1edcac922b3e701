import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CalendarItem } from '../../api/calendarApi';
import { dayjs } from '../../time/dayjs';

interface MoveDialogProps {
  item: CalendarItem;
  timezone: string;
  onMove: (at: string) => void;
  onClose: () => void;
}

// The browser's own date-time field: typed or picked with the keyboard, read on the workspace clock.
const FIELD = 'YYYY-MM-DDTHH:mm';

/** The keyboard way to move a post: a date and time on the workspace clock. */
export function MoveDialog({ item, timezone, onMove, onClose }: MoveDialogProps) {
  const { t } = useTranslation();
  const [when, setWhen] = useState(() => dayjs(item.at).tz(timezone).format(FIELD));
  const valid = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(when);
  return (
    <Modal opened onClose={onClose} title={t('calendar.move.title')} data-testid="move-dialog">
      <form onSubmit={(event) => { event.preventDefault(); if (valid) onMove(dayjs.tz(when.replace('T', ' '), timezone).toISOString()); }}>
        <Stack gap="sm">
          <Text size="sm" lineClamp={3}>{item.text}</Text>
          <TextInput type="datetime-local" label={t('calendar.move.when', { zone: timezone })} value={when} onChange={(event) => setWhen(event.currentTarget.value)} data-autofocus data-testid="move-when" />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('calendar.move.cancel')}</Button>
            <Button type="submit" disabled={!valid} data-testid="move-submit">{t('calendar.move.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
