import { useEffect, useRef, useState } from 'react';
import { workspaceEventsUrl } from '../api/workspaceApi';
import { liveEventTypes, parseLiveEvent, type LiveEvent } from './liveEvents';

export type { LiveEvent } from './liveEvents';
export type LiveConnectionState = 'connecting' | 'live' | 'reconnecting';

// The browser retries an interrupted stream itself, but gives up for good when
// the server answers with an error status (e.g. a restart behind a proxy); then we retry.
const RETRY_AFTER_CLOSE_MS = 5_000;

interface Handlers {
  onEvent: (event: LiveEvent) => void;
  /** After a gap in the stream: events may have been missed, so reload what is shown. */
  onResync: () => void;
}

/** Subscribes to the workspace's Server-Sent Events while the calling component is mounted. */
export function useWorkspaceEvents(workspaceId: string, handlers: Handlers): LiveConnectionState {
  const [state, setState] = useState<LiveConnectionState>('connecting');
  const handlersRef = useRef(handlers);
  useEffect(() => {
    handlersRef.current = handlers;
  });

  useEffect(() => {
    let source: EventSource | null = null;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let hadGap = false;

    function connect() {
      source = new EventSource(workspaceEventsUrl(workspaceId));
      for (const type of liveEventTypes) {
        source.addEventListener(type, (message: MessageEvent<string>) => {
          const event = parseLiveEvent(type, message.data);
          if (event) handlersRef.current.onEvent(event);
        });
      }
      source.onopen = () => {
        setState('live');
        if (hadGap) handlersRef.current.onResync();
        hadGap = false;
      };
      source.onerror = () => {
        hadGap = true;
        setState('reconnecting');
        if (source?.readyState === EventSource.CLOSED) {
          source.close();
          retryTimer = setTimeout(connect, RETRY_AFTER_CLOSE_MS);
        }
      };
    }

    setState('connecting');
    connect();
    return () => {
      clearTimeout(retryTimer);
      source?.close();
    };
  }, [workspaceId]);

  return state;
}
