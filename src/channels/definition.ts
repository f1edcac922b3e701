// What Sapa knows about a network before any account is connected: what it can do, what the
// connect form asks for, how to build its connector, and (where it has one) its OAuth flow.
// One definition per network folder; src/channels/catalog.ts lists them.
import type { ChannelCapabilities, ChannelConnector, ConnectorContext, Network } from './types.js';

export interface ConnectField {
  key: string;
  /** Secret fields are encrypted with the secret key and never returned; the others are settings. */
  secret: boolean;
  optional?: boolean;
  label: { id: string; en: string };
  help?: { id: string; en: string };
}

export interface OAuthStart {
  /** Where the officer's browser goes to approve Sapa. */
  authorizeUrl: string;
  /** Kept (encrypted) until the callback: client secret, PKCE verifier, instance URL. */
  pending: Record<string, string>;
}

export interface OAuthFlow {
  /** Fields asked before the browser leaves (Mastodon: the instance; Meta: the app id and secret). */
  fields: readonly ConnectField[];
  /** Whose sign-in page the officer is sent to, when it is not the network's own name ("Facebook" for Instagram). */
  provider?: string;
  /** `credentials` are the form's secret fields (X's or Meta's app secret), kept only in the encrypted pending hand-off. */
  start(input: { settings: Record<string, string>; credentials: Record<string, string>; redirectUri: string; state: string; fetch: typeof fetch }): Promise<OAuthStart>;
  finish(input: { code: string; pending: Record<string, string>; redirectUri: string; fetch: typeof fetch }): Promise<{ settings: Record<string, string>; credentials: Record<string, string> }>;
}

export interface NetworkDefinition {
  network: Network;
  /** As the network calls itself. */
  name: string;
  capabilities: ChannelCapabilities;
  /** What connecting with a pasted credential asks for (app password, bot token, page token). */
  fields: readonly ConnectField[];
  oauth?: OAuthFlow;
  /** Polling networks: how often to ask (default 5 s); usage headers may slow it down further. */
  pollIntervalMs?: number;
  create(context: ConnectorContext): ChannelConnector;
}

/** Splits a connect form into non-secret settings and secret credentials, refusing unknown or missing fields. */
export function splitConnectFields(definition: Pick<NetworkDefinition, 'fields' | 'network'>, values: Readonly<Record<string, string>>): { settings: Record<string, string>; credentials: Record<string, string> } {
  const settings: Record<string, string> = {};
  const credentials: Record<string, string> = {};
  const known = new Set(definition.fields.map((field) => field.key));
  const unknown = Object.keys(values).filter((key) => !known.has(key));
  if (unknown.length > 0) throw new ConnectFieldError(`${definition.network} does not take ${unknown.join(', ')}`);
  for (const field of definition.fields) {
    const value = values[field.key]?.trim() ?? '';
    if (value === '') {
      if (field.optional === true) continue;
      throw new ConnectFieldError(`${field.key} is required to connect ${definition.network}`);
    }
    (field.secret ? credentials : settings)[field.key] = value;
  }
  return { settings, credentials };
}

export class ConnectFieldError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConnectFieldError';
  }
}
