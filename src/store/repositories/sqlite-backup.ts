// Backup and restore of the embedded SQLite database with SQLite's online backup API, which
// copies a consistent snapshot page by page while another process keeps writing (WAL): a
// running Sapa need not stop for `sapa backup`. Files made here are private (0600) because
// they hold follower messages. PostgreSQL is backed up with pg_dump (see the README).
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

export interface SqliteSnapshotInfo {
  file: string;
  bytes: number;
  /** Applied migrations, oldest first. */
  migrations: string[];
  /** Rows per table (Sapa's tables and the migration bookkeeping). */
  rows: Record<string, number>;
}

const sqliteHeader = 'SQLite format 3\u0000';
/** Tables every Sapa database has since its first migration. */
const requiredTables = ['kysely_migration', 'workspaces', 'users', 'messages'];

function startsLikeSqlite(file: string): boolean {
  const handle = openSync(file, 'r');
  try {
    const header = Buffer.alloc(16);
    return readSync(handle, header, 0, 16, 0) === 16 && header.toString('latin1') === sqliteHeader;
  } finally {
    closeSync(handle);
  }
}

function makePrivate(file: string): void {
  for (const each of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) if (existsSync(each)) chmodSync(each, 0o600);
}

/** Every user table with its row count (names come from sqlite_master, quoted as identifiers). */
export function countRows(connection: SQLite.Database): Record<string, number> {
  const tables = connection.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").pluck().all() as string[];
  const rows: Record<string, number> = {};
  for (const table of tables) rows[table] = connection.prepare(`select count(*) from "${table.replaceAll('"', '""')}"`).pluck().get() as number;
  return rows;
}

/**
 * Checks that `file` is an intact Sapa database: the SQLite header, `quick_check`, the core
 * tables and at least one applied migration. Throws BackupError saying what is wrong.
 */
export function inspectSqliteSnapshot(file: string): SqliteSnapshotInfo {
  if (!existsSync(file) || !statSync(file).isFile()) throw new BackupError(`${file}: no such file`);
  if (!startsLikeSqlite(file)) throw new BackupError(`${file}: not a SQLite database`);
  let connection: SQLite.Database;
  try {
    connection = new SQLite(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new BackupError(`${file}: cannot be opened (${error instanceof Error ? error.message : String(error)})`);
  }
  try {
    const check = connection.pragma('quick_check', { simple: true }) as string;
    if (check !== 'ok') throw new BackupError(`${file}: the database is damaged (${check})`);
    const rows = countRows(connection);
    const missing = requiredTables.filter((table) => rows[table] === undefined);
    if (missing.length > 0) throw new BackupError(`${file}: not a Sapa database (no ${missing.join(', ')} table)`);
    const migrations = connection.prepare('select name from kysely_migration order by name').pluck().all() as string[];
    if (migrations.length === 0) throw new BackupError(`${file}: not a Sapa database (no migrations applied)`);
    return { file, bytes: statSync(file).size, migrations, rows };
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${file}: cannot be read (${error instanceof Error ? error.message : String(error)})`);
  } finally {
    connection.close();
  }
}

/**
 * True when another connection has the database open. In WAL mode every open connection holds
 * a shared lock, so an exclusive lock is refused even while that process is idle.
 */
export function isSqliteInUse(file: string): boolean {
  if (!existsSync(file)) return false;
  const connection = new SQLite(file, { fileMustExist: true });
  try {
    connection.pragma('busy_timeout = 0');
    connection.pragma('locking_mode = EXCLUSIVE');
    connection.exec('BEGIN EXCLUSIVE');
    connection.exec('COMMIT');
    return false;
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY') === true) return true;
    throw error;
  } finally {
    connection.close();
  }
}

/**
 * Copies `source` (possibly open and written by a running Sapa) into a new file at
 * `destination`, through a private temporary file renamed at the end, so a half-written
 * backup never carries the final name. The copy is a single file (rollback journal).
 */
async function snapshotInto(source: string, destination: string): Promise<void> {
  const partial = `${destination}.partial-${process.pid}`;
  rmSync(partial, { force: true });
  // Created empty and private first: SQLite keeps the mode of an existing file.
  closeSync(openSync(partial, 'w', 0o600));
  try {
    const connection = new SQLite(source, { fileMustExist: true });
    try {
      connection.pragma('busy_timeout = 5000');
      await connection.backup(partial);
    } finally {
      connection.close();
    }
    const copy = new SQLite(partial);
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    makePrivate(partial);
    renameSync(partial, destination);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

export async function backupSqlite(liveFile: string, destination: string, options: { overwrite?: boolean } = {}): Promise<SqliteSnapshotInfo> {
  if (!existsSync(liveFile)) throw new BackupError(`no database at ${liveFile} (check SAPA_DATA_DIR / SAPA_DATABASE_URL)`);
  if (existsSync(destination) && options.overwrite !== true) throw new BackupError(`${destination} exists; choose another file or pass --force`);
  await snapshotInto(liveFile, destination);
  return inspectSqliteSnapshot(destination);
}

export interface RestoreOutcome {
  restored: SqliteSnapshotInfo;
  /** Where the database that was replaced was kept, if there was one. */
  previous: string | null;
}

/**
 * Replaces the database at `liveFile` with the backup, through the backup API (so even an open
 * WAL database is rewritten consistently). The replaced database is kept as
 * `<liveFile>.before-restore`. Refuses a backup with migrations this version does not know.
 */
export async function restoreSqlite(backupFile: string, liveFile: string, options: { knownMigrations: readonly string[]; force?: boolean }): Promise<RestoreOutcome> {
  const restored = inspectSqliteSnapshot(backupFile);
  const unknown = restored.migrations.filter((name) => !options.knownMigrations.includes(name));
  if (unknown.length > 0) throw new BackupError(`${backupFile} was made by a newer Sapa (migrations ${unknown.join(', ')}); upgrade Sapa first`);
  let previous: string | null = null;
  if (existsSync(liveFile)) {
    if (options.force !== true && isSqliteInUse(liveFile)) {
      throw new BackupError(`${liveFile} is open in another process (is Sapa running?). Stop Sapa first, or pass --force`);
    }
    previous = `${liveFile}.before-restore`;
    await snapshotInto(liveFile, previous);
  } else {
    mkdirSync(path.dirname(liveFile), { recursive: true, mode: 0o700 });
    closeSync(openSync(liveFile, 'a', 0o600));
  }
  const source = new SQLite(backupFile, { readonly: true, fileMustExist: true });
  try {
    await source.backup(liveFile);
  } finally {
    source.close();
  }
  makePrivate(liveFile);
  return { restored, previous };
}
