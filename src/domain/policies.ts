// Per-workspace inbox policies (response targets, pacing) with a short cache: ingest reads
// them for every event, and a change made in Settings reaches every process within seconds.
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { readWorkspaceSetting, writeWorkspaceSetting } from '../store/repositories/settings.js';
import { findWorkspace } from '../store/repositories/workspaces.js';
import { defaultResponsePolicy, type ResponsePolicy } from './response-targets.js';
import { recordAudit } from '../store/repositories/audit.js';
import { inTransaction } from '../store/transaction.js';

export interface InboxPolicy {
  timezone: string;
  response: ResponsePolicy;
}

const cacheTtlMs = 10_000;
const cache = new Map<string, { value: InboxPolicy; expiresAt: number }>();

export const responsePolicyKey = 'response_policy';

export async function loadInboxPolicy(db: Kysely<Database>, workspaceId: string, now = Date.now()): Promise<InboxPolicy> {
  const cached = cache.get(workspaceId);
  if (cached !== undefined && cached.expiresAt > now) return cached.value;
  const workspace = await findWorkspace(db, workspaceId);
  const stored = await readWorkspaceSetting(db, workspaceId, responsePolicyKey);
  const value: InboxPolicy = {
    timezone: workspace?.timezone ?? 'Asia/Jakarta',
    response: stored === undefined ? defaultResponsePolicy : { ...defaultResponsePolicy, ...(stored as Partial<ResponsePolicy>) },
  };
  cache.set(workspaceId, { value, expiresAt: now + cacheTtlMs });
  return value;
}

/** Saves the policy and its audit entry in one transaction: neither is kept without the other. */
export async function saveResponsePolicy(db: Kysely<Database>, workspaceId: string, policy: ResponsePolicy, userId: string | null): Promise<void> {
  await inTransaction(db, async (trx) => {
    await writeWorkspaceSetting(trx, workspaceId, responsePolicyKey, policy, userId);
    await recordAudit(trx, { workspaceId, actorUserId: userId, action: 'settings.response_policy.updated', targetType: 'workspace', targetId: workspaceId, details: { policy } });
  });
  cache.delete(workspaceId);
}
