import { describe, expect, it } from 'vitest';
import { advance, emptyCursor, isNew, LOOKBACK_MS, parseCursor, serializeCursor } from './poll-cursor.js';

describe('poll cursor', () => {
  const t0 = Date.UTC(2026, 11, 5, 9, 0);

  it('round-trips and refuses what it did not write', () => {
    const cursor = advance(emptyCursor(), [{ uri: 'at://a/app.bsky.feed.post/1', sortAt: t0 }]);
    const again = parseCursor(serializeCursor(cursor));
    expect(again?.newest).toBe(t0);
    expect(again && isNew(again, 'at://a/app.bsky.feed.post/1', t0)).toBe(false);
    expect(parseCursor('2026-12-05T09:00:00.000Z')).toBeNull();
    expect(parseCursor('{"v":2}')).toBeNull();
  });

  it('only moves forward', () => {
    const cursor = advance(emptyCursor(), [{ uri: 'x', sortAt: t0 }]);
    expect(advance(cursor, [{ uri: 'y', sortAt: t0 - 5_000 }]).newest).toBe(t0);
  });

  it('still takes a post indexed late with an older sortAt, once', () => {
    const cursor = advance(emptyCursor(), [{ uri: 'seen', sortAt: t0 }]);
    expect(isNew(cursor, 'late', t0 - 30_000)).toBe(true);
    const after = advance(cursor, [{ uri: 'late', sortAt: t0 - 30_000 }]);
    expect(isNew(after, 'late', t0 - 30_000)).toBe(false);
    expect(isNew(after, 'ancient', t0 - LOOKBACK_MS - 1)).toBe(false);
  });

  it('forgets what fell out of the window', () => {
    const cursor = advance(emptyCursor(), [{ uri: 'old', sortAt: t0 }]);
    const later = advance(cursor, [{ uri: 'new', sortAt: t0 + LOOKBACK_MS + 1 }]);
    expect(later.seen.size).toBe(1);
  });
});
