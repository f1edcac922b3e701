import { useEffect, useState } from 'react';

const listeners = new Set<(now: number) => void>();
let timer: ReturnType<typeof setInterval> | undefined;

// One shared one-second ticker for every countdown on the page: fifty rows, one interval.
function subscribe(listener: (now: number) => void): () => void {
  listeners.add(listener);
  timer ??= setInterval(() => {
    const now = Date.now();
    listeners.forEach((notify) => notify(now));
  }, 1_000);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** The current time in epoch ms, updated every second while `active` (a stopped clock costs nothing). */
export function useSecondClock(active = true): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => (active ? subscribe(setNow) : undefined), [active]);
  return now;
}
