// The writes of one ingest transaction, staged so that a batch of events costs few statements:
// contacts and conversations are resolved per event (reads, and inserts for new ones), the
// messages go in with multi-row inserts whose RETURNING says which were new (the rest were
// duplicates), and each conversation and contact touched is updated once, with its final
// state, at the end. The outcome is the same as writing the events one by one, in order.
import type { Transaction } from 'kysely';
import type { InboundEvent } from '../channels/types.js';
import type { LiveEvent } from '../realtime/bus.js';
import type { ChannelRow, ConversationRow, Database } from '../store/schema.js';
import { newId } from '../store/ids.js';
import {
  applyInboundToConversations, findConversations, findOrCreateConversation, findOrCreateConversations, insertInboundMessages, recordContactMessages,
  upsertContact, upsertContacts, type ContactSighting, type InboundConversationUpdate, type NewConversationThread, type NewInboundMessage,
} from '../store/repositories/ingest.js';
import { cachedContact, contactCacheKey, type CachedContact } from './contact-cache.js';
import type { InboxPolicy } from './policies.js';
import { priorityParts, priorityScore } from './priority.js';
import { firstResponseDue } from './response-targets.js';
import type { AnalysedText, MessageUnderstanding } from './understanding.js';

export type IngestOutcome =
  | { status: 'stored'; messageId: string; conversationId: string }
  | { status: 'duplicate'; conversationId: string | null }
  | { status: 'updated'; messageId: string; conversationId: string }
  | { status: 'ignored'; reason: string };

/** Work for after the commit: live updates and the contact cache, never before the data is durable. */
export interface AfterCommit {
  publish: LiveEvent[];
  contacts: Array<{ key: string; contact: CachedContact }>;
}

function threadOf(event: InboundEvent): { kind: 'thread' | 'direct'; key: string } {
  if (event.kind === 'direct_message') return { kind: 'direct', key: `dm:${event.directThreadId ?? event.author.networkId}` };
  return { kind: 'thread', key: `post:${event.rootPostNetworkId ?? event.parentNetworkMessageId ?? event.networkMessageId}` };
}

interface StagedMessage {
  channel: ChannelRow;
  event: InboundEvent;
  policy: InboxPolicy;
  understanding: MessageUnderstanding | null;
  contact: CachedContact;
  conversationKey: string;
  row: NewInboundMessage;
  settle(outcome: IngestOutcome): void;
}

interface ContactTouch {
  count: number;
  handle: string;
  displayName: string;
  seenAt: number;
}

export class InboundBatch {
  private staged: StagedMessage[] = [];
  /** Conversations as this transaction leaves them, by channel and thread. */
  private readonly conversations = new Map<string, ConversationRow>();
  private readonly changedConversations = new Map<string, InboundConversationUpdate>();
  /** Contacts resolved in this transaction (the shared cache learns them only after commit). */
  private readonly contacts = new Map<string, CachedContact>();
  private readonly touchedContacts = new Map<string, ContactTouch>();

  constructor(
    private readonly trx: Transaction<Database>,
    private readonly now: number,
    private readonly after: AfterCommit,
  ) {}

  /**
   * Resolves, in a few statements, the contacts and conversations these events need: existing
   * threads are read, followers not known yet are upserted together, and missing threads are
   * created together — each as its first event here would create it one by one. Staging then
   * costs no statement per event.
   */
  async prefetch(items: ReadonlyArray<{ channel: ChannelRow; event: InboundEvent }>): Promise<void> {
    await this.prefetchConversations(items);
    await this.prefetchContacts(items);
    const threads: NewConversationThread[] = [];
    for (const { channel, event } of items) {
      const thread = threadOf(event);
      if (this.conversations.has(`${channel.id}\u0000${thread.key}`)) continue;
      const contact = this.contacts.get(contactCacheKey(channel.id, event.author.networkId)) ?? cachedContact(contactCacheKey(channel.id, event.author.networkId), this.now);
      if (contact === undefined) continue;
      threads.push({
        workspaceId: channel.workspace_id, channelId: channel.id, kind: thread.kind, threadKey: thread.key,
        rootPostNetworkId: event.rootPostNetworkId ?? null, rootPostText: event.rootPostText ?? null, contactId: contact.id, at: event.sentAt,
      });
    }
    if (threads.length === 0) return;
    for (const row of await findOrCreateConversations(this.trx, threads)) this.conversations.set(`${row.channel_id}\u0000${row.thread_key}`, row);
  }

