// CPU time of the main thread alone (Linux: /proc/self/task/<pid>/stat, in clock ticks of
// 10 ms). Ingest runs its writes on the main thread and its analysis on a worker, so the main
// thread's share is what bounds the rate; process.cpuUsage() sums both. Null elsewhere.
import { readFileSync } from 'node:fs';

const msPerTick = 10;

export function mainThreadCpuMs(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    // Fields after the command name, which sits in parentheses and may itself hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const userTicks = Number(fields[11]);
    const systemTicks = Number(fields[12]);
    return Number.isFinite(userTicks) && Number.isFinite(systemTicks) ? (userTicks + systemTicks) * msPerTick : null;
  } catch {
    return null;
  }
}
