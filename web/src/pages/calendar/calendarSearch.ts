// The calendar's state lives in the URL (view, date, filters), so a reload or a shared link
// shows the same calendar. Unknown or malformed values fall back instead of breaking the page.
import { calendarStates, type CalendarState } from '../../api/calendarApi';
import { isDate, type CalendarView } from './calendarGrid';

export interface CalendarSearch {
  view: CalendarView;
  date: string;
  channels: string[];
  states: CalendarState[];
  authors: string[];
}

const unique = (values: string[]) => [...new Set(values.filter((value) => value !== ''))];

export function readCalendarSearch(params: URLSearchParams, today: string): CalendarSearch {
  const date = params.get('date') ?? '';
  return {
    view: params.get('view') === 'week' ? 'week' : 'month',
    date: isDate(date) ? date : today,
    channels: unique(params.getAll('channel')),
    states: unique(params.getAll('state')).filter((state): state is CalendarState => (calendarStates as readonly string[]).includes(state)),
    authors: unique(params.getAll('author')),
  };
}

/** Only what differs from the defaults is written, so a plain calendar has a plain URL. */
export function writeCalendarSearch(search: CalendarSearch, today: string): URLSearchParams {
  const params = new URLSearchParams();
  if (search.view !== 'month') params.set('view', search.view);
  if (search.date !== today) params.set('date', search.date);
  for (const id of search.channels) params.append('channel', id);
  for (const state of search.states) params.append('state', state);
  for (const id of search.authors) params.append('author', id);
  return params;
}
