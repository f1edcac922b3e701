// A contact's rights under UU 27/2022 (PDP): a copy of everything stored about them, and
// erasure. Both are audited in the same transaction as the reads or writes they record.
import type { Kysely } from 'kysely';
import { DomainError } from '../errors.js';
import { forgetContacts } from '../contact-cache.js';
import { recordAudit } from '../../store/repositories/audit.js';
import {
  contactDataRows, contactMessagesToErase, eraseContactDetails, eraseMessageTexts, findContactInWorkspace, type ContactWithChannel,
} from '../../store/repositories/contact-privacy.js';
import type { Database } from '../../store/schema.js';
import { labelsOnlyAnalysis } from './redaction.js';
import { inTransaction } from '../../store/transaction.js';

export interface PrivacyActor {
  workspaceId: string;
  /** Null when run from the command line by the operator. */
  userId: string | null;
  via: 'api' | 'cli';
}

const iso = (at: number | null): string | null => (at === null ? null : new Date(at).toISOString());

function parsedJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

async function contactOrNotFound(db: Kysely<Database>, workspaceId: string, contactId: string): Promise<ContactWithChannel> {
  const contact = await findContactInWorkspace(db, workspaceId, contactId);
  if (contact === undefined) throw new DomainError('not_found', 'Contact not found.', 'contact.not_found');
  return contact;
}

export type ContactExport = Awaited<ReturnType<typeof presentExport>>;

function presentExport(workspaceId: string, contact: ContactWithChannel, rows: Awaited<ReturnType<typeof contactDataRows>>, now: number) {
  return {
    format: 'sapa.contact-export/1' as const,
    exportedAt: new Date(now).toISOString(),
    workspaceId,
    contact: {
      id: contact.id, network: contact.network, channelHandle: contact.channel_handle, networkUserId: contact.network_user_id,
      handle: contact.handle, displayName: contact.display_name, vip: contact.vip === 1, messageCount: contact.message_count,
      firstSeenAt: new Date(contact.first_seen_at).toISOString(), lastSeenAt: new Date(contact.last_seen_at).toISOString(),
    },
    conversations: rows.conversations.map((row) => ({
      id: row.id, kind: row.kind, status: row.status, tags: parsedJson(row.tags) as string[], rootPostText: row.root_post_text,
      createdAt: new Date(row.created_at).toISOString(), lastMessageAt: new Date(row.last_message_at).toISOString(),
    })),
    messages: rows.messages.map((row) => ({
      id: row.id, conversationId: row.conversation_id, direction: row.direction, kind: row.kind, networkMessageId: row.network_message_id,
      text: row.text, sentAt: new Date(row.sent_at).toISOString(), receivedAt: new Date(row.received_at).toISOString(),
      editedAt: iso(row.edited_at), deletedAt: iso(row.deleted_at),
      earlierVersions: parsedJson(row.history) as unknown[], analysis: parsedJson(row.analysis),
    })),
    notes: rows.notes.map((row) => ({ id: row.id, conversationId: row.conversation_id, text: row.text, author: row.author, createdAt: new Date(row.created_at).toISOString() })),
    loyalty: rows.loyalty === null ? null : {
      stage: rows.loyalty.stage, stageSince: new Date(rows.loyalty.stage_since).toISOString(), inboundCount: rows.loyalty.inbound_count,
      activeDays: rows.loyalty.active_days, positiveCount: rows.loyalty.positive_count, negativeCount: rows.loyalty.negative_count,
      praiseCount: rows.loyalty.praise_count, lastMessageAt: new Date(rows.loyalty.last_message_at).toISOString(),
    },
    loyaltyMoves: rows.loyaltyMoves.map((row) => ({ from: row.from_stage, to: row.to_stage, at: new Date(row.at).toISOString() })),
    listeningPosts: rows.listeningPosts.map((row) => ({
      id: row.id, networkPostId: row.network_post_id, text: row.text, url: row.url, sentAt: new Date(row.sent_at).toISOString(), foundAt: new Date(row.found_at).toISOString(),
    })),
  };
}

/** Everything stored about one contact of the workspace (404 for another workspace's id). */
export async function exportContact(db: Kysely<Database>, actor: PrivacyActor, contactId: string, now = Date.now()): Promise<ContactExport> {
  return inTransaction(db, async (trx) => {
    const contact = await contactOrNotFound(trx, actor.workspaceId, contactId);
    const rows = await contactDataRows(trx, actor.workspaceId, contact);
    await recordAudit(trx, {
      workspaceId: actor.workspaceId, actorUserId: actor.userId, action: 'contact.exported', targetType: 'contact', targetId: contact.id,
      details: { via: actor.via, messages: rows.messages.length, conversations: rows.conversations.length },
    }, now);
    return presentExport(actor.workspaceId, contact, rows, now);
  });
}

export interface ErasureSummary {
  contactId: string;
  messages: number;
  notes: number;
  listeningPosts: number;
  conversations: number;
}

/**
 * Erases the contact: their name, handle and network id, the texts (and earlier versions) of
 * their messages and of the brand's messages in their conversations, keywords and PII found in
 * them, their notes and listening posts. Conversations, message rows with their labels, loyalty
 * counts and insight rollups stay, so totals do not change. Erasing twice is harmless.
 */
export async function forgetContact(db: Kysely<Database>, actor: PrivacyActor, contactId: string, now = Date.now()): Promise<ErasureSummary> {
  const summary = await inTransaction(db, async (trx) => {
    const contact = await contactOrNotFound(trx, actor.workspaceId, contactId);
    const messages = await contactMessagesToErase(trx, actor.workspaceId, contact.id);
    const erasedMessages = await eraseMessageTexts(trx, actor.workspaceId, new Map(messages.map((row) => [row.id, labelsOnlyAnalysis(row.analysis)])));
    const details = await eraseContactDetails(trx, actor.workspaceId, contact);
    const result = { contactId: contact.id, messages: erasedMessages, ...details };
    // The audit entry names the contact by id only: the erased name must not live on here.
    await recordAudit(trx, { workspaceId: actor.workspaceId, actorUserId: actor.userId, action: 'contact.erased', targetType: 'contact', targetId: contact.id, details: { via: actor.via, ...details, messages: erasedMessages } }, now);
    return result;
  });
  // Ingest remembers contacts for a minute; the tombstone must not collect new messages.
  forgetContacts();
  return summary;
}
