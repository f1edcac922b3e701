// Telegram as Sapa offers it: a bot token from @BotFather. Polling needs no public URL.
import type { NetworkDefinition } from '../definition.js';
import { ChannelError } from '../types.js';
import { createTelegramApi } from './api.js';
import { TelegramConnector, telegramCapabilities } from './connector.js';

export const TELEGRAM_API_BASE = 'https://api.telegram.org';

export const telegramDefinition: NetworkDefinition = {
  network: 'telegram',
  name: 'Telegram',
  capabilities: telegramCapabilities,
  fields: [
    {
      key: 'botToken', secret: true,
      label: { id: 'Token bot', en: 'Bot token' },
      help: { id: 'Dari @BotFather: /newbot, lalu salin tokennya.', en: 'From @BotFather: /newbot, then copy the token.' },
    },
    {
      key: 'publishChatId', secret: false, optional: true,
      label: { id: 'Kanal atau grup untuk posting', en: 'Channel or group to post to' },
      help: { id: 'Contoh: @kanalbrand (bot harus admin di sana).', en: 'For example: @brandchannel (the bot must be an admin there).' },
    },
    {
      key: 'apiBase', secret: false, optional: true,
      label: { id: 'Alamat Bot API', en: 'Bot API address' },
      help: { id: `Kosongkan untuk ${TELEGRAM_API_BASE}.`, en: `Leave empty for ${TELEGRAM_API_BASE}.` },
    },
  ],
  create(context) {
    const botToken = context.credentials.botToken;
    if (botToken === undefined || botToken === '') throw new ChannelError('AUTH_REVOKED', 'The Telegram channel has no bot token: connect it again.');
    const apiBase = context.settings.apiBase === undefined || context.settings.apiBase === '' ? TELEGRAM_API_BASE : context.settings.apiBase;
    return new TelegramConnector(createTelegramApi(apiBase, botToken, context.fetch ?? fetch), { ...(context.settings.publishChatId === undefined ? {} : { publishChatId: context.settings.publishChatId }) });
  },
};
