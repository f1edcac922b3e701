import { describe, expect, it } from 'vitest';
import type { PresenceEvent } from '../../../live/liveEvents';
import { applyPresence, othersPresent, PRESENCE_STALE_MS, type PresenceBoard } from './presenceBoard';

const event = (overrides: Partial<PresenceEvent>): PresenceEvent => ({
  type: 'presence', conversationId: 'c1', userId: 'u2', name: 'Rizky', state: 'viewing', ...overrides,
});

describe('presence board', () => {
  it('shows other officers, replying first, never yourself', () => {
    let board: PresenceBoard = {};
    board = applyPresence(board, event({ userId: 'u2', name: 'Rizky' }), 1_000);
    board = applyPresence(board, event({ userId: 'u3', name: 'Ayu', state: 'replying' }), 1_000);
    board = applyPresence(board, event({ userId: 'me', name: 'Dewi' }), 1_000);
    expect(othersPresent(board, 'c1', 'me', 2_000).map((entry) => [entry.name, entry.state])).toEqual([['Ayu', 'replying'], ['Rizky', 'viewing']]);
  });

  it('forgets an officer who left, moved elsewhere or stopped renewing', () => {
    let board = applyPresence({}, event({ userId: 'u2' }), 1_000);
    board = applyPresence(board, event({ userId: 'u3' }), 1_000);
    board = applyPresence(board, event({ userId: 'u2', state: 'left' }), 2_000);
    expect(othersPresent(board, 'c1', 'me', 2_000).map((entry) => entry.userId)).toEqual(['u3']);

    board = applyPresence(board, event({ userId: 'u3', conversationId: 'c2' }), 3_000);
    expect(othersPresent(board, 'c1', 'me', 3_000)).toEqual([]);
    expect(othersPresent(board, 'c2', 'me', 3_000 + PRESENCE_STALE_MS)).toEqual([]);
  });
});