  /** Reads the existing conversations of these events' threads (one statement per channel and 500 threads). */
  private async prefetchConversations(items: ReadonlyArray<{ channel: ChannelRow; event: InboundEvent }>): Promise<void> {
    const wanted = new Map<string, Set<string>>();
    for (const { channel, event } of items) {
      const key = threadOf(event).key;
      if (this.conversations.has(`${channel.id}\u0000${key}`)) continue;
      const keys = wanted.get(channel.id);
      if (keys === undefined) wanted.set(channel.id, new Set([key]));
      else keys.add(key);
    }
    for (const [channelId, keys] of wanted) {
      for (const row of await findConversations(this.trx, channelId, [...keys])) this.conversations.set(`${channelId}\u0000${row.thread_key}`, row);
    }
  }

  /** Upserts, together, the authors neither this transaction nor the shared cache knows. */
  private async prefetchContacts(items: ReadonlyArray<{ channel: ChannelRow; event: InboundEvent }>): Promise<void> {
    const sightings: ContactSighting[] = [];
    for (const { channel, event } of items) {
      const key = contactCacheKey(channel.id, event.author.networkId);
      if (this.contacts.has(key) || cachedContact(key, this.now) !== undefined) continue;
      sightings.push({
        workspaceId: channel.workspace_id, channelId: channel.id, networkUserId: event.author.networkId,
        handle: event.author.handle, displayName: event.author.displayName, seenAt: event.sentAt,
      });
    }
    if (sightings.length === 0) return;
    for (const row of await upsertContacts(this.trx, sightings)) {
      const key = contactCacheKey(row.channel_id, row.network_user_id);
      const contact = { id: row.id, vip: row.vip === 1 };
      this.contacts.set(key, contact);
      this.after.contacts.push({ key, contact });
    }
  }

  /** Resolves contact and conversation now; `settle` gets the outcome when the messages are written. */
  async stage(
    channel: ChannelRow, event: InboundEvent, policy: InboxPolicy, analysed: AnalysedText | null, settle: (outcome: IngestOutcome) => void,
  ): Promise<void> {
    const text = event.kind === 'reaction' ? event.reaction ?? event.text : event.text;
    const contact = await this.contactFor(channel, event);
    const thread = threadOf(event);
    const conversationKey = `${channel.id}\u0000${thread.key}`;
    if (!this.conversations.has(conversationKey)) {
      this.conversations.set(conversationKey, await findOrCreateConversation(this.trx, {
        workspaceId: channel.workspace_id, channelId: channel.id, kind: thread.kind, threadKey: thread.key,
        rootPostNetworkId: event.rootPostNetworkId ?? null, rootPostText: event.rootPostText ?? null, contactId: contact.id, at: event.sentAt,
      }));
    }
    const conversation = this.conversations.get(conversationKey);
    if (conversation === undefined) throw new Error(`conversation ${thread.key} was not resolved`);
    this.staged.push({
      channel, event, policy, understanding: analysed?.understanding ?? null, contact, conversationKey, settle,
      row: {
        id: newId(this.now), workspace_id: channel.workspace_id, conversation_id: conversation.id, channel_id: channel.id,
        kind: event.kind, network_message_id: event.networkMessageId, parent_network_message_id: event.parentNetworkMessageId ?? null,
        author_contact_id: contact.id, text, sent_at: event.sentAt, received_at: this.now,
        analysis: analysed?.stored ?? null,
      },
    });
  }

  /** Writes the staged messages and settles their outcomes, in the order they were staged. */
  async writeMessages(): Promise<void> {
    const staged = this.staged;
    this.staged = [];
    if (staged.length === 0) return;
    const inserted = await insertInboundMessages(this.trx, staged.map((message) => message.row));
    for (const message of staged) {
      const conversation = this.conversations.get(message.conversationKey);
      if (conversation === undefined) throw new Error('staged message without its conversation');
      if (!inserted.has(message.row.id)) {
        message.settle({ status: 'duplicate', conversationId: conversation.id });
        continue;
      }
      this.touchContact(message.contact.id, message.event);
      // A reaction is stored with its thread but asks for no answer: no state change, no live update.
      if (message.event.kind !== 'reaction') {
        this.applyToConversation(message, conversation);
        this.after.publish.push({ workspaceId: message.channel.workspace_id, name: 'message.created', data: { conversationId: conversation.id, messageId: message.row.id } });
      }
      message.settle({ status: 'stored', messageId: message.row.id, conversationId: conversation.id });
    }
  }

