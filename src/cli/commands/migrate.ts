import type { Command } from 'commander';
import { openStore } from '../../store/database.js';
import { migrateToLatest } from '../../store/migrate.js';
import { loadConfigOrExit, printJson } from '../shared.js';

export function registerMigrateCommand(program: Command): void {
  program.command('migrate')
    .description('apply pending database migrations (start does this too)')
    .option('--json', 'machine-readable output')
    .action(async (options: { json?: boolean }) => {
      const config = loadConfigOrExit();
      const store = openStore(config.database);
      try {
        const { applied } = await migrateToLatest(store);
        if (options.json === true) printJson({ database: store.kind, applied });
        else process.stderr.write(applied.length === 0 ? 'Database is up to date.\n' : `Applied: ${applied.join(', ')}\n`);
      } finally {
        await store.close();
      }
    });
}
