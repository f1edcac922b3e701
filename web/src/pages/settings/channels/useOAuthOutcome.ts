import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';

export interface OAuthOutcome {
  /** The channel the network's sign-in connected (to highlight). */
  connectedId: string | null;
  /** Why connecting did not finish, in the server's words. */
  error: string | null;
}

/**
 * The OAuth callback sends the browser back here with `?connected=<id>` or `?error=<message>`.
 * Both are read once and taken off the address, so a reload does not repeat the message.
 */
export function useOAuthOutcome(): [OAuthOutcome, () => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const [outcome, setOutcome] = useState<OAuthOutcome>(() => ({
    connectedId: searchParams.get('connected'),
    error: searchParams.get('error'),
  }));

  useEffect(() => {
    if (!searchParams.has('connected') && !searchParams.has('error')) return;
    const rest = new URLSearchParams(searchParams);
    rest.delete('connected');
    rest.delete('error');
    setSearchParams(rest, { replace: true });
  }, [searchParams, setSearchParams]);

  return [outcome, () => setOutcome({ connectedId: null, error: null })];
}
