// Page feed and Messenger deliveries → InboundEvents (shapes: docs/graph-api/webhooks/reference/page/#feed,
// docs/messenger-platform/reference/webhook-events/messages).
import { describe, expect, it } from 'vitest';
import { pageCommentPayload } from '../meta/webhook-fixture.js';
import type { MetaEntry } from '../meta/webhook.js';
import { facebookEventsOf } from './webhook-events.js';

const pageId = '42';
const entriesOf = (payload: unknown): MetaEntry[] => (payload as { entry: MetaEntry[] }).entry;
const comment = (overrides: Partial<Parameters<typeof pageCommentPayload>[0]> = {}): MetaEntry[] =>
  entriesOf(pageCommentPayload({ pageId, postId: '42_1', commentId: '1_9', from: { id: '7', name: 'Rina' }, message: 'Ready kak?', createdTime: 1_764_900_000, ...overrides }));

describe('facebook webhook events', () => {
  it('a top-level comment hangs under its post; a reply names its parent', () => {
    expect(facebookEventsOf(comment(), pageId)).toEqual([{ kind: 'comment', networkMessageId: '1_9', rootPostNetworkId: '42_1', author: { networkId: '7', handle: 'Rina', displayName: 'Rina' }, text: 'Ready kak?', sentAt: 1_764_900_000_000 }]);
    expect(facebookEventsOf(comment({ parentId: '1_5' }), pageId)[0]).toMatchObject({ kind: 'reply', parentNetworkMessageId: '1_5' });
  });

  it("skips the Page's own comments", () => {
    expect(facebookEventsOf(comment({ from: { id: pageId, name: 'Glowria' } }), pageId)).toEqual([]);
  });

  it('edits and removals target the comment', () => {
    const edited = comment();
    const value = (edited[0]?.changes?.[0]?.value ?? {}) as Record<string, unknown>;
    value.verb = 'edited';
    expect(facebookEventsOf(edited, pageId)[0]).toMatchObject({ kind: 'edit', targetNetworkMessageId: '1_9', text: 'Ready kak?' });
    value.verb = 'remove';
    expect(facebookEventsOf(edited, pageId)[0]).toMatchObject({ kind: 'delete', targetNetworkMessageId: '1_9' });
  });

  it('Messenger messages are DMs threaded by PSID; echoes are skipped', () => {
    const entries: MetaEntry[] = [{ id: pageId, time: 1, messaging: [
      { sender: { id: '99' }, recipient: { id: pageId }, timestamp: 1_764_900_000_123, message: { mid: 'm_1', text: 'Halo' } },
      { sender: { id: pageId }, recipient: { id: '99' }, timestamp: 1_764_900_000_200, message: { mid: 'm_2', text: 'Hai', is_echo: true } },
      { sender: { id: '99' }, recipient: { id: pageId }, timestamp: 1_764_900_000_300, message: { mid: 'm_3', attachments: [{ type: 'image', payload: { url: 'https://x/y.jpg' } }] } },
    ] }];
    expect(facebookEventsOf(entries, pageId)).toEqual([
      expect.objectContaining({ kind: 'direct_message', networkMessageId: 'm_1', directThreadId: '99', text: 'Halo', sentAt: 1_764_900_000_123 }),
      expect.objectContaining({ networkMessageId: 'm_3', text: '[image]' }),
    ]);
  });

  it('ignores other items and malformed changes', () => {
    expect(facebookEventsOf([{ id: pageId, changes: [{ field: 'feed', value: { item: 'reaction', verb: 'add' } }, { field: 'feed', value: 'x' }, { field: 'mention' }] }], pageId)).toEqual([]);
  });
});
