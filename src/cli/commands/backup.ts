// `sapa backup <file>` and `sapa restore <file>`: the SQLite database, copied with SQLite's
// online backup while Sapa runs, and put back (the replaced one kept as .before-restore).
// PostgreSQL has its own tools; the command says which, with exit code 2.
import path from 'node:path';
import type { Command } from 'commander';
import type { SapaConfig } from '../../config.js';
import { migrationNames } from '../../store/migrate.js';
import { BackupError, backupSqlite, restoreSqlite } from '../../store/repositories/sqlite-backup.js';
import { fail, loadConfigOrExit, printJson } from '../shared.js';

const postgresGuidance = [
  'This Sapa stores its data in PostgreSQL: back it up and restore it with PostgreSQL\'s own tools, e.g.',
  '  pg_dump --format=custom --file=sapa.dump "$SAPA_DATABASE_URL"',
  '  pg_restore --clean --if-exists --no-owner --dbname="$SAPA_DATABASE_URL" sapa.dump',
  '(see "Backup and restore" in the README).',
].join('\n');

function sqliteFileOrExit(config: SapaConfig): string {
  if (config.database.kind === 'postgres') fail(postgresGuidance, 2);
  if (config.database.file === ':memory:') fail('the database is in memory (SAPA_DATABASE_URL=sqlite::memory:); there is nothing to back up', 2);
  return config.database.file;
}

async function orExplain<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof BackupError) fail(error.message, 2);
    throw error;
  }
}

export function registerBackupCommands(program: Command): void {
  program.command('backup')
    .description('copy the SQLite database to <file> while Sapa keeps running (PostgreSQL: use pg_dump)')
    .argument('<file>', 'where to write the backup (private to you: mode 0600)')
    .option('--force', 'overwrite <file> if it exists')
    .option('--json', 'machine-readable output')
    .action(async (file: string, options: { force?: boolean; json?: boolean }) => {
      const live = sqliteFileOrExit(loadConfigOrExit());
      const info = await orExplain(() => backupSqlite(live, path.resolve(file), { overwrite: options.force === true }));
      const messages = info.rows.messages ?? 0;
      if (options.json === true) printJson({ file: info.file, bytes: info.bytes, migrations: info.migrations, rows: info.rows });
      else process.stderr.write(`Backed up ${live} to ${info.file} (${info.bytes} bytes, ${messages} messages, migration ${info.migrations.at(-1) ?? '?'}).\n`);
    });

  program.command('restore')
    .description('replace the SQLite database with a backup made by sapa backup (stop Sapa first)')
    .argument('<file>', 'a backup made by sapa backup')
    .option('--force', 'restore even though another process has the database open')
    .option('--json', 'machine-readable output')
    .action(async (file: string, options: { force?: boolean; json?: boolean }) => {
      const live = sqliteFileOrExit(loadConfigOrExit());
      const outcome = await orExplain(() => restoreSqlite(path.resolve(file), live, { knownMigrations: migrationNames, force: options.force === true }));
      if (options.json === true) printJson({ database: live, restoredFrom: outcome.restored.file, previous: outcome.previous, rows: outcome.restored.rows });
      else {
        process.stderr.write(`Restored ${live} from ${outcome.restored.file}.\n`);
        if (outcome.previous !== null) process.stderr.write(`The database it replaced is kept as ${outcome.previous}.\n`);
      }
    });
}
