// The calendar's "open in Compose" link (?post=<id>): the post is read from the server and
// loaded into the composer once; the parameter is then dropped from the address, so "New
// draft" and a reload afterwards do not bring the same post back over the officer's work.
import { useEffect, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { composeKeys, fetchPost } from '../../api/composeApi';
import type { Post } from '../../api/composeTypes';
import { ApiError } from '../../api/http';

export type OpenPostOutcome = { kind: 'none' } | { kind: 'loading' } | { kind: 'not-found' };

export function useOpenPostFromUrl(workspaceId: string, load: (post: Post) => void): OpenPostOutcome {
  const [searchParams, setSearchParams] = useSearchParams();
  const postId = searchParams.get('post');
  const post = useQuery({
    queryKey: composeKeys.post(workspaceId, postId ?? ''),
    queryFn: ({ signal }) => fetchPost(workspaceId, postId ?? '', signal),
    enabled: postId !== null && postId !== '',
    // A missing post is an answer to show, not a toast or a retry.
    retry: false,
    meta: { handlesOwnErrors: true },
  });
  const found = post.data;
  // Loaded once per id, even if the page renders again before the address changes.
  const loaded = useRef<string | null>(null);
  useEffect(() => {
    if (found === undefined || found.id !== postId || loaded.current === found.id) return;
    loaded.current = found.id;
    load(found);
    setSearchParams((current) => {
      const next = new URLSearchParams(current);
      next.delete('post');
      return next;
    }, { replace: true });
  }, [found, postId, load, setSearchParams]);

  if (postId === null || postId === '') return { kind: 'none' };
  if (post.error instanceof ApiError && (post.error.status === 404 || post.error.status === 400)) return { kind: 'not-found' };
  return post.isError ? { kind: 'none' } : { kind: 'loading' };
}
