import { useEffect } from 'react';
import { sendPresence } from '../../../api/conversationsApi';
import type { PresenceState } from '../../../api/inboxTypes';
import { PRESENCE_HEARTBEAT_MS } from '../live/presenceBoard';

// Presence is a courtesy to colleagues: a failed report must never bother the officer.
function report(workspaceId: string, conversationId: string, state: PresenceState): void {
  sendPresence(workspaceId, conversationId, state).catch(() => undefined);
}

/** Tells other officers this one is viewing or replying here, renewed while the conversation is open. */
export function usePresenceReporter(workspaceId: string, conversationId: string, replying: boolean): void {
  const state: PresenceState = replying ? 'replying' : 'viewing';

  useEffect(() => {
    report(workspaceId, conversationId, state);
    const renew = setInterval(() => {
      // A hidden tab is not someone looking; let the others' notice fade.
      if (document.visibilityState === 'visible') report(workspaceId, conversationId, state);
    }, PRESENCE_HEARTBEAT_MS);
    return () => clearInterval(renew);
  }, [workspaceId, conversationId, state]);

  useEffect(() => () => report(workspaceId, conversationId, 'left'), [workspaceId, conversationId]);
}
