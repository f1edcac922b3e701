// API shapes of saved searches and found posts.
import type { ListeningPostListRow, SavedSearchWithChannel } from '../../../store/repositories/listening.js';

const iso = (at: number) => new Date(at).toISOString();
const isoOrNull = (at: number | null) => (at === null ? null : iso(at));

export function presentSavedSearch(row: SavedSearchWithChannel) {
  return {
    id: row.id, query: row.query, channel: { id: row.channel_id, network: row.network, handle: row.channel_handle },
    createdAt: iso(row.created_at), lastRunAt: isoOrNull(row.last_run_at), nextRunAt: isoOrNull(row.next_run_at), failures: row.failures, lastError: row.last_error,
  };
}

/** Only web links leave the server: a network could hand back any scheme. */
export function safeUrl(url: string | null): string | null {
  if (url === null) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function analysisOf(json: string | null): { intents: string[]; language: string | null } {
  if (json === null) return { intents: [], language: null };
  try {
    const parsed = JSON.parse(json) as { intents?: unknown; language?: unknown };
    return {
      intents: Array.isArray(parsed.intents) ? parsed.intents.filter((item): item is string => typeof item === 'string') : [],
      language: typeof parsed.language === 'string' ? parsed.language : null,
    };
  } catch {
    return { intents: [], language: null };
  }
}

export function presentListeningPost(row: ListeningPostListRow) {
  return {
    id: row.id, searchId: row.search_id, query: row.query, channel: { id: row.channel_id, network: row.network },
    author: { networkId: row.author_network_id, handle: row.author_handle, name: row.author_name }, text: row.text, url: safeUrl(row.url),
    sentAt: iso(row.sent_at), foundAt: iso(row.found_at), sentiment: row.sentiment, emotion: row.emotion, ...analysisOf(row.analysis),
    conversationId: row.conversation_id,
  };
}

export function encodePostCursor(row: { sent_at: number; id: string }): string {
  return `${row.sent_at}_${row.id}`;
}

export function decodePostCursor(cursor: string): { sentAt: number; id: string } | null {
  const match = /^(\d{1,16})_([A-Za-z0-9-]{1,64})$/.exec(cursor);
  return match === null ? null : { sentAt: Number(match[1]), id: match[2] as string };
}
