import { describe, expect, it } from 'vitest';
import { checkVariant, describeProblem, limitsFor, NETWORK_LIMITS, type ImageFacts } from './limits.js';
import type { Network } from './types.js';

const FAMILY = '👨‍👩‍👧'; // ZWJ sequence: one grapheme, five code points, 18 UTF-8 bytes
const longUrl = `https://glowria.id/produk/${'serum-niacinamide-'.repeat(20)}`;
const text = (value: string) => ({ text: value, threadParts: [], images: [] });
const jpeg = (overrides: Partial<ImageFacts> = {}): ImageFacts => ({ contentType: 'image/jpeg', bytes: 300_000, width: 1080, height: 1080, altText: 'Serum bottle', ...overrides });
const measure = (network: Network, value: string) => limitsFor(network).text[0]?.measure(value);

describe('the limits table, against the networks\' documented examples', () => {
  it('has an entry for every network, with a counter rule first', () => {
    for (const limits of Object.values(NETWORK_LIMITS)) expect(limits.text[0]?.max).toBeGreaterThan(0);
  });

  it('X (twitter-text v3): CJK weighs 2, any emoji sequence 2, every URL 23', () => {
    expect(measure('x', '漢'.repeat(140))).toBe(280);
    expect(checkVariant(limitsFor('x'), text('漢'.repeat(141)))).toEqual([{ code: 'too_long', field: 'text', measured: 282, max: 280, unit: 'weighted characters' }]);
    expect(measure('x', FAMILY)).toBe(2);
    expect(measure('x', `baca ${longUrl}`)).toBe(5 + 23);
    expect(checkVariant(limitsFor('x'), text(`${'a'.repeat(256)} ${longUrl}`))).toEqual([]);
  });

  it('Bluesky: 300 graphemes (a ZWJ family is one) and 3,000 UTF-8 bytes', () => {
    expect(measure('bluesky', FAMILY.repeat(3))).toBe(3);
    expect(checkVariant(limitsFor('bluesky'), text('漢'.repeat(300)))).toEqual([]);
    expect(checkVariant(limitsFor('bluesky'), text(FAMILY.repeat(166)))).toEqual([]);
    expect(checkVariant(limitsFor('bluesky'), text(FAMILY.repeat(167)))[0]).toMatchObject({ code: 'too_long', unit: 'UTF-8 bytes', measured: 167 * 18 });
    // A URL is not shortened on Bluesky: its characters count.
    expect(measure('bluesky', longUrl)).toBe(longUrl.length);
  });

  it('Mastodon: graphemes, URLs 23 by default, and the instance\'s own figures override the table', () => {
    expect(measure('mastodon', `halo ${FAMILY} ${longUrl}`)).toBe(7 + 23);
    const instance = limitsFor('mastodon', { maxCharacters: 5000, charactersReservedPerUrl: 30 });
    expect(instance.text[0]?.max).toBe(5000);
    expect(instance.text[0]?.measure(longUrl)).toBe(30);
    expect(checkVariant(limitsFor('mastodon'), text('a'.repeat(501)))).toHaveLength(1);
    expect(checkVariant(instance, text('a'.repeat(501)))).toEqual([]);
  });

  it('Threads: emoji count their UTF-8 bytes', () => {
    expect(measure('threads', `hi ${FAMILY}`)).toBe(3 + 18);
  });

  it('Instagram needs an image, JPEG, within 4:5 to 1.91:1, and at most 30 hashtags', () => {
    const instagram = limitsFor('instagram');
    expect(checkVariant(instagram, text('Halo'))).toEqual([{ code: 'image_required', field: 'images' }]);
    expect(checkVariant(instagram, { text: 'Halo', threadParts: [], images: [jpeg()] })).toEqual([]);
    expect(checkVariant(instagram, { text: 'Halo', threadParts: [], images: [jpeg({ contentType: 'image/png', width: 1080, height: 1920 })] }).map((p) => p.code)).toEqual(['image_type', 'image_aspect']);
    expect(checkVariant(instagram, { text: Array.from({ length: 31 }, (_, i) => `#t${i}`).join(' '), threadParts: [], images: [jpeg()] })[0]).toMatchObject({ code: 'too_long', unit: 'hashtags' });
  });

  it('Bluesky requires alt text and at most 2 MB and 4 images', () => {
    const problems = checkVariant(limitsFor('bluesky'), { text: 'Halo', threadParts: [], images: [jpeg({ altText: ' ', bytes: 2_500_000 }), jpeg(), jpeg(), jpeg(), jpeg()] });
    expect(problems.map((p) => [p.code, p.field])).toEqual([['too_many_images', 'images'], ['image_too_large', 'images[0]'], ['alt_required', 'images[0].altText']]);
    expect(checkVariant(limitsFor('mastodon'), { text: 'Halo', threadParts: [], images: [jpeg({ altText: '' })] })).toEqual([]);
  });

  it('checks every thread part, and refuses threads where Sapa cannot publish them', () => {
    expect(checkVariant(limitsFor('x'), { text: 'satu', threadParts: ['dua', '漢'.repeat(141), ' '], images: [] }).map((p) => [p.code, p.field]))
      .toEqual([['too_long', 'threadParts[1]'], ['empty', 'threadParts[2]']]);
    const problems = checkVariant(limitsFor('instagram'), { text: 'satu', threadParts: ['dua'], images: [jpeg()] });
    expect(problems).toEqual([{ code: 'thread_unsupported', field: 'threadParts', max: 1 }]);
    expect(describeProblem('instagram', problems[0]!)).toBe('threadParts: Sapa cannot publish threads on Instagram');
  });

  it('words each problem so the officer knows what to fix', () => {
    const [problem] = checkVariant(limitsFor('x'), text('漢'.repeat(141)));
    expect(describeProblem('x', problem!)).toBe('text: 282 weighted characters, X allows 280');
  });
});
