// `sapa channel add|list|test|remove`: real accounts connected from the command line, through the
// same domain commands as Settings → Channels. Secret fields (tokens, app secrets) are never taken
// as arguments, which shell history and `ps` would keep: they come from SAPA_CHANNEL_<KEY>, from
// standard input (--secret-stdin) or from a prompt that does not echo.
import type { Command } from 'commander';
import { networkDefinitions } from '../../channels/catalog.js';
import type { ConnectField, NetworkDefinition } from '../../channels/definition.js';
import { channelSecretsFromEnvironment, channelSecretVariable } from '../../config.js';
import { DomainError } from '../../domain/errors.js';
import { connectChannel, disconnectChannel, requireDefinition, requireWorkspaceChannel, testChannel } from '../../domain/channel-connections.js';
import { openRuntime, type Runtime } from '../../runtime.js';
import { listChannels, listEveryChannel } from '../../store/repositories/channels.js';
import { findWorkspace } from '../../store/repositories/workspaces.js';
import type { ChannelRow } from '../../store/schema.js';
import { promptHidden, PromptCancelled } from '../hidden-prompt.js';
import { fail, loadConfigOrExit, printJson } from '../shared.js';

/** Opens the runtime, checks the workspace, and turns a domain refusal into one line and exit 2. */
async function withRuntime(workspaceId: string | undefined, run: (runtime: Runtime) => Promise<void>): Promise<void> {
  const runtime = await openRuntime(loadConfigOrExit());
  try {
    if (workspaceId !== undefined && (await findWorkspace(runtime.store.db, workspaceId)) === undefined) fail(`--workspace: no workspace "${workspaceId}"`, 2);
    await run(runtime);
  } catch (error) {
    if (error instanceof DomainError) fail(error.message, 2);
    if (error instanceof PromptCancelled) fail('cancelled', 130);
    throw error;
  } finally {
    await runtime.close();
  }
}

const iso = (at: number | null) => (at === null ? null : new Date(at).toISOString());

/** What an officer would read in Settings → Channels: rate-limited while a limit is running. */
function stateOf(channel: ChannelRow, now = Date.now()): string {
  if (channel.status === 'active' && channel.rate_limited_until !== null && channel.rate_limited_until > now) return `rate_limited until ${iso(channel.rate_limited_until) ?? ''}`;
  return channel.status;
}

function listed(channel: ChannelRow) {
  return {
    id: channel.id, workspaceId: channel.workspace_id, network: channel.network, handle: channel.handle,
    state: stateOf(channel), stateReason: channel.status_reason, lastReceivedAt: iso(channel.last_received_at), simulated: channel.simulated === 1,
  };
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** `--set key=value` pairs; a secret field given this way is refused before anything is stored or sent. */
function parseSettings(pairs: readonly string[], definition: NetworkDefinition): Record<string, string> {
  const values: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0) fail(`--set: expected key=value, got "${pair}"`, 2);
    const key = pair.slice(0, at);
    if (definition.fields.some((field) => field.key === key && field.secret)) {
      fail(`--set: ${key} is secret and is not taken on the command line; set ${channelSecretVariable(key)}, pipe it with --secret-stdin, or leave it out to be asked`, 2);
    }
    values[key] = pair.slice(at + 1);
  }
  return values;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * `key=value` lines for the secret fields; with a single secret field, a line that names no field
 * is its value (`echo "$TOKEN" | sapa channel add telegram --secret-stdin`).
 */
export function parseSecretLines(text: string, secretFields: readonly ConnectField[]): Record<string, string> {
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
  const values: Record<string, string> = {};
  const keys = new Set(secretFields.map((field) => field.key));
  for (const line of lines) {
    const at = line.indexOf('=');
    const key = at > 0 ? line.slice(0, at) : '';
    if (keys.has(key)) values[key] = line.slice(at + 1);
    else if (secretFields.length === 1 && lines.length === 1 && secretFields[0] !== undefined) values[secretFields[0].key] = line;
    else throw new DomainError('invalid_input', `--secret-stdin: expected key=value lines for ${[...keys].join(', ')}`);
  }
  return values;
}

/** Each secret field from the environment, else standard input, else a hidden prompt at a terminal. */
async function readSecrets(definition: NetworkDefinition, fromStdin: boolean): Promise<Record<string, string>> {
  const secretFields = definition.fields.filter((field) => field.secret);
  const fromEnvironment = channelSecretsFromEnvironment(secretFields.map((field) => field.key));
  const values = fromStdin ? { ...parseSecretLines(await readStdin(), secretFields), ...fromEnvironment } : fromEnvironment;
  for (const field of secretFields) {
    if (values[field.key] !== undefined) continue;
    if (!fromStdin && process.stdin.isTTY) {
      const answer = await promptHidden(`${field.label.en}${field.optional === true ? ' (optional, Enter to skip)' : ''}`);
      if (answer.trim() !== '') values[field.key] = answer;
    } else if (field.optional !== true) {
      fail(`${field.key} is required to connect ${definition.network}: set ${channelSecretVariable(field.key)}, pipe it with --secret-stdin, or run in a terminal to be asked`, 2);
    }
  }
  return values;
}

