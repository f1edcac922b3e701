// Connecting a real account: the credentials are tested with the network (`whoami`) before
// anything is stored, then encrypted with the secret key. Connecting an account the workspace
// already has is a reconnect: the channel keeps its id, conversations and cursor, and a stored
// credential the new ones do not carry (a refresh token) is kept rather than lost.
import type { ConnectorRegistry } from '../channels/registry.js';
import { ConnectFieldError, splitConnectFields, type NetworkDefinition } from '../channels/definition.js';
import { definitionOf } from '../channels/catalog.js';
import { ChannelError, type AccountIdentity } from '../channels/types.js';
import type { EventBus } from '../realtime/bus.js';
import type { Store } from '../store/database.js';
import { recordAudit } from '../store/repositories/audit.js';
import {
  disconnectChannelCredentials, findChannelByAccount, findWorkspaceChannel, insertChannel, setChannelStatus, updateChannelConnection,
} from '../store/repositories/channels.js';
import type { ChannelRow } from '../store/schema.js';
import { DomainError } from './errors.js';
import { noteChannelError } from './channel-health.js';
import { decryptSecret, encryptSecret } from './secrets.js';
import { inTransaction } from '../store/transaction.js';

export interface ChannelConnectionDeps {
  store: Pick<Store, 'db'>;
  events: Pick<EventBus, 'publish'>;
  connectors: ConnectorRegistry;
  secretKey: Buffer;
}

export interface ConnectedAccount {
  settings: Record<string, string>;
  credentials: Record<string, string>;
}

export interface ConnectResult {
  channel: ChannelRow;
  /** True when the account was already connected: same channel, history kept. */
  reconnected: boolean;
}

/** The network's definition, or a 400 naming the networks Sapa can connect. */
export function requireDefinition(connectors: ConnectorRegistry, network: string): NetworkDefinition {
  const definition = definitionOf(network, connectors.definitions);
  if (definition === undefined) {
    throw new DomainError('invalid_input', `Sapa cannot connect "${network}". It can connect: ${connectors.definitions.map((d) => d.network).join(', ')}.`);
  }
  return definition;
}

/** Splits and checks a connect form: unknown or missing fields are a 400, not a network call. */
export function readConnectForm(definition: NetworkDefinition, values: Readonly<Record<string, string>>): ConnectedAccount {
  try {
    return splitConnectFields(definition, values);
  } catch (error) {
    if (error instanceof ConnectFieldError) throw new DomainError('invalid_input', error.message);
    throw error;
  }
}

/** Asks the network who these credentials speak as; a refusal becomes a message the officer can act on. */
export async function verifyAccount(deps: Pick<ChannelConnectionDeps, 'connectors'>, network: string, account: ConnectedAccount): Promise<AccountIdentity> {
  try {
    return await deps.connectors.connectorForCredentials(network, account.settings, account.credentials).whoami();
  } catch (error) {
    throw new DomainError('invalid_input', connectRefusal(network, error));
  }
}

function connectRefusal(network: string, error: unknown): string {
  if (error instanceof ChannelError) {
    switch (error.code) {
      case 'AUTH_REVOKED': return `${network} did not accept these credentials: ${error.message}`;
      case 'RATE_LIMITED': return `${network} asks Sapa to wait before trying again: ${error.message}`;
      case 'NOT_FOUND': return `${network} does not know this account or server: ${error.message}`;
      default: return `${network} could not be reached to check these credentials: ${error.message}`;
    }
  }
  if (error instanceof Error && /fetch failed|ECONNREFUSED|ENOTFOUND|Invalid URL/i.test(`${error.message} ${String(error.cause)}`)) {
    return `${network} could not be reached at the address given: check the server address.`;
  }
  return `${network} could not be reached to check these credentials.`;
}

/**
 * Stores a verified account as a channel of the workspace. An account already connected is
 * reconnected in place; `expectChannelId` (a reconnect of one channel) refuses another account.
 */
