// Publishing: where each published variant can be seen on the network (its link), kept beside
// the network's id so the calendar and Insights can link to it.
import type { Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('post_variants').addColumn('network_url', 'text').execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.alterTable('post_variants').dropColumn('network_url').execute();
}
