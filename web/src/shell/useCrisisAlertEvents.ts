import { useEffect, useRef } from 'react';
import { workspaceEventsUrl } from '../api/workspaceApi';

/**
 * Calls `onAlert` when the crisis radar raises an alert in this workspace (the live event
 * `crisis.alert`). The event only says "look again"; what is shown comes from the API.
 */
export function useCrisisAlertEvents(workspaceId: string, onAlert: () => void): void {
  const handler = useRef(onAlert);
  useEffect(() => {
    handler.current = onAlert;
  });
  useEffect(() => {
    if (typeof EventSource === 'undefined') return undefined;
    const source = new EventSource(workspaceEventsUrl(workspaceId));
    source.addEventListener('crisis.alert', () => handler.current());
    return () => source.close();
  }, [workspaceId]);
}
