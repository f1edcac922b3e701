// Connecting by OAuth: Sapa sends the officer's browser to the network, and the network sends it
// back to one callback route with a code. What the callback needs (client secret, PKCE verifier,
// instance address) waits encrypted in `oauth_states` under a random state for 10 minutes, bound
// to the officer who started it, and is taken exactly once.
import { randomBytes } from 'node:crypto';
import type { ConnectedAccount } from './channel-connections.js';
import { requireDefinition, requireWorkspaceChannel, saveConnectedAccount, verifyAccount, readConnectForm, type ChannelConnectionDeps, type ConnectResult } from './channel-connections.js';
import { ChannelError } from '../channels/types.js';
import { deleteExpiredOAuthStates, insertOAuthState, takeOAuthState } from '../store/repositories/oauth-states.js';
import { DomainError } from './errors.js';
import { decryptSecret, encryptSecret } from './secrets.js';

export const oauthStateLifetimeMs = 10 * 60_000;

export interface OAuthDeps extends ChannelConnectionDeps {
  fetch?: typeof fetch;
}

/** The one callback address networks send the browser back to. */
export function oauthRedirectUri(origin: URL): string {
  return new URL('api/oauth/callback', origin).toString();
}

export async function startChannelOAuth(
  deps: OAuthDeps,
  input: { workspaceId: string; userId: string; network: string; values: Readonly<Record<string, string>>; origin: URL; channelId?: string },
  now = Date.now(),
): Promise<{ authorizeUrl: string }> {
  const definition = requireDefinition(deps.connectors, input.network);
  const flow = definition.oauth;
  if (flow === undefined) throw new DomainError('invalid_input', `${definition.name} is connected with a pasted credential, not by signing in.`);
  if (input.channelId !== undefined) await requireWorkspaceChannel(deps, input.workspaceId, input.channelId);
  const { settings, credentials } = readConnectForm({ ...definition, fields: flow.fields }, input.values);
  const state = randomBytes(24).toString('base64url');
  const redirectUri = oauthRedirectUri(input.origin);
  let started;
  try {
    started = await flow.start({ settings, credentials, redirectUri, state, fetch: deps.fetch ?? fetch });
  } catch (error) {
    throw new DomainError('invalid_input', `${definition.name} could not start signing in: ${error instanceof Error ? error.message : 'unreachable'}`);
  }
  await deleteExpiredOAuthStates(deps.store.db, now);
  await insertOAuthState(deps.store.db, {
    state, workspace_id: input.workspaceId, user_id: input.userId, network: definition.network,
    data_encrypted: encryptSecret(JSON.stringify({ pending: started.pending, redirectUri }), deps.secretKey),
    channel_id: input.channelId ?? null, expires_at: now + oauthStateLifetimeMs,
  });
  return { authorizeUrl: started.authorizeUrl };
}

export interface OAuthFinish extends ConnectResult {
  workspaceId: string;
}

/** The callback: the state must be fresh and the officer's own; the code is traded and the account verified. */
export async function finishChannelOAuth(
  deps: OAuthDeps,
  input: { userId: string; state: string; code: string },
  now = Date.now(),
): Promise<OAuthFinish> {
  const pendingState = await takeOAuthState(deps.store.db, input.state, now);
  if (pendingState === undefined || pendingState.user_id !== input.userId) {
    throw new DomainError('invalid_input', 'This sign-in link has expired or was already used. Start connecting again from Settings → Channels.');
  }
  const definition = requireDefinition(deps.connectors, pendingState.network);
  const { pending, redirectUri } = JSON.parse(decryptSecret(pendingState.data_encrypted, deps.secretKey)) as { pending: Record<string, string>; redirectUri: string };
  let account: ConnectedAccount;
  try {
    account = await definition.oauth!.finish({ code: input.code, pending, redirectUri, fetch: deps.fetch ?? fetch });
  } catch (error) {
    const said = error instanceof ChannelError ? error.message : 'the network could not be reached';
    throw new DomainError('invalid_input', `${definition.name} did not complete the sign-in: ${said}`);
  }
  const identity = await verifyAccount(deps, definition.network, account);
  const result = await saveConnectedAccount(deps, {
    workspaceId: pendingState.workspace_id, userId: input.userId, network: definition.network, account, identity,
    ...(pendingState.channel_id === null ? {} : { expectChannelId: pendingState.channel_id }),
  }, now);
  return { ...result, workspaceId: pendingState.workspace_id };
}
