import { useEffect, useState } from 'react';

const listeners = new Set<(now: Date) => void>();
let timer: ReturnType<typeof setInterval> | undefined;

// One shared ticker for the whole page: "2 minutes ago" stays true without a timer per row.
function subscribe(listener: (now: Date) => void): () => void {
  listeners.add(listener);
  timer ??= setInterval(() => {
    const now = new Date();
    listeners.forEach((notify) => notify(now));
  }, 30_000);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

export function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => subscribe(setNow), []);
  return now;
}
