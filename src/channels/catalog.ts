// Every network Sapa can connect a real account of. Each network folder exports its definition;
// adding a network is one line here.
import type { NetworkDefinition } from './definition.js';
import type { Network } from './types.js';
import { facebookDefinition } from './facebook/definition.js';
import { instagramDefinition } from './instagram/definition.js';
import { whatsappDefinition } from './whatsapp/definition.js';
import { xDefinition } from './x/definition.js';

export const networkDefinitions: readonly NetworkDefinition[] = [
  facebookDefinition,
  instagramDefinition,
  whatsappDefinition,
  xDefinition,
];

export function definitionOf(network: string, definitions: readonly NetworkDefinition[] = networkDefinitions): NetworkDefinition | undefined {
  return definitions.find((definition) => definition.network === (network as Network));
}
