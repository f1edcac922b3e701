// A throwaway SQLite store in a temp folder, migrated like a real one, for benchmarks.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore, type Store } from '../store/database.js';
import { migrateToLatest } from '../store/migrate.js';

export interface TempStore {
  store: Store;
  file: string;
  dispose(): Promise<void>;
}

export async function openTempStore(name: string): Promise<TempStore> {
  const dir = mkdtempSync(path.join(tmpdir(), `sapa-bench-${name}-`));
  const file = path.join(dir, 'sapa.sqlite');
  const store = openStore({ kind: 'sqlite', file });
  await migrateToLatest(store);
  return { store, file, dispose: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
}

export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return 0;
  const index = Math.min(sortedMs.length - 1, Math.max(0, Math.ceil((p / 100) * sortedMs.length) - 1));
  return Math.round((sortedMs[index] ?? 0) * 1000) / 1000;
}
