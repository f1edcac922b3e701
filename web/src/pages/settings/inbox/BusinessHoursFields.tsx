import { Chip, Group, Stack, Switch, Text } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import type { BusinessHours } from '../../../api/inboxTypes';
import { timeZoneAbbreviation } from '../../../time/formatTime';
import { defaultBusinessHours } from './responsePolicyForm';

const weekdays = ['1', '2', '3', '4', '5', '6', '7'] as const;

interface BusinessHoursFieldsProps {
  hours: BusinessHours | null;
  timezone: string;
  onChange: (hours: BusinessHours | null) => void;
  disabled: boolean;
}

/** Around the clock, or opening days and hours on the workspace clock (WIB, WITA, WIT…). */
export function BusinessHoursFields({ hours, timezone, onChange, disabled }: BusinessHoursFieldsProps) {
  const { t, i18n } = useTranslation();
  const zone = timeZoneAbbreviation(new Date().toISOString(), timezone, i18n.language);

  return (
    <Stack gap="xs" data-testid="business-hours">
      <Text size="sm" fw={600}>
        {t('inbox.settings.hoursTitle')}
      </Text>
      <Switch
        label={t('inbox.settings.aroundTheClock')}
        checked={hours === null}
        onChange={(event) => onChange(event.currentTarget.checked ? null : defaultBusinessHours)}
        disabled={disabled}
        data-testid="around-the-clock"
      />
      {hours && (
        <>
          <Chip.Group multiple value={hours.days.map(String)} onChange={(days) => onChange({ ...hours, days: days.map(Number).sort((a, b) => a - b) })}>
            <Group gap={4} role="group" aria-label={t('inbox.settings.days')}>
              {weekdays.map((day) => (
                <Chip key={day} value={day} size="xs" disabled={disabled}>
                  {t(`inbox.settings.weekdays.${day}`)}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
          <Group gap="sm">
            <TimeInput size="xs" label={t('inbox.settings.start')} value={hours.start} onChange={(event) => onChange({ ...hours, start: event.currentTarget.value })} disabled={disabled} w={120} />
            <TimeInput size="xs" label={t('inbox.settings.end')} value={hours.end} onChange={(event) => onChange({ ...hours, end: event.currentTarget.value })} disabled={disabled} w={120} />
          </Group>
          <Text size="xs" c="dimmed">
            {t('inbox.settings.timezone', { zone })} {t('inbox.settings.hoursHint')}
          </Text>
        </>
      )}
    </Stack>
  );
}
