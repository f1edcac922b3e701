// The content calendar: month and week on the workspace clock, posts in their state colours,
// filters and view in the URL, drag or keyboard (M, "Move to…") to reschedule through the same
// checks as scheduling, posting slots and CSV import.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Alert, Button, Group, Loader, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconClockHour9, IconFileImport } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { calendarKeys, fetchCalendar, type CalendarItem } from '../../api/calendarApi';
import { fetchMembers } from '../../api/inboxSettingsApi';
import { queryKeys } from '../../api/queryKeys';
import { fetchChannels } from '../../api/workspaceApi';
import { dayjs, DEFAULT_TIMEZONE } from '../../time/dayjs';
import { describeError } from '../../ui/notifyApiError';
import { useWorkspace } from '../../workspace/WorkspaceContext';
import { CalendarFilters } from './CalendarFilters';
import { dateForKey, dayOf, monthWeeks, movedInstant, rangeOf, stepDate, todayIn, weekDays, type CalendarView } from './calendarGrid';
import { readCalendarSearch, writeCalendarSearch, type CalendarSearch } from './calendarSearch';
import { ImportDialog } from './ImportDialog';
import { MonthGrid } from './MonthGrid';
import { MoveDialog } from './MoveDialog';
import { PostDetailModal } from './PostDetailModal';
import { RefusalModal } from './RefusalModal';
import { SlotsDrawer } from './SlotsDrawer';
import { StateLegend } from './StateLegend';
import { isMovable } from './stateStyle';
import { useCalendarActions } from './useCalendarActions';
import { WeekGrid } from './WeekGrid';

