// Open live-update streams per credential (issue 12, defect 4): a session may hold a few
// (one per tab), and signing out ends its streams at once in this process. Streams in other
// API processes end at their next heartbeat, which re-checks the credential.
import type { AppContext } from './context.js';

export const maxStreamsPerCredential = 10;

export class LiveStreams {
  private readonly byCredential = new Map<string, Set<() => void>>();

  /** Registers a stream's `end`; false when the credential already holds the maximum. */
  open(credentialId: string, end: () => void): boolean {
    const streams = this.byCredential.get(credentialId) ?? new Set();
    if (streams.size >= maxStreamsPerCredential) return false;
    streams.add(end);
    this.byCredential.set(credentialId, streams);
    return true;
  }

  closed(credentialId: string, end: () => void): void {
    const streams = this.byCredential.get(credentialId);
    streams?.delete(end);
    if (streams?.size === 0) this.byCredential.delete(credentialId);
  }

  endAll(credentialId: string): void {
    for (const end of [...(this.byCredential.get(credentialId) ?? [])]) end();
  }

  endEverything(): void {
    for (const credentialId of [...this.byCredential.keys()]) this.endAll(credentialId);
  }
}

// One registry per app context, shared by the events and sign-out routes (route plugins are
// encapsulated, so a decorator of one is not visible to the other).
const registries = new WeakMap<AppContext, LiveStreams>();

export function liveStreamsOf(context: AppContext): LiveStreams {
  let registry = registries.get(context);
  if (registry === undefined) {
    registry = new LiveStreams();
    registries.set(context, registry);
  }
  return registry;
}
