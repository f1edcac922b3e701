// Connected network accounts and the OAuth handshakes that connect them.
// Times are UTC epoch milliseconds; booleans are 0/1 integers (see ./index.ts).
import type { Generated } from 'kysely';

export interface ChannelsTable {
  id: string;
  workspace_id: string;
  network: string;
  handle: string;
  display_name: string;
  /** needs_reconnect: the network refused the credentials (AUTH_REVOKED); the officer is told in the app. */
  status: 'active' | 'paused' | 'error' | 'needs_reconnect' | 'disconnected';
  /** AES-256-GCM under SAPA_SECRET_KEY; never returned by the API. */
  credentials_encrypted: string | null;
  simulated: number;
  created_at: number;
  /** JSON object of non-secret settings (instance URL, page id, API base). */
  settings: Generated<string>;
  /** The account's own id on the network (DID, page id, bot id); unique per workspace and network. */
  network_account_id: string | null;
  /** Why the channel is not active, in words the officer can act on. */
  status_reason: string | null;
  rate_limited_until: number | null;
  last_received_at: number | null;
  poll_cursor: string | null;
  next_poll_at: number | null;
  poll_failures: Generated<number>;
  poll_lease_owner: string | null;
  poll_lease_until: number | null;
  updated_at: number | null;
}

export interface OAuthStatesTable {
  state: string;
  workspace_id: string;
  user_id: string;
  network: string;
  data_encrypted: string;
  /** Set when the hand-off reconnects an existing channel. */
  channel_id: string | null;
  expires_at: number;
}
