// Facebook Page: comments and Messenger DMs by webhook, replies, Page posts. A Page access token
// (long-lived, from /me/accounts) speaks for the Page; the app secret checks webhook signatures.
import type { NetworkDefinition } from '../definition.js';
import { metaOAuth } from '../meta/facebook-login.js';
import { metaCredentialFields } from '../meta/fields.js';
import { FacebookConnector, facebookCapabilities } from './connector.js';

export const facebookDefinition: NetworkDefinition = {
  network: 'facebook',
  name: 'Facebook Page',
  capabilities: facebookCapabilities,
  fields: [
    { key: 'pageId', secret: false, label: { id: 'ID Halaman', en: 'Page ID' } },
    ...metaCredentialFields('Page'),
  ],
  oauth: metaOAuth('facebook'),
  create: (context) => new FacebookConnector(context),
};
