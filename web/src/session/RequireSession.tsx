import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { ApiError } from '../api/http';
import { FullPageLoader } from '../ui/FullPageLoader';
import { FullPageError } from '../ui/FullPageError';
import { SessionContext } from './SessionContext';
import { useSessionQuery } from './useSessionQuery';
import { useApplyUserPreferences } from './useApplyUserPreferences';

/** Gate for every signed-in page: loads the session or sends the visitor to sign-in. */
export function RequireSession() {
  const location = useLocation();
  const session = useSessionQuery();
  useApplyUserPreferences(session.data?.user);

  if (session.data) {
    return (
      <SessionContext.Provider value={session.data}>
        <Outlet />
      </SessionContext.Provider>
    );
  }
  if (session.error instanceof ApiError && session.error.status === 401) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  if (session.error) return <FullPageError error={session.error} onRetry={() => void session.refetch()} />;
  return <FullPageLoader />;
}
