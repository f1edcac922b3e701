// Issue 12, defect 11: the data folder and every file in it are private to the user.
import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { openStore } from './database.js';
import { migrateToLatest } from './migrate.js';

const modeOf = (file: string) => statSync(file).mode & 0o777;

describe('data folder permissions', () => {
  const dirs: string[] = [];
  afterEach(() => { for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true }); });

  it('creates the data folder 0700 with secret.key, the database, -wal and -shm 0600', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'sapa-modes-'));
    dirs.push(root);
    const config = loadConfig({ SAPA_DATA_DIR: path.join(root, 'data') });
    if (config.database.kind !== 'sqlite') throw new Error('expected sqlite');
    const store = openStore(config.database);
    await migrateToLatest(store);
    try {
      expect(modeOf(config.dataDir)).toBe(0o700);
      for (const file of ['secret.key', 'sapa.sqlite', 'sapa.sqlite-wal', 'sapa.sqlite-shm']) expect([file, modeOf(path.join(config.dataDir, file))]).toEqual([file, 0o600]);
    } finally {
      await store.close();
    }
  });

  it('tightens an older install\'s world-readable folder and files', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'sapa-modes-'));
    dirs.push(root);
    const dataDir = path.join(root, 'data');
    const first = loadConfig({ SAPA_DATA_DIR: dataDir });
    if (first.database.kind !== 'sqlite') throw new Error('expected sqlite');
    const store = openStore(first.database);
    await store.close();
    chmodSync(dataDir, 0o755);
    chmodSync(path.join(dataDir, 'secret.key'), 0o644);
    chmodSync(first.database.file, 0o644);
    writeFileSync(`${first.database.file}-wal`, '', { mode: 0o644 });
    const again = loadConfig({ SAPA_DATA_DIR: dataDir });
    const reopened = openStore(first.database);
    await reopened.close();
    expect(modeOf(again.dataDir)).toBe(0o700);
    expect(modeOf(path.join(dataDir, 'secret.key'))).toBe(0o600);
    expect(modeOf(first.database.file)).toBe(0o600);
  });
});
