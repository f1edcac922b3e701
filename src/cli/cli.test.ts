// The `sapa` command as a user runs it: a child process per call, stdout for data only.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliEntrySource, nodeArgumentsFor } from '../test-support/child-command.js';
import { inheritedEnvironment } from '../test-support/test-config.js';

const sapaCommand = nodeArgumentsFor(cliEntrySource);
const dataDirs: string[] = [];

function freshEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sapa-cli-'));
  dataDirs.push(dataDir);
  return { ...inheritedEnvironment(), SAPA_DATA_DIR: dataDir, SAPA_LOG_LEVEL: 'warn', ...extra };
}

function sapa(args: string[], env: NodeJS.ProcessEnv, input?: string) {
  const result = spawnSync(process.execPath, [...sapaCommand, ...args], { env, input, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

afterAll(() => {
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

// Each test spawns several CLI processes (tsx loads the source): generous on a shared, busy box.
describe('sapa CLI', { timeout: 120_000 }, () => {
  it('lists every command in --help', () => {
    const { status, stdout } = sapa(['--help'], freshEnv());
    expect(status).toBe(0);
    for (const command of ['start', 'migrate', 'user', 'channel', 'demo', 'inbound', 'version', 'bench']) expect(stdout).toContain(command);
  });

  it('reports the inbound queue and requeues set-aside events', () => {
    const env = freshEnv();
    const status = sapa(['inbound', 'status', '--json'], env);
    expect(status.status).toBe(0);
    expect(JSON.parse(status.stdout)).toEqual({ waiting: 0, setAside: 0, setAsideEvents: [] });
    expect(JSON.parse(sapa(['inbound', 'requeue', '--json'], env).stdout)).toEqual({ requeued: 0 });
    const refused = sapa(['inbound', 'status', '--limit', 'many'], env);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('--limit');
  });

  it('prints machine-readable output alone on stdout', () => {
    const env = freshEnv();
    const version = sapa(['version', '--json'], env);
    expect(JSON.parse(version.stdout)).toMatchObject({ version: expect.any(String) as string });
    const migrated = sapa(['migrate', '--json'], env);
    expect(JSON.parse(migrated.stdout)).toMatchObject({ database: 'sqlite', applied: expect.arrayContaining(['0001_initial']) as string[] });
  });

  it('adds users and lists them; a password from stdin works for sign-in material', () => {
    const env = freshEnv();
    const added = sapa(['user', 'add', '--email', 'rina@brand.id', '--name', 'Rina', '--json'], env);
    expect(added.status).toBe(0);
    expect(JSON.parse(added.stdout)).toMatchObject({ email: 'rina@brand.id', password: expect.any(String) as string });
    const piped = sapa(['user', 'add', '--email', 'budi@brand.id', '--password-stdin', '--json'], env, 'a long enough password\n');
    expect(JSON.parse(piped.stdout)).not.toHaveProperty('password');
    const listed = sapa(['user', 'list', '--json'], env);
    expect((JSON.parse(listed.stdout) as Array<{ email: string }>).map((user) => user.email)).toEqual(['rina@brand.id', 'budi@brand.id']);
    const duplicate = sapa(['user', 'add', '--email', 'RINA@brand.id'], env);
    expect(duplicate.status).toBe(2);
    expect(duplicate.stderr).toMatch(/already exists/);
  });

  it('checks content: exit 1 on a blocking finding, JSONL in order for pipelines', () => {
    const env = freshEnv();
    const blocked = sapa(['check', 'Dijamin 100% sembuh total tanpa efek samping!'], env);
    expect(blocked.status).toBe(1);
    expect(blocked.stdout).toMatch(/CLAIM\./);
    const clean = sapa(['check', 'Kalau cocok, detailnya ada di link bio ya kak.'], env);
    expect(clean.status).toBe(0);
    const lines = sapa(['check', '--jsonl'], env, '{"text":"Halo kak, ada yang bisa dibantu?","kind":"reply"}\n{"text":"BURUAN!!! hari ini saja","kind":"post"}\n');
    const results = lines.stdout.trim().split('\n').map((line) => JSON.parse(line) as { findings: Array<{ rule: string }> });
    expect(results).toHaveLength(2);
    expect(results[0]?.findings).toEqual([]);
    expect(results[1]?.findings.map((finding) => finding.rule)).toContain('PRESSURE.FAKE_URGENCY');
  });

  it('stops on a wrong setting with a message naming the variable', () => {
    const { status, stderr } = sapa(['migrate'], freshEnv({ SAPA_DATABASE_URL: 'mysql://nope' }));
    expect(status).toBe(2);
    expect(stderr).toMatch(/SAPA_DATABASE_URL: expected postgres/);
  });

  it('starts with the demo, prints the URL and the demo sign-in, serves health, and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [...sapaCommand, 'start'], { env: freshEnv({ PORT: '0', SAPA_DEMO_RATE: '0' }), stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed: ${stderr}`)), 60_000);
      child.stderr.on('data', () => {
        const match = /Open (http:\/\/localhost:\d+)/.exec(stderr);
        if (match?.[1] !== undefined) { clearTimeout(timer); resolve(match[1]); }
      });
    });
    expect(stderr).toContain('demo@sapa.local / sapa-demo');
    const health = await fetch(`${url.replace('localhost', '127.0.0.1')}/api/health`);
    expect(health.status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    await expect(exited).resolves.toBe(0);
  });
});
