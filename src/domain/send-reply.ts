// queueReply: an officer's reply becomes a durable job. Before it is queued, the content
// guard and the pacing rules run here on the server, so no client can skip them. The reply
// row and its idempotency key are written first; the job is enqueued after commit.
import { check, hasBlocking, holdForPacing, validateBrandProfile, type BrandProfile, type Finding, type PacingDecision } from '../guard/index.js';
import type { AppDeps } from './deps.js';
import type { Role } from '../store/schema.js';
import { newId } from '../store/ids.js';
import { inTransaction } from '../store/transaction.js';
import { readBrandProfile } from '../store/repositories/brand-profiles.js';
import { recordAudit } from '../store/repositories/audit.js';
import { recordGuardCheck } from '../store/repositories/guard-checks.js';
import { findConversationInWorkspace } from '../store/repositories/conversations.js';
import { findMessageByIdempotencyKey, insertOutboundMessage, latestInbound, recentOutbound } from '../store/repositories/replies.js';
import { readWorkspaceSetting } from '../store/repositories/settings.js';
import { DomainError } from './errors.js';
import { roleAtLeastManager } from './roles.js';

export const deliverReplyJob = 'reply.deliver';

export class GuardBlockedError extends Error {
  constructor(readonly findings: Finding[]) {
    super('The reply has findings that block sending: fix them, or a manager can override with a written reason.');
    this.name = 'GuardBlockedError';
  }
}

export class PacingHoldError extends Error {
  constructor(readonly decision: Extract<PacingDecision, { decision: 'hold' }>) {
    super(decision.message.en);
    this.name = 'PacingHoldError';
  }
}

export interface QueueReplyInput {
  workspaceId: string;
  conversationId: string;
  userId: string;
  role: Role;
  text: string;
  /** Chosen by the client per reply; sending the same key again returns the same reply. */
  idempotencyKey: string;
  /** A manager's written reason to send despite a blocking finding. */
  overrideReason?: string;
}

export interface QueuedReply {
  messageId: string;
  state: string;
  duplicate: boolean;
}

const pacingLookbackMs = 24 * 3600_000;

export async function loadBrandProfileFor(runtime: AppDeps, workspaceId: string): Promise<BrandProfile | undefined> {
  const stored = await readBrandProfile(runtime.store.db, workspaceId);
  if (stored === null) return undefined;
  // Stored profiles were validated on save; validating again keeps a hand-edited row from breaking replies.
  const validation = validateBrandProfile(stored);
  return validation.ok ? validation.profile : undefined;
}

export async function queueReply(runtime: AppDeps, input: QueueReplyInput, now = Date.now()): Promise<QueuedReply> {
  const { db } = runtime.store;
  const text = input.text.trim();
  if (text === '') throw new DomainError('invalid_input', 'text: a reply cannot be empty');
  const existing = await findMessageByIdempotencyKey(db, input.workspaceId, input.idempotencyKey);
  if (existing !== undefined) {
    if (existing.conversation_id !== input.conversationId) throw new DomainError('conflict', 'idempotencyKey: already used for a reply in another conversation; send a new key for a new reply', 'reply.key_conflict');
    return { messageId: existing.id, state: existing.delivery_state, duplicate: true };
  }
  const conversation = await findConversationInWorkspace(db, input.workspaceId, input.conversationId);
  if (conversation === undefined) throw new DomainError('not_found', 'Conversation not found.', 'conversation.not_found');

  const guard = check(text, { kind: 'reply', brand: await loadBrandProfileFor(runtime, input.workspaceId) });
  const overriding = hasBlocking(guard) && input.overrideReason !== undefined && input.overrideReason.trim().length >= 10;
  if (hasBlocking(guard) && !overriding) throw new GuardBlockedError(guard.findings);
  if (overriding && !roleAtLeastManager(input.role)) throw new DomainError('forbidden', 'Only a manager or owner can override a blocking finding.', 'guard.override_forbidden');

  const history = (await recentOutbound(db, input.workspaceId, now - pacingLookbackMs)).map((row) => ({
    channelId: row.channel_id, text: row.text, sentAt: row.sent_at, kind: 'reply' as const,
    ...(row.contact_id === null ? {} : { contactId: row.contact_id }),
  }));
  const pacingPolicy = await readWorkspaceSetting(db, input.workspaceId, 'pacing_policy');
  const decision = holdForPacing(
    { channelId: conversation.channel_id, text, kind: 'reply', at: now, ...(conversation.contact_id === null ? {} : { contactId: conversation.contact_id }) },
    history,
    pacingPolicy as Parameters<typeof holdForPacing>[2],
  );
  if (decision.decision === 'hold') throw new PacingHoldError(decision);

  const inbound = await latestInbound(db, input.workspaceId, input.conversationId);
  const messageId = newId(now);
  await inTransaction(db, async (trx) => {
    await insertOutboundMessage(trx, {
      id: messageId, workspace_id: input.workspaceId, conversation_id: input.conversationId, channel_id: conversation.channel_id,
      direction: 'outbound', kind: 'reply', network_message_id: null, parent_network_message_id: inbound?.network_message_id ?? null,
      author_contact_id: null, author_user_id: input.userId, text, sent_at: now, received_at: now, analysis: null,
      delivery_state: 'queued', idempotency_key: input.idempotencyKey, error: null, edited_at: null, deleted_at: null, history: '[]',
    });
    await recordGuardCheck(trx, {
      workspaceId: input.workspaceId, kind: 'reply', itemId: messageId, channelId: conversation.channel_id, userId: input.userId,
      softSellScore: guard.softSellScore, findings: guard.findings,
      overriddenBy: overriding ? input.userId : null, overrideReason: overriding ? (input.overrideReason?.trim() ?? null) : null,
    }, now);
    if (overriding) {
      await recordAudit(trx, {
        workspaceId: input.workspaceId, actorUserId: input.userId, action: 'guard.override', targetType: 'message', targetId: messageId,
        details: { reason: input.overrideReason, rules: guard.findings.filter((f) => f.severity === 'block').map((f) => f.rule) },
      }, now);
    }
  });
  await runtime.queue.enqueue(deliverReplyJob, { messageId }, { maxAttempts: 6 });
  runtime.events.publish({ workspaceId: input.workspaceId, name: 'conversation.updated', data: { conversationId: input.conversationId } });
  return { messageId, state: 'queued', duplicate: false };
}
