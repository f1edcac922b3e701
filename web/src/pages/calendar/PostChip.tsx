import type { DragEvent, KeyboardEvent } from 'react';
import { Box, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CalendarItem } from '../../api/calendarApi';
import { dayjs } from '../../time/dayjs';
import { isMovable, stateColor } from './stateStyle';

export const postDragType = 'application/x-sapa-post';

interface PostChipProps {
  item: CalendarItem;
  timezone: string;
  canMove: boolean;
  onOpen: (item: CalendarItem) => void;
  onMoveRequest: (item: CalendarItem) => void;
}

/** A post on the calendar: its time, state (colour and words) and text. Enter opens it, M moves it, and it can be dragged. */
export function PostChip({ item, timezone, canMove, onOpen, onMoveRequest }: PostChipProps) {
  const { t } = useTranslation();
  const color = stateColor[item.state];
  // The day is the cell's; the chip only needs the time on the workspace clock.
  const time = dayjs(item.at).tz(timezone).format('HH:mm');
  const movable = canMove && isMovable(item.state);
  const state = t(`calendar.states.${item.state}`);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if ((event.key === 'm' || event.key === 'M') && !event.ctrlKey && !event.metaKey && !event.altKey && movable) {
      event.preventDefault();
      event.stopPropagation();
      onMoveRequest(item);
    }
  };
  const onDragStart = (event: DragEvent<HTMLButtonElement>) => {
    event.dataTransfer.setData(postDragType, item.id);
    event.dataTransfer.setData('text/plain', item.id);
    event.dataTransfer.effectAllowed = 'move';
  };

  return (
    <Box
      component="button"
      type="button"
      draggable={movable}
      onDragStart={onDragStart}
      onClick={(event) => { event.stopPropagation(); onOpen(item); }}
      onKeyDown={onKeyDown}
      aria-label={t('calendar.post.label', { time, state, text: item.text.slice(0, 80) })}
      aria-keyshortcuts={movable ? 'M' : undefined}
      data-testid="calendar-post"
      data-post-id={item.id}
      data-state={item.state}
      style={{
        display: 'block', width: '100%', textAlign: 'left', cursor: movable ? 'grab' : 'pointer', font: 'inherit',
        border: 0, borderLeft: `3px solid var(--mantine-color-${color}-filled)`, borderRadius: 4, padding: '2px 6px', marginTop: 3,
        background: `var(--mantine-color-${color}-light)`, color: 'var(--mantine-color-text)',
      }}
    >
      <Text size="xs" lineClamp={2} lh={1.35}>
        <Text component="span" size="xs" fw={700} c={`var(--mantine-color-${color}-light-color)`}>{time}</Text> {item.text}
      </Text>
      <Text component="span" size="10px" c="dimmed" style={{ display: 'block' }}>{state}</Text>
    </Box>
  );
}
