// The inbox: contacts, conversations, messages, notes, saved replies, knowledge and the inbound queue.
// Times are UTC epoch milliseconds; booleans are 0/1 integers (see ./index.ts).
import type { Generated } from 'kysely';

export interface ContactsTable {
  id: string;
  workspace_id: string;
  channel_id: string;
  network_user_id: string;
  handle: string;
  display_name: string;
  first_seen_at: number;
  last_seen_at: number;
  message_count: number;
  vip: number;
}

export interface ConversationsTable {
  id: string;
  workspace_id: string;
  channel_id: string;
  kind: 'thread' | 'direct';
  /** Root post network id for comment threads, the DM thread id for direct messages. */
  thread_key: string;
  root_post_network_id: string | null;
  root_post_text: string | null;
  contact_id: string | null;
  status: 'open' | 'snoozed' | 'closed';
  assignee_id: string | null;
  priority: number;
  first_response_due_at: number | null;
  first_responded_at: number | null;
  last_inbound_at: number | null;
  last_message_at: number;
  unanswered: number;
  snoozed_until: number | null;
  /** JSON array of strings. */
  tags: string;
  last_intents: string;
  last_sentiment: string | null;
  last_emotion: string | null;
  last_urgency: string | null;
  language: string | null;
  created_at: number;
  updated_at: number;
  /** JSON array of PriorityPart: why the conversation ranks where it does. */
  priority_reasons: Generated<string>;
  resolved_at: number | null;
  spam: Generated<number>;
  breach_warned_at: number | null;
  awaiting_since: number | null;
}

export interface MessagesTable {
  id: string;
  workspace_id: string;
  conversation_id: string;
  channel_id: string;
  direction: 'inbound' | 'outbound';
  kind: string;
  network_message_id: string | null;
  parent_network_message_id: string | null;
  author_contact_id: string | null;
  author_user_id: string | null;
  text: string;
  sent_at: number;
  received_at: number;
  /** JSON of the analysis result, null until analysed or for outbound messages. */
  analysis: string | null;
  delivery_state: 'received' | 'queued' | 'sending' | 'sent' | 'failed' | 'unknown';
  idempotency_key: string | null;
  error: string | null;
  edited_at: number | null;
  deleted_at: number | null;
  /** JSON array of earlier versions: [{ text, at }]. */
  history: string;
  /** An officer marked this outbound reply as a good answer: it feeds suggestions. */
  marked_good: Generated<number>;
}

export interface NotesTable {
  id: string;
  workspace_id: string;
  conversation_id: string;
  user_id: string | null;
  text: string;
  created_at: number;
}

export interface SavedRepliesTable {
  id: string;
  workspace_id: string;
  title: string;
  language: 'id' | 'en';
  /** May hold {nama}, {produk}, {nomor_pesanan}. */
  text: string;
  created_by: string | null;
  created_at: number;
  updated_at: number;
}

export interface KnowledgeEntriesTable {
  id: string;
  workspace_id: string;
  question: string;
  answer: string;
  language: 'id' | 'en';
  created_at: number;
  updated_at: number;
}

export interface InboundQueueTable {
  /** Arrival order (SQLite rowid, PostgreSQL identity). */
  seq: Generated<number>;
  channel_id: string;
  network_message_id: string;
  /** The normalised InboundEvent as JSON. */
  payload: string;
  received_at: number;
  /** Processing attempts that failed (the event stays queued until it is set aside). */
  attempts: Generated<number>;
  last_error: string | null;
  /** Set aside after too many failed attempts: kept, no longer processed. */
  failed_at: number | null;
  /** After a failed attempt: not tried again before this instant. */
  next_attempt_at: number | null;
  /** A process is processing it until then (claimed with the batch); after that another may. */
  claimed_until: Generated<number | null>;
}
