// `sapa contact export|forget` as an operator runs them, on a database prepared in-process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestEvent } from '../../domain/ingest.js';
import { LocalEventBus } from '../../realtime/bus.js';
import { openStore } from '../../store/database.js';
import { migrateToLatest } from '../../store/migrate.js';
import { buildInboundEvent, createWorkspaceWithChannel, keywordUnderstanding } from '../../test-support/factories.js';
import { cliEntrySource, nodeArgumentsFor } from '../../test-support/child-command.js';
import { inheritedEnvironment } from '../../test-support/test-config.js';

const sapaCommand = nodeArgumentsFor(cliEntrySource);
const dataDir = mkdtempSync(path.join(tmpdir(), 'sapa-contact-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function sapa(args: string[]) {
  const result = spawnSync(process.execPath, [...sapaCommand, ...args], {
    env: { ...inheritedEnvironment(), SAPA_DATA_DIR: dataDir, SAPA_LOG_LEVEL: 'warn' }, encoding: 'utf8', timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('sapa contact', { timeout: 120_000 }, () => {
  let workspaceId = '';
  let contactId = '';

  beforeAll(async () => {
    const store = openStore({ kind: 'sqlite', file: path.join(dataDir, 'sapa.sqlite') });
    await migrateToLatest(store);
    const { workspaceId: id, channel } = await createWorkspaceWithChannel(store.db);
    workspaceId = id;
    await ingestEvent({ db: store.db, events: new LocalEventBus(), understand: keywordUnderstanding }, channel, buildInboundEvent({ text: 'Nomor saya 081299887766, tolong telepon' }));
    contactId = (await store.db.selectFrom('contacts').select('id').executeTakeFirstOrThrow()).id;
    await store.close();
  });

  it('exports a contact to stdout or a private file, and erases it', () => {
    const printed = sapa(['contact', 'export', '--workspace', workspaceId, contactId]);
    expect(printed.status).toBe(0);
    expect(JSON.parse(printed.stdout)).toMatchObject({ contact: { id: contactId, displayName: 'Sari Wulandari' }, messages: [{ text: 'Nomor saya 081299887766, tolong telepon' }] });
    const file = path.join(dataDir, 'sari.json');
    expect(sapa(['contact', 'export', '--workspace', workspaceId, '--out', file, contactId]).status).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toContain('081299887766');

    expect(sapa(['contact', 'forget', '--workspace', 'another-workspace', contactId]).status).toBe(2);
    const forgotten = sapa(['contact', 'forget', '--workspace', workspaceId, '--json', contactId]);
    expect(forgotten.status).toBe(0);
    expect(JSON.parse(forgotten.stdout)).toMatchObject({ contactId, messages: 1 });
    const after = sapa(['contact', 'export', '--workspace', workspaceId, contactId]);
    expect(after.stdout).not.toMatch(/Sari|0812/);
    expect(JSON.parse(after.stdout)).toMatchObject({ contact: { displayName: 'Erased contact' } });
  });
});
