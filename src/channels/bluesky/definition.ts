// Bluesky: connect with a handle and an app password (Settings → Privacy and security → App
// passwords on bsky.app). `service` points at another PDS (or the local test network).
import type { NetworkDefinition } from '../definition.js';
import { BLUESKY_CAPABILITIES, BlueskyConnector } from './connector.js';

export const blueskyDefinition: NetworkDefinition = {
  network: 'bluesky',
  name: 'Bluesky',
  capabilities: BLUESKY_CAPABILITIES,
  fields: [
    {
      key: 'handle', secret: false,
      label: { id: 'Handle akun', en: 'Account handle' },
      help: { id: 'Contoh: tokoanda.bsky.social', en: 'For example: yourshop.bsky.social' },
    },
    {
      key: 'appPassword', secret: true,
      label: { id: 'App password', en: 'App password' },
      help: { id: 'Buat di bsky.app → Pengaturan → Privasi dan keamanan → App passwords. Jangan pakai kata sandi utama.', en: 'Create one at bsky.app → Settings → Privacy and security → App passwords. Never your main password.' },
    },
    {
      key: 'service', secret: false, optional: true,
      label: { id: 'Server (PDS)', en: 'Server (PDS)' },
      help: { id: 'Kosongkan untuk https://bsky.social', en: 'Leave empty for https://bsky.social' },
    },
  ],
  create: (context) => new BlueskyConnector(context),
};
