// `sapa backup` and `sapa restore` as a user runs them, and the PostgreSQL guidance.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliEntrySource, nodeArgumentsFor } from '../../test-support/child-command.js';
import { inheritedEnvironment, testPostgresUrl } from '../../test-support/test-config.js';

const sapaCommand = nodeArgumentsFor(cliEntrySource);
const dataDir = mkdtempSync(path.join(tmpdir(), 'sapa-backup-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function sapa(args: string[], extra: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [...sapaCommand, ...args], {
    env: { ...inheritedEnvironment(), SAPA_DATA_DIR: dataDir, SAPA_LOG_LEVEL: 'warn', ...extra }, encoding: 'utf8', timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('sapa backup and restore', { timeout: 120_000 }, () => {
  it('backs up, restores and keeps the replaced database aside', () => {
    expect(sapa(['user', 'add', '--email', 'rina@brand.id', '--json']).status).toBe(0);
    const file = path.join(dataDir, 'nightly.sqlite');
    const backup = sapa(['backup', file, '--json']);
    expect(backup.status).toBe(0);
    expect(JSON.parse(backup.stdout)).toMatchObject({ file, rows: { users: 1 } });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(sapa(['backup', file]).status).toBe(2);

    expect(sapa(['user', 'add', '--email', 'budi@brand.id', '--json']).status).toBe(0);
    const restored = sapa(['restore', file, '--json']);
    expect(restored.status).toBe(0);
    expect(JSON.parse(restored.stdout)).toMatchObject({ previous: path.join(dataDir, 'sapa.sqlite.before-restore'), rows: { users: 1 } });
    expect(JSON.parse(sapa(['user', 'list', '--json']).stdout)).toHaveLength(1);
    expect(sapa(['restore', path.join(dataDir, 'secret.key')]).stderr).toContain('not a SQLite database');
  });

  it('points PostgreSQL users to pg_dump with exit code 2', () => {
    const result = sapa(['backup', path.join(dataDir, 'pg.sqlite')], { SAPA_DATABASE_URL: testPostgresUrl });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('pg_dump');
  });
});
