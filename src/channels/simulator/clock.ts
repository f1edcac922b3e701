// Time as a dependency: the simulator never calls Date.now or setTimeout directly, so tests can
// drive it with a ManualClock (or vitest fake timers through systemClock) and assert nothing by wall time.

/** Cancels a scheduled callback; calling it twice is harmless. */
export type CancelTimer = () => void;

export interface SimulatorClock {
  /** UTC epoch milliseconds. */
  now(): number;
  schedule(callback: () => void, delayMs: number): CancelTimer;
}

/** The real clock. Reads the globals at call time so vitest fake timers also take effect. */
export const systemClock: SimulatorClock = {
  now: () => Date.now(),
  schedule(callback, delayMs) {
    const handle = globalThis.setTimeout(callback, Math.max(0, delayMs));
    return () => globalThis.clearTimeout(handle);
  },
};

interface PendingTimer {
  id: number;
  dueAt: number;
  callback: () => void;
}

/** A clock that only moves when told to: `advance()` fires due timers in order. */
export class ManualClock implements SimulatorClock {
  private current: number;
  private nextId = 0;
  private readonly timers = new Map<number, PendingTimer>();

  constructor(startAt = Date.UTC(2026, 10, 20, 12, 0, 0)) {
    this.current = startAt;
  }

  now(): number {
    return this.current;
  }

  schedule(callback: () => void, delayMs: number): CancelTimer {
    const id = this.nextId++;
    this.timers.set(id, { id, dueAt: this.current + Math.max(0, delayMs), callback });
    return () => {
      this.timers.delete(id);
    };
  }

  /** How many callbacks are still waiting: 0 after a clean stop. */
  get pendingTimers(): number {
    return this.timers.size;
  }

  /** Moves time forward, firing every timer that falls due (including ones scheduled meanwhile). */
  advance(ms: number): void {
    const target = this.current + ms;
    for (;;) {
      const due = [...this.timers.values()].filter((timer) => timer.dueAt <= target).sort((a, b) => a.dueAt - b.dueAt || a.id - b.id)[0];
      if (due === undefined) break;
      this.timers.delete(due.id);
      this.current = Math.max(this.current, due.dueAt);
      due.callback();
    }
    this.current = target;
  }

  /** advance(), then let promise callbacks settle, so awaited sends and async iterators catch up. */
  async advanceAsync(ms: number): Promise<void> {
    await flushMicrotasks();
    this.advance(ms);
    await flushMicrotasks();
  }
}

async function flushMicrotasks(): Promise<void> {
  for (let round = 0; round < 20; round += 1) await Promise.resolve();
}
