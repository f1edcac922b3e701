// `sapa workspace create|list`: workspaces from the command line (issue 12, team management).
import type { Command } from 'commander';
import { DomainError } from '../../domain/errors.js';
import { createWorkspace } from '../../domain/team.js';
import { openStore, type Store } from '../../store/database.js';
import { migrateToLatest } from '../../store/migrate.js';
import { listAllWorkspaces } from '../../store/repositories/team.js';
import { findUserByEmail } from '../../store/repositories/users.js';
import { fail, loadConfigOrExit, printJson } from '../shared.js';

async function withStore(run: (store: Store) => Promise<void>): Promise<void> {
  const store = openStore(loadConfigOrExit().database);
  try {
    await migrateToLatest(store);
    await run(store);
  } catch (error) {
    if (error instanceof DomainError) fail(error.message, 2);
    throw error;
  } finally {
    await store.close();
  }
}

interface CreateOptions { name: string; owner: string; timezone?: string; locale?: string; json?: boolean }

export function registerWorkspaceCommand(program: Command): void {
  const workspace = program.command('workspace').description('create and list workspaces');

  workspace.command('create')
    .description('create a workspace with an existing user as its owner (add one with sapa user add)')
    .requiredOption('--name <name>', 'the brand or team name')
    .requiredOption('--owner <email>', 'e-mail of the user who owns it')
    .option('--timezone <zone>', 'IANA time zone', 'Asia/Jakarta')
    .option('--locale <locale>', 'workspace language: id or en', 'id')
    .option('--json', 'machine-readable output')
    .action(async (options: CreateOptions) => {
      if (options.locale !== 'id' && options.locale !== 'en') fail(`--locale: expected id or en, got "${options.locale ?? ''}"`, 2);
      const locale = options.locale;
      await withStore(async (store) => {
        const owner = await findUserByEmail(store.db, options.owner);
        if (owner === undefined) fail(`--owner: no user "${options.owner}" (add one with sapa user add)`, 2);
        const created = await createWorkspace(store.db, { name: options.name, timezone: options.timezone, locale, ownerUserId: owner.id, actorUserId: null });
        if (options.json === true) printJson({ id: created.id, name: created.name, timezone: created.timezone, locale: created.locale, owner: owner.email });
        else process.stdout.write(`Created workspace ${created.name} (${created.id}), owned by ${owner.email}\n`);
      });
    });

  workspace.command('list')
    .description('list every workspace with its members and owners')
    .option('--json', 'machine-readable output (one JSON array)')
    .action(async (options: { json?: boolean }) => withStore(async (store) => {
      const rows = (await listAllWorkspaces(store.db)).map((row) => ({ ...row, createdAt: new Date(row.createdAt).toISOString() }));
      if (options.json === true) printJson(rows);
      else for (const row of rows) process.stdout.write(`${row.id}  ${row.name}  ${row.timezone}  ${row.members} member(s)  owners: ${row.owners.join(', ') || '-'}\n`);
    }));
}
