import { describe, expect, it } from 'vitest';
import { isTypingTarget, neighbourId, shortcutFor, type KeyPress } from './inboxShortcuts';

const element = (tagName: string, extra: { isContentEditable?: boolean; inside?: string } = {}) => ({
  tagName,
  isContentEditable: extra.isContentEditable ?? false,
  closest: (selector: string) => (extra.inside !== undefined && selector.includes(extra.inside) ? {} : null),
}) as unknown as EventTarget;

const press = (key: string, overrides: Partial<KeyPress> = {}): KeyPress => ({
  key, ctrlKey: false, metaKey: false, altKey: false, defaultPrevented: false, isComposing: false, target: element('BODY'), ...overrides,
});

describe('shortcutFor', () => {
  it('maps the inbox keys', () => {
    expect(['j', 'k', 'r', 'e', 'a', '/', '?'].map((key) => shortcutFor(press(key)))).toEqual(['next', 'previous', 'reply', 'close', 'assignToMe', 'search', 'help']);
    expect(shortcutFor(press('x'))).toBeNull();
    expect(shortcutFor(press('J'))).toBeNull();
  });

  it('never fires while typing in a field', () => {
    for (const tag of ['INPUT', 'TEXTAREA', 'SELECT', 'input']) expect(shortcutFor(press('j', { target: element(tag) }))).toBeNull();
    expect(shortcutFor(press('e', { target: element('DIV', { isContentEditable: true }) }))).toBeNull();
  });

  it('leaves modified keys, IME composition, open menus and handled keys alone', () => {
    expect(shortcutFor(press('r', { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(press('r', { metaKey: true }))).toBeNull();
    expect(shortcutFor(press('a', { altKey: true }))).toBeNull();
    expect(shortcutFor(press('j', { isComposing: true }))).toBeNull();
    expect(shortcutFor(press('j', { defaultPrevented: true }))).toBeNull();
    expect(shortcutFor(press('j', { target: element('BUTTON', { inside: 'menu' }) }))).toBeNull();
  });
});

describe('isTypingTarget', () => {
  it('is false for no target or a plain element', () => {
    expect(isTypingTarget(null)).toBe(false);
    expect(isTypingTarget(element('A'))).toBe(false);
  });
});

describe('neighbourId', () => {
  const ids = ['a', 'b', 'c'];
  it('moves within the list and stops at its ends', () => {
    expect(neighbourId(ids, 'b', 1)).toBe('c');
    expect(neighbourId(ids, 'c', 1)).toBe('c');
    expect(neighbourId(ids, 'a', -1)).toBe('a');
  });

  it('starts at the top when nothing (or something no longer listed) is open', () => {
    expect(neighbourId(ids, undefined, 1)).toBe('a');
    expect(neighbourId(ids, 'gone', -1)).toBe('a');
    expect(neighbourId([], 'a', 1)).toBeUndefined();
  });
});
