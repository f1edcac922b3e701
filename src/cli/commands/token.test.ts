// `sapa token` as a user runs it: create, list, revoke, each a child process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliEntrySource, nodeArgumentsFor } from '../../test-support/child-command.js';
import { inheritedEnvironment } from '../../test-support/test-config.js';

const sapaCommand = nodeArgumentsFor(cliEntrySource);
const dataDir = mkdtempSync(path.join(tmpdir(), 'sapa-token-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function sapa(args: string[]) {
  const result = spawnSync(process.execPath, [...sapaCommand, ...args], {
    env: { ...inheritedEnvironment(), SAPA_DATA_DIR: dataDir, SAPA_LOG_LEVEL: 'warn' }, encoding: 'utf8', timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('sapa token', () => {
  it('creates, lists and revokes a user\'s tokens', () => {
    expect(sapa(['user', 'add', '--email', 'rina@brand.id', '--json']).status).toBe(0);
    const created = sapa(['token', 'create', '--user', 'rina@brand.id', '--name', 'backup script', '--scope', 'read', '--days', '30', '--json']);
    expect(created.status).toBe(0);
    const token = JSON.parse(created.stdout) as { id: string; token: string };
    const listed = JSON.parse(sapa(['token', 'list', '--user', 'rina@brand.id', '--json']).stdout) as Array<{ id: string; scope: string }>;
    expect(listed).toEqual([expect.objectContaining({ id: token.id, scope: 'read' })]);
    expect(JSON.stringify(listed)).not.toContain(token.token);
    expect(sapa(['token', 'revoke', '--user', 'rina@brand.id', token.id]).status).toBe(0);
    expect(JSON.parse(sapa(['token', 'list', '--user', 'rina@brand.id', '--json']).stdout)).toEqual([]);
    expect(sapa(['token', 'revoke', '--user', 'rina@brand.id', token.id]).status).toBe(2);
  });
});
