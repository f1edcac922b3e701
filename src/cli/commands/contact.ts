// `sapa contact export|forget`: a follower's rights under UU 27/2022 (PDP) from the command
// line, for requests that reach the operator rather than a manager in the app. Audited like
// the API (actor: the command line).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { DomainError } from '../../domain/errors.js';
import { exportContact, forgetContact, type PrivacyActor } from '../../domain/privacy/contact-data.js';
import { openStore, type Store } from '../../store/database.js';
import { migrateToLatest } from '../../store/migrate.js';
import { fail, loadConfigOrExit, printJson } from '../shared.js';

async function withStore<T>(run: (store: Store) => Promise<T>): Promise<T> {
  const store = openStore(loadConfigOrExit().database);
  try {
    await migrateToLatest(store);
    return await run(store);
  } catch (error) {
    if (error instanceof DomainError) fail(error.message, 2);
    throw error;
  } finally {
    await store.close();
  }
}

const cliActor = (workspaceId: string): PrivacyActor => ({ workspaceId, userId: null, via: 'cli' });

export function registerContactCommand(program: Command): void {
  const contact = program.command('contact').description('a follower\'s personal data: export it, or erase it (UU 27/2022 PDP)');

  contact.command('export')
    .description('everything stored about one contact, as JSON (stdout, or --out <file> private to you)')
    .requiredOption('--workspace <id>', 'the workspace the contact belongs to')
    .option('--out <file>', 'write to this file (mode 0600) instead of stdout')
    .argument('<contactId>', 'the contact\'s id (shown in the inbox contact panel export)')
    .action(async (contactId: string, options: { workspace: string; out?: string }) => withStore(async (store) => {
      const exported = await exportContact(store.db, cliActor(options.workspace), contactId);
      if (options.out === undefined) {
        printJson(exported);
        return;
      }
      const file = path.resolve(options.out);
      writeFileSync(file, JSON.stringify(exported, null, 2) + '\n', { mode: 0o600 });
      process.stderr.write(`Exported contact ${contactId} (${exported.messages.length} messages) to ${file}.\n`);
    }));

  contact.command('forget')
    .description('erase a contact: name, handle, message texts, notes (counts stay); cannot be undone')
    .requiredOption('--workspace <id>', 'the workspace the contact belongs to')
    .option('--json', 'machine-readable output')
    .argument('<contactId>', 'the contact\'s id')
    .action(async (contactId: string, options: { workspace: string; json?: boolean }) => withStore(async (store) => {
      const summary = await forgetContact(store.db, cliActor(options.workspace), contactId);
      if (options.json === true) printJson(summary);
      else process.stderr.write(`Erased contact ${contactId}: ${summary.messages} message texts, ${summary.notes} notes, ${summary.listeningPosts} listening posts; ${summary.conversations} conversations kept for counts.\n`);
    }));
}
