// Turns generated texts into InboundEvents for one simulated account, keeping the threads
// coherent: replies answer messages that exist, edits and deletes target real messages, and
// brand replies get the thank-yous and likes that followers really send.
import type { InboundAuthor, InboundEvent, InboundKind } from '../types.js';
import type { SimulatedNetworkName } from './brand.js';
import type { MessageCategory } from './categories.js';
import { createSpamAuthor, type MessageLanguage } from './followers.js';
import type { FollowerMessageGenerator, GeneratedMessage } from './message-generator.js';
import type { NetworkAudience, RememberedMessage } from './audience.js';
import { DIRECT_MESSAGE_CATEGORY_WEIGHTS, editedText, followerMessageId, KIND_WEIGHTS, MENTION_CATEGORY_WEIGHTS, pickReaction, reactionId, replyText, withMention, type FollowerMessageKind } from './event-shapes.js';
import { chance, pickWeighted, randomInt, type RandomSource } from './random.js';
import { reportedTime } from './network-profiles.js';

/** One inbound event with the simulator's answer key beside it. */
export interface SimulatedEvent {
  network: SimulatedNetworkName;
  event: InboundEvent;
  /** What the text was written to be (absent for reactions and deletes). Tests and demo only. */
  category?: MessageCategory;
  topic?: string;
  language?: MessageLanguage;
  /** The product the text is about, when it names one. */
  productId?: string;
  /** True when this is a second delivery of an earlier event, as webhooks retry. */
  duplicate: boolean;
}

/** A send the brand made, as the connector recorded it. */
export interface BrandSend {
  networkMessageId: string;
  text: string;
  sentAt: number;
  inReplyToNetworkId?: string;
  directThreadId?: string;
}

export class EventFactory {
  readonly network: SimulatedNetworkName;

  constructor(
    private readonly audience: NetworkAudience,
    private readonly generator: FollowerMessageGenerator,
    private readonly random: RandomSource,
  ) {
    this.network = audience.network;
  }

  /** The next event at `at` (UTC ms): an owed follow-up first, otherwise a kind by the network's mix. */
  next(at: number): SimulatedEvent {
    const followUp = this.audience.takeDueFollowUp(at);
    if (followUp !== undefined) {
      const { brandMessage, follower, language } = followUp;
      return (followUp.action === 'reaction' ? this.reaction(at, brandMessage, follower) : undefined) ?? this.thanks(at, brandMessage, follower, language);
    }
    const kind = pickWeighted<InboundKind>(this.random, KIND_WEIGHTS[this.network]);
    const event = this.ofKind(kind, at) ?? this.ofKind('comment', at) ?? this.message('direct_message', at);
    if (event === undefined) throw new Error('a direct message needs no earlier state, so this cannot happen');
    return event;
  }

  /** Remembers a brand reply, so a follower may thank or like it a few minutes later. */
  noteBrandSend(send: BrandSend, followUpProbability = 0.3): void {
    const answered = send.inReplyToNetworkId === undefined ? this.latestInThread(send.directThreadId) : this.audience.find(send.inReplyToNetworkId);
    const brand = this.audience.account;
    // A public message without a root post (a mention, a quote) is itself the root of its thread,
    // as X's conversation_id and Bluesky's reply.root say.
    const threadRoot = answered?.rootPost ?? (answered === undefined || answered.directThreadId !== undefined ? undefined : { network: this.network, networkId: answered.networkMessageId, text: answered.text, publishedAt: answered.sentAt });
    const message: RememberedMessage = {
      networkMessageId: send.networkMessageId,
      author: { networkId: brand.accountId, handle: brand.handle, displayName: brand.displayName },
      fromBrand: true,
      text: send.text,
      sentAt: send.sentAt,
      deleted: false,
      ...(threadRoot === undefined ? {} : { rootPost: threadRoot }),
      ...(send.inReplyToNetworkId === undefined ? {} : { parentNetworkMessageId: send.inReplyToNetworkId }),
      ...(send.directThreadId === undefined ? {} : { directThreadId: send.directThreadId }),
    };
    this.audience.remember(message);
    if (answered === undefined || answered.fromBrand || answered.category === 'spam' || !chance(this.random, followUpProbability)) return;
    this.audience.expectFollowUp({
      dueAt: send.sentAt + randomInt(this.random, 2, 45) * 60_000,
      brandMessage: message,
      follower: answered.author,
      language: answered.language ?? 'id',
      action: chance(this.random, 0.6) ? 'thanks' : 'reaction',
    });
  }

  private latestInThread(directThreadId: string | undefined): RememberedMessage | undefined {
    if (directThreadId === undefined) return undefined;
    return this.audience.pickRecent((message) => message.directThreadId === directThreadId && !message.fromBrand);
  }

  private ofKind(kind: InboundKind, at: number): SimulatedEvent | undefined {
    switch (kind) {
      case 'comment':
      case 'mention':
      case 'quote':
      case 'direct_message':
        return this.message(kind, at);
      case 'reply':
        return this.threadReply(at);
      case 'reaction':
        return this.reactionToBrand(at);
      case 'edit':
        return this.edit(at);
      case 'delete':
        return this.deletion(at);
    }
  }

