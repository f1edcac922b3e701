// Social listening: saved searches and the public posts they found.
// Times are UTC epoch milliseconds; booleans are 0/1 integers (see ./index.ts).

export interface SavedSearchesTable {
  id: string;
  workspace_id: string;
  channel_id: string;
  query: string;
  cursor: string | null;
  created_by: string | null;
  created_at: number;
  last_run_at: number | null;
  next_run_at: number | null;
  /** Failed runs in a row (reset by a good run): the backoff grows with it. */
  failures: number;
  last_error: string | null;
  /** The process running this search now, until when (one process runs a search at a time). */
  lease_owner: string | null;
  lease_until: number | null;
}

export interface ListeningPostsTable {
  id: string;
  workspace_id: string;
  search_id: string;
  channel_id: string;
  network_post_id: string;
  author_network_id: string;
  author_handle: string;
  author_name: string;
  text: string;
  url: string | null;
  sent_at: number;
  found_at: number;
  analysis: string | null;
  conversation_id: string | null;
  /** From the analysis, for filtering: positive | neutral | negative. */
  sentiment: string | null;
  emotion: string | null;
}
