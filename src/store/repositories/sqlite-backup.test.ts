// Backup and restore on a seeded demo database: a backup taken while the store is open holds
// exactly what was committed (WAL included), and a restore brings back every row of every table.
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDemoWorkspace } from '../../demo/seed.js';
import { catchUpRollups } from '../../domain/insights/rollup.js';
import { createTestRuntime, type TestRuntime } from '../../test-support/runtime.js';
import { migrationNames } from '../migrate.js';
import { BackupError, backupSqlite, countRows, inspectSqliteSnapshot, isSqliteInUse, restoreSqlite } from './sqlite-backup.js';

type Dump = Record<string, string[]>;

/** Every row of every table, as sorted JSON lines: equal dumps mean equal databases. */
function dumpDatabase(file: string): Dump {
  const connection = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    const dump: Dump = {};
    for (const table of Object.keys(countRows(connection))) {
      dump[table] = connection.prepare(`select * from "${table}"`).all().map((row) => JSON.stringify(row)).sort();
    }
    return dump;
  } finally {
    connection.close();
  }
}

const mode = (file: string) => statSync(file).mode & 0o777;

describe('sqlite backup and restore', { timeout: 120_000 }, () => {
  let test: TestRuntime;
  let live: string;
  let folder: string;
  let seeded: Dump;

  beforeAll(async () => {
    test = await createTestRuntime('sqlite');
    if (test.database.target.kind !== 'sqlite') throw new Error('sqlite expected');
    live = test.database.target.file;
    folder = mkdtempSync(path.join(tmpdir(), 'sapa-backup-'));
    await ensureDemoWorkspace(test.runtime, () => undefined);
    await catchUpRollups(test.runtime.store.db, { now: Date.now() + 60_000 });
    seeded = dumpDatabase(live);
  });
  afterAll(async () => {
    await test.dispose();
    rmSync(folder, { recursive: true, force: true });
  });

  it('seeds a database worth comparing', () => {
    expect(seeded.messages?.length).toBeGreaterThan(500);
    expect(seeded.insight_hourly?.length).toBeGreaterThan(0);
    expect(seeded.contact_loyalty?.length).toBeGreaterThan(0);
  });

  it('backs up while the store is open, as a private single file with every row', async () => {
    const file = path.join(folder, 'sapa-backup.sqlite');
    const info = await backupSqlite(live, file);
    expect(mode(file)).toBe(0o600);
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(info.migrations).toEqual([...migrationNames]);
    expect(info.rows.messages).toBe(seeded.messages?.length);
    expect(dumpDatabase(file)).toEqual(seeded);
    await expect(backupSqlite(live, file)).rejects.toThrow(/exists/);
  });

  it('refuses to restore over a database another connection has open', async () => {
    expect(isSqliteInUse(live)).toBe(true);
    await expect(restoreSqlite(path.join(folder, 'sapa-backup.sqlite'), live, { knownMigrations: migrationNames })).rejects.toThrow(/Sapa running/);
  });

  it('restores every table exactly and keeps the replaced database aside', async () => {
    const { db } = test.runtime.store;
    // Life goes on after the backup: more rows, fewer rows, changed rows.
    await db.deleteFrom('notes').execute();
    await db.updateTable('contacts').set({ display_name: 'changed after backup' }).execute();
    await db.deleteFrom('workspaces').where('id', '=', 'demo').execute();
    await test.runtime.store.close();
    const changed = dumpDatabase(live);
    expect(changed.messages?.length).toBe(0);

    const outcome = await restoreSqlite(path.join(folder, 'sapa-backup.sqlite'), live, { knownMigrations: migrationNames });
    expect(outcome.previous).toBe(`${live}.before-restore`);
    expect(dumpDatabase(live)).toEqual(seeded);
    expect(dumpDatabase(`${live}.before-restore`)).toEqual(changed);
    expect(mode(live)).toBe(0o600);
    expect(mode(`${live}.before-restore`)).toBe(0o600);
  });

  it('refuses files that are not intact Sapa databases, and backups from a newer version', async () => {
    const text = path.join(folder, 'notes.txt');
    writeFileSync(text, 'not a database at all, just some text');
    expect(() => inspectSqliteSnapshot(text)).toThrow(/not a SQLite database/);
    const other = path.join(folder, 'other.sqlite');
    const connection = new SQLite(other);
    connection.exec('create table things (id integer)');
    connection.close();
    expect(() => inspectSqliteSnapshot(other)).toThrow(/not a Sapa database/);
    expect(() => inspectSqliteSnapshot(path.join(folder, 'missing.sqlite'))).toThrow(BackupError);
    await expect(restoreSqlite(path.join(folder, 'sapa-backup.sqlite'), live, { knownMigrations: migrationNames.slice(0, -1) }))
      .rejects.toThrow(/newer Sapa/);
  });
});
