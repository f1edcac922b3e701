// Open live-update streams per credential (issue 12, defect 4): a session may hold a few
// (one per tab), and signing out ends its streams at once in this process. Streams in other
// API processes end at their next heartbeat, which re-checks the credential.
import type { AppContext } from './context.js';

export const maxStreamsPerCredential = 10;

const memberKey = (workspaceId: string, userId: string) => `${workspaceId}\u0000${userId}`;

export class LiveStreams {
  private readonly byCredential = new Map<string, Set<() => void>>();
  /** Whose stream of which workspace each `end` is, so removing a member closes their streams. */
  private readonly memberOf = new Map<() => void, string>();

  /** Registers a stream's `end`; false when the credential already holds the maximum. */
  open(credentialId: string, end: () => void, member?: { workspaceId: string; userId: string }): boolean {
    const streams = this.byCredential.get(credentialId) ?? new Set();
    if (streams.size >= maxStreamsPerCredential) return false;
    streams.add(end);
    this.byCredential.set(credentialId, streams);
    if (member !== undefined) this.memberOf.set(end, memberKey(member.workspaceId, member.userId));
    return true;
  }

  closed(credentialId: string, end: () => void): void {
    const streams = this.byCredential.get(credentialId);
    streams?.delete(end);
    this.memberOf.delete(end);
    if (streams?.size === 0) this.byCredential.delete(credentialId);
  }

  /** Ends a removed member's streams of that workspace (whatever credential opened them). */
  endForMember(workspaceId: string, userId: string): void {
    const key = memberKey(workspaceId, userId);
    for (const [end, owner] of [...this.memberOf]) if (owner === key) end();
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
