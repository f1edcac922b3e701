// Opens the store: better-sqlite3 (WAL) for the embedded default, pg for PostgreSQL.
// Both speak the same Kysely<Database>; dialect differences stay inside src/store.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

export type DatabaseTarget = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; schema?: string };

export interface Store {
  db: Kysely<Database>;
  kind: DatabaseTarget['kind'];
  /** PostgreSQL: the schema given in the target (else the server's search_path decides). */
  schema?: string | undefined;
  close(): Promise<void>;
}

// int8 (bigint) columns hold epoch milliseconds and counters, all far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/**
 * Kysely prepares every query anew; on better-sqlite3 that costs as much as running it. A
 * bounded cache of prepared statements keyed by SQL text makes the hot paths (ingest, inbox)
 * prepare once. Statements are only run with all()/run(), never left iterating, so reuse is safe.
 */
function withStatementCache(connection: SQLite.Database, capacity = 500): SQLite.Database {
  const cache = new Map<string, SQLite.Statement>();
  const prepare = connection.prepare.bind(connection);
  return new Proxy(connection, {
    get(target, property, receiver) {
      if (property !== 'prepare') return Reflect.get(target, property, receiver) as unknown;
      return (sqlText: string) => {
        let statement = cache.get(sqlText);
        if (statement === undefined) {
          statement = prepare(sqlText);
          if (cache.size >= capacity) cache.delete(cache.keys().next().value ?? '');
        } else {
          // Least recently used goes first: the hot ingest statements (one per row count) must
          // not be evicted by a burst of rarely used ones and prepared again.
          cache.delete(sqlText);
        }
        cache.set(sqlText, statement);
        return statement;
      };
    },
  });
}

/**
 * Durability and memory settings of every SQLite connection Sapa opens (the bench's raw
 * baseline too): WAL with synchronous=NORMAL (a commit survives a crash of the process; the
 * last ones may be lost on power failure, never corrupted), a 64 MiB page cache and mmap
 * so the inbox indexes stay in memory. The WAL is checkpointed every 10,000 pages (~40 MiB)
 * instead of every 1,000: under a steady ingest stream the frequent checkpoints (each with an
 * fsync) were a large share of commit time.
 */
export function tuneSqliteConnection(connection: SQLite.Database): void {
  connection.pragma('journal_mode = WAL');
  connection.pragma('synchronous = NORMAL');
  connection.pragma('cache_size = -65536');
  connection.pragma('mmap_size = 268435456');
  connection.pragma('wal_autocheckpoint = 10000');
}

/**
 * Follower messages are personal data: a folder Sapa creates is 0700 and the database 0600.
 * SQLite gives its -wal and -shm files the database file's mode, so creating the file private
 * first keeps them private too; files of an older install are tightened on open.
 */
function makeSqliteFilePrivate(file: string): void {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  closeSync(openSync(file, 'a', 0o600));
  for (const each of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(each)) chmodSync(each, 0o600);
}

function openSqlite(file: string): Store {
  if (file !== ':memory:') makeSqliteFilePrivate(file);
  const connection = new SQLite(file);
  tuneSqliteConnection(connection);
  connection.pragma('foreign_keys = ON');
  connection.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(connection) }) });
  return { db, kind: 'sqlite', close: () => db.destroy() };
}

function openPostgres(url: string, schema: string | undefined): Store {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    // An unreachable server fails a request within seconds (503) instead of holding it open.
    connectionTimeoutMillis: 5_000,
    // A per-run schema keeps test runs (and tenants of a shared server) apart.
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  // An idle connection the server drops (restart, outage) is an event, not a crash; the next query reconnects.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: 'postgres', schema, close: () => db.destroy() };
}

export function openStore(target: DatabaseTarget): Store {
  return target.kind === 'sqlite' ? openSqlite(target.file) : openPostgres(target.url, target.schema);
}
