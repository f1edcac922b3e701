// Instagram deliveries → InboundEvents (docs/instagram-platform/webhooks/examples; mentions value {comment_id, media_id}).
import { describe, expect, it } from 'vitest';
import { instagramEventsOf } from './webhook-events.js';

const ig = '1784';

describe('instagram webhook events', () => {
  it('comments and replies, with the media as root; own comments skipped', () => {
    const events = instagramEventsOf([{ id: ig, time: 1_764_900_000, changes: [
      { field: 'comments', value: { from: { id: '5', username: 'rina' }, media: { id: 'M1', media_product_type: 'FEED' }, id: 'C1', text: 'Cocok buat kulit berminyak?' } },
      { field: 'comments', value: { from: { id: '5', username: 'rina' }, media: { id: 'M1' }, id: 'C2', parent_id: 'C0', text: 'kak?' } },
      { field: 'comments', value: { from: { id: ig, username: 'glowria' }, media: { id: 'M1' }, id: 'C3', text: 'Cocok kak' } },
    ] }], ig);
    expect(events).toEqual([
      { kind: 'comment', networkMessageId: 'C1', rootPostNetworkId: 'M1', author: { networkId: '5', handle: 'rina', displayName: 'rina' }, text: 'Cocok buat kulit berminyak?', sentAt: 1_764_900_000_000 },
      expect.objectContaining({ kind: 'reply', networkMessageId: 'C2', parentNetworkMessageId: 'C0' }),
    ]);
  });

  it('keeps a comment whose author has only a username (Instagram Login), keyed on it', () => {
    const [event] = instagramEventsOf([{ id: ig, time: 1, changes: [{ field: 'comments', value: { from: { username: 'budi' }, media: { id: 'M1' }, id: 'C9', text: 'mantap' } }] }], ig);
    expect(event?.author).toEqual({ networkId: 'budi', handle: 'budi', displayName: 'budi' });
  });

  it('a mention carries the comment and media ids but no text (the delivery has none)', () => {
    const [event] = instagramEventsOf([{ id: ig, time: 1, changes: [{ field: 'mentions', value: { comment_id: 'C7', media_id: 'M7' } }] }], ig);
    expect(event).toMatchObject({ kind: 'mention', networkMessageId: 'C7', rootPostNetworkId: 'M7', text: '' });
  });

  it('DMs come in messaging[] as on Messenger', () => {
    const [event] = instagramEventsOf([{ id: ig, time: 1, messaging: [{ sender: { id: 'IGSID1' }, recipient: { id: ig }, timestamp: 5, message: { mid: 'aWdf', text: 'stok ada?' } }] }], ig);
    expect(event).toMatchObject({ kind: 'direct_message', directThreadId: 'IGSID1', text: 'stok ada?' });
  });
});
