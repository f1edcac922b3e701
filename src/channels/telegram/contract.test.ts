// The Telegram connector against the telegram-test-api emulator on loopback (PEERS.md §3).
// The emulator has no threads, counts or search, and neither has the Bot API (capabilities false).
import { runConnectorContract } from '../../test-support/connector-contract.js';
import { startTelegram } from '../../test-support/peers/telegram.js';
import { parseMessageKey } from './parse.js';
import { telegramDefinition } from './definition.js';

const follower = 4242;
const group = -100777;

runConnectorContract({
  name: 'telegram (telegram-test-api)',
  setup: async () => {
    const peer = await startTelegram();
    const connector = telegramDefinition.create({
      channelId: 'contract-telegram',
      settings: { apiBase: peer.apiBase, publishChatId: String(group) },
      credentials: { botToken: peer.botToken },
      saveCredentials: () => Promise.resolve(),
    });
    return {
      connector,
      brandNetworkId: '666',
      followerMentions: (text) => peer.followerSays(`@TestNameBot ${text}`, { userId: follower, chat: { id: group, type: 'group' } }),
      followerDirectMessage: (text) => peer.followerSays(text, { userId: follower, chat: { id: follower, type: 'private' } }),
      followerSeesInThread: (id) => {
        const key = parseMessageKey(id);
        if (key === undefined) return Promise.resolve([]);
        return Promise.resolve(peer.botMessagesIn(Number(key.chatId)).filter((message) => message.replyToMessageId === key.messageId).map((message) => message.text));
      },
      followerDirectInbox: () => Promise.resolve(peer.botMessagesIn(follower).map((message) => message.text)),
      visibleWithinMs: 5_000,
      dispose: () => peer.stop(),
    };
  },
});
