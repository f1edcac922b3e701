import { describe, expect, it } from 'vitest';
import { limitsFor } from '../../../../src/channels/limits.js';
import type { Post } from '../../api/composeTypes';
import type { MediaItem } from '../../api/mediaApi';
import {
  addThreadPart, customise, draftBody, draftFromPost, effectiveText, emptyDraft, refusalsByChannel, removeMedia, setThreadPart, toggleVariantImage, effectiveMediaIds, inheritMainText, variantProblems, type Draft,
} from './variantModel';

const base: Draft = { ...emptyDraft, text: 'Kopi susu gula aren, sekarang di semua cabang.', channelIds: ['bsky', 'masto'] };
const variantOfBsky = (draft: Draft) => draft.variants.bsky?.mediaIds ?? null;
const image = (over: Partial<MediaItem> = {}): MediaItem => ({ id: 'm1', contentType: 'image/jpeg', bytes: 200_000, width: 1200, height: 1200, altText: '', url: '/x', ...over });

describe('variants', () => {
  it('lets one channel leave out some of the post\'s images, and inherits again when all are chosen', () => {
    const withImages: Draft = { ...base, mediaIds: ['m1', 'm2', 'm3'] };
    let draft = toggleVariantImage(withImages, 'bsky', 'm2');
    expect(effectiveMediaIds(draft, 'bsky')).toEqual(['m1', 'm3']);
    expect(effectiveMediaIds(draft, 'masto')).toEqual(['m1', 'm2', 'm3']);
    draft = toggleVariantImage(toggleVariantImage(draft, 'bsky', 'm1'), 'bsky', 'm3');
    expect(draftBody(draft).variants).toEqual([{ channelId: 'bsky', text: null, threadParts: [], mediaIds: [] }]);
    // Taken back in any order, they follow the post's order; all three again is no variant at all.
    draft = toggleVariantImage(toggleVariantImage(draft, 'bsky', 'm3'), 'bsky', 'm1');
    expect(effectiveMediaIds(draft, 'bsky')).toEqual(['m1', 'm3']);
    draft = toggleVariantImage(draft, 'bsky', 'm2');
    expect(variantOfBsky(draft)).toBeNull();
    expect(draftBody(draft).variants).toEqual([]);
  });

  it('inherits the main text until customised, and goes back to it', () => {
    let draft = customise(base, 'bsky');
    expect(effectiveText(draft, 'bsky')).toBe(base.text);
    draft = { ...draft, variants: { ...draft.variants, bsky: { text: 'Versi Bluesky', threadParts: [], mediaIds: null } } };
    expect(effectiveText(draft, 'bsky')).toBe('Versi Bluesky');
    expect(effectiveText(draft, 'masto')).toBe(base.text);
    expect(effectiveText(inheritMainText(draft, 'bsky'), 'bsky')).toBe(base.text);
  });

  it('sends only the variants that differ, without empty thread parts', () => {
    let draft = addThreadPart(addThreadPart(base, 'masto'), 'masto');
    draft = setThreadPart(draft, 'masto', 0, 'Bagian kedua');
    expect(draftBody(draft)).toEqual({
      text: base.text, channelIds: ['bsky', 'masto'], paid: false, mediaIds: [],
      variants: [{ channelId: 'masto', text: null, threadParts: ['Bagian kedua'], mediaIds: null }],
    });
    // A channel taken out of the post takes its variant with it.
    expect(draftBody({ ...draft, channelIds: ['bsky'] }).variants).toEqual([]);
  });

  it('reopens a saved post with its overrides, threads and images', () => {
    const post = {
      id: 'p', status: 'draft', text: 'Utama', paid: true, scheduledAt: null, publishedAt: null, createdBy: null, createdAt: '', updatedAt: '', mediaIds: ['m1'],
      variants: [
        { id: 'v1', channel: { id: 'bsky', network: 'bluesky', handle: 'b' }, state: 'pending', error: null, networkPostId: null, sentAt: null, overrideText: 'Sendiri', threadParts: ['dua'], mediaIds: ['m1'] },
        { id: 'v2', channel: { id: 'masto', network: 'mastodon', handle: 'm' }, state: 'pending', error: null, networkPostId: null, sentAt: null, overrideText: null, threadParts: [], mediaIds: [] },
      ],
    } satisfies Post;
    expect(draftFromPost(post)).toEqual({
      text: 'Utama', channelIds: ['bsky', 'masto'], paid: true, mediaIds: ['m1'],
      variants: { bsky: { text: 'Sendiri', threadParts: ['dua'], mediaIds: null }, masto: { text: null, threadParts: [], mediaIds: [] } },
    });
  });

  it('removes an image from the post and from every variant', () => {
    const draft: Draft = { ...base, mediaIds: ['m1', 'm2'], variants: { bsky: { text: null, threadParts: [], mediaIds: ['m1'] } } };
    const removed = removeMedia(draft, 'm1');
    expect(removed.mediaIds).toEqual(['m2']);
    expect(removed.variants.bsky?.mediaIds).toEqual([]);
  });
});

describe('variantProblems', () => {
  it('checks each thread part and the images against the network', () => {
    let draft = addThreadPart({ ...base, mediaIds: ['m1'] }, 'bsky');
    draft = setThreadPart(draft, 'bsky', 0, 'x'.repeat(301));
    const media = { m1: image({ contentType: 'image/gif', bytes: 3_000_000 }) };
    expect(variantProblems(limitsFor('bluesky'), draft, 'bsky', media).map((problem) => [problem.code, problem.field])).toEqual([
      ['too_long', 'threadParts[0]'],
      ['image_type', 'images[0]'],
      ['image_too_large', 'images[0]'],
      ['alt_required', 'images[0].altText'],
    ]);
    // Mastodon takes the same GIF without alt text.
    expect(variantProblems(limitsFor('mastodon'), { ...base, mediaIds: ['m1'] }, 'masto', media)).toEqual([]);
  });

  it('says Instagram needs an image, unless one is attached whose details are not loaded', () => {
    const draft = { ...base, channelIds: ['ig'] };
    expect(variantProblems(limitsFor('instagram'), draft, 'ig', {}).map((problem) => problem.code)).toEqual(['image_required']);
    expect(variantProblems(limitsFor('instagram'), { ...draft, mediaIds: ['unknown'] }, 'ig', {})).toEqual([]);
  });

  it('uses the instance limit for Mastodon', () => {
    const draft = { ...base, text: 'a'.repeat(600) };
    expect(variantProblems(limitsFor('mastodon'), draft, 'masto', {}).map((problem) => problem.code)).toEqual(['too_long']);
    expect(variantProblems(limitsFor('mastodon', { maxCharacters: 1000, charactersReservedPerUrl: 23 }), draft, 'masto', {})).toEqual([]);
  });
});

describe('refusalsByChannel', () => {
  it('splits the server refusal back onto the channels it names', () => {
    const channels = [{ id: 'bsky', network: 'bluesky', handle: 'kopi.id' }, { id: 'masto', network: 'mastodon', handle: 'kopi' }];
    expect(refusalsByChannel('bluesky kopi.id: text: 320 graphemes, Bluesky allows 300; mastodon kopi: images: Mastodon needs some text', channels)).toEqual({
      bsky: ['text: 320 graphemes, Bluesky allows 300'],
      masto: ['images: Mastodon needs some text'],
    });
  });
});
