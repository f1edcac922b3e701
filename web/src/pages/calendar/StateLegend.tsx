import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { calendarStates } from '../../api/calendarApi';
import { stateColor } from './stateStyle';

export function StateLegend() {
  const { t } = useTranslation();
  return (
    <Group gap={6} role="list" aria-label={t('calendar.legend')} data-testid="calendar-legend">
      {calendarStates.map((state) => (
        <Badge role="listitem" key={state} color={stateColor[state]} variant="light" radius="sm" tt="none" style={{ borderLeft: `3px solid var(--mantine-color-${stateColor[state]}-filled)` }}>
          {t(`calendar.states.${state}`)}
        </Badge>
      ))}
    </Group>
  );
}
