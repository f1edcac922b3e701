// The composer's state: the draft being written (main text, images, and each channel's
// variant), which saved post it is (if any), the images uploaded in this session, and what the
// server said when scheduling or submitting was refused. Saving happens first, so the server
// checks exactly what is on screen.
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { composeKeys, deleteDraft, saveDraft, schedulePost, submitForApproval, unschedulePost } from '../../api/composeApi';
import type { Post } from '../../api/composeTypes';
import { saveAltText, uploadImage, type MediaItem } from '../../api/mediaApi';
import { notifySuccess } from '../../ui/notifyApiError';
import { classifyScheduleFailure, type ScheduleProblem } from './scheduleOutcome';
import { draftBody, draftFromPost, emptyDraft, removeMedia, type Draft } from './variantModel';

export interface ScheduleRequest {
  scheduledAt: string;
  overrideReason?: string;
}

export function useComposer(workspaceId: string) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [draft, setDraftState] = useState<Draft>(emptyDraft);
  const [postId, setPostId] = useState<string | null>(null);
  const [saved, setSaved] = useState<Post | null>(null);
  const [problem, setProblem] = useState<ScheduleProblem | null>(null);
  const [media, setMedia] = useState<Record<string, MediaItem>>({});
  // A manager's override reason holds for this text: a pacing retry must not ask for it again.
  const [overrideReason, setOverrideReason] = useState<string | undefined>(undefined);
  const refreshPosts = () => queryClient.invalidateQueries({ queryKey: composeKeys.posts(workspaceId) });

  const reset = (next: Draft, post: Post | null) => {
    setDraftState(next);
    setPostId(post?.id ?? null);
    setSaved(post);
    setProblem(null);
    setOverrideReason(undefined);
  };
  const setDraft = (next: Draft) => {
    setDraftState(next);
    // What the server refused (or a manager allowed) was another text.
    setProblem(null);
    setOverrideReason(undefined);
  };
  const load = (post: Post) => reset(draftFromPost(post), post);
  const startNew = () => reset(emptyDraft, null);
  const persist = async () => {
    const post = await saveDraft(workspaceId, postId, draftBody(draft));
    setPostId(post.id);
    setSaved(post);
    return post;
  };

  const save = useMutation({
    mutationFn: persist,
    onSuccess: () => notifySuccess(t('compose.saved')),
    onSettled: refreshPosts,
  });

  const schedule = useMutation({
    mutationFn: async (request: ScheduleRequest) => {
      const reason = request.overrideReason ?? overrideReason;
      if (request.overrideReason !== undefined) setOverrideReason(request.overrideReason);
      const post = await persist();
      return schedulePost(workspaceId, post.id, request.scheduledAt, reason);
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

  // Under approval an officer submits instead of scheduling; the time is the one planned.
  const submit = useMutation({
    mutationFn: async (plannedAt: string) => submitForApproval(workspaceId, (await persist()).id, plannedAt),
    meta: { handlesOwnErrors: true },
    onMutate: () => setProblem(null),
    onSuccess: () => {
      notifySuccess(t('compose.approval.submitted'));
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

  const upload = useMutation({
    mutationFn: (file: File) => uploadImage(workspaceId, file),
    onSuccess: (item) => {
      setMedia((known) => ({ ...known, [item.id]: item }));
      setDraftState((current) => ({ ...current, mediaIds: [...current.mediaIds, item.id] }));
    },
  });

  const altText = useMutation({
    mutationFn: ({ mediaId, text }: { mediaId: string; text: string }) => saveAltText(workspaceId, mediaId, text),
    onSuccess: (item) => setMedia((known) => ({ ...known, [item.id]: item })),
  });
  // The alt text shows as typed at once; it is saved when the field is left.
  const editAltText = (mediaId: string, text: string) => setMedia((known) => {
    const item = known[mediaId];
    return item === undefined ? known : { ...known, [mediaId]: { ...item, altText: text } };
  });
  const detach = (mediaId: string) => setDraft(removeMedia(draft, mediaId));

  return { draft, setDraft, postId, saved, problem, media, load, startNew, save, schedule, submit, unschedule, remove, upload, altText, editAltText, detach };
}

export type Composer = ReturnType<typeof useComposer>;
