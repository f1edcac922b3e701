import { useCallback, useEffect, useRef } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { TargetEventType } from '../../../live/liveEvents';
import { TargetWarningMessage } from './TargetWarningMessage';

// The target monitor may flag many conversations in the same minute; one quiet notice per
// kind, updated with the count, keeps the officer informed without a wall of toasts.
const GATHER_MS = 1_500;
const SHOW_MS = 8_000;

/** Returns the handler for target.due_soon / target.breached events. */
export function useTargetWarnings(openConversation: (conversationId: string) => void): (type: TargetEventType, conversationId: string) => void {
  const { t } = useTranslation();
  const gathered = useRef(new Map<TargetEventType, Set<string>>());
  // The monitor repeats "due soon" every half minute while it holds; say it once per conversation.
  const alreadyWarned = useRef(new Set<string>());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const openRef = useRef(openConversation);
  useEffect(() => {
    openRef.current = openConversation;
  });

  const show = useCallback(() => {
    timer.current = undefined;
    for (const [type, ids] of gathered.current) {
      const breached = type === 'target.breached';
      const only = ids.size === 1 ? [...ids][0] : undefined;
      notifications.show({
        id: `inbox-${type}`,
        color: breached ? 'red' : 'yellow',
        autoClose: SHOW_MS,
        // Bottom right: a quiet corner, away from the counts and the officer's own confirmations.
        position: 'bottom-right',
        withBorder: true,
        title: t(breached ? 'inbox.targets.breachedTitle' : 'inbox.targets.dueSoonTitle'),
        message: (
          <TargetWarningMessage
            text={t(breached ? 'inbox.targets.breached' : 'inbox.targets.dueSoon', { count: ids.size })}
            onOpen={only === undefined ? undefined : () => openRef.current(only)}
          />
        ),
      });
    }
    gathered.current.clear();
  }, [t]);

  useEffect(() => () => clearTimeout(timer.current), []);

  return useCallback(
    (type, conversationId) => {
      const key = `${type}:${conversationId}`;
      if (alreadyWarned.current.has(key)) return;
      alreadyWarned.current.add(key);
      const ids = gathered.current.get(type) ?? new Set<string>();
      ids.add(conversationId);
      gathered.current.set(type, ids);
      timer.current ??= setTimeout(show, GATHER_MS);
    },
    [show],
  );
}
