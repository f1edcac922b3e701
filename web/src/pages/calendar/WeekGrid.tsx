import { Box, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { dayjs } from '../../time/dayjs';
import { hourOf } from './calendarGrid';
import { DropCell } from './DayCell';
import type { GridProps } from './MonthGrid';
import { PostChip } from './PostChip';

const hours = Array.from({ length: 24 }, (_, hour) => hour);

/** The week: a column per day and a row per hour; dropping on an hour keeps the post's minutes. */
export function WeekGrid({ days, ...props }: GridProps & { days: string[] }) {
  const { t, i18n } = useTranslation();
  const first = days[0] ?? props.anchor;
  return (
    <Box style={{ overflowX: 'auto' }}>
      <Box component="table" role="grid" aria-label={t('calendar.gridLabel', { period: `${dayjs(first).locale(i18n.language).format('D MMM')} – ${dayjs(days[6]).locale(i18n.language).format('D MMM YYYY')}` })}
        style={{ width: '100%', minWidth: 760, borderCollapse: 'collapse', tableLayout: 'fixed' }} data-testid="calendar-week">
        <colgroup><col style={{ width: 52 }} />{days.map((date) => <col key={date} />)}</colgroup>
        <thead>
          <tr>
            <th aria-hidden />
            {days.map((date) => {
              const count = props.itemsByDay.get(date)?.length ?? 0;
              return (
                <DropCell key={date} date={date} label={t('calendar.dayLabel', { date: dayjs(date).locale(i18n.language).format('dddd, D MMMM YYYY'), count })}
                  focusable focused={date === props.focusedDate} testId="calendar-day" onKeyDown={(event) => props.onDayKey(date, event)} onDropPost={(postId) => props.onDropPost(postId, date)}>
                  <Text size="sm" fw={date === props.today ? 800 : 600} c={date === props.today ? 'blue' : undefined}>
                    {dayjs(date).locale(i18n.language).format('ddd D/M')}
                  </Text>
                </DropCell>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {hours.map((hour) => (
            <tr key={hour}>
              <Box component="th" scope="row" style={{ fontSize: 11, fontWeight: 400, verticalAlign: 'top', textAlign: 'right', paddingRight: 6, color: 'var(--mantine-color-dimmed)' }}>
                {`${String(hour).padStart(2, '0')}:00`}
              </Box>
              {days.map((date) => {
                const items = (props.itemsByDay.get(date) ?? []).filter((item) => hourOf(item.at, props.timezone) === hour);
                return (
                  <DropCell key={date} date={date} hour={hour} label={`${date} ${String(hour).padStart(2, '0')}:00`} focusable={false} focused={false} testId="calendar-hour"
                    onDropPost={(postId) => props.onDropPost(postId, date, hour)}>
                    <Box style={{ minHeight: 26 }}>
                      {items.map((item) => (
                        <PostChip key={item.id} item={item} timezone={props.timezone} canMove={props.canMove} onOpen={props.onOpenPost} onMoveRequest={props.onMoveRequest} />
                      ))}
                    </Box>
                  </DropCell>
                );
              })}
            </tr>
          ))}
        </tbody>
      </Box>
    </Box>
  );
}
