import { describe, expect, it } from 'vitest';
import { withNamePlaceholder } from './suggest-for-conversation.js';

describe('past replies as suggestions', () => {
  it('turn the earlier follower name back into {nama}', () => {
    expect(withNamePlaceholder('Halo kak Aulia Rahma, harganya Rp89.000 ya kak aulia.', 'Aulia Rahma')).toBe('Halo kak {nama}, harganya Rp89.000 ya kak {nama}.');
    expect(withNamePlaceholder('Hi (Mr. X)!', 'Mr. X')).toBe('Hi ({nama})!');
    expect(withNamePlaceholder('Halo kak!', null)).toBe('Halo kak!');
  });
});