export function CalendarPage() {
  const { t, i18n } = useTranslation();
  const workspace = useWorkspace();
  const timezone = workspace.timezone || DEFAULT_TIMEZONE;
  const canWrite = workspace.role !== 'viewer';
  const today = todayIn(Date.now(), timezone);
  const [params, setParams] = useSearchParams();
  const search = readCalendarSearch(params, today);
  const update = (next: Partial<CalendarSearch>) => setParams(writeCalendarSearch({ ...search, ...next }, today), { replace: false });

  const weeks = useMemo(() => monthWeeks(search.date), [search.date]);
  const days = useMemo(() => (search.view === 'month' ? weeks.flat() : weekDays(search.date)), [search.view, search.date, weeks]);
  const range = rangeOf(days, timezone);
  const query = { ...range, channelIds: search.channels, states: search.states, authorIds: search.authors };
  const items = useQuery({ queryKey: calendarKeys.range(workspace.id, query), queryFn: ({ signal }) => fetchCalendar(workspace.id, query, signal) });
  const channels = useQuery({ queryKey: queryKeys.channels(workspace.id), queryFn: ({ signal }) => fetchChannels(workspace.id, signal) });
  const members = useQuery({ queryKey: queryKeys.members(workspace.id), queryFn: ({ signal }) => fetchMembers(workspace.id, signal) });
  const itemsByDay = useMemo(() => {
    const byDay = new Map<string, CalendarItem[]>();
    for (const item of items.data ?? []) {
      const day = dayOf(item.at, timezone);
      byDay.set(day, [...(byDay.get(day) ?? []), item]);
    }
    return byDay;
  }, [items.data, timezone]);

  const actions = useCalendarActions(workspace.id, timezone);
  const queryClient = useQueryClient();
  const [openPostId, setOpenPostId] = useState<string | null>(null);
  const [moving, setMoving] = useState<CalendarItem | null>(null);
  const [slotsOpen, setSlotsOpen] = useState(false);
  const [importOpen, setImportOpen] = useState(false);
  const openPost = (items.data ?? []).find((item) => item.id === openPostId) ?? null;

  // Roving focus: one day is the grid's tab stop; arrow keys move it (and the period when it leaves it).
  const [focusedDate, setFocusedDate] = useState(search.date);
  const focusByKeyboard = useRef(false);
  const gridRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!days.includes(focusedDate)) setFocusedDate(days.includes(search.date) ? search.date : days[0] ?? search.date);
  }, [days, focusedDate, search.date]);
  useEffect(() => {
    if (!focusByKeyboard.current) return;
    focusByKeyboard.current = false;
    gridRef.current?.querySelector<HTMLElement>(`[data-testid="calendar-day"][data-date="${focusedDate}"]`)?.focus();
  });

  const onDayKey = (date: string, event: KeyboardEvent<HTMLTableCellElement>) => {
    if (event.target !== event.currentTarget) return;
    const next = dateForKey(date, event.key);
    if (next !== null) {
      event.preventDefault();
      focusByKeyboard.current = true;
      setFocusedDate(next);
      if (!days.includes(next) || (search.view === 'month' && next.slice(0, 7) !== search.date.slice(0, 7))) update({ date: next });
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (search.view === 'month') update({ view: 'week', date });
    }
  };

  const move = (item: CalendarItem, at: string) => actions.move.mutate({ item, at });
  const onDropPost = (postId: string, date: string, hour?: number) => {
    const item = items.data?.find((candidate) => candidate.id === postId);
    if (item === undefined || !isMovable(item.state) || !canWrite) return;
    const at = movedInstant(item.at, date, timezone, hour);
    if (at !== item.at) move(item, at);
  };
  const setView = (view: CalendarView) => update({ view });
  const period = search.view === 'month'
    ? dayjs(search.date).locale(i18n.language).format('MMMM YYYY')
    : `${dayjs(days[0]).locale(i18n.language).format('D MMM')} – ${dayjs(days[6]).locale(i18n.language).format('D MMM YYYY')}`;
  const gridProps = {
    anchor: search.date, today, timezone, itemsByDay, focusedDate, canMove: canWrite, onDayKey,
    onOpenDay: (date: string) => update({ view: 'week', date }), onOpenPost: (item: CalendarItem) => setOpenPostId(item.id),
    onMoveRequest: setMoving, onDropPost,
  };

  return (
    <Stack gap="md" data-testid="calendar-page">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} fz="h2">{t('calendar.title')}</Title>
          <Text c="dimmed" size="sm">{t('calendar.intro', { zone: timezone })}</Text>
        </div>
        <Group gap="xs">
          <Button variant="default" leftSection={<IconClockHour9 size={16} aria-hidden />} onClick={() => setSlotsOpen(true)} data-testid="open-slots">{t('calendar.slots.open')}</Button>
          {canWrite && <Button variant="light" leftSection={<IconFileImport size={16} aria-hidden />} onClick={() => setImportOpen(true)} data-testid="open-import">{t('calendar.import.open')}</Button>}
        </Group>
      </Group>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Group gap="xs" align="center">
          <Button variant="default" size="xs" onClick={() => update({ date: stepDate(search.date, search.view, -1) })} aria-label={t('calendar.previous')} data-testid="calendar-prev"><IconChevronLeft size={16} aria-hidden /></Button>
          <Button variant="default" size="xs" onClick={() => update({ date: today })}>{t('calendar.today')}</Button>
          <Button variant="default" size="xs" onClick={() => update({ date: stepDate(search.date, search.view, 1) })} aria-label={t('calendar.next')} data-testid="calendar-next"><IconChevronRight size={16} aria-hidden /></Button>
          <Title order={2} fz="h4" ml="xs" data-testid="calendar-period" aria-live="polite">{period}</Title>
          {items.isFetching && <Loader size="xs" aria-label={t('calendar.loading')} />}
        </Group>
        <SegmentedControl aria-label={t('calendar.view.label')} value={search.view} onChange={(value) => setView(value === 'week' ? 'week' : 'month')} data-testid="calendar-view"
          data={[{ value: 'month', label: t('calendar.view.month') }, { value: 'week', label: t('calendar.view.week') }]} />
      </Group>
      <CalendarFilters search={search} channels={channels.data ?? []} members={members.data ?? []} onChange={update} />
      <StateLegend />
      {items.isError && <Alert color="red" role="alert">{describeError(items.error)}</Alert>}
      <div ref={gridRef}>
        {search.view === 'month' ? <MonthGrid weeks={weeks} {...gridProps} /> : <WeekGrid days={days} {...gridProps} />}
      </div>
      {items.data?.length === 0 && <Text size="sm" c="dimmed" data-testid="calendar-empty">{t('calendar.empty')}</Text>}
      <Text size="xs" c="dimmed">{t('calendar.keyboardHint')}</Text>

      {openPost !== null && (
        <PostDetailModal item={openPost} workspaceId={workspace.id} timezone={timezone} canWrite={canWrite} busy={actions.duplicate.isPending || actions.nextSlot.isPending}
          onMove={() => { setMoving(openPost); setOpenPostId(null); }}
          onDuplicate={() => actions.duplicate.mutate(openPost, { onSuccess: () => setOpenPostId(null) })}
          onNextSlot={() => actions.nextSlot.mutate(openPost, { onSuccess: () => setOpenPostId(null) })}
          onClose={() => setOpenPostId(null)} />
      )}
      {moving !== null && (
        <MoveDialog item={moving} timezone={timezone} onClose={() => setMoving(null)} onMove={(at) => { move(moving, at); setMoving(null); }} />
      )}
      {actions.refusal !== null && (
        <RefusalModal refusal={actions.refusal} workspaceId={workspace.id} timezone={timezone} onClose={actions.clearRefusal}
          onUseTime={(postId, until) => {
            const item = items.data?.find((candidate) => candidate.id === postId);
            actions.clearRefusal();
            if (item !== undefined) move(item, until);
          }} />
      )}
      {slotsOpen && <SlotsDrawer workspaceId={workspace.id} timezone={timezone} channels={channels.data ?? []} canEdit={workspace.role === 'manager' || workspace.role === 'owner'} onClose={() => setSlotsOpen(false)} />}
      {importOpen && (
        <ImportDialog workspaceId={workspace.id} timezone={timezone} onClose={() => setImportOpen(false)}
          onImported={() => { void queryClient.invalidateQueries({ queryKey: calendarKeys.all(workspace.id) }); }} />
      )}
    </Stack>
  );
}
