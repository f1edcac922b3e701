import { useQuery } from '@tanstack/react-query';
import { fetchSession } from '../api/sessionApi';
import { queryKeys } from '../api/queryKeys';

/** The signed-in session; a 401 here simply means "not signed in", so it is not a notified error. */
export function useSessionQuery() {
  return useQuery({
    queryKey: queryKeys.session,
    queryFn: ({ signal }) => fetchSession(signal),
    meta: { handlesOwnErrors: true },
    staleTime: 5 * 60_000,
  });
}
