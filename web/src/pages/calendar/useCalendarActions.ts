// Moving, duplicating and "next free slot" from the calendar. A move shows at once (optimistic)
// and snaps back when the server refuses it; the refusal is kept for the officer to read.
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { calendarKeys, duplicatePost, movePost, scheduleAtNextSlot, type CalendarItem } from '../../api/calendarApi';
import { formatWorkspaceDateTime } from '../../time/formatTime';
import { notifySuccess } from '../../ui/notifyApiError';
import { classifyScheduleFailure, type ScheduleProblem } from '../compose/scheduleOutcome';

export interface Refusal { problem: ScheduleProblem; postId: string; title: 'failedTitle' | 'noSlotsTitle' }

export function useCalendarActions(workspaceId: string, timezone: string) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const when = (instant: string) => formatWorkspaceDateTime(instant, { timezone, locale: i18n.language });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['workspaces', workspaceId] });

  const move = useMutation({
    meta: { handlesOwnErrors: true },
    mutationFn: ({ item, at }: { item: CalendarItem; at: string }) => movePost(workspaceId, item.id, at),
    onMutate: async ({ item, at }) => {
      await queryClient.cancelQueries({ queryKey: calendarKeys.all(workspaceId) });
      const snapshot = queryClient.getQueriesData<CalendarItem[]>({ queryKey: calendarKeys.all(workspaceId) });
      queryClient.setQueriesData<CalendarItem[]>({ queryKey: calendarKeys.all(workspaceId) }, (items) => items?.map((candidate) => (candidate.id === item.id ? { ...candidate, at } : candidate)));
      setRefusal(null);
      return { snapshot };
    },
    onError: (error, { item }, context) => {
      for (const [key, data] of context?.snapshot ?? []) queryClient.setQueryData(key, data);
      setRefusal({ problem: classifyScheduleFailure(error), postId: item.id, title: 'failedTitle' });
    },
    onSuccess: (_post, { at }) => notifySuccess(t('calendar.move.moved', { time: when(at) })),
    onSettled: () => refresh(),
  });

  const duplicate = useMutation({
    mutationFn: (item: CalendarItem) => duplicatePost(workspaceId, item.id),
    onSuccess: () => { notifySuccess(t('calendar.post.duplicated')); void refresh(); },
  });

  const nextSlot = useMutation({
    meta: { handlesOwnErrors: true },
    mutationFn: (item: CalendarItem) => scheduleAtNextSlot(workspaceId, item.id),
    onSuccess: (post) => { notifySuccess(t('calendar.post.nextSlotDone', { time: when(post.scheduledAt ?? '') })); void refresh(); },
    onError: (error, item) => setRefusal({ problem: classifyScheduleFailure(error), postId: item.id, title: 'noSlotsTitle' }),
  });

  return { move, duplicate, nextSlot, refusal, clearRefusal: () => setRefusal(null) };
}
