// Where the ingest benchmark runs: a throwaway SQLite file (migrated like a real data folder),
// or a throwaway schema on a PostgreSQL server, dropped afterwards.
import pg from 'pg';
import { openStore, type Store } from '../store/database.js';
import { migrateToLatest } from '../store/migrate.js';
import { openTempStore } from './temp-store.js';

export interface BenchTarget {
  store: Store;
  database: 'sqlite' | 'postgres';
  dispose(): Promise<void>;
}

export async function openBenchTarget(postgresUrl: string | undefined): Promise<BenchTarget> {
  if (postgresUrl === undefined) {
    const temp = await openTempStore('ingest');
    return { store: temp.store, database: 'sqlite', dispose: () => temp.dispose() };
  }
  const schema = `bench_ingest_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  try {
    await admin.query(`create schema ${schema}`);
  } catch (error) {
    await admin.end();
    throw error;
  }
  const store = openStore({ kind: 'postgres', url: postgresUrl, schema });
  const dispose = async (): Promise<void> => {
    await store.close().catch(() => undefined);
    try {
      await admin.query(`drop schema ${schema} cascade`);
    } finally {
      await admin.end();
    }
  };
  try {
    await migrateToLatest(store);
  } catch (error) {
    await dispose();
    throw error;
  }
  return { store, database: 'postgres', dispose };
}
