// Every network Sapa can connect a real account of. Each network folder exports its definition;
// adding a network is one line here.
import type { NetworkDefinition } from './definition.js';
import { mastodonDefinition } from './mastodon/definition.js';
import { telegramDefinition } from './telegram/definition.js';
import type { Network } from './types.js';
import { blueskyDefinition } from './bluesky/definition.js';

export const networkDefinitions: readonly NetworkDefinition[] = [
  blueskyDefinition,
  mastodonDefinition,
  telegramDefinition,
];

export function definitionOf(network: string, definitions: readonly NetworkDefinition[] = networkDefinitions): NetworkDefinition | undefined {
  return definitions.find((definition) => definition.network === (network as Network));
}
