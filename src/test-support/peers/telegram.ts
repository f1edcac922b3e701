// The Telegram Bot API emulator (npm telegram-test-api 4.2.1, PEERS.md §3) in-process on a free
// loopback port. Any bot token works; getMe is always {id: 666, username: 'TestNameBot'}.
// The emulator ignores getUpdates' offset and sends no secret-token header: both are tested
// against documented-API fakes instead.
import { TelegramServer } from 'telegram-test-api/lib/telegramServer.js';
import { freeLoopbackPort } from './process.js';

export interface TelegramPeer {
  /** The Bot API base (settings.apiBase). */
  apiBase: string;
  botToken: string;
  /** A follower writes to the bot: in a private chat (chat id = user id) or in a group. */
  followerSays(text: string, where: { userId: number; chat: { id: number; type: 'private' | 'group'; title?: string }; replyToMessageId?: number }): Promise<void>;
  /** What the bot sent into a chat (the follower's view), oldest first. */
  botMessagesIn(chatId: number): { text: string; replyToMessageId?: number }[];
  stop(): Promise<void>;
}

interface StoredBotMessage {
  botToken: string;
  message: { chat_id?: number | string; text?: string; reply_parameters?: { message_id?: number }; reply_to_message_id?: number };
}

// The emulator lets an unawaited webhook promise reject; without a handler Node 20 would exit.
let rejectionGuard = false;

export async function startTelegram(botToken = '123456:sapa-test-token'): Promise<TelegramPeer> {
  if (!rejectionGuard) {
    process.on('unhandledRejection', (error) => console.error('telegram-test-api:', error instanceof Error ? error.message : error));
    rejectionGuard = true;
  }
  const port = await freeLoopbackPort();
  const server = new TelegramServer({ port, host: '127.0.0.1', storeTimeout: 600 });
  await server.start();
  return {
    apiBase: server.config.apiURL,
    botToken,
    followerSays: async (text, where) => {
      await server.addUserMessage({
        botToken, date: Math.floor(Date.now() / 1000), text,
        from: { id: where.userId, is_bot: false, first_name: 'Rina', username: `rina${where.userId}` },
        chat: where.chat.type === 'private' ? { id: where.chat.id, type: 'private', first_name: 'Rina' } : { id: where.chat.id, type: 'group', title: where.chat.title ?? 'Grup Pelanggan' },
        ...(where.replyToMessageId === undefined ? {} : { reply_to_message: { message_id: where.replyToMessageId, date: 0, chat: { id: where.chat.id, type: 'group', title: '' } } }),
      } as Parameters<typeof server.addUserMessage>[0]);
    },
    botMessagesIn: (chatId) => (server.storage.botMessages as unknown as StoredBotMessage[])
      .filter((stored) => stored.botToken === botToken && Number(stored.message.chat_id) === chatId)
      .map((stored) => {
        const replyTo = stored.message.reply_parameters?.message_id ?? stored.message.reply_to_message_id;
        return { text: stored.message.text ?? '', ...(replyTo === undefined ? {} : { replyToMessageId: Number(replyTo) }) };
      }),
    stop: async () => {
      await server.stop();
    },
  };
}
