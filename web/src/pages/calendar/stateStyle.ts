// One colour per display state (Mantine palette names, so light and dark themes both read well),
// always shown together with the state's name: colour alone never carries the meaning.
import type { CalendarState } from '../../api/calendarApi';

export const stateColor: Record<CalendarState, string> = {
  draft: 'gray',
  pending_approval: 'yellow',
  rejected: 'orange',
  scheduled: 'blue',
  publishing: 'cyan',
  published: 'green',
  failed: 'red',
};

/** States whose time can still change on the calendar. */
export function isMovable(state: CalendarState): boolean {
  return state === 'draft' || state === 'pending_approval' || state === 'rejected' || state === 'scheduled';
}

export function composeLink(workspaceId: string, postId: string): string {
  return `/w/${encodeURIComponent(workspaceId)}/compose?post=${encodeURIComponent(postId)}`;
}
