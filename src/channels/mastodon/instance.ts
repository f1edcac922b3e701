// A Mastodon instance: its URL as an officer types it, and the limits it sets for statuses
// (forks ship 500 to 15,000 characters), read from the instance itself for the composer.
import { ChannelError } from '../types.js';

/** `mastodon.social`, `https://mastodon.social/` and `https://mastodon.social/@brand` all mean https://mastodon.social. */
export function normalizeInstanceUrl(input: string): string {
  const trimmed = input.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new ChannelError('INVALID_CONTENT', 'The Mastodon instance address is not a valid URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ChannelError('INVALID_CONTENT', 'The Mastodon instance address must be http(s)');
  return url.origin;
}

export interface InstanceLimits {
  maxCharacters: number;
  /** Every URL counts this many characters, whatever its length. */
  charactersReservedPerUrl: number;
}

/** Mastodon's defaults, for instances that say nothing. */
export const DEFAULT_INSTANCE_LIMITS: InstanceLimits = { maxCharacters: 500, charactersReservedPerUrl: 23 };

interface InstanceDocument {
  configuration?: { statuses?: { max_characters?: unknown; characters_reserved_per_url?: unknown } };
  /** Pleroma, Akkoma and glitch-soc's older field. */
  max_toot_chars?: unknown;
}

function positive(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}

async function readInstance(fetchImpl: typeof fetch, url: string): Promise<InstanceDocument | undefined> {
  try {
    const response = await fetchImpl(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(15_000) });
    if (!response.ok) return undefined;
    return (await response.json()) as InstanceDocument;
  } catch {
    return undefined;
  }
}

/**
 * The instance's status limits: /api/v2/instance (Mastodon 4), else /api/v1/instance (older
 * Mastodon, snac), else the defaults. Public endpoints: no token is sent.
 */
export async function fetchInstanceLimits(instanceUrl: string, fetchImpl: typeof fetch = fetch): Promise<InstanceLimits> {
  const origin = normalizeInstanceUrl(instanceUrl);
  for (const version of ['v2', 'v1']) {
    const document = await readInstance(fetchImpl, `${origin}/api/${version}/instance`);
    if (document === undefined) continue;
    const statuses = document.configuration?.statuses;
    const maxCharacters = positive(statuses?.max_characters) ?? positive(document.max_toot_chars);
    if (maxCharacters === undefined) continue;
    return { maxCharacters, charactersReservedPerUrl: positive(statuses?.characters_reserved_per_url) ?? DEFAULT_INSTANCE_LIMITS.charactersReservedPerUrl };
  }
  return DEFAULT_INSTANCE_LIMITS;
}
