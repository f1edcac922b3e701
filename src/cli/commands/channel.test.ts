// `sapa channel` as an operator runs it, each call a child process, against the Telegram Bot API
// emulator on loopback: add → list → test → remove → list. The emulator accepts any bot token
// (PEERS.md §3), so the refused token is answered by a loopback fake with the Bot API's documented
// 401 body. The bot token must never reach the output.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../store/database.js';
import { migrateToLatest } from '../../store/migrate.js';
import { insertWorkspace } from '../../store/repositories/workspaces.js';
import { startLoopbackFake, type LoopbackFake } from '../../test-support/peers/loopback-fake.js';
import { startTelegram, type TelegramPeer } from '../../test-support/peers/telegram.js';
import { cliEntrySource, nodeArgumentsFor } from '../../test-support/child-command.js';
import { inheritedEnvironment } from '../../test-support/test-config.js';
import { parseSecretLines } from './channel.js';

const sapaCommand = nodeArgumentsFor(cliEntrySource);
const dataDir = mkdtempSync(path.join(tmpdir(), 'sapa-channel-cli-'));
const botToken = '7012345678:AAH-sapa-cli-planted-token-Qx7';

interface Run { status: number | null; stdout: string; stderr: string }

// Asynchronous: the emulator answers from this process, so the test must not block its event loop.
function sapa(args: string[], options: { env?: Record<string, string>; input?: string } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...sapaCommand, ...args], {
      env: { ...inheritedEnvironment(), SAPA_DATA_DIR: dataDir, SAPA_LOG_LEVEL: 'warn', ...options.env }, stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString('utf8'); });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

interface Listed { id: string; network: string; handle: string; state: string; lastReceivedAt: string | null }

describe('sapa channel', { timeout: 180_000 }, () => {
  let telegram: TelegramPeer;
  let refusing: LoopbackFake;
  let workspaceId = '';
  const outputs: string[] = [];
  const record = (run: Run): Run => { outputs.push(run.stdout, run.stderr); return run; };

  beforeAll(async () => {
    telegram = await startTelegram(botToken);
    refusing = await startLoopbackFake(() => ({ status: 401, body: { ok: false, error_code: 401, description: 'Unauthorized' } }));
    const store = openStore({ kind: 'sqlite', file: path.join(dataDir, 'sapa.sqlite') });
    await migrateToLatest(store);
    workspaceId = (await insertWorkspace(store.db, { name: 'Glowria' })).id;
    await store.close();
  });
  afterAll(async () => {
    await telegram.stop();
    await refusing.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('adds a bot from the environment, lists it, tests it, removes it keeping history', async () => {
    const added = record(await sapa(['channel', 'add', 'telegram', '--workspace', workspaceId, '--set', `apiBase=${telegram.apiBase}`, '--json'], { env: { SAPA_CHANNEL_BOTTOKEN: botToken } }));
    expect(added.status).toBe(0);
    const { channel, reconnected } = JSON.parse(added.stdout) as { channel: Listed; reconnected: boolean };
    expect(reconnected).toBe(false);
    expect(channel).toMatchObject({ network: 'telegram', handle: 'TestNameBot', state: 'active' });

    const listed = record(await sapa(['channel', 'list', '--workspace', workspaceId, '--json']));
    expect(JSON.parse(listed.stdout)).toEqual([expect.objectContaining({ id: channel.id, network: 'telegram', handle: 'TestNameBot', state: 'active', lastReceivedAt: null })]);

    const tested = record(await sapa(['channel', 'test', channel.id, '--workspace', workspaceId]));
    expect(tested.status).toBe(0);
    expect(tested.stdout).toContain('@TestNameBot');

    const removed = record(await sapa(['channel', 'remove', channel.id, '--workspace', workspaceId]));
    expect(removed.status).toBe(0);
    expect(removed.stderr).toMatch(/history is kept/);
    const after = JSON.parse(record(await sapa(['channel', 'list', '--json'])).stdout) as Listed[];
    expect(after).toEqual([expect.objectContaining({ id: channel.id, state: 'disconnected' })]);
    expect(record(await sapa(['channel', 'test', channel.id, '--workspace', workspaceId])).status).toBe(1);
    for (const output of outputs) expect(output).not.toContain(botToken);
  });

  it('takes the token from standard input; a refused token is one line and exit 2, nothing stored', async () => {
    const refused = record(await sapa(['channel', 'add', 'telegram', '--workspace', workspaceId, '--set', `apiBase=${refusing.baseUrl}`, '--secret-stdin'], { input: `${botToken}\n` }));
    expect(refused.status).toBe(2);
    expect(refused.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^sapa: telegram did not accept these credentials/)]);
    expect(refusing.requests.map((request) => request.path)).toEqual([`/bot${botToken}/getMe`]);
    expect(JSON.parse(record(await sapa(['channel', 'list', '--workspace', workspaceId, '--json'])).stdout)).toHaveLength(1);
    for (const output of outputs) expect(output).not.toContain(botToken);
  });

  it('refuses a secret on the command line, an unknown network and an unknown channel, with exit 2', async () => {
    const inArguments = await sapa(['channel', 'add', 'telegram', '--workspace', workspaceId, '--set', `botToken=${botToken}`]);
    expect(inArguments.status).toBe(2);
    expect(inArguments.stderr).toMatch(/botToken is secret.*SAPA_CHANNEL_BOTTOKEN/);
    expect(inArguments.stderr).not.toContain(botToken);
    const missing = await sapa(['channel', 'add', 'telegram', '--workspace', workspaceId]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/botToken is required.*SAPA_CHANNEL_BOTTOKEN/);
    expect((await sapa(['channel', 'add', 'myspace', '--workspace', workspaceId])).stderr).toMatch(/cannot connect "myspace"/);
    const unknown = await sapa(['channel', 'remove', '01JZZZZZZZZZZZZZZZZZZZZZZZ', '--workspace', workspaceId]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/No such channel/);
    expect((await sapa(['channel', 'list', '--workspace', 'nope'])).status).toBe(2);
  });

  it('reads key=value lines from standard input, or the value alone for a single secret', () => {
    const telegramSecret = [{ key: 'botToken', secret: true, label: { id: '', en: '' } }];
    expect(parseSecretLines('123:abc=\n', telegramSecret)).toEqual({ botToken: '123:abc=' });
    expect(parseSecretLines('botToken=123:abc\n', telegramSecret)).toEqual({ botToken: '123:abc' });
    const meta = ['accessToken', 'appSecret'].map((key) => ({ key, secret: true, label: { id: '', en: '' } }));
    expect(parseSecretLines('accessToken=EAAG\nappSecret=s3cret\n', meta)).toEqual({ accessToken: 'EAAG', appSecret: 's3cret' });
    expect(() => parseSecretLines('EAAG\n', meta)).toThrow(/key=value/);
  });
});
