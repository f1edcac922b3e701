// "Turn into conversation": a found public post enters the inbox through the normal ingest
// pipeline, as a mention on the channel that found it, so it is threaded, prioritised and
// answered like any other (a reply goes into the post's thread on the network). It keeps the
// analysis it was found with. Idempotent: messages are unique per channel and network id, so
// a second click (or the same post arriving as a real mention) gives the same conversation.
import type { InboundEvent } from '../../channels/types.js';
import type { EventBus } from '../../realtime/bus.js';
import { findChannel } from '../../store/repositories/channels.js';
import { findListeningPost, markListeningPostConverted, type ListeningPostRow } from '../../store/repositories/listening.js';
import type { Store } from '../../store/database.js';
import { ingestEvent } from '../ingest.js';
import { understandMessage } from '../understand.js';
import type { MessageUnderstanding, Understand } from '../understanding.js';

export interface ConvertDeps {
  store: Pick<Store, 'db'>;
  events: EventBus;
  /** For a post stored without analysis (the analyser failed when it was found). Default: the production analyser. */
  understand?: Understand;
}

export type ConvertResult =
  | { status: 'converted'; conversationId: string; created: boolean }
  | { status: 'not_found' }
  | { status: 'failed'; reason: string };

function storedUnderstanding(post: ListeningPostRow): MessageUnderstanding | null {
  if (post.analysis === null) return null;
  try {
    return JSON.parse(post.analysis) as MessageUnderstanding;
  } catch {
    return null;
  }
}

export function eventOfPost(post: ListeningPostRow): InboundEvent {
  return {
    kind: 'mention', networkMessageId: post.network_post_id, text: post.text, sentAt: post.sent_at,
    author: { networkId: post.author_network_id, handle: post.author_handle, displayName: post.author_name },
  };
}

export async function turnPostIntoConversation(deps: ConvertDeps, workspaceId: string, postId: string): Promise<ConvertResult> {
  const { db } = deps.store;
  const post = await findListeningPost(db, workspaceId, postId);
  if (post === undefined) return { status: 'not_found' };
  if (post.conversation_id !== null) return { status: 'converted', conversationId: post.conversation_id, created: false };
  const channel = await findChannel(db, post.channel_id);
  if (channel === undefined || channel.workspace_id !== workspaceId) return { status: 'not_found' };
  const known = storedUnderstanding(post);
  const fallback = deps.understand ?? understandMessage;
  const understand: Understand = (text) => (known !== null && text === post.text ? known : fallback(text));
  const outcome = await ingestEvent({ db, events: deps.events, understand }, channel, eventOfPost(post));
  const conversationId = outcome.status === 'stored' || outcome.status === 'updated' || outcome.status === 'duplicate' ? outcome.conversationId : null;
  if (conversationId === null) return { status: 'failed', reason: outcome.status === 'ignored' ? outcome.reason : 'The post could not be added to the inbox.' };
  await markListeningPostConverted(db, workspaceId, post.id, conversationId);
  return { status: 'converted', conversationId, created: outcome.status === 'stored' };
}
