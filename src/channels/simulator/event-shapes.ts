// Network habits that shape a follower event: which kinds each network delivers, how a reply's
// text starts (X's API text keeps the leading @mentions), which reactions exist, and the ids a
// follower's message gets on each network.
import type { InboundAuthor, InboundKind } from '../types.js';
import type { BrandAccount, SimulatedNetworkName } from './brand.js';
import { DEFAULT_CATEGORY_WEIGHTS, type MessageCategory } from './categories.js';
import type { MessageLanguage } from './followers.js';
import type { IdMinter } from './ids.js';
import { chance, pick, pickWeighted, type RandomSource } from './random.js';

/** How often each kind arrives. Bluesky has no edits; X edits are rare (premium, 1 hour). */
export const KIND_WEIGHTS: Readonly<Record<SimulatedNetworkName, Readonly<Partial<Record<InboundKind, number>>>>> = {
  facebook: { comment: 44, reply: 12, mention: 2, direct_message: 28, reaction: 8, edit: 3, delete: 3 },
  instagram: { comment: 44, reply: 10, mention: 10, direct_message: 26, reaction: 6, edit: 1, delete: 3 },
  x: { comment: 30, reply: 10, mention: 24, quote: 6, direct_message: 16, reaction: 8, edit: 2, delete: 4 },
  bluesky: { comment: 30, reply: 10, mention: 22, quote: 8, direct_message: 10, reaction: 16, delete: 4 },
};

/** Private channels carry order questions and urgent cases; sarcasm is performed in public. */
export const DIRECT_MESSAGE_CATEGORY_WEIGHTS: Readonly<Record<MessageCategory, number>> = {
  ...DEFAULT_CATEGORY_WEIGHTS,
  order_status: 20,
  complaint: 12,
  urgent: 4,
  sarcasm: 1,
  praise: 5,
  purchase_intent: 14,
  spam: 4,
};

/** People tag a brand to praise it, complain about it or threaten it in front of everyone. */
export const MENTION_CATEGORY_WEIGHTS: Readonly<Record<MessageCategory, number>> = {
  ...DEFAULT_CATEGORY_WEIGHTS,
  complaint: 16,
  sarcasm: 9,
  praise: 16,
  urgent: 3,
  hours_question: 1,
  order_status: 4,
};

const REACTIONS: Readonly<Record<SimulatedNetworkName, Readonly<Record<string, number>>>> = {
  facebook: { like: 55, love: 28, care: 6, haha: 4, wow: 4, sad: 2, angry: 1 },
  instagram: { love: 1 },
  x: { like: 1 },
  bluesky: { like: 1 },
};

export function pickReaction(network: SimulatedNetworkName, random: RandomSource): string {
  return pickWeighted(random, REACTIONS[network]);
}

/** The brand as followers tag it: @handle, or the Page name on Facebook. */
export function brandTag(account: BrandAccount): string {
  return account.network === 'facebook' ? account.displayName : `@${account.handle}`;
}

/** A mention puts the brand's tag at the start or the end of the text. */
export function withMention(text: string, account: BrandAccount, random: RandomSource): string {
  return chance(random, 0.6) ? `${brandTag(account)} ${text}` : `${text} ${brandTag(account)}`;
}

/** Reply text as the network's API hands it over: X keeps leading @mentions, Instagram users type one. */
export function replyText(network: SimulatedNetworkName, text: string, parentAuthor: InboundAuthor | undefined, account: BrandAccount): string {
  if (network === 'x') {
    const handles = [parentAuthor?.handle, account.handle].filter((handle, index, all): handle is string => handle !== undefined && all.indexOf(handle) === index);
    return `${handles.map((handle) => `@${handle}`).join(' ')} ${text}`;
  }
  if (network === 'instagram' && parentAuthor !== undefined) return `@${parentAuthor.handle} ${text}`;
  return text;
}

const EDIT_SUFFIXES: Readonly<Record<MessageLanguage, readonly string[]>> = {
  id: [' (edit: udah dibales di DM, makasih)', ' *typo', ' (edit: maksudnya yang ukuran kecil)', ' — update: masih belum ada kabar'],
  en: [' (edit: typo)', ' — update: still nothing', ' (edit: got a reply by DM, thanks)'],
};

export function editedText(text: string, language: MessageLanguage | undefined, random: RandomSource): string {
  return text + pick(random, EDIT_SUFFIXES[language ?? 'id']);
}

export type FollowerMessageKind = 'comment' | 'reply' | 'mention' | 'quote' | 'direct_message';

export interface FollowerIdContext {
  kind: FollowerMessageKind;
  author: InboundAuthor;
  /** The post or comment the new message hangs under. */
  parentId?: string;
  at: number;
}

/** The id a follower's message has on the network. */
export function followerMessageId(network: SimulatedNetworkName, account: BrandAccount, ids: IdMinter, context: FollowerIdContext): string {
  switch (network) {
    case 'facebook':
      if (context.kind === 'direct_message') return ids.messengerMid();
      if (context.kind === 'mention') return `${context.author.networkId}_${ids.numeric(16)}`;
      return ids.facebookCommentId(context.parentId ?? account.accountId, account.accountId);
    case 'instagram':
      return context.kind === 'direct_message' ? ids.instagramMid() : ids.instagramId();
    case 'x':
      return ids.snowflake(context.at);
    case 'bluesky':
      return context.kind === 'direct_message' ? ids.blueskyChatId(context.at) : ids.blueskyPostUri(context.author.networkId, context.at);
  }
}

/** Reactions have no id of their own on most networks; Bluesky likes are records with a URI. */
export function reactionId(network: SimulatedNetworkName, ids: IdMinter, targetId: string, author: InboundAuthor, reaction: string, at: number): string {
  return network === 'bluesky' ? ids.blueskyLikeUri(author.networkId, at) : `${targetId}:${reaction}:${author.networkId}`;
}
