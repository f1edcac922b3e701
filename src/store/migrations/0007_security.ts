// Security fixes of issue 12: reply idempotency keys are unique per workspace (a key chosen
// in one workspace must neither collide with nor reveal another workspace's reply); API tokens
// get an expiry and a scope (read-only or full). Existing tokens keep working: full, no expiry.
import { sql, type Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('messages_idempotency_key_unique').execute();
  await db.schema.createIndex('messages_idempotency_key_unique').unique().on('messages').columns(['workspace_id', 'idempotency_key'])
    .where(sql.ref('idempotency_key'), 'is not', null).execute();
  await db.schema.alterTable('api_tokens').addColumn('expires_at', 'bigint').execute();
  await db.schema.alterTable('api_tokens').addColumn('scope', 'text', (c) => c.notNull().defaultTo('full')).execute();
  await db.schema.createIndex('api_tokens_user_idx').on('api_tokens').column('user_id').execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('api_tokens_user_idx').execute();
  await db.schema.alterTable('api_tokens').dropColumn('scope').execute();
  await db.schema.alterTable('api_tokens').dropColumn('expires_at').execute();
  await db.schema.dropIndex('messages_idempotency_key_unique').execute();
  await db.schema.createIndex('messages_idempotency_key_unique').unique().on('messages').column('idempotency_key')
    .where(sql.ref('idempotency_key'), 'is not', null).execute();
}
