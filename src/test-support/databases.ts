// Test targets: every store and queue suite runs once per database. PostgreSQL runs get a
// schema of their own (dropped afterwards) so parallel and repeated runs never collide.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openStore, type Store } from '../store/database.js';
import { migrateToLatest } from '../store/migrate.js';

import { testPostgresUrl } from './test-config.js';

export { testPostgresUrl, testRedisUrl } from './test-config.js';

export type DatabaseKind = 'sqlite' | 'postgres';
export const databaseKinds: DatabaseKind[] = ['sqlite', 'postgres'];

export interface TestDatabase {
  store: Store;
  /** How to open the same database again (e.g. from a child process). */
  target: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; schema: string };
  dispose(): Promise<void>;
}

export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'sapa-test-'));
    const target = { kind: 'sqlite' as const, file: path.join(dir, 'sapa.sqlite') };
    const store = openStore(target);
    await migrateToLatest(store);
    return { store, target, dispose: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
  }
  const schema = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: testPostgresUrl });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const target = { kind: 'postgres' as const, url: testPostgresUrl, schema };
  const store = openStore(target);
  await migrateToLatest(store);
  return {
    store,
    target,
    dispose: async () => {
      await store.close();
      const client = new pg.Client({ connectionString: testPostgresUrl });
      await client.connect();
      await client.query(`drop schema ${schema} cascade`);
      await client.end();
    },
  };
}
