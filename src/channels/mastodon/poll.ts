// Mention and direct-message notifications, read from a cursor (the newest notification id seen).
//
// `min_id` means different pages on the two servers Sapa is tested on: Mastodon answers the
// `limit` notifications just above the cursor, snac the newest `limit` above it (as `since_id`
// would). Both answer newest first and treat `min_id` as exclusive. So when a page comes back
// full, the connector also asks for what lies between the cursor and the oldest id it holds
// (`min_id` + `max_id`): on snac that fills the gap, on Mastodon it is empty and the newer rest
// arrives on the next poll. The cursor is always the newest id received, never compared numerically.
import type { InboundEvent, PollPage } from '../types.js';
import type { MastodonApi } from './api.js';
import { eventFromStatus, htmlToText, isDirect, type MastodonNotification, type MastodonStatus, type ThreadRoot } from './parse.js';
import { ChannelError } from '../types.js';

/** First connect: a bounded recent page, not the whole history. */
export const FIRST_POLL_LIMIT = 20;
export const PAGE_LIMIT = 40;
/** snac only ever considers its newest 64 notifications; Mastodon needs one extra call at most. */
const MAX_PAGES_PER_POLL = 5;

async function notificationsSince(api: MastodonApi, cursor: string): Promise<MastodonNotification[]> {
  const collected: MastodonNotification[] = [];
  let page = await api.notifications({ minId: cursor, limit: PAGE_LIMIT });
  collected.push(...page);
  for (let pages = 1; page.length >= PAGE_LIMIT && pages < MAX_PAGES_PER_POLL; pages += 1) {
    const oldest = collected[collected.length - 1];
    if (oldest === undefined) break;
    page = await api.notifications({ minId: cursor, maxId: oldest.id, limit: PAGE_LIMIT });
    collected.push(...page);
  }
  return collected;
}

/** The thread a reply hangs under: its root status (one extra read per reply). */
async function rootOf(api: MastodonApi, status: MastodonStatus): Promise<ThreadRoot | undefined> {
  try {
    const root = (await api.context(status.id)).ancestors[0];
    return root === undefined ? undefined : { id: root.id, text: htmlToText(root.content), authorId: root.account.id };
  } catch (error) {
    // A deleted or hidden parent must not hold the reply back: it is threaded under its parent.
    if (error instanceof ChannelError && error.code === 'NOT_FOUND') return undefined;
    throw error;
  }
}

export async function pollMentions(api: MastodonApi, brandAccountId: string, cursor: string | null): Promise<PollPage> {
  const newestFirst = cursor === null ? await api.notifications({ limit: FIRST_POLL_LIMIT }) : await notificationsSince(api, cursor);
  const seen = new Set<string>();
  const statuses: MastodonStatus[] = [];
  for (const notification of [...newestFirst].reverse()) {
    if (seen.has(notification.id)) continue;
    seen.add(notification.id);
    const status = notification.status;
    if (notification.type !== 'mention' || status === null || status === undefined) continue;
    if (status.account.id === brandAccountId) continue;
    statuses.push(status);
  }
  const events: InboundEvent[] = [];
  for (const status of statuses) {
    const threaded = typeof status.inReplyToId === 'string' && !isDirect(status);
    events.push(eventFromStatus(status, brandAccountId, threaded ? await rootOf(api, status) : undefined));
  }
  return { events, cursor: newestFirst[0]?.id ?? cursor };
}
