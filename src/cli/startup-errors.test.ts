// Issue 12, defect 8: `sapa start` explains fixable start-up problems in one line naming the
// setting, with exit code 2, instead of a stack trace. Each case is a real child process.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliEntrySource, nodeArgumentsFor } from '../test-support/child-command.js';
import { inheritedEnvironment } from '../test-support/test-config.js';

const sapaCommand = nodeArgumentsFor(cliEntrySource);
const root = mkdtempSync(path.join(tmpdir(), 'sapa-startup-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function start(env: Record<string, string>) {
  const dataDir = path.join(root, `data-${Math.random().toString(36).slice(2, 8)}`);
  const result = spawnSync(process.execPath, [...sapaCommand, 'start'], {
    env: { ...inheritedEnvironment(), SAPA_DATA_DIR: dataDir, SAPA_HOST: '127.0.0.1', PORT: '0', SAPA_DEMO: 'false', SAPA_LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8', timeout: 60_000,
  });
  const lines = result.stderr.split('\n').filter((line) => line.trim() !== '');
  return { status: result.status, lines };
}

function expectOneLine(outcome: { status: number | null; lines: string[] }, pattern: RegExp): void {
  expect(outcome.lines).toEqual([expect.stringMatching(pattern)]);
  expect(outcome.status).toBe(2);
}

describe('sapa start: start-up problems', () => {
  it('names PORT when the port is in use', async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    try {
      expectOneLine(start({ PORT: String(port) }), new RegExp(`^sapa: PORT: port ${port} on 127\\.0\\.0\\.1 is already in use`));
    } finally {
      server.close();
    }
  });

  it('names SAPA_DATABASE_URL when PostgreSQL cannot be reached', () => {
    expectOneLine(start({ SAPA_DATABASE_URL: 'postgres://nope' }), /^sapa: SAPA_DATABASE_URL: cannot use PostgreSQL at nope:5432/);
  });

  it('names SAPA_HOST when the address is not one to listen on', () => {
    expectOneLine(start({ SAPA_HOST: '999.1.1.1' }), /^sapa: SAPA_HOST: cannot listen on "999\.1\.1\.1"/);
  });

  it('names SAPA_DATA_DIR when the data folder would be under a file', () => {
    writeFileSync(path.join(root, 'a-file'), '');
    expectOneLine(start({ SAPA_DATA_DIR: path.join(root, 'a-file', 'data') }), /SAPA_DATA_DIR: expected a folder Sapa can create and own \(ENOTDIR\)/);
  });

  it('names the database setting when sapa.sqlite is corrupt', () => {
    const dataDir = path.join(root, 'corrupt');
    mkdirSync(dataDir);
    writeFileSync(path.join(dataDir, 'sapa.sqlite'), Buffer.alloc(8192, 7));
    expectOneLine(start({ SAPA_DATA_DIR: dataDir }), /^sapa: SAPA_DATABASE_URL \/ SAPA_DATA_DIR: cannot open the SQLite database .*sapa\.sqlite \(file is not a database\)/);
  });

  it('names SAPA_REDIS_URL when Redis cannot be reached', async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const closedPort = typeof address === 'object' && address !== null ? address.port : 1;
    await new Promise((resolve) => server.close(resolve));
    expectOneLine(start({ SAPA_REDIS_URL: `redis://127.0.0.1:${closedPort}` }), new RegExp(`^sapa: SAPA_REDIS_URL: cannot reach Redis at 127\\.0\\.0\\.1:${closedPort} \\(ECONNREFUSED\\)`));
  });
});
