// Gmail-style single-key shortcuts for working the inbox. They must never fire while the
// officer types: a "j" in a reply is a letter, not "next conversation".

export type ShortcutAction = 'next' | 'previous' | 'reply' | 'close' | 'assignToMe' | 'search' | 'help';

/** In the order the help lists them. */
export const shortcutKeys: readonly { key: string; action: ShortcutAction }[] = [
  { key: 'j', action: 'next' },
  { key: 'k', action: 'previous' },
  { key: 'r', action: 'reply' },
  { key: 'e', action: 'close' },
  { key: 'a', action: 'assignToMe' },
  { key: '/', action: 'search' },
  { key: '?', action: 'help' },
];

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** Already handled (e.g. by an open menu); leave it alone. */
  defaultPrevented: boolean;
  /** The IME is composing (Indonesian officers may type with one); never a shortcut. */
  isComposing: boolean;
  target: EventTarget | null;
}

interface TargetLike {
  tagName?: string;
  isContentEditable?: boolean;
  closest?: (selector: string) => unknown;
}

const TYPING_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/** Whether the key went to something the officer types into (or an open menu or dialog). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (target === null || typeof target !== 'object') return false;
  const element = target as TargetLike;
  if (element.isContentEditable === true) return true;
  if (element.tagName !== undefined && TYPING_TAGS.has(element.tagName.toUpperCase())) return true;
  // Listboxes and menus use letters for type-ahead; dialogs have their own keys.
  return typeof element.closest === 'function' && element.closest('[role="listbox"],[role="menu"],[role="dialog"],[contenteditable="true"]') !== null;
}

export function shortcutFor(press: KeyPress): ShortcutAction | null {
  if (press.defaultPrevented || press.isComposing || press.ctrlKey || press.metaKey || press.altKey) return null;
  if (isTypingTarget(press.target)) return null;
  return shortcutKeys.find((shortcut) => shortcut.key === press.key)?.action ?? null;
}

/** The neighbour of the open conversation in list order; the first one when none is open. */
export function neighbourId(ids: readonly string[], currentId: string | undefined, step: 1 | -1): string | undefined {
  if (ids.length === 0) return undefined;
  const index = currentId === undefined ? -1 : ids.indexOf(currentId);
  if (index === -1) return ids[0];
  return ids[Math.min(ids.length - 1, Math.max(0, index + step))];
}
