// `sapa token list|create|revoke`: a user's API tokens from the command line (issue 12, defect 10).
import type { Command } from 'commander';
import { createApiToken, revokeApiToken } from '../../domain/accounts.js';
import { DomainError } from '../../domain/errors.js';
import { openStore, type Store } from '../../store/database.js';
import { migrateToLatest } from '../../store/migrate.js';
import { listApiTokensOf } from '../../store/repositories/sessions.js';
import { findUserByEmail } from '../../store/repositories/users.js';
import { fail, loadConfigOrExit, printJson } from '../shared.js';

async function withUser(email: string, run: (store: Store, userId: string) => Promise<void>): Promise<void> {
  const store = openStore(loadConfigOrExit().database);
  try {
    await migrateToLatest(store);
    const user = await findUserByEmail(store.db, email);
    if (user === undefined) fail(`--user: no user "${email}"`, 2);
    await run(store, user.id);
  } catch (error) {
    if (error instanceof DomainError) fail(error.message, 2);
    throw error;
  } finally {
    await store.close();
  }
}

const iso = (at: number | null) => (at === null ? null : new Date(at).toISOString());

export function registerTokenCommand(program: Command): void {
  const token = program.command('token').description('manage a user\'s API tokens');

  token.command('list')
    .description('list the user\'s tokens (never the secrets)')
    .requiredOption('--user <email>', 'whose tokens')
    .option('--json', 'machine-readable output (one JSON array)')
    .action(async (options: { user: string; json?: boolean }) => withUser(options.user, async (store, userId) => {
      const rows = (await listApiTokensOf(store.db, userId)).map((row) => ({
        id: row.id, name: row.name, scope: row.scope, createdAt: iso(row.created_at), lastUsedAt: iso(row.last_used_at), expiresAt: iso(row.expires_at),
      }));
      if (options.json === true) printJson(rows);
      else for (const row of rows) process.stdout.write(`${row.id}  ${row.name}  ${row.scope}  expires ${row.expiresAt ?? 'never'}  last used ${row.lastUsedAt ?? 'never'}\n`);
    }));

  token.command('create')
    .description('create a token (printed once; only its hash is stored)')
    .requiredOption('--user <email>', 'for whom')
    .requiredOption('--name <name>', 'what the token is for')
    .option('--scope <scope>', 'read or full', 'full')
    .option('--days <n>', 'days until it expires (1-365)', '90')
    .option('--json', 'machine-readable output')
    .action(async (options: { user: string; name: string; scope: string; days: string; json?: boolean }) => {
      if (options.scope !== 'read' && options.scope !== 'full') fail(`--scope: expected read or full, got "${options.scope}"`, 2);
      const days = Number(options.days);
      if (!Number.isInteger(days) || days < 1 || days > 365) fail(`--days: expected an integer from 1 to 365, got "${options.days}"`, 2);
      const scope = options.scope;
      await withUser(options.user, async (store, userId) => {
        const created = await createApiToken(store.db, userId, { name: options.name, scope, expiresInDays: days });
        if (options.json === true) printJson({ id: created.id, token: created.token, expiresAt: iso(created.expiresAt) });
        else process.stdout.write(`Token ${created.id} (${scope}, expires ${iso(created.expiresAt) ?? ''}):\n${created.token}\n`);
      });
    });

  token.command('revoke')
    .description('revoke one of the user\'s tokens at once')
    .requiredOption('--user <email>', 'whose token')
    .argument('<id>', 'token id (from sapa token list)')
    .action(async (id: string, options: { user: string }) => withUser(options.user, async (store, userId) => {
      await revokeApiToken(store.db, userId, id);
      process.stderr.write(`Revoked ${id}.\n`);
    }));
}
