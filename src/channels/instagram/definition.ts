// Instagram professional account: comments, mentions and DMs by webhook, replies, and posts published
// as container-then-publish. Connected with a Page (or Instagram Login) token and the account's id.
import type { NetworkDefinition } from '../definition.js';
import { metaOAuth } from '../meta/facebook-login.js';
import { metaCredentialFields } from '../meta/fields.js';
import { InstagramConnector, instagramCapabilities } from './connector.js';

export const instagramDefinition: NetworkDefinition = {
  network: 'instagram',
  name: 'Instagram',
  capabilities: instagramCapabilities,
  fields: [
    { key: 'igUserId', secret: false, label: { id: 'ID akun Instagram', en: 'Instagram account ID' } },
    ...metaCredentialFields('Instagram'),
  ],
  oauth: metaOAuth('instagram'),
  create: (context) => new InstagramConnector(context),
};
