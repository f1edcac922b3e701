import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './http';
import { queryKeys } from './queryKeys';
import { notifyError } from '../ui/notifyApiError';

declare module '@tanstack/react-query' {
  interface Register {
    // A query or mutation that shows its own error (sign-in form, session probe) sets this.
    queryMeta: { handlesOwnErrors?: boolean };
    mutationMeta: { handlesOwnErrors?: boolean };
  }
}

function isClientError(error: unknown): boolean {
  return error instanceof ApiError && error.status >= 400 && error.status < 500;
}

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        // The session probe's own 401 means "signed out", not "session ended": re-checking it would loop.
        const isSessionProbe = query.queryKey[0] === queryKeys.session[0];
        handleError(client, error, { handlesOwnErrors: query.meta?.handlesOwnErrors === true, recheckSession: !isSessionProbe });
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) =>
        handleError(client, error, { handlesOwnErrors: mutation.meta?.handlesOwnErrors === true, recheckSession: true }),
    }),
    defaultOptions: {
      queries: {
        // 4xx answers will not change on retry; network blips and 5xx might.
        retry: (failureCount, error) => !isClientError(error) && failureCount < 2,
        staleTime: 15_000,
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  });
  return client;
}

interface ErrorHandling {
  handlesOwnErrors: boolean;
  recheckSession: boolean;
}

function handleError(client: QueryClient, error: unknown, { handlesOwnErrors, recheckSession }: ErrorHandling): void {
  if (recheckSession && error instanceof ApiError && error.status === 401) {
    // The session ended (expired, signed out elsewhere): re-check it, which sends the officer to sign-in.
    void client.invalidateQueries({ queryKey: queryKeys.session });
  }
  if (!handlesOwnErrors) notifyError(error);
}
