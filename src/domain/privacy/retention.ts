// Message retention: a workspace may keep follower texts for N days only. A sweep clears the
// texts (and their keywords and PII) of messages stored longer ago than that, in batches, each
// batch with its audit entry in the same transaction. Rows, labels and rollups stay, so counts
// and Insights are unchanged. A per-workspace cursor (the last id swept) keeps each run short.
import type { Kysely } from 'kysely';
import { DomainError } from '../errors.js';
import { labelsOnlyAnalysis } from './redaction.js';
import { recordAudit } from '../../store/repositories/audit.js';
import { eraseMessageTexts, messagesStoredBefore, retentionSettings } from '../../store/repositories/contact-privacy.js';
import { readWorkspaceSetting, writeWorkspaceSetting } from '../../store/repositories/settings.js';
import { idFloor } from '../../store/ids.js';
import type { Database } from '../../store/schema.js';
import type { PrivacyActor } from './contact-data.js';
import { inTransaction } from '../../store/transaction.js';

export interface RetentionPolicy {
  /** Erase message texts stored longer ago than this many days; null keeps them. */
  messageTextDays: number | null;
}

export const retentionSettingKey = 'retention';
const cursorSettingKey = 'retention.cursor';
export const maxRetentionDays = 3650;
const dayMs = 86_400_000;

function policyFrom(value: unknown): RetentionPolicy {
  const days = (value as { messageTextDays?: unknown } | undefined)?.messageTextDays;
  return { messageTextDays: typeof days === 'number' && Number.isInteger(days) && days >= 1 ? days : null };
}

export async function loadRetention(db: Kysely<Database>, workspaceId: string): Promise<RetentionPolicy> {
  return policyFrom(await readWorkspaceSetting(db, workspaceId, retentionSettingKey));
}

export async function saveRetention(db: Kysely<Database>, actor: PrivacyActor, policy: RetentionPolicy, now = Date.now()): Promise<void> {
  const days = policy.messageTextDays;
  if (days !== null && (!Number.isInteger(days) || days < 1 || days > maxRetentionDays)) {
    throw new DomainError('invalid_input', `messageTextDays: a whole number of days from 1 to ${maxRetentionDays}, or null to keep texts`);
  }
  await inTransaction(db, async (trx) => {
    const before = await loadRetention(trx, actor.workspaceId);
    await writeWorkspaceSetting(trx, actor.workspaceId, retentionSettingKey, { messageTextDays: days }, actor.userId, now);
    await recordAudit(trx, {
      workspaceId: actor.workspaceId, actorUserId: actor.userId, action: 'settings.retention.updated', targetType: 'workspace', targetId: actor.workspaceId,
      details: { via: actor.via, from: before.messageTextDays, to: days },
    }, now);
  });
}

export interface RetentionOptions {
  now?: number;
  batchSize?: number;
  /** Batches per workspace per run, so one run never holds the database for long. */
  maxBatches?: number;
}

/** One sweep over every workspace with a retention period. Returns the texts erased per workspace. */
export async function enforceRetention(db: Kysely<Database>, options: RetentionOptions = {}): Promise<Record<string, number>> {
  const now = options.now ?? Date.now();
  const batchSize = options.batchSize ?? 500;
  const maxBatches = options.maxBatches ?? 20;
  const erasedBy: Record<string, number> = {};
  for (const setting of await retentionSettings(db, retentionSettingKey)) {
    const days = policyFrom(JSON.parse(setting.value) as unknown).messageTextDays;
    if (days === null) continue;
    const workspaceId = setting.workspace_id;
    const beforeId = idFloor(now - days * dayMs);
    let total = 0;
    for (let batch = 0; batch < maxBatches; batch += 1) {
      const erased = await sweepBatch(db, workspaceId, beforeId, batchSize, days, now);
      total += erased.erased;
      if (erased.done) break;
    }
    if (total > 0) erasedBy[workspaceId] = total;
  }
  return erasedBy;
}

async function sweepBatch(db: Kysely<Database>, workspaceId: string, beforeId: string, batchSize: number, days: number, now: number): Promise<{ erased: number; done: boolean }> {
  return inTransaction(db, async (trx) => {
    const cursor = await readWorkspaceSetting(trx, workspaceId, cursorSettingKey);
    const rows = await messagesStoredBefore(trx, workspaceId, typeof cursor === 'string' ? cursor : '', beforeId, batchSize);
    const last = rows.at(-1);
    if (last === undefined) return { erased: 0, done: true };
    const toErase = rows.filter((row) => row.text !== '' || row.history !== '[]' || row.analysis !== labelsOnlyAnalysis(row.analysis));
    const erased = await eraseMessageTexts(trx, workspaceId, new Map(toErase.map((row) => [row.id, labelsOnlyAnalysis(row.analysis)])));
    await writeWorkspaceSetting(trx, workspaceId, cursorSettingKey, last.id, null, now);
    if (erased > 0) {
      await recordAudit(trx, { workspaceId, actorUserId: null, action: 'retention.texts_erased', targetType: 'workspace', targetId: workspaceId, details: { days, messages: erased, throughId: last.id } }, now);
    }
    return { erased, done: rows.length < batchSize };
  });
}