  private compose(kind: FollowerMessageKind, language: MessageLanguage, at: number): GeneratedMessage {
    const weights = kind === 'direct_message' ? DIRECT_MESSAGE_CATEGORY_WEIGHTS : kind === 'mention' ? MENTION_CATEGORY_WEIGHTS : undefined;
    const category = weights === undefined ? undefined : pickWeighted(this.random, weights);
    // One in ten people switch language now and then.
    const written = chance(this.random, 0.1) ? (language === 'id' ? 'en' : 'id') : language;
    return this.generator.generate({ ...(category === undefined ? {} : { category }), language: written, now: at });
  }

  /** A new top-level message: a comment under a brand post, a mention, a quote or a DM. */
  private message(kind: Exclude<FollowerMessageKind, 'reply'>, at: number): SimulatedEvent | undefined {
    const post = kind === 'comment' || kind === 'quote' ? this.audience.pickPost(at) : undefined;
    if ((kind === 'comment' || kind === 'quote') && post === undefined) return undefined;
    const follower = this.audience.pickFollower();
    const generated = this.compose(kind, follower.language, at);
    const author = generated.category === 'spam' ? createSpamAuthor(this.network, this.random) : follower;
    const account = this.audience.account;
    const text = kind === 'mention' ? withMention(generated.text, account, this.random) : kind === 'comment' ? replyText(this.network, generated.text, undefined, account) : generated.text;
    const directThreadId = kind === 'direct_message' ? this.audience.directThreadFor(author, at) : undefined;
    const id = followerMessageId(this.network, account, this.audience.ids, { kind, author, at, ...(post === undefined ? {} : { parentId: post.networkId }) });
    return this.emit(kind, at, { id, author, text, generated, ...(post === undefined ? {} : { rootPost: post }), ...(directThreadId === undefined ? {} : { directThreadId }) });
  }

  /** Someone answers a message in a thread under a brand post. */
  private threadReply(at: number): SimulatedEvent | undefined {
    const parent = this.audience.pickRecent((message) => message.rootPost !== undefined && message.category !== 'spam');
    if (parent === undefined) return undefined;
    // Half the time the original author adds to their own thread.
    const author = !parent.fromBrand && chance(this.random, 0.5) ? parent.author : this.audience.pickFollower();
    const generated = this.compose('reply', parent.language ?? 'id', at);
    if (generated.category === 'spam') return undefined;
    const id = followerMessageId(this.network, this.audience.account, this.audience.ids, { kind: 'reply', author, at, parentId: parent.networkMessageId });
    const text = replyText(this.network, generated.text, parent.author.networkId === author.networkId ? undefined : parent.author, this.audience.account);
    return this.emit('reply', at, { id, author, text, generated, parent, ...(parent.rootPost === undefined ? {} : { rootPost: parent.rootPost }) });
  }

  private thanks(at: number, brandMessage: RememberedMessage, follower: InboundAuthor, language: MessageLanguage): SimulatedEvent {
    const generated = this.generator.generate({ category: 'thanks', language, now: at });
    const kind: FollowerMessageKind = brandMessage.directThreadId === undefined ? 'reply' : 'direct_message';
    const id = followerMessageId(this.network, this.audience.account, this.audience.ids, { kind, author: follower, at, parentId: brandMessage.networkMessageId });
    const text = kind === 'reply' ? replyText(this.network, generated.text, brandMessage.author, this.audience.account) : generated.text;
    return this.emit(kind, at, {
      id, author: follower, text, generated,
      ...(kind === 'reply' ? { parent: brandMessage } : {}),
      ...(brandMessage.rootPost === undefined ? {} : { rootPost: brandMessage.rootPost }),
      ...(brandMessage.directThreadId === undefined ? {} : { directThreadId: brandMessage.directThreadId }),
    });
  }

  private emit(kind: FollowerMessageKind, at: number, parts: { id: string; author: InboundAuthor; text: string; generated: GeneratedMessage; rootPost?: RememberedMessage['rootPost']; parent?: RememberedMessage; directThreadId?: string }): SimulatedEvent {
    const { generated } = parts;
    const sentAt = reportedTime(this.network, at);
    this.audience.remember({
      networkMessageId: parts.id, author: parts.author, fromBrand: false, text: parts.text, sentAt, deleted: false,
      category: generated.category, topic: generated.topic, language: generated.language,
      ...(generated.productId === undefined ? {} : { productId: generated.productId }),
      ...(parts.rootPost === undefined ? {} : { rootPost: parts.rootPost }),
      ...(parts.parent === undefined ? {} : { parentNetworkMessageId: parts.parent.networkMessageId }),
      ...(parts.directThreadId === undefined ? {} : { directThreadId: parts.directThreadId }),
    });
    const event: InboundEvent = {
      kind,
      networkMessageId: parts.id,
      author: authorOf(parts.author),
      text: parts.text,
      sentAt,
      ...(parts.rootPost === undefined ? {} : { rootPostNetworkId: parts.rootPost.networkId, rootPostText: parts.rootPost.text }),
      ...(parts.parent === undefined ? {} : { parentNetworkMessageId: parts.parent.networkMessageId }),
      ...(parts.directThreadId === undefined ? {} : { directThreadId: parts.directThreadId }),
    };
    return { network: this.network, event, category: generated.category, topic: generated.topic, language: generated.language, ...(generated.productId === undefined ? {} : { productId: generated.productId }), duplicate: false };
  }

