import type { Kysely } from 'kysely';
import type { ChannelRow, Database } from '../schema.js';
import { newId } from '../ids.js';

export interface NewChannel {
  workspaceId: string;
  network: string;
  handle: string;
  displayName: string;
  simulated?: boolean;
  credentialsEncrypted?: string | null;
  settings?: Record<string, string>;
  networkAccountId?: string | null;
}

export async function insertChannel(db: Kysely<Database>, input: NewChannel, now = Date.now()): Promise<ChannelRow> {
  const row: ChannelRow = {
    id: newId(now),
    workspace_id: input.workspaceId,
    network: input.network,
    handle: input.handle,
    display_name: input.displayName,
    status: 'active',
    credentials_encrypted: input.credentialsEncrypted ?? null,
    simulated: input.simulated === true ? 1 : 0,
    created_at: now,
    settings: JSON.stringify(input.settings ?? {}),
    network_account_id: input.networkAccountId ?? null,
    status_reason: null,
    rate_limited_until: null,
    last_received_at: null,
    poll_cursor: null,
    next_poll_at: null,
    poll_failures: 0,
    poll_lease_owner: null,
    poll_lease_until: null,
    updated_at: now,
  };
  await db.insertInto('channels').values(row).execute();
  return row;
}

export function listChannels(db: Kysely<Database>, workspaceId: string): Promise<ChannelRow[]> {
  return db.selectFrom('channels').selectAll().where('workspace_id', '=', workspaceId).orderBy('created_at').execute();
}

/** Every channel of every workspace, for operators (`sapa channel list` without a workspace). */
export function listEveryChannel(db: Kysely<Database>): Promise<ChannelRow[]> {
  return db.selectFrom('channels').selectAll().orderBy('workspace_id').orderBy('created_at').execute();
}

export function listAllSimulatedChannels(db: Kysely<Database>): Promise<ChannelRow[]> {
  return db.selectFrom('channels').selectAll().where('simulated', '=', 1).orderBy('created_at').execute();
}

/** Unscoped: for jobs that carry a channel id they were given by scoped code. Routes use findWorkspaceChannel. */
export function findChannel(db: Kysely<Database>, id: string): Promise<ChannelRow | undefined> {
  return db.selectFrom('channels').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findWorkspaceChannel(db: Kysely<Database>, workspaceId: string, id: string): Promise<ChannelRow | undefined> {
  return db.selectFrom('channels').selectAll().where('id', '=', id).where('workspace_id', '=', workspaceId).executeTakeFirst();
}

export function findChannelByAccount(db: Kysely<Database>, workspaceId: string, network: string, networkAccountId: string): Promise<ChannelRow | undefined> {
  return db.selectFrom('channels').selectAll()
    .where('workspace_id', '=', workspaceId).where('network', '=', network).where('network_account_id', '=', networkAccountId)
    .executeTakeFirst();
}

/** A reconnect: new credentials and identity, history and cursor kept. */
export async function updateChannelConnection(
  db: Kysely<Database>,
  channelId: string,
  changes: { handle: string; displayName: string; credentialsEncrypted: string; settings: Record<string, string>; networkAccountId: string },
  now = Date.now(),
): Promise<void> {
  await db.updateTable('channels').set({
    handle: changes.handle, display_name: changes.displayName, credentials_encrypted: changes.credentialsEncrypted,
    settings: JSON.stringify(changes.settings), network_account_id: changes.networkAccountId,
    status: 'active', status_reason: null, rate_limited_until: null, poll_failures: 0, next_poll_at: null, updated_at: now,
  }).where('id', '=', channelId).execute();
}

export async function saveChannelCredentials(db: Kysely<Database>, channelId: string, credentialsEncrypted: string, now = Date.now()): Promise<void> {
  await db.updateTable('channels').set({ credentials_encrypted: credentialsEncrypted, updated_at: now }).where('id', '=', channelId).execute();
}

export async function setChannelStatus(
  db: Kysely<Database>,
  channelId: string,
  status: ChannelRow['status'],
  reason: string | null,
  now = Date.now(),
): Promise<void> {
  await db.updateTable('channels').set({ status, status_reason: reason, updated_at: now }).where('id', '=', channelId).execute();
}

/** Disconnected: credentials erased, nothing polled or sent; conversations and history stay. */
export async function disconnectChannelCredentials(db: Kysely<Database>, channelId: string, now = Date.now()): Promise<void> {
  await db.updateTable('channels').set({
    credentials_encrypted: null, status: 'disconnected', status_reason: null, rate_limited_until: null,
    next_poll_at: null, poll_lease_owner: null, poll_lease_until: null, updated_at: now,
  }).where('id', '=', channelId).execute();
}

export async function setChannelRateLimited(db: Kysely<Database>, channelId: string, until: number | null, reason: string | null): Promise<void> {
  await db.updateTable('channels').set({ rate_limited_until: until, status_reason: reason }).where('id', '=', channelId).execute();
}

export async function deleteChannel(db: Kysely<Database>, workspaceId: string, channelId: string): Promise<boolean> {
  const result = await db.deleteFrom('channels').where('id', '=', channelId).where('workspace_id', '=', workspaceId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Channels whose poller is due: real, active, not waiting out a rate limit. */
export function dueForPolling(db: Kysely<Database>, networks: readonly string[], now: number, limit = 100): Promise<ChannelRow[]> {
  if (networks.length === 0) return Promise.resolve([]);
  return db.selectFrom('channels').selectAll()
    .where('simulated', '=', 0).where('status', '=', 'active').where('network', 'in', networks)
    .where((eb) => eb.or([eb('next_poll_at', 'is', null), eb('next_poll_at', '<=', now)]))
    .where((eb) => eb.or([eb('poll_lease_until', 'is', null), eb('poll_lease_until', '<', now)]))
    .orderBy('next_poll_at').limit(limit).execute();
}

/** Claims a channel's poller for `owner` until `until`: one atomic compare-and-set, so one process polls it at a time. */
export async function claimPollLease(db: Kysely<Database>, channelId: string, owner: string, now: number, until: number): Promise<boolean> {
  const result = await db.updateTable('channels').set({ poll_lease_owner: owner, poll_lease_until: until })
    .where('id', '=', channelId)
    .where((eb) => eb.or([eb('poll_lease_until', 'is', null), eb('poll_lease_until', '<', now), eb('poll_lease_owner', '=', owner)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Ends a poll: the new cursor (kept when null), when to poll next, and the lease released. Only the lease holder can. */
export async function finishPoll(
  db: Kysely<Database>,
  channelId: string,
  owner: string,
  outcome: { cursor: string | null; nextPollAt: number; failures: number; receivedAt?: number },
): Promise<boolean> {
  const result = await db.updateTable('channels').set({
    ...(outcome.cursor === null ? {} : { poll_cursor: outcome.cursor }),
    ...(outcome.receivedAt === undefined ? {} : { last_received_at: outcome.receivedAt }),
    next_poll_at: outcome.nextPollAt, poll_failures: outcome.failures, poll_lease_owner: null, poll_lease_until: null,
  }).where('id', '=', channelId).where('poll_lease_owner', '=', owner).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function noteChannelReceived(db: Kysely<Database>, channelId: string, at: number): Promise<void> {
  await db.updateTable('channels').set({ last_received_at: at }).where('id', '=', channelId).execute();
}
