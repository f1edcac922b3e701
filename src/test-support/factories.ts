// Factories for tests: buildInboundEvent(overrides) and a workspace with one channel.
import type { Kysely } from 'kysely';
import type { InboundEvent } from '../channels/types.js';
import type { MessageUnderstanding } from '../domain/understanding.js';
import type { ChannelRow, Database } from '../store/schema.js';
import { insertChannel } from '../store/repositories/channels.js';
import { insertWorkspace } from '../store/repositories/workspaces.js';

let sequence = 0;

export function buildInboundEvent(overrides: Partial<InboundEvent> = {}): InboundEvent {
  sequence += 1;
  return {
    kind: 'comment',
    networkMessageId: `m-${sequence}-${Math.random().toString(36).slice(2, 8)}`,
    rootPostNetworkId: 'post-1',
    rootPostText: 'Serum baru kami sudah rilis!',
    author: { networkId: 'u-1', handle: 'sari.w', displayName: 'Sari Wulandari' },
    text: 'Kak, harganya berapa ya?',
    sentAt: Date.UTC(2026, 10, 20, 5, 0, 0),
    ...overrides,
  };
}

/** A deterministic stand-in for the analyser, keyed on words, for store and pipeline tests. */
export function keywordUnderstanding(text: string): MessageUnderstanding {
  const lower = text.toLowerCase();
  const intents = [
    ...(/\?|berapa|gimana|how/.test(lower) ? ['question'] : []),
    ...(/kecewa|rusak|telat|late|broken/.test(lower) ? ['complaint'] : []),
  ];
  return {
    language: /\b(the|is|how)\b/.test(lower) ? 'en' : 'id',
    sentiment: { label: intents.includes('complaint') ? 'negative' : 'neutral' },
    emotion: { label: intents.includes('complaint') ? 'anger' : 'none' },
    intents,
    urgency: /bpom|alergi|viral/.test(lower) ? 'high' : 'normal',
  };
}

export async function createWorkspaceWithChannel(db: Kysely<Database>, network = 'instagram'): Promise<{ workspaceId: string; channel: ChannelRow }> {
  const workspace = await insertWorkspace(db, { name: 'Brand' });
  const channel = await insertChannel(db, { workspaceId: workspace.id, network, handle: '@brand', displayName: 'Brand' });
  return { workspaceId: workspace.id, channel };
}
