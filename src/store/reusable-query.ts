// Building and compiling a Kysely query costs as much as running it on SQLite. For the few
// statements on the ingest hot path, a query is built and compiled once with sentinel values
// in place of its parameters; each call then swaps in the real values by position. The SQL
// text stays identical, so the SQLite statement cache also hits.
import type { Compilable, CompiledQuery, Kysely, QueryResult, Transaction } from 'kysely';
import type { Database } from './schema.js';

type Executor = Kysely<Database> | Transaction<Database>;

const sentinelPrefix = '\u0000sapa-param-';

export function sentinel(index: number): string {
  return `${sentinelPrefix}${index}`;
}

interface Template {
  query: CompiledQuery;
  /** For each compiled parameter: the argument index it takes, or -1 for a constant. */
  slots: number[];
}

export interface ReusableQuery<Row> {
  execute(db: Executor, args: readonly unknown[]): Promise<QueryResult<Row>>;
}

/**
 * `build` receives sentinels and must use each argument exactly where a parameter goes; every
 * call passes `args` in the same order. Compiled once per dialect (the executor's adapter).
 */
export function reusableQuery<Row>(arity: number, build: (db: Executor, ...params: string[]) => Compilable<Row>): ReusableQuery<Row> {
  const templates = new WeakMap<object, Template>();
  const templateFor = (db: Executor): Template => {
    const key = db.getExecutor().adapter;
    let template = templates.get(key);
    if (template === undefined) {
      const query = build(db, ...Array.from({ length: arity }, (_, index) => sentinel(index))).compile();
      const slots = query.parameters.map((value) => (typeof value === 'string' && value.startsWith(sentinelPrefix) ? Number(value.slice(sentinelPrefix.length)) : -1));
      template = { query, slots };
      templates.set(key, template);
    }
    return template;
  };
  return {
    execute: (db, args) => {
      const { query, slots } = templateFor(db);
      const parameters = query.parameters.map((value, index) => {
        const slot = slots[index] ?? -1;
        return slot === -1 ? value : args[slot];
      });
      return db.executeQuery<Row>({ ...query, parameters });
    },
  };
}
