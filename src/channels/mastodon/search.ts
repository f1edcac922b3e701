// Listening on Mastodon: `#tag` queries read the hashtag timeline (works on every instance);
// anything else goes to /api/v2/search (type=statuses), which finds public posts only where
// the instance runs full-text search and the authors allowed indexing.
import type { SearchPage } from '../types.js';
import type { MastodonApi } from './api.js';
import { compareIds, hitOf } from './parse.js';

const SEARCH_LIMIT = 40;

export async function searchStatuses(api: MastodonApi, query: string, cursor: string | null): Promise<SearchPage> {
  const q = query.trim();
  if (q === '') return { hits: [], cursor };
  const params = { limit: SEARCH_LIMIT, ...(cursor === null ? {} : { minId: cursor }) };
  const tag = /^#([\p{L}\p{N}_]+)$/u.exec(q)?.[1];
  const statuses = tag === undefined ? await api.searchStatuses(q, params) : await api.tagTimeline(tag, params);
  // snac ignores min_id on search, so the cursor is also applied here.
  const fresh = statuses
    .filter((status) => (status.visibility === 'public' || status.visibility === 'unlisted') && (cursor === null || compareIds(status.id, cursor) > 0))
    .sort((a, b) => compareIds(a.id, b.id));
  return { hits: fresh.map(hitOf), cursor: fresh[fresh.length - 1]?.id ?? cursor };
}
