// The `jobs` table behind the database queue engine (src/jobs/database-queue.ts): insert,
// claim with one atomic UPDATE … RETURNING (SKIP LOCKED on PostgreSQL), finish, retry, and
// renew the lease of a running job. Every change after the claim is conditional on the
// worker still holding the lease, so a worker that lost it cannot overwrite another's run.
import { sql, type Kysely } from 'kysely';
import type { Database, JobRow } from '../schema.js';

export async function insertJobRow(db: Kysely<Database>, job: { id: string; name: string; payload: string; maxAttempts: number; runAt: number }, now: number): Promise<void> {
  await db.insertInto('jobs').values({
    id: job.id, name: job.name, payload: job.payload, state: 'queued', attempts: 0,
    max_attempts: job.maxAttempts, run_at: job.runAt,
    locked_by: null, locked_until: null, last_error: null, created_at: now, updated_at: now,
  }).execute();
}

export async function claimNextJob(db: Kysely<Database>, dialect: 'sqlite' | 'postgres', workerId: string, leaseMs: number): Promise<JobRow | null> {
  const now = Date.now();
  const lockClause = dialect === 'postgres' ? sql`for update skip locked` : sql``;
  const result = await sql<JobRow>`
    update jobs set state = 'running', attempts = attempts + 1, locked_by = ${workerId},
      locked_until = ${now + leaseMs}, updated_at = ${now}
    where id = (
      select id from jobs
      where (state = 'queued' and run_at <= ${now}) or (state = 'running' and locked_until < ${now})
      order by run_at, id limit 1 ${lockClause}
    )
    returning *`.execute(db);
  return result.rows[0] ?? null;
}

export async function markJobDone(db: Kysely<Database>, jobId: string, workerId: string, now: number): Promise<void> {
  await db.updateTable('jobs').set({ state: 'done', locked_by: null, locked_until: null, updated_at: now })
    .where('id', '=', jobId).where('locked_by', '=', workerId).execute();
}

/** After a failed run: queued again at `runAt`, or failed for good. */
export async function releaseFailedJob(db: Kysely<Database>, jobId: string, workerId: string, outcome: { state: 'queued' | 'failed'; runAt: number; error: string }, now: number): Promise<void> {
  await db.updateTable('jobs').set({
    state: outcome.state, run_at: outcome.runAt,
    locked_by: null, locked_until: null, last_error: outcome.error, updated_at: now,
  }).where('id', '=', jobId).where('locked_by', '=', workerId).execute();
}

export async function renewJobLease(db: Kysely<Database>, jobId: string, workerId: string, lockedUntil: number): Promise<void> {
  await db.updateTable('jobs').set({ locked_until: lockedUntil })
    .where('id', '=', jobId).where('locked_by', '=', workerId).execute();
}

export async function countJobsByState(db: Kysely<Database>): Promise<Map<string, number>> {
  const rows = await db.selectFrom('jobs').select(['state', (eb) => eb.fn.countAll<number>().as('count')]).groupBy('state').execute();
  return new Map(rows.map((row) => [row.state, Number(row.count)]));
}
