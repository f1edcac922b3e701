// Mastodon as Sapa offers it: OAuth on the officer's own instance, or a pasted access token
// (Preferences → Development → New application on the instance, scopes read and write).
import type { NetworkDefinition } from '../definition.js';
import { ChannelError } from '../types.js';
import { createMastodonApi } from './api.js';
import { MastodonConnector, mastodonCapabilities } from './connector.js';
import { normalizeInstanceUrl } from './instance.js';
import { mastodonOAuth } from './oauth.js';

export const mastodonDefinition: NetworkDefinition = {
  network: 'mastodon',
  name: 'Mastodon',
  capabilities: mastodonCapabilities,
  fields: [
    ...mastodonOAuth.fields,
    {
      key: 'accessToken', secret: true,
      label: { id: 'Token akses', en: 'Access token' },
      help: {
        id: 'Di server Anda: Preferensi → Pengembangan → Aplikasi baru, izin read dan write.',
        en: 'On your server: Preferences → Development → New application, scopes read and write.',
      },
    },
  ],
  oauth: mastodonOAuth,
  create(context) {
    const accessToken = context.credentials.accessToken;
    if (accessToken === undefined || accessToken === '') throw new ChannelError('AUTH_REVOKED', 'The Mastodon channel has no access token: connect it again.');
    const instanceUrl = normalizeInstanceUrl(context.settings.instanceUrl ?? '');
    return new MastodonConnector(createMastodonApi(instanceUrl, accessToken, context.fetch ?? fetch), new URL(instanceUrl).host);
  },
};
