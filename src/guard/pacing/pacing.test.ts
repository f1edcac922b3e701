import { describe, expect, it } from 'vitest';
import { holdForPacing } from './hold.js';
import { DEFAULT_PACING_POLICY, type OutboundItem, type ProposedSend } from './policy.js';
import { sameTextKey } from './text-key.js';

const MIN = 60_000;
const T0 = Date.UTC(2025, 5, 30, 3, 0); // 10:00 WIB

function reply(overrides: Partial<OutboundItem> = {}): OutboundItem {
  return { channelId: 'ig', contactId: 'rina', text: 'Halo kak, terima kasih sudah bertanya!', sentAt: T0, kind: 'reply', ...overrides };
}

function proposed(overrides: Partial<ProposedSend> = {}): ProposedSend {
  return { channelId: 'ig', contactId: 'rina', text: 'Ukurannya tersedia kak.', kind: 'reply', at: T0 + 5 * MIN, ...overrides };
}

describe('holdForPacing', () => {
  it('allows a send with no history', () => {
    expect(holdForPacing(proposed(), [])).toEqual({ decision: 'allow' });
  });

  it('caps replies to the same person in the window and says when the oldest leaves it', () => {
    const history = [reply({ sentAt: T0 }), reply({ sentAt: T0 + MIN }), reply({ sentAt: T0 + 2 * MIN })];
    const decision = holdForPacing(proposed(), history);
    expect(decision).toMatchObject({ decision: 'hold', rule: 'PACE.CONTACT_CAP', until: T0 + 10 * MIN });
    if (decision.decision === 'hold') expect(decision.message.en).toMatch(/about 5 min/);
  });

  it('holds identical text to many people and ignores case, punctuation, mentions and emoji', () => {
    const text = 'Halo kak, promo berlaku sampai akhir bulan ya!';
    const history = ['a', 'b', 'c'].map((contactId, i) => reply({ contactId, text: `@${contactId} ${text.toUpperCase()} 🙏`, sentAt: T0 + i * MIN }));
    const decision = holdForPacing(proposed({ contactId: 'd', text }), history);
    expect(decision).toMatchObject({ decision: 'hold', rule: 'PACE.IDENTICAL_TEXT', until: T0 + 60 * MIN });
    expect(holdForPacing(proposed({ contactId: 'd', text: 'Jawaban yang lain sama sekali, kak.' }), history)).toEqual({ decision: 'allow' });
    expect(sameTextKey('@rina Halo, KAK!! 🙏')).toBe(sameTextKey('halo kak'));
  });

  it('keeps a minimum gap between posts on a channel', () => {
    const history: OutboundItem[] = [{ channelId: 'ig', text: 'Post pagi', sentAt: T0, kind: 'post' }];
    expect(holdForPacing(proposed({ kind: 'post', contactId: undefined, at: T0 + 10 * MIN }), history)).toMatchObject({
      decision: 'hold', rule: 'PACE.POST_GAP', until: T0 + 30 * MIN,
    });
    expect(holdForPacing(proposed({ kind: 'post', channelId: 'x', at: T0 + 10 * MIN }), history)).toEqual({ decision: 'allow' });
  });

  it('keeps the gap before a post already scheduled, and offers a time that clears every scheduled post', () => {
    // Scheduled: 10:00 and 10:40; the minimum gap is 30 minutes.
    const history: OutboundItem[] = [
      { channelId: 'ig', text: 'Post pagi', sentAt: T0, kind: 'post' },
      { channelId: 'ig', text: 'Post kedua', sentAt: T0 + 40 * MIN, kind: 'post' },
    ];
    // 09:50 is ten minutes before the 10:00 post.
    expect(holdForPacing(proposed({ kind: 'post', contactId: undefined, at: T0 - 10 * MIN }), history)).toMatchObject({ decision: 'hold', rule: 'PACE.POST_GAP' });
    // 10:20 crowds both; 10:30 (30 after the first) would crowd the second, so the first free time is 11:10.
    expect(holdForPacing(proposed({ kind: 'post', contactId: undefined, at: T0 + 20 * MIN }), history)).toMatchObject({ decision: 'hold', until: T0 + 70 * MIN });
    expect(holdForPacing(proposed({ kind: 'post', contactId: undefined, at: T0 - 30 * MIN }), history)).toEqual({ decision: 'allow' });
  });

  it('counts posts already scheduled later the same day toward the daily maximum', () => {
    const history: OutboundItem[] = [T0 + 60 * MIN, T0 + 120 * MIN, T0 + 180 * MIN].map((sentAt, i) => ({ channelId: 'ig', text: `post ${i}`, sentAt, kind: 'post' }));
    const decision = holdForPacing(proposed({ kind: 'post', at: T0 - 120 * MIN }), history, { posts: { maxPerDay: 3 } });
    expect(decision).toMatchObject({ decision: 'hold', rule: 'PACE.POSTS_PER_DAY', until: Date.UTC(2025, 5, 30, 17, 0) });
  });

  it('holds past the daily maximum until the next WIB midnight', () => {
    const history: OutboundItem[] = Array.from({ length: 3 }, (_, i) => ({ channelId: 'ig', text: `post ${i}`, sentAt: T0 + i * 60 * MIN, kind: 'post' }));
    const decision = holdForPacing(proposed({ kind: 'post', at: T0 + 4 * 60 * MIN }), history, { posts: { maxPerDay: 3 } });
    // 2025-07-01 00:00 WIB is 2025-06-30 17:00 UTC.
    expect(decision).toMatchObject({ decision: 'hold', rule: 'PACE.POSTS_PER_DAY', until: Date.UTC(2025, 5, 30, 17, 0) });
  });

  it('limits the reply rate of a channel', () => {
    const history = Array.from({ length: 4 }, (_, i) => reply({ contactId: `c${i}`, text: `jawaban ${i}`, sentAt: T0 + i * 1000 }));
    const decision = holdForPacing(proposed({ contactId: 'z', at: T0 + 5000 }), history, { replies: { max: 4, windowMs: MIN } });
    expect(decision).toMatchObject({ decision: 'hold', rule: 'PACE.CHANNEL_REPLY_RATE', until: T0 + MIN });
  });

  it("applies a network's own limit to the channels and kinds it names", () => {
    const limit = { id: 'x-posts-3h', max: 2, windowMs: 180 * MIN, channelIds: ['x'], kinds: ['post' as const] };
    const history: OutboundItem[] = [
      { channelId: 'x', text: 'a', sentAt: T0, kind: 'post' },
      { channelId: 'x', text: 'b', sentAt: T0 + 40 * MIN, kind: 'post' },
    ];
    const decision = holdForPacing(proposed({ channelId: 'x', kind: 'post', at: T0 + 80 * MIN }), history, { networkLimits: [limit] });
    expect(decision).toMatchObject({ decision: 'hold', rule: 'PACE.NETWORK_LIMIT', until: T0 + 180 * MIN });
    if (decision.decision === 'hold') expect(decision.holds).toContainEqual({ rule: 'PACE.NETWORK_LIMIT', until: T0 + 180 * MIN, limitId: 'x-posts-3h' });
  });

  it('reports the limit that binds longest when several hold', () => {
    const history = [reply({ sentAt: T0 }), reply({ sentAt: T0 + MIN }), reply({ sentAt: T0 + 2 * MIN })];
    const decision = holdForPacing(proposed(), history, { replies: { max: 3, windowMs: 30 * MIN } });
    expect(decision).toMatchObject({ decision: 'hold', rule: 'PACE.CHANNEL_REPLY_RATE', until: T0 + 30 * MIN });
    if (decision.decision === 'hold') expect(decision.holds.map((h) => h.rule).sort()).toEqual(['PACE.CHANNEL_REPLY_RATE', 'PACE.CONTACT_CAP']);
  });

  it('has sensible defaults', () => {
    expect(DEFAULT_PACING_POLICY.posts.utcOffsetMinutes).toBe(420);
    expect(DEFAULT_PACING_POLICY.perContact.max).toBeGreaterThan(0);
  });
});
