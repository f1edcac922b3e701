// `sapa workspace` as an operator runs it: create (owner by e-mail), list, and clear refusals.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliEntrySource, nodeArgumentsFor } from '../../test-support/child-command.js';
import { inheritedEnvironment } from '../../test-support/test-config.js';

const sapaCommand = nodeArgumentsFor(cliEntrySource);
const dataDir = mkdtempSync(path.join(tmpdir(), 'sapa-workspace-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function sapa(args: string[]) {
  const result = spawnSync(process.execPath, [...sapaCommand, ...args], {
    env: { ...inheritedEnvironment(), SAPA_DATA_DIR: dataDir, SAPA_LOG_LEVEL: 'warn' }, encoding: 'utf8', timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('sapa workspace', { timeout: 120_000 }, () => {
  it('creates a workspace owned by an existing user and lists it', () => {
    expect(sapa(['user', 'add', '--email', 'dewi@brand.id', '--json']).status).toBe(0);
    const created = sapa(['workspace', 'create', '--name', 'Kopi Senja', '--owner', 'DEWI@brand.id', '--timezone', 'Asia/Makassar', '--json']);
    expect(created.status).toBe(0);
    const workspace = JSON.parse(created.stdout) as { id: string; name: string };
    expect(workspace).toMatchObject({ name: 'Kopi Senja', timezone: 'Asia/Makassar', locale: 'id', owner: 'dewi@brand.id' });
    const listed = JSON.parse(sapa(['workspace', 'list', '--json']).stdout) as Array<{ id: string; members: number; owners: string[] }>;
    expect(listed).toEqual([expect.objectContaining({ id: workspace.id, members: 1, owners: ['dewi@brand.id'] })]);
    const users = JSON.parse(sapa(['user', 'list', '--json']).stdout) as Array<{ email: string; workspaces: Array<{ id: string; role: string }> }>;
    expect(users.find((user) => user.email === 'dewi@brand.id')?.workspaces).toEqual([expect.objectContaining({ id: workspace.id, role: 'owner' })]);
  });

  it('refuses an unknown owner, a bad time zone and a bad language with exit code 2', () => {
    expect(sapa(['user', 'add', '--email', 'budi@brand.id', '--json']).status).toBe(0);
    const noOwner = sapa(['workspace', 'create', '--name', 'X', '--owner', 'nobody@brand.id']);
    expect(noOwner.status).toBe(2);
    expect(noOwner.stderr).toContain('--owner');
    const badZone = sapa(['workspace', 'create', '--name', 'X', '--owner', 'budi@brand.id', '--timezone', 'Mars/Olympus']);
    expect(badZone.status).toBe(2);
    expect(badZone.stderr).toContain('timezone');
    expect(sapa(['workspace', 'create', '--name', 'X', '--owner', 'budi@brand.id', '--locale', 'fr']).status).toBe(2);
  });
});
