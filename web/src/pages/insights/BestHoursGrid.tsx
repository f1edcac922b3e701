import { Box, Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HourSlot } from '../../api/insightsApi';

const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;
const hours = Array.from({ length: 24 }, (_, hour) => hour);

/** Local weekday × hour, shaded by mean engagement per post; slots below the minimum count are faint and unranked. */
export function BestHoursGrid({ slots, minPosts }: { slots: readonly HourSlot[]; minPosts: number }) {
  const { t } = useTranslation();
  const byKey = new Map(slots.map((slot) => [`${slot.weekday}:${slot.hour}`, slot]));
  const ranked = slots.filter((slot) => slot.posts >= minPosts);
  const top = Math.max(1, ...ranked.map((slot) => slot.meanEngagement));
  const day = (weekday: number) => t(`insights.engagement.weekdays.d${weekday as 1}`);
  return (
    <Box style={{ overflowX: 'auto' }} data-testid="best-hours-grid">
      <Table withRowBorders={false} verticalSpacing={2} horizontalSpacing={2} fz="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            {hours.map((hour) => <Table.Th key={hour} ta="center" fw={400} c="dimmed">{hour % 3 === 0 ? String(hour).padStart(2, '0') : ''}</Table.Th>)}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {weekdays.map((weekday) => (
            <Table.Tr key={weekday}>
              <Table.Td><Text size="xs">{day(weekday)}</Text></Table.Td>
              {hours.map((hour) => {
                const slot = byKey.get(`${weekday}:${hour}`);
                const enough = slot !== undefined && slot.posts >= minPosts;
                const strength = enough ? 15 + Math.round((slot.meanEngagement / top) * 70) : 0;
                const label = slot === undefined ? `${day(weekday)} ${hour}:00`
                  : `${day(weekday)} ${hour}:00 · ${t('insights.engagement.slotPosts')} ${slot.posts} · ${t('insights.engagement.slotMean')} ${slot.meanEngagement}`;
                return (
                  <Table.Td key={hour} p={1}>
                    <Tooltip label={label} withArrow openDelay={150}>
                      <Box aria-label={label} h={18} miw={14} style={{
                        borderRadius: 3,
                        background: enough ? `color-mix(in srgb, var(--mantine-color-teal-6) ${strength}%, transparent)`
                          : slot === undefined ? 'var(--mantine-color-default-border)' : 'color-mix(in srgb, var(--mantine-color-gray-5) 35%, transparent)',
                      }} />
                    </Tooltip>
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