  /** Everything still staged, then one update per conversation and contact touched. */
  async finish(): Promise<void> {
    await this.writeMessages();
    await applyInboundToConversations(this.trx, [...this.changedConversations].map(([id, update]) => ({ id, update })));
    await recordContactMessages(this.trx, [...this.touchedContacts].map(([id, touch]) => ({ id, ...touch })));
    this.changedConversations.clear();
    this.touchedContacts.clear();
  }

  private async contactFor(channel: ChannelRow, event: InboundEvent): Promise<CachedContact> {
    const key = contactCacheKey(channel.id, event.author.networkId);
    const known = this.contacts.get(key) ?? cachedContact(key, this.now);
    if (known !== undefined) return known;
    const row = await upsertContact(this.trx, {
      workspaceId: channel.workspace_id, channelId: channel.id, networkUserId: event.author.networkId,
      handle: event.author.handle, displayName: event.author.displayName, seenAt: event.sentAt,
    });
    const contact = { id: row.id, vip: row.vip === 1 };
    this.contacts.set(key, contact);
    this.after.contacts.push({ key, contact });
    return contact;
  }

  /** A stored message counts for its author; the name from the last event processed wins, as one by one. */
  private touchContact(contactId: string, event: InboundEvent): void {
    const touch = this.touchedContacts.get(contactId);
    if (touch === undefined) {
      this.touchedContacts.set(contactId, { count: 1, handle: event.author.handle, displayName: event.author.displayName, seenAt: event.sentAt });
      return;
    }
    Object.assign(touch, { count: touch.count + 1, handle: event.author.handle, displayName: event.author.displayName, seenAt: Math.max(touch.seenAt, event.sentAt) });
  }

  private applyToConversation(message: StagedMessage, conversation: ConversationRow): void {
    const { event, understanding, policy, channel } = message;
    const alreadyWaiting = conversation.unanswered === 1 && conversation.awaiting_since !== null;
    const awaitingSince = alreadyWaiting ? Math.min(conversation.awaiting_since ?? event.sentAt, event.sentAt) : event.sentAt;
    // A more pressing message (a complaint after a question) may pull the target earlier, never later.
    const dueForThis = firstResponseDue(event.sentAt, understanding, { policy: policy.response, network: channel.network, timezone: policy.timezone });
    const earlierDue = alreadyWaiting ? conversation.first_response_due_at : null;
    const dueAt = earlierDue === null ? dueForThis : dueForThis === null ? earlierDue : Math.min(earlierDue, dueForThis);
    const parts = priorityParts({ understanding, waitedMs: this.now - awaitingSince, msToTarget: dueAt === null ? null : dueAt - this.now, vip: message.contact.vip });
    const update: InboundConversationUpdate = {
      status: conversation.status === 'closed' || conversation.status === 'snoozed' ? 'open' : conversation.status,
      contact_id: message.contact.id,
      awaiting_since: awaitingSince,
      first_response_due_at: dueAt,
      last_inbound_at: Math.max(conversation.last_inbound_at ?? 0, event.sentAt),
      last_message_at: Math.max(conversation.last_message_at, event.sentAt),
      // The summary describes the newest message: a late, out-of-order delivery does not overwrite it.
      ...(event.sentAt >= (conversation.last_inbound_at ?? 0) ? {
        last_intents: JSON.stringify(understanding?.intents ?? []),
        last_sentiment: understanding?.sentiment.label ?? null,
        last_emotion: understanding?.emotion.label ?? null,
        last_urgency: understanding?.urgency ?? null,
        language: understanding?.language ?? null,
      } : {
        last_intents: conversation.last_intents,
        last_sentiment: conversation.last_sentiment,
        last_emotion: conversation.last_emotion,
        last_urgency: conversation.last_urgency,
        language: conversation.language,
      }),
      priority: priorityScore(parts),
      priority_reasons: JSON.stringify(parts),
      updated_at: this.now,
    };
    this.changedConversations.set(conversation.id, update);
    this.conversations.set(message.conversationKey, { ...conversation, ...update, snoozed_until: null, unanswered: 1, resolved_at: null });
  }
}
