// X: mentions and DMs polled (no public URL needed), replies, posts, search for Listening.
// Connected with OAuth 2.0 (PKCE, offline.access) or a pasted user token pair.
import type { NetworkDefinition } from '../definition.js';
import { XConnector, xCapabilities } from './connector.js';
import { xConnectFields, xOAuth } from './oauth.js';

export const xDefinition: NetworkDefinition = {
  network: 'x',
  name: 'X',
  capabilities: xCapabilities,
  fields: xConnectFields,
  oauth: xOAuth,
  create: (context) => new XConnector(context),
};
