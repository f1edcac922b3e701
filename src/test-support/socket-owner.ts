// Which of our child processes holds one end of a loopback TCP connection (Linux /proc): a
// fake network sees a request's client port, and a test needs the pid of the process that
// sent it, to kill -9 exactly the worker that is in the middle of a job.
import { readFileSync, readdirSync, readlinkSync } from 'node:fs';

function socketInodes(localPort: number): Set<string> {
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const columns = line.trim().split(/\s+/);
      const local = columns[1];
      const inode = columns[9];
      if (local === undefined || inode === undefined || inode === '0') continue;
      if (Number.parseInt(local.split(':')[1] ?? '', 16) === localPort) inodes.add(inode);
    }
  }
  return inodes;
}

/** The pid among `candidates` that owns the socket bound to loopback port `localPort`, if any. */
export function pidOwningLocalPort(localPort: number, candidates: readonly number[]): number | undefined {
  const inodes = socketInodes(localPort);
  for (const pid of candidates) {
    let descriptors: string[];
    try {
      descriptors = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const descriptor of descriptors) {
      try {
        const target = readlinkSync(`/proc/${pid}/fd/${descriptor}`);
        const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
        if (inode !== undefined && inodes.has(inode)) return pid;
      } catch {
        // The descriptor closed while we looked.
      }
    }
  }
  return undefined;
}