  /** A like (or love, care …) on a brand post or a brand reply. */
  private reactionToBrand(at: number): SimulatedEvent | undefined {
    const brandReply = chance(this.random, 0.4) ? this.audience.pickRecent((message) => message.fromBrand) : undefined;
    if (brandReply !== undefined) return this.reaction(at, brandReply, this.audience.pickFollower());
    const post = this.audience.pickPost(at);
    if (post === undefined) return undefined;
    const brand = this.audience.account;
    const asMessage: RememberedMessage = { networkMessageId: post.networkId, author: { networkId: brand.accountId, handle: brand.handle, displayName: brand.displayName }, fromBrand: true, text: post.text, sentAt: post.publishedAt, rootPost: post, deleted: false };
    return this.reaction(at, asMessage, this.audience.pickFollower());
  }

  /** Undefined when this follower already reacted to this message: a like happens once. */
  private reaction(at: number, target: RememberedMessage, follower: InboundAuthor): SimulatedEvent | undefined {
    if (!this.audience.markReacted(target.networkMessageId, follower.networkId)) return undefined;
    const reaction = pickReaction(this.network, this.random);
    const event: InboundEvent = {
      kind: 'reaction',
      networkMessageId: reactionId(this.network, this.audience.ids, target.networkMessageId, follower, reaction, at),
      author: authorOf(follower),
      text: '',
      sentAt: reportedTime(this.network, at),
      targetNetworkMessageId: target.networkMessageId,
      reaction,
      ...contextOf(target),
    };
    return { network: this.network, event, duplicate: false };
  }

  /** Facebook comments, X posts and Instagram DMs can be edited; Bluesky posts cannot. */
  private edit(at: number): SimulatedEvent | undefined {
    if (this.network === 'bluesky') return undefined;
    const target = this.audience.pickRecent((message) => !message.fromBrand && message.category !== 'spam' && at - message.sentAt < 60 * 60_000 && (this.network === 'instagram' ? message.directThreadId !== undefined : this.network === 'x' ? message.directThreadId === undefined : true));
    if (target === undefined) return undefined;
    const text = editedText(target.text, target.language, this.random);
    target.text = text;
    const sentAt = reportedTime(this.network, at);
    // X gives an edit a new post id; Meta keeps the comment id and says `verb: edited`, so the
    // dedupe key of the event has to name the edit itself.
    const networkMessageId = this.network === 'x' ? this.audience.ids.snowflake(at) : `${target.networkMessageId}:edited:${Math.floor(at / 1000)}`;
    const event: InboundEvent = { kind: 'edit', networkMessageId, author: authorOf(target.author), text, sentAt, targetNetworkMessageId: target.networkMessageId, ...contextOf(target) };
    return { network: this.network, event, duplicate: false, ...labelsOf(target) };
  }

  private deletion(at: number): SimulatedEvent | undefined {
    const target = this.audience.pickRecent((message) => !message.fromBrand);
    if (target === undefined) return undefined;
    target.deleted = true;
    const event: InboundEvent = {
      kind: 'delete',
      networkMessageId: `${target.networkMessageId}:deleted`,
      author: authorOf(target.author),
      text: '',
      sentAt: reportedTime(this.network, at),
      targetNetworkMessageId: target.networkMessageId,
      ...contextOf(target),
    };
    return { network: this.network, event, duplicate: false };
  }
}

function authorOf(author: InboundAuthor): InboundAuthor {
  return { networkId: author.networkId, handle: author.handle, displayName: author.displayName };
}

/** The thread an edit, delete or reaction belongs to, so ingest can find the conversation. */
function contextOf(target: RememberedMessage): Partial<InboundEvent> {
  return {
    ...(target.rootPost === undefined ? {} : { rootPostNetworkId: target.rootPost.networkId, rootPostText: target.rootPost.text }),
    ...(target.parentNetworkMessageId === undefined ? {} : { parentNetworkMessageId: target.parentNetworkMessageId }),
    ...(target.directThreadId === undefined ? {} : { directThreadId: target.directThreadId }),
  };
}

function labelsOf(target: RememberedMessage): Pick<SimulatedEvent, 'category' | 'topic' | 'language' | 'productId'> {
  return {
    ...(target.productId === undefined ? {} : { productId: target.productId }),
    ...(target.category === undefined ? {} : { category: target.category }),
    ...(target.topic === undefined ? {} : { topic: target.topic }),
    ...(target.language === undefined ? {} : { language: target.language }),
  };
}