function networksHelp(): string {
  const lines = ['', 'Networks and their fields (secret ones from the environment, --secret-stdin or a hidden prompt):'];
  for (const definition of networkDefinitions) {
    const fields = definition.fields.map((field) => {
      const name = field.secret ? `${field.key} (secret: ${channelSecretVariable(field.key)})` : `--set ${field.key}=…`;
      return field.optional === true ? `[${name}]` : name;
    });
    lines.push(`  ${definition.network.padEnd(10)} ${fields.join(', ')}`);
  }
  lines.push('', 'Example: SAPA_CHANNEL_BOTTOKEN=… sapa channel add telegram --workspace <id>');
  return lines.join('\n');
}

interface AddOptions { workspace: string; set: string[]; secretStdin?: boolean; json?: boolean }

export function registerChannelCommand(program: Command): void {
  const channel = program.command('channel').description('connect, list, test and disconnect a workspace\'s real accounts');

  channel.command('list')
    .description('channels with their state and when each last received something')
    .option('--workspace <id>', 'only this workspace\'s channels')
    .option('--json', 'machine-readable output (one JSON array)')
    .action(async (options: { workspace?: string; json?: boolean }) => withRuntime(options.workspace, async ({ store }) => {
      const rows = (options.workspace === undefined ? await listEveryChannel(store.db) : await listChannels(store.db, options.workspace)).map(listed);
      if (options.json === true) { printJson(rows); return; }
      for (const row of rows) {
        process.stdout.write(`${row.id}  ${row.network}  @${row.handle}  ${row.state}${row.simulated ? ' (simulated)' : ''}  last received ${row.lastReceivedAt ?? 'never'}\n`);
      }
    }));

  channel.command('add')
    .description('connect an account: the credentials are checked with the network, then stored encrypted')
    .argument('<network>', `one of ${networkDefinitions.map((definition) => definition.network).join(', ')}`)
    .requiredOption('--workspace <id>', 'the workspace the channel belongs to')
    .option('--set <key=value>', 'a non-secret field (repeatable)', collect, [])
    .option('--secret-stdin', 'read secret fields from standard input (key=value lines, or the value alone for a single secret)')
    .option('--json', 'machine-readable output')
    .addHelpText('after', networksHelp())
    .action(async (network: string, options: AddOptions) => withRuntime(options.workspace, async (runtime) => {
      const definition = requireDefinition(runtime.connectors, network);
      const settings = parseSettings(options.set, definition);
      const secrets = await readSecrets(definition, options.secretStdin === true);
      const deps = { store: runtime.store, events: runtime.events, connectors: runtime.connectors, secretKey: runtime.config.secretKey };
      // The CLI has no signed-in user: the audit log records the change with no actor.
      const { channel: connected, reconnected } = await connectChannel(deps, { workspaceId: options.workspace, userId: null, network: definition.network, values: { ...settings, ...secrets } });
      const row = listed(connected);
      if (options.json === true) { printJson({ channel: row, reconnected }); return; }
      process.stdout.write(`${reconnected ? 'Reconnected' : 'Connected'} ${row.network} @${row.handle} (${connected.display_name}) as channel ${row.id}${reconnected ? '; its history is kept' : ''}.\n`);
    }));

  channel.command('test')
    .description('check the stored credentials with the network (exit 1 when it refuses them)')
    .argument('<channelId>', 'from sapa channel list')
    .requiredOption('--workspace <id>', 'the channel\'s workspace')
    .option('--json', 'machine-readable output')
    .action(async (channelId: string, options: { workspace: string; json?: boolean }) => withRuntime(options.workspace, async (runtime) => {
      const deps = { store: runtime.store, events: runtime.events, connectors: runtime.connectors, secretKey: runtime.config.secretKey };
      const result = await testChannel(deps, options.workspace, channelId);
      if (options.json === true) printJson(result.ok ? { ok: true, account: result.identity } : result);
      else if (result.ok) process.stdout.write(`OK: the network answers as @${result.identity.handle} (${result.identity.displayName}).\n`);
      else process.stderr.write(`sapa: ${result.code}: ${result.message}\n`);
      if (!result.ok) process.exitCode = 1;
    }));

  channel.command('remove')
    .description('disconnect: the credentials are erased; conversations and messages are kept')
    .argument('<channelId>', 'from sapa channel list')
    .requiredOption('--workspace <id>', 'the channel\'s workspace')
    .action(async (channelId: string, options: { workspace: string }) => withRuntime(options.workspace, async (runtime) => {
      const deps = { store: runtime.store, events: runtime.events, connectors: runtime.connectors, secretKey: runtime.config.secretKey };
      const before = await requireWorkspaceChannel(deps, options.workspace, channelId);
      await disconnectChannel(deps, { workspaceId: options.workspace, userId: null, channelId });
      process.stderr.write(`Disconnected ${before.network} @${before.handle} (${channelId}). Its history is kept; \`sapa channel add ${before.network}\` with the same account connects it again.\n`);
    }));
}
