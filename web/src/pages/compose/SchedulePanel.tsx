import { useState } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { DatesProvider, DateTimePicker } from '@mantine/dates';
import '@mantine/dates/styles.css';
import { IconCalendarTime, IconDeviceFloppy, IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceRole } from '../../api/types';
import { formatWorkspaceDateTime } from '../../time/formatTime';
import { ScheduleProblemAlert } from './ScheduleProblemAlert';
import type { ScheduleProblem } from './scheduleOutcome';
import type { ScheduleRequest } from './useComposer';
import { instantToPickerValue, nextSlot, pickerValueToInstant } from './workspaceClock';

interface SchedulePanelProps {
  timezone: string;
  role: WorkspaceRole;
  canSchedule: boolean;
  canSave: boolean;
  saving: boolean;
  scheduling: boolean;
  problem: ScheduleProblem | null;
  /** The workspace asks for approval and this person cannot approve: submit instead of scheduling. */
  submitInstead: boolean;
  submitting: boolean;
  onSave: () => void;
  onSchedule: (request: ScheduleRequest) => void;
  onSubmit: (plannedAt: string) => void;
}

/** When the post goes out, on the workspace clock; the server's answer when it may not. */
export function SchedulePanel({ timezone, role, canSchedule, canSave, saving, scheduling, problem, submitInstead, submitting, onSave, onSchedule, onSubmit }: SchedulePanelProps) {
  const { t, i18n } = useTranslation();
  const [when, setWhen] = useState<string | null>(() => nextSlot(Date.now(), timezone));
  const instant = when === null ? null : pickerValueToInstant(when, timezone);

  return (
    <Stack gap="sm">
      <DatesProvider settings={{ locale: i18n.language }}>
        <DateTimePicker
          label={t('compose.schedule.when', { zone: timezone })}
          value={when}
          onChange={setWhen}
          minDate={instantToPickerValue(Date.now(), timezone)}
          valueFormat="D MMM YYYY HH:mm"
          leftSection={<IconCalendarTime size={16} aria-hidden />}
          data-testid="schedule-at"
        />
      </DatesProvider>
      {instant !== null && (
        <Text size="xs" c="dimmed">
          {t('compose.schedule.willPublish', { time: formatWorkspaceDateTime(instant, { timezone, locale: i18n.language }) })}
        </Text>
      )}
      {submitInstead && (
        <Text size="xs" c="dimmed" data-testid="approval-required">
          {t('compose.approval.required')}
        </Text>
      )}
      {problem !== null && (
        <ScheduleProblemAlert
          problem={problem}
          role={role}
          timezone={timezone}
          pending={scheduling}
          onOverride={(overrideReason) => instant !== null && onSchedule({ scheduledAt: instant, overrideReason })}
          onUseTime={(until) => {
            setWhen(instantToPickerValue(until, timezone));
            onSchedule({ scheduledAt: until });
          }}
        />
      )}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" leftSection={<IconDeviceFloppy size={16} aria-hidden />} disabled={!canSave} loading={saving} onClick={onSave} data-testid="save-draft">
          {t('compose.saveDraft')}
        </Button>
        {submitInstead ? (
          <Button
            leftSection={<IconSend size={16} aria-hidden />}
            disabled={!canSchedule || instant === null}
            loading={submitting}
            onClick={() => instant !== null && onSubmit(instant)}
            data-testid="submit-for-approval"
          >
            {t('compose.approval.submit')}
          </Button>
        ) : (
          <Button
            leftSection={<IconCalendarTime size={16} aria-hidden />}
            disabled={!canSchedule || instant === null}
            loading={scheduling}
            onClick={() => instant !== null && onSchedule({ scheduledAt: instant })}
            data-testid="schedule-post"
          >
            {t('compose.schedule.submit')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
