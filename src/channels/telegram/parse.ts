// Bot API updates turned into Sapa's inbound events. A message id is unique only inside its
// chat, so Sapa's network id is "<chat id>:<message id>".
import type { InboundAuthor, InboundEvent } from '../types.js';

export interface TelegramUser {
  id: number;
  is_bot?: boolean;
  first_name?: string;
  last_name?: string;
  username?: string;
}

export interface TelegramChat {
  id: number;
  type: 'private' | 'group' | 'supergroup' | 'channel';
  title?: string;
}

export interface TelegramMessage {
  message_id: number;
  from?: TelegramUser;
  chat: TelegramChat;
  /** Unix seconds (the telegram-test-api emulator sends milliseconds). */
  date: number;
  edit_date?: number;
  text?: string;
  caption?: string;
  reply_to_message?: TelegramMessage;
}

export interface TelegramUpdate {
  update_id: number;
  message?: TelegramMessage;
  edited_message?: TelegramMessage;
}

export function messageKey(chatId: number | string, messageId: number | string): string {
  return `${chatId}:${messageId}`;
}

export function parseMessageKey(key: string): { chatId: string; messageId: number } | undefined {
  const match = /^(-?\d+):(\d+)$/.exec(key);
  if (match?.[1] === undefined || match[2] === undefined) return undefined;
  return { chatId: match[1], messageId: Number(match[2]) };
}

/** Telegram dates are Unix seconds; values past year 5138 in seconds are taken as milliseconds (the emulator's quirk). */
export function epochMsOf(date: number): number {
  return date > 1e11 ? date : date * 1_000;
}

function authorOf(user: TelegramUser | undefined, chat: TelegramChat): InboundAuthor {
  if (user === undefined) return { networkId: String(chat.id), handle: String(chat.id), displayName: chat.title ?? String(chat.id) };
  const displayName = [user.first_name, user.last_name].filter((part) => part !== undefined && part !== '').join(' ');
  return { networkId: String(user.id), handle: user.username ?? String(user.id), displayName: displayName === '' ? (user.username ?? String(user.id)) : displayName };
}

/**
 * A private chat is a direct conversation (thread = chat id). A group message is a public
 * message in the group's thread (root = the chat): a reply when it answers another message,
 * otherwise a mention (bots in privacy mode only receive mentions, commands and replies).
 */
export function eventFromUpdate(update: TelegramUpdate, botId: string): InboundEvent | undefined {
  const message = update.message ?? update.edited_message;
  if (message === undefined || message.chat.type === 'channel') return undefined;
  if (message.from !== undefined && String(message.from.id) === botId) return undefined;
  const text = message.text ?? message.caption;
  if (text === undefined || text === '') return undefined; // stickers, photos without caption, service messages
  const id = messageKey(message.chat.id, message.message_id);
  const author = authorOf(message.from, message.chat);
  if (update.edited_message !== undefined) {
    return { kind: 'edit', networkMessageId: `${id}:edit:${message.edit_date ?? update.update_id}`, targetNetworkMessageId: id, author, text, sentAt: epochMsOf(message.edit_date ?? message.date) };
  }
  const base = { networkMessageId: id, author, text, sentAt: epochMsOf(message.date) };
  const parent = message.reply_to_message === undefined ? undefined : messageKey(message.chat.id, message.reply_to_message.message_id);
  if (message.chat.type === 'private') {
    return { ...base, kind: 'direct_message', directThreadId: String(message.chat.id), ...(parent === undefined ? {} : { parentNetworkMessageId: parent }) };
  }
  const thread = { rootPostNetworkId: `chat:${message.chat.id}`, ...(message.chat.title === undefined ? {} : { rootPostText: message.chat.title }) };
  if (parent !== undefined) return { ...base, ...thread, kind: 'reply', parentNetworkMessageId: parent };
  return { ...base, ...thread, kind: 'mention' };
}
