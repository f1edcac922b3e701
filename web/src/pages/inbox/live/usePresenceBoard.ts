import { useCallback, useState } from 'react';
import type { PresenceEvent } from '../../../live/liveEvents';
import { useNow } from '../../../time/useNow';
import { applyPresence, othersPresent, type PresenceBoard, type PresenceEntry } from './presenceBoard';

/** Other officers' presence from the live stream, for the "someone else is here" notice. */
export function usePresenceBoard(selfUserId: string) {
  const [board, setBoard] = useState<PresenceBoard>({});
  // Re-evaluated on the shared 30-second tick so a silent officer fades out.
  const now = useNow().getTime();

  const record = useCallback((event: PresenceEvent) => setBoard((current) => applyPresence(current, event, Date.now())), []);
  const othersIn = useCallback(
    (conversationId: string): PresenceEntry[] => othersPresent(board, conversationId, selfUserId, now),
    [board, selfUserId, now],
  );
  return { record, othersIn };
}
