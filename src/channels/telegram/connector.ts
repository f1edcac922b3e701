// The Telegram connector: a bot, polled with getUpdates from an offset (works behind NAT);
// private chats are direct conversations, groups are public threads. The secret-token check for
// a webhook setup is in webhook.ts.
import { ChannelError, type AccountIdentity, type ChannelCapabilities, type ChannelConnector, type OutboundPost, type OutboundReply, type PollPage, type PostMetrics, type SendResult, type ThreadMessage } from '../types.js';
import type { TelegramCallFn } from './api.js';
import { epochMsOf, eventFromUpdate, messageKey, parseMessageKey, type TelegramMessage, type TelegramUpdate, type TelegramUser } from './parse.js';

export const telegramCapabilities: ChannelCapabilities = {
  inbound: 'poll', replyInThread: true, directMessages: true, publish: true, deletePost: true,
  // The Bot API cannot read a chat's history, counts, or search public messages.
  fetchThread: false, metrics: false, search: false,
  // Bots cannot list what they sent: after an unconfirmed send nobody can tell.
  findSent: 'none',
  // sendPhoto is not built yet.
  publishImages: null,
  publishThreads: false,
};

const UPDATES_PER_POLL = 100;
export const MAX_TELEGRAM_TEXT = 4_096;

export interface TelegramSettings {
  /** Where publishPost sends: a channel (@name or -100…) or group the bot may post in. */
  publishChatId?: string;
}

export class TelegramConnector implements ChannelConnector {
  readonly network = 'telegram' as const;
  readonly capabilities = telegramCapabilities;
  private bot: AccountIdentity | undefined;

  constructor(private readonly call: TelegramCallFn, private readonly settings: TelegramSettings = {}) {}

  async whoami(): Promise<AccountIdentity> {
    const me = await this.call<TelegramUser>('getMe', {}, 'read');
    this.bot = { networkId: String(me.id), handle: me.username ?? String(me.id), displayName: me.first_name ?? me.username ?? String(me.id) };
    return this.bot;
  }

  /** cursor = the next update_id wanted (last seen + 1); asking with it confirms everything before. */
  async poll(cursor: string | null): Promise<PollPage> {
    const botId = (this.bot ?? (await this.whoami())).networkId;
    const offset = cursor === null ? undefined : Number(cursor);
    const updates = await this.call<TelegramUpdate[]>('getUpdates', {
      ...(offset === undefined || !Number.isFinite(offset) ? {} : { offset }),
      limit: UPDATES_PER_POLL, timeout: 0, allowed_updates: ['message', 'edited_message'],
    }, 'read');
    const fresh = updates.filter((update) => offset === undefined || update.update_id >= offset).sort((a, b) => a.update_id - b.update_id);
    const events = fresh.flatMap((update) => eventFromUpdate(update, botId) ?? []);
    const last = fresh[fresh.length - 1];
    return { events, cursor: last === undefined ? cursor : String(last.update_id + 1) };
  }

  async sendReply(reply: OutboundReply): Promise<SendResult> {
    const parent = reply.inReplyToNetworkId === undefined ? undefined : parseMessageKey(reply.inReplyToNetworkId);
    if (reply.directThreadId !== undefined || reply.recipientNetworkId !== undefined && parent === undefined) {
      const chatId = reply.directThreadId ?? reply.recipientNetworkId ?? '';
      // In a private chat the quote is a courtesy: a deleted message must not stop the answer.
      return this.send(chatId, reply.text, parent === undefined ? undefined : { message_id: parent.messageId, allow_sending_without_reply: true });
    }
    if (parent === undefined) throw new ChannelError('INVALID_CONTENT', 'A Telegram reply needs the message it answers or a chat');
    return this.send(parent.chatId, reply.text, { message_id: parent.messageId });
  }

  async publishPost(post: OutboundPost): Promise<SendResult> {
    const chatId = this.settings.publishChatId;
    if (chatId === undefined || chatId === '') throw new ChannelError('INVALID_CONTENT', 'Set the Telegram channel or group to publish to in the channel settings');
    return this.send(chatId, post.text);
  }

  private async send(chatId: string, text: string, replyParameters?: Record<string, unknown>): Promise<SendResult> {
    if (text.trim() === '') throw new ChannelError('INVALID_CONTENT', 'A Telegram message needs text');
    const sent = await this.call<TelegramMessage>('sendMessage', {
      chat_id: chatId, text, ...(replyParameters === undefined ? {} : { reply_parameters: replyParameters }),
    }, 'send');
    return { networkMessageId: messageKey(sent.chat.id, sent.message_id), sentAt: epochMsOf(sent.date) };
  }

  async deletePost(networkPostId: string): Promise<void> {
    const key = parseMessageKey(networkPostId);
    if (key === undefined) throw new ChannelError('NOT_FOUND', 'Not a Telegram message id');
    await this.call<boolean>('deleteMessage', { chat_id: key.chatId, message_id: key.messageId }, 'send');
  }

  fetchThread(_networkMessageId: string): Promise<ThreadMessage[]> {
    return Promise.reject(new ChannelError('NOT_FOUND', 'Telegram bots cannot read a chat\'s history'));
  }

  fetchMetrics(_networkPostIds: readonly string[]): Promise<PostMetrics[]> {
    return Promise.resolve([]);
  }

  findSent(_idempotencyKey: string): Promise<SendResult | null> {
    return Promise.resolve(null);
  }
}
