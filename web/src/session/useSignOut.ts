import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { signOut } from '../api/sessionApi';
import { notifyError } from '../ui/notifyApiError';

/** Ends the session on the server, then forgets every cached answer so nothing leaks to the next person. */
export function useSignOut(): () => void {
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  return () => {
    signOut()
      .then(() => {
        queryClient.clear();
        return navigate('/sign-in', { replace: true });
      })
      .catch(notifyError);
  };
}
