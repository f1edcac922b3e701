// Security fixes of issue 12: reply idempotency keys are unique per workspace (a key chosen
// in one workspace must neither collide with nor reveal another workspace's reply).
import { sql, type Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('messages_idempotency_key_unique').execute();
  await db.schema.createIndex('messages_idempotency_key_unique').unique().on('messages').columns(['workspace_id', 'idempotency_key'])
    .where(sql.ref('idempotency_key'), 'is not', null).execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('messages_idempotency_key_unique').execute();
  await db.schema.createIndex('messages_idempotency_key_unique').unique().on('messages').column('idempotency_key')
    .where(sql.ref('idempotency_key'), 'is not', null).execute();
}
