// The poll cursor for notifications and searches. Bluesky sorts both by `sortAt`, the earlier of
// when the post says it was written and when the AppView indexed it, so a post indexed late can
// appear *below* one already seen. A bare "newest seen" cursor would skip it; this one keeps the
// newest time (it only moves forward) and short hashes of what was seen in a window before it,
// and every poll reads back over that window.
import { createHash } from 'node:crypto';

/** How far back each poll re-reads, for posts the AppView indexed late. */
export const LOOKBACK_MS = 10 * 60_000;
const MAX_SEEN = 600;

export interface PollCursor {
  /** Newest sortAt seen, epoch ms (0 before anything was seen). */
  newest: number;
  /** Hash → sortAt of items seen inside the lookback window. */
  seen: Map<string, number>;
}

export function seenKey(uri: string): string {
  return createHash('sha256').update(uri).digest('base64url').slice(0, 12);
}

export function emptyCursor(): PollCursor {
  return { newest: 0, seen: new Map() };
}

export function parseCursor(value: string | null): PollCursor | null {
  if (value === null) return null;
  try {
    const parsed = JSON.parse(value) as { v?: unknown; t?: unknown; s?: unknown };
    if (parsed.v !== 1 || typeof parsed.t !== 'number' || !Array.isArray(parsed.s)) return null;
    const seen = new Map<string, number>();
    for (const entry of parsed.s as unknown[]) {
      if (Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'number') seen.set(entry[0], entry[1]);
    }
    return { newest: parsed.t, seen };
  } catch {
    return null;
  }
}

export function serializeCursor(cursor: PollCursor): string {
  return JSON.stringify({ v: 1, t: cursor.newest, s: [...cursor.seen.entries()] });
}

/** The oldest sortAt a poll from this cursor still reads. */
export function readFloor(cursor: PollCursor): number {
  return cursor.newest - LOOKBACK_MS;
}

export function isNew(cursor: PollCursor, uri: string, sortAt: number): boolean {
  return sortAt >= readFloor(cursor) && !cursor.seen.has(seenKey(uri));
}

/** The cursor after seeing these items: newest never goes back; the window is pruned and capped. */
export function advance(cursor: PollCursor, items: readonly { uri: string; sortAt: number }[]): PollCursor {
  let newest = cursor.newest;
  for (const item of items) newest = Math.max(newest, item.sortAt);
  const entries = [...cursor.seen.entries(), ...items.map((item) => [seenKey(item.uri), item.sortAt] as [string, number])]
    .filter(([, sortAt]) => sortAt >= newest - LOOKBACK_MS)
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_SEEN);
  return { newest, seen: new Map(entries) };
}
