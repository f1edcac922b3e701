// The composer's state: the draft being written, which saved post it is (if any), and what
// the server said when scheduling was refused. Saving happens before scheduling, so the
// server checks exactly the text on screen.
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { composeKeys, deleteDraft, saveDraft, schedulePost, unschedulePost } from '../../api/composeApi';
import type { Post } from '../../api/composeTypes';
import { notifySuccess } from '../../ui/notifyApiError';
import { emptyDraft, type Draft } from './DraftEditor';
import { classifyScheduleFailure, type ScheduleProblem } from './scheduleOutcome';

export interface ScheduleRequest {
  scheduledAt: string;
  overrideReason?: string;
}

export function useComposer(workspaceId: string) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [draft, setDraftState] = useState<Draft>(emptyDraft);
  const [postId, setPostId] = useState<string | null>(null);
  const [problem, setProblem] = useState<ScheduleProblem | null>(null);
  // A manager's override reason holds for this text: a pacing retry must not ask for it again.
  const [overrideReason, setOverrideReason] = useState<string | undefined>(undefined);
  const refreshPosts = () => queryClient.invalidateQueries({ queryKey: composeKeys.posts(workspaceId) });

  const setDraft = (next: Draft) => {
    setDraftState(next);
    // What the server refused (or a manager allowed) was another text.
    setProblem(null);
    setOverrideReason(undefined);
  };
  const load = (post: Post) => {
    setDraftState({ text: post.text, channelIds: post.variants.map((v) => v.channel.id), paid: post.paid });
    setPostId(post.id);
    setProblem(null);
    setOverrideReason(undefined);
  };
  const startNew = () => {
    setDraftState(emptyDraft);
    setPostId(null);
    setProblem(null);
    setOverrideReason(undefined);
  };

  const save = useMutation({
    mutationFn: () => saveDraft(workspaceId, postId, draft),
    onSuccess: (post) => {
      setPostId(post.id);
      notifySuccess(t('compose.saved'));
    },
    onSettled: refreshPosts,
  });

  const schedule = useMutation({
    mutationFn: async (request: ScheduleRequest) => {
      const reason = request.overrideReason ?? overrideReason;
      if (request.overrideReason !== undefined) setOverrideReason(request.overrideReason);
      const saved = await saveDraft(workspaceId, postId, draft);
      setPostId(saved.id);
      return schedulePost(workspaceId, saved.id, request.scheduledAt, reason);
    },
    // 422 and 409 are answers to show beside the draft, not toasts.
    meta: { handlesOwnErrors: true },
    onMutate: () => setProblem(null),
    onSuccess: () => {
      notifySuccess(t('compose.schedule.done'));
      startNew();
    },
    onError: (error) => setProblem(classifyScheduleFailure(error)),
    onSettled: refreshPosts,
  });

  const unschedule = useMutation({
    mutationFn: (post: Post) => unschedulePost(workspaceId, post.id),
    onSuccess: load,
    onSettled: refreshPosts,
  });

  const remove = useMutation({
    mutationFn: (post: Post) => deleteDraft(workspaceId, post.id),
    onSuccess: (_result, post) => {
      if (post.id === postId) startNew();
    },
    onSettled: refreshPosts,
  });

  return { draft, setDraft, postId, problem, load, startNew, save, schedule, unschedule, remove };
}
