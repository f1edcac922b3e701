import '@mantine/dates/styles.css';
import { useState } from 'react';
import { Button, Group, Modal, Stack } from '@mantine/core';
import { DatesProvider, DateTimePicker } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { dayjs } from '../../../time/dayjs';
import { timeZoneAbbreviation } from '../../../time/formatTime';
import { useWorkspace } from '../../../workspace/WorkspaceContext';
import { wallClockToIso } from './snoozeTimes';

interface SnoozePickerModalProps {
  opened: boolean;
  onClose: () => void;
  onPick: (untilIso: string) => void;
}

/** A date and time on the workspace clock (the zone is named in the label, e.g. WIB). */
export function SnoozePickerModal({ opened, onClose, onPick }: SnoozePickerModalProps) {
  const { t, i18n } = useTranslation();
  const workspace = useWorkspace();
  const [value, setValue] = useState<string | null>(null);
  const nowOnWorkspaceClock = dayjs().tz(workspace.timezone).format('YYYY-MM-DD HH:mm:ss');
  const zone = timeZoneAbbreviation(new Date().toISOString(), workspace.timezone, i18n.language);
  const until = value === null ? null : wallClockToIso(value, workspace.timezone);
  const inFuture = until !== null && Date.parse(until) > Date.now();

  return (
    <Modal opened={opened} onClose={onClose} title={t('inbox.actions.snooze')} centered size="sm">
      <Stack>
        <DatesProvider settings={{ locale: i18n.language, firstDayOfWeek: 1 }}>
          <DateTimePicker
            label={t('inbox.actions.snoozePickLabel', { zone })}
            value={value}
            onChange={setValue}
            minDate={nowOnWorkspaceClock}
            valueFormat="D MMM YYYY HH:mm"
            dropdownType="popover"
            popoverProps={{ withinPortal: true }}
            data-testid="snooze-datetime"
          />
        </DatesProvider>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('inbox.settings.cancel')}
          </Button>
          <Button disabled={!inFuture} onClick={() => until && onPick(until)} data-testid="snooze-confirm">
            {t('inbox.actions.snoozeConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
