// The rollup job: reads messages made since the watermark (by id, so it is an index range
// scan), adds them to the rollups and the loyalty ladder, and moves the watermark, all in one
// transaction: a crash repeats a batch whole or not at all. It runs on the scheduler's tick and
// on demand (`sapa bench insights`, tests); the ingest path is untouched.
import type { Kysely } from 'kysely';
import { getBrandProfile } from '../brand-profile.js';
import {
  addDailyTermCounts, addDayCounts, addHourlyCounts, addWeeklyTermCounts, addLoyaltyMoves, addTermLabels, idFloor, loyaltyRowsOf, messagesForRollup, readRollupWatermark,
  saveLoyaltyRows, workspaceTimezones, writeRollupWatermark,
} from '../../store/repositories/insights-rollups.js';
import type { Database } from '../../store/schema.js';
import { RollupBatch, type WorkspaceFacts } from './rollup-batch.js';
import { inTransaction } from '../../store/transaction.js';

export interface RollupOptions {
  now?: number;
  batchSize?: number;
  /**
   * Messages made in the last few seconds are left for the next run: on PostgreSQL another
   * process may still commit a message whose id is older than one already visible.
   */
  settleMs?: number;
  /** Stop after this many batches (the scheduler's tick keeps each run short). */
  maxBatches?: number;
}

export async function catchUpRollups(db: Kysely<Database>, options: RollupOptions = {}): Promise<{ messages: number; counted: number }> {
  const now = options.now ?? Date.now();
  const before = idFloor(now - (options.settleMs ?? 5_000));
  const batchSize = options.batchSize ?? 2_000;
  const workspaces = new Map<string, WorkspaceFacts>();
  let messages = 0;
  let counted = 0;
  for (let batchIndex = 0; batchIndex < (options.maxBatches ?? Number.POSITIVE_INFINITY); batchIndex++) {
    const done = await inTransaction(db, async (trx) => {
      const after = await readRollupWatermark(trx);
      const rows = await messagesForRollup(trx, after, before, batchSize);
      const last = rows.at(-1);
      if (last === undefined) return true;
      const counting = rows.filter((row) => RollupBatch.counts(row));
      const unknown = [...new Set(counting.map((row) => row.workspace_id))].filter((id) => !workspaces.has(id));
      const timezones = await workspaceTimezones(trx, unknown);
      for (const id of unknown) {
        const profile = await getBrandProfile(trx, id);
        workspaces.set(id, { timezone: timezones.get(id) ?? 'Asia/Jakarta', products: (profile.products ?? []).map((p) => ({ name: p.name, aliases: p.aliases ?? [] })) });
      }
      const stored = await loyaltyRowsOf(trx, [...new Set(counting.flatMap((row) => (row.author_contact_id === null ? [] : [row.author_contact_id])))]);
      const batch = new RollupBatch(now);
      for (const row of counting) {
        const workspace = workspaces.get(row.workspace_id);
        if (workspace !== undefined) batch.add(row, workspace, row.author_contact_id === null ? undefined : stored.get(row.author_contact_id));
      }
      await addHourlyCounts(trx, batch.hourlyRows());
      await addDayCounts(trx, batch.dayRows());
      await addDailyTermCounts(trx, batch.dailyRows());
      await addWeeklyTermCounts(trx, batch.weeklyRows());
      await addTermLabels(trx, batch.labelRows());
      await saveLoyaltyRows(trx, [...batch.loyalty.values()]);
      await addLoyaltyMoves(trx, batch.moves);
      await writeRollupWatermark(trx, last.id);
      messages += rows.length;
      counted += counting.length;
      return rows.length < batchSize;
    });
    if (done) break;
  }
  return { messages, counted };
}
