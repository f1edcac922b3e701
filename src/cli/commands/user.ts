import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import { createUser } from '../../domain/accounts.js';
import { DomainError } from '../../domain/errors.js';
import { openStore } from '../../store/database.js';
import { migrateToLatest } from '../../store/migrate.js';
import type { Role } from '../../store/schema.js';
import { listUsers } from '../../store/repositories/users.js';
import { findWorkspace, listWorkspacesForUser } from '../../store/repositories/workspaces.js';
import { fail, loadConfigOrExit, printJson } from '../shared.js';

const roles: Role[] = ['owner', 'manager', 'officer', 'viewer'];

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').trim();
}

interface AddOptions { email: string; name?: string; workspace?: string; role: string; passwordStdin?: boolean; json?: boolean }

export function registerUserCommand(program: Command): void {
  const user = program.command('user').description('manage users');

  user.command('add')
    .description('create a user (a password is generated and printed unless --password-stdin)')
    .requiredOption('--email <email>', 'sign-in e-mail')
    .option('--name <name>', 'display name')
    .option('--workspace <id>', 'add the user to this workspace')
    .option('--role <role>', `role in the workspace: ${roles.join(', ')}`, 'officer')
    .option('--password-stdin', 'read the password from standard input')
    .option('--json', 'machine-readable output')
    .action(async (options: AddOptions) => {
      if (!roles.includes(options.role as Role)) fail(`--role: expected one of ${roles.join(', ')}, got "${options.role}"`, 2);
      const config = loadConfigOrExit();
      const store = openStore(config.database);
      try {
        await migrateToLatest(store);
        if (options.workspace !== undefined && (await findWorkspace(store.db, options.workspace)) === undefined) fail(`--workspace: no workspace "${options.workspace}"`, 2);
        const generated = options.passwordStdin === true ? null : randomBytes(12).toString('base64url');
        const password = generated ?? (await readStdin());
        const created = await createUser(store.db, {
          email: options.email, name: options.name ?? options.email.split('@')[0] ?? options.email, password,
          ...(options.workspace === undefined ? {} : { workspaceId: options.workspace, role: options.role as Role }),
        });
        if (options.json === true) printJson({ id: created.id, email: created.email, ...(generated === null ? {} : { password: generated }) });
        else process.stdout.write(`Created ${created.email} (${created.id})${generated === null ? '' : `\nPassword: ${generated}`}\n`);
      } catch (error) {
        if (error instanceof DomainError) fail(error.message, 2);
        throw error;
      } finally {
        await store.close();
      }
    });

  user.command('list')
    .description('list users and their workspaces')
    .option('--json', 'machine-readable output (one JSON array)')
    .action(async (options: { json?: boolean }) => {
      const config = loadConfigOrExit();
      const store = openStore(config.database);
      try {
        await migrateToLatest(store);
        const rows = await Promise.all((await listUsers(store.db)).map(async (row) => ({
          id: row.id, email: row.email, name: row.name,
          workspaces: (await listWorkspacesForUser(store.db, row.id)).map((w) => ({ id: w.id, name: w.name, role: w.role })),
        })));
        if (options.json === true) printJson(rows);
        else for (const row of rows) process.stdout.write(`${row.email}\t${row.name}\t${row.workspaces.map((w) => `${w.name}:${w.role}`).join(', ')}\n`);
      } finally {
        await store.close();
      }
    });
}
