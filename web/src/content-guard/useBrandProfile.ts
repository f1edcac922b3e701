import { useQuery } from '@tanstack/react-query';
import { composeKeys, fetchBrandProfile } from '../api/composeApi';
import type { BrandProfile } from './guard';

/**
 * The workspace's brand profile, fetched once and kept: the live check applies it on every
 * keystroke, and it only changes when a manager saves Settings → Brand (which refreshes it).
 */
export function useBrandProfile(workspaceId: string) {
  return useQuery<BrandProfile>({
    queryKey: composeKeys.brandProfile(workspaceId),
    queryFn: ({ signal }) => fetchBrandProfile(workspaceId, signal),
    staleTime: 5 * 60_000,
  });
}
