// Publishing: posts, their per-channel variants, media, thread parts, metrics, approvals and posting slots.
// Times are UTC epoch milliseconds; booleans are 0/1 integers (see ./index.ts).
import type { Generated } from 'kysely';

export interface PostsTable {
  id: string;
  workspace_id: string;
  status: 'draft' | 'scheduled' | 'publishing' | 'published' | 'failed';
  text: string;
  scheduled_at: number | null;
  published_at: number | null;
  created_by: string | null;
  approved_by: string | null;
  created_at: number;
  updated_at: number;
  /** Paid or gifted content: the guard then requires a clear partnership label. */
  paid: Generated<number>;
  /** When a draft is planned for (the calendar shows it there); null once unplanned. */
  planned_at: Generated<number | null>;
  /** Only used while the workspace asks for approval; null: never submitted. */
  approval_state: Generated<'pending_approval' | 'approved' | 'rejected' | null>;
  /** JSON array of media ids every variant without its own images carries. */
  media_ids: string | null;
}

export interface PostVariantsTable {
  id: string;
  post_id: string;
  channel_id: string;
  text: string;
  network_post_id: string | null;
  state: 'pending' | 'sending' | 'sent' | 'failed' | 'unknown';
  error: string | null;
  /** Stable per variant: a retried publish can never make a second post. */
  idempotency_key: string | null;
  /** When the network took it (its own clock). */
  sent_at: number | null;
  /** Where people see it on the network, when the network gives a link. */
  network_url: string | null;
  /** The variant's own text (null: inherits the post's); `text` is what is published either way. */
  override_text: string | null;
  /** JSON array of the replies after the first post (a thread), or null. */
  thread_parts: string | null;
  /** JSON array of media ids, or null to carry the post's images. */
  media_ids: string | null;
}

export interface MediaTable {
  id: string;
  workspace_id: string;
  blob_key: string;
  content_type: string;
  bytes: number;
  width: number;
  height: number;
  alt_text: string;
  created_by: string | null;
  created_at: number;
}

/** One reply of a published thread (the variant is part 0), delivered at most once. */
export interface PostThreadPartsTable {
  id: string;
  variant_id: string;
  position: number;
  text: string;
  state: 'pending' | 'sending' | 'sent' | 'failed' | 'unknown';
  idempotency_key: string;
  network_post_id: string | null;
  network_url: string | null;
  error: string | null;
  sent_at: number | null;
}

export interface PostMetricsTable {
  variant_id: string;
  workspace_id: string;
  post_id: string;
  channel_id: string;
  network_post_id: string;
  published_at: number;
  likes: number;
  replies: number;
  reposts: number;
  quotes: number;
  views: number | null;
  fetched_at: number | null;
  next_fetch_at: number | null;
  fetch_count: number;
  last_error: string | null;
}

export interface PostApprovalsTable {
  id: string;
  workspace_id: string;
  post_id: string;
  action: 'submitted' | 'approved' | 'rejected' | 'reopened';
  actor_user_id: string | null;
  comment: string | null;
  created_at: number;
}

export interface PostingSlotsTable {
  id: string;
  workspace_id: string;
  channel_id: string;
  /** ISO weekday on the workspace clock: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Minutes after local midnight on the workspace clock. */
  minute_of_day: number;
  created_at: number;
}
