import { useState, type DragEvent, type KeyboardEvent, type ReactNode } from 'react';
import { Box } from '@mantine/core';
import { postDragType } from './PostChip';

interface DropTargetProps {
  date: string;
  label: string;
  focusable: boolean;
  focused: boolean;
  muted?: boolean;
  testId: string;
  hour?: number;
  onKeyDown?: (event: KeyboardEvent<HTMLTableCellElement>) => void;
  onDropPost: (postId: string) => void;
  children: ReactNode;
}

/** A table cell posts can be dropped on (a day, or an hour of a day), optionally part of the keyboard grid. */
export function DropCell({ date, label, focusable, focused, muted = false, testId, hour, onKeyDown, onDropPost, children }: DropTargetProps) {
  const [over, setOver] = useState(false);
  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes(postDragType)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    setOver(true);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const postId = event.dataTransfer.getData(postDragType);
    if (postId !== '') onDropPost(postId);
  };
  return (
    <Box
      component="td"
      role="gridcell"
      tabIndex={focusable ? (focused ? 0 : -1) : undefined}
      aria-label={label}
      data-date={date}
      data-hour={hour}
      data-testid={testId}
      onKeyDown={onKeyDown}
      onDragOver={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      style={{
        verticalAlign: 'top', padding: 4, border: '1px solid var(--mantine-color-default-border)',
        background: over ? 'var(--mantine-color-blue-light-hover)' : muted ? 'var(--mantine-color-default-hover)' : undefined,
        opacity: muted ? 0.85 : 1,
      }}
    >
      {children}
    </Box>
  );
}
