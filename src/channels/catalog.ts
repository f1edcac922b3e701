// Every network Sapa can connect a real account of. Each network folder exports its definition;
// adding a network is one line here.
import { blueskyDefinition } from './bluesky/definition.js';
import type { NetworkDefinition } from './definition.js';
import { facebookDefinition } from './facebook/definition.js';
import { instagramDefinition } from './instagram/definition.js';
import { mastodonDefinition } from './mastodon/definition.js';
import { telegramDefinition } from './telegram/definition.js';
import type { Network } from './types.js';
import { whatsappDefinition } from './whatsapp/definition.js';
import { xDefinition } from './x/definition.js';

export const networkDefinitions: readonly NetworkDefinition[] = [
  blueskyDefinition,
  mastodonDefinition,
  telegramDefinition,
  facebookDefinition,
  instagramDefinition,
  whatsappDefinition,
  xDefinition,
];

export function definitionOf(network: string, definitions: readonly NetworkDefinition[] = networkDefinitions): NetworkDefinition | undefined {
  return definitions.find((definition) => definition.network === (network as Network));
}
