import type { KeyboardEvent } from 'react';
import { Box, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CalendarItem } from '../../api/calendarApi';
import { dayjs } from '../../time/dayjs';
import { sameMonth } from './calendarGrid';
import { DropCell } from './DayCell';
import { PostChip } from './PostChip';

const shownPerDay = 4;

export interface GridProps {
  anchor: string;
  today: string;
  timezone: string;
  itemsByDay: Map<string, CalendarItem[]>;
  focusedDate: string;
  canMove: boolean;
  onDayKey: (date: string, event: KeyboardEvent<HTMLTableCellElement>) => void;
  onOpenDay: (date: string) => void;
  onOpenPost: (item: CalendarItem) => void;
  onMoveRequest: (item: CalendarItem) => void;
  onDropPost: (postId: string, date: string, hour?: number) => void;
}

export function WeekdayHeaders() {
  const { t } = useTranslation();
  return (
    <thead>
      <tr>
        {[1, 2, 3, 4, 5, 6, 7].map((weekday) => (
          <Box component="th" key={weekday} scope="col" style={{ padding: 4, fontSize: 12, fontWeight: 600, textAlign: 'left' }}>
            {t(`calendar.weekdaysShort.w${weekday as 1 | 2 | 3 | 4 | 5 | 6 | 7}`)}
          </Box>
        ))}
      </tr>
    </thead>
  );
}

/** The month: whole weeks, each day a drop target and a stop in the arrow-key grid. */
export function MonthGrid({ weeks, ...props }: GridProps & { weeks: string[][] }) {
  const { t, i18n } = useTranslation();
  return (
    <Box component="table" role="grid" aria-label={t('calendar.gridLabel', { period: dayjs(props.anchor).locale(i18n.language).format('MMMM YYYY') })} style={{ width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' }} data-testid="calendar-month">
      <WeekdayHeaders />
      <tbody>
        {weeks.map((week) => (
          <tr key={week[0]}>
            {week.map((date) => {
              const items = props.itemsByDay.get(date) ?? [];
              const label = t('calendar.dayLabel', { date: dayjs(date).locale(i18n.language).format('dddd, D MMMM YYYY'), count: items.length });
              return (
                <DropCell key={date} date={date} label={label} focusable focused={date === props.focusedDate} muted={!sameMonth(date, props.anchor)} testId="calendar-day"
                  onKeyDown={(event) => props.onDayKey(date, event)} onDropPost={(postId) => props.onDropPost(postId, date)}>
                  <Box style={{ minHeight: 96 }}>
                    <Text size="xs" fw={date === props.today ? 800 : 500} c={date === props.today ? 'blue' : undefined} aria-hidden>
                      {Number(date.slice(8))}
                    </Text>
                    {items.slice(0, shownPerDay).map((item) => (
                      <PostChip key={item.id} item={item} timezone={props.timezone} canMove={props.canMove} onOpen={props.onOpenPost} onMoveRequest={props.onMoveRequest} />
                    ))}
                    {items.length > shownPerDay && (
                      <UnstyledButton onClick={() => props.onOpenDay(date)} fz="xs" c="blue" mt={2} tabIndex={-1}>
                        +{items.length - shownPerDay}
                      </UnstyledButton>
                    )}
                  </Box>
                </DropCell>
              );
            })}
          </tr>
        ))}
      </tbody>
    </Box>
  );
}