export async function saveConnectedAccount(
  deps: ChannelConnectionDeps,
  input: { workspaceId: string; userId: string | null; network: string; account: ConnectedAccount; identity: AccountIdentity; expectChannelId?: string },
  now = Date.now(),
): Promise<ConnectResult> {
  const { db } = deps.store;
  const { workspaceId, network, account, identity } = input;
  const target = input.expectChannelId === undefined ? undefined : await requireWorkspaceChannel(deps, workspaceId, input.expectChannelId);
  if (target !== undefined) {
    if (target.network !== network) throw new DomainError('invalid_input', `This channel is on ${target.network}, not ${network}.`);
    if (target.network_account_id !== null && target.network_account_id !== identity.networkId) {
      throw new DomainError('conflict', `These credentials speak as @${identity.handle}, but this channel is @${target.handle}. Sign in to the network as @${target.handle}, or connect @${identity.handle} as a new channel.`);
    }
  }
  const existing = target ?? await findChannelByAccount(db, workspaceId, network, identity.networkId);
  const result = await inTransaction(db, async (trx) => {
    if (existing !== undefined) {
      const credentials = { ...storedCredentials(existing, deps.secretKey), ...account.credentials };
      await updateChannelConnection(trx, existing.id, {
        handle: identity.handle, displayName: identity.displayName, networkAccountId: identity.networkId,
        settings: { ...account.settings }, credentialsEncrypted: encryptSecret(JSON.stringify(credentials), deps.secretKey),
      }, now);
      await recordAudit(trx, { workspaceId, actorUserId: input.userId, action: 'channel.reconnected', targetType: 'channel', targetId: existing.id, details: { network, handle: identity.handle } }, now);
      return { channelId: existing.id, reconnected: true };
    }
    const channel = await insertChannel(trx, {
      workspaceId, network, handle: identity.handle, displayName: identity.displayName, networkAccountId: identity.networkId,
      settings: account.settings, credentialsEncrypted: encryptSecret(JSON.stringify(account.credentials), deps.secretKey),
    }, now);
    await recordAudit(trx, { workspaceId, actorUserId: input.userId, action: 'channel.connected', targetType: 'channel', targetId: channel.id, details: { network, handle: identity.handle } }, now);
    return { channelId: channel.id, reconnected: false };
  });
  deps.connectors.forget(result.channelId);
  deps.events.publish({ workspaceId, name: 'channel.updated', data: { channelId: result.channelId, status: 'active' } });
  return { channel: await requireWorkspaceChannel(deps, workspaceId, result.channelId), reconnected: result.reconnected };
}

/** Connect with pasted credentials (app password, bot token, page token): test, then store. */
export async function connectChannel(
  deps: ChannelConnectionDeps,
  input: { workspaceId: string; userId: string | null; network: string; values: Readonly<Record<string, string>>; channelId?: string },
): Promise<ConnectResult> {
  const definition = requireDefinition(deps.connectors, input.network);
  const account = readConnectForm(definition, input.values);
  const identity = await verifyAccount(deps, definition.network, account);
  return saveConnectedAccount(deps, {
    workspaceId: input.workspaceId, userId: input.userId, network: definition.network, account, identity,
    ...(input.channelId === undefined ? {} : { expectChannelId: input.channelId }),
  });
}

export type ChannelTestResult =
  | { ok: true; identity: AccountIdentity }
  | { ok: false; code: string; message: string };

/** "Test connection" on a stored channel: a success clears "needs reconnect", a refusal sets it. */
export async function testChannel(deps: ChannelConnectionDeps, workspaceId: string, channelId: string, now = Date.now()): Promise<ChannelTestResult> {
  const channel = await requireWorkspaceChannel(deps, workspaceId, channelId);
  try {
    const identity = await deps.connectors.connectorFor(channel).whoami();
    if (channel.status === 'needs_reconnect' || channel.status === 'error') {
      await setChannelStatus(deps.store.db, channel.id, 'active', null, now);
      deps.events.publish({ workspaceId, name: 'channel.updated', data: { channelId, status: 'active' } });
    }
    return { ok: true, identity };
  } catch (error) {
    await noteChannelError(deps, channel, error, now);
    if (error instanceof ChannelError) return { ok: false, code: error.code, message: error.message };
    return { ok: false, code: 'TEMPORARY', message: connectRefusal(channel.network, error) };
  }
}

/** Disconnect: the credentials are erased and nothing more is received or sent; history stays. */
export async function disconnectChannel(deps: ChannelConnectionDeps, input: { workspaceId: string; userId: string | null; channelId: string }, now = Date.now()): Promise<void> {
  const channel = await requireWorkspaceChannel(deps, input.workspaceId, input.channelId);
  if (channel.simulated === 1) throw new DomainError('invalid_input', 'Simulated demo channels cannot be disconnected.');
  await inTransaction(deps.store.db, async (trx) => {
    await disconnectChannelCredentials(trx, channel.id, now);
    await recordAudit(trx, { workspaceId: input.workspaceId, actorUserId: input.userId, action: 'channel.disconnected', targetType: 'channel', targetId: channel.id, details: { network: channel.network, handle: channel.handle } }, now);
  });
  deps.connectors.forget(channel.id);
  deps.events.publish({ workspaceId: input.workspaceId, name: 'channel.updated', data: { channelId: channel.id, status: 'disconnected' } });
}

export async function requireWorkspaceChannel(deps: Pick<ChannelConnectionDeps, 'store'>, workspaceId: string, channelId: string): Promise<ChannelRow> {
  const channel = await findWorkspaceChannel(deps.store.db, workspaceId, channelId);
  if (channel === undefined) throw new DomainError('not_found', 'No such channel in this workspace.', 'channel.not_found');
  return channel;
}

function storedCredentials(channel: ChannelRow, key: Buffer): Record<string, string> {
  if (channel.credentials_encrypted === null) return {};
  try {
    return JSON.parse(decryptSecret(channel.credentials_encrypted, key)) as Record<string, string>;
  } catch {
    // Unreadable with this key (the key changed): the new credentials replace them entirely.
    return {};
  }
}
