// Contacts seen recently, so ingest can skip the contact upsert for followers who write
// again (most traffic). Entries are added only after the transaction that created the
// contact commits, and expire after a minute so a VIP mark set elsewhere is picked up.
export interface CachedContact {
  id: string;
  vip: boolean;
}

const ttlMs = 60_000;
const capacity = 20_000;
const entries = new Map<string, CachedContact & { expiresAt: number }>();

export function contactCacheKey(channelId: string, networkUserId: string): string {
  return `${channelId}\u0000${networkUserId}`;
}

export function cachedContact(key: string, now: number): CachedContact | undefined {
  const entry = entries.get(key);
  if (entry === undefined || entry.expiresAt <= now) return undefined;
  return entry;
}

export function rememberContact(key: string, contact: CachedContact, now: number): void {
  if (entries.size >= capacity) entries.delete(entries.keys().next().value ?? '');
  entries.set(key, { ...contact, expiresAt: now + ttlMs });
}

/** A contact was deleted (with its channel or workspace): forget everything to stay safe. */
export function forgetContacts(): void {
  entries.clear();
}
