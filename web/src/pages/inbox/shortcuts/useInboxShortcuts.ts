import { useEffect, useRef } from 'react';
import { shortcutFor, type ShortcutAction } from './inboxShortcuts';

/** Listens for the inbox's single-key shortcuts while the inbox is open. */
export function useInboxShortcuts(handle: (action: ShortcutAction) => void): void {
  const handleRef = useRef(handle);
  useEffect(() => {
    handleRef.current = handle;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const action = shortcutFor(event);
      if (action === null) return;
      // Otherwise "r" or "/" would also be typed into the field the shortcut focuses.
      event.preventDefault();
      handleRef.current(action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
