import { describe, expect, it } from 'vitest';
import { GLOWRIA } from './brand.js';
import { MESSAGE_CATEGORIES } from './categories.js';
import { FollowerMessageGenerator, type GeneratedMessage } from './message-generator.js';
import { createRandom } from './random.js';
import { SlotFiller } from './slots.js';
import { TEMPLATES } from './templates/index.js';

function batch(seed: string | number, count: number): GeneratedMessage[] {
  const generator = new FollowerMessageGenerator({ random: createRandom(seed) });
  return Array.from({ length: count }, () => generator.generate());
}

describe('FollowerMessageGenerator', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(batch('seed-a', 50)).toEqual(batch('seed-a', 50));
    expect(batch('seed-a', 50).map((message) => message.text)).not.toEqual(batch('seed-b', 50).map((message) => message.text));
  });

  it('covers every category with traffic weight, in both languages', () => {
    const messages = batch(42, 3000);
    const seen = new Set(messages.map((message) => message.category));
    for (const category of MESSAGE_CATEGORIES.filter((name) => name !== 'thanks')) expect(seen, category).toContain(category);
    const english = messages.filter((message) => message.language === 'en').length / messages.length;
    expect(english).toBeGreaterThan(0.1);
    expect(english).toBeLessThan(0.35);
  });

  it('writes everyday Indonesian: slang, addresses, stretched letters, emoji', () => {
    const indonesian = batch(7, 2000).filter((message) => message.language === 'id').map((message) => message.text).join('\n');
    for (const slang of [/\b(gak|ga|nggak|gk|ngga)\b/i, /\bbgt\b/i, /\budh\b/i, /\bblm\b/i, /\byg\b/i, /\bgmn\b/i, /\bkak\b/i, /\bmin\b/i]) expect(indonesian).toMatch(slang);
    expect(indonesian).toMatch(/\b(kak|min|dong|banget|bgt|ya)(k|n|g|t|a){2,}\b/i);
    expect(indonesian).toMatch(/\p{Extended_Pictographic}/u);
    expect(indonesian).toMatch(/\b(worth it|so far so good|literally|ready stock|restock|checkout)\b/i);
  });

  it('quotes order numbers in shop formats and keeps their case', () => {
    const texts = batch(3, 3000).map((message) => message.text).join('\n');
    expect(texts).toMatch(/INV\/\d{8}\/\d{4}/);
    expect(texts).toMatch(/#SP\d{5}/);
    expect(texts).toMatch(/GLW-\d{3}[A-Z]\d{2}/);
  });

  it('produces the spam, sarcasm and urgent topics an SMO meets', () => {
    const messages = batch(11, 4000);
    const topics = (category: string): Set<string> => new Set(messages.filter((message) => message.category === category).map((message) => message.topic));
    expect(topics('spam')).toEqual(new Set(['judi_online', 'giveaway_scam', 'follow_bait', 'crypto', 'phishing']));
    expect(topics('urgent')).toEqual(new Set(['allergy', 'going_viral', 'regulator']));
    expect(topics('complaint')).toEqual(new Set(['late_parcel', 'wrong_item', 'broken_seal', 'refund', 'service', 'results']));
    expect(messages.filter((message) => message.category === 'sarcasm').some((message) => message.text.includes('👍'))).toBe(true);
  });

  it('honours an explicit category and language', () => {
    const generator = new FollowerMessageGenerator({ random: createRandom(1) });
    const message = generator.generate({ category: 'thanks', language: 'en' });
    expect(message).toMatchObject({ category: 'thanks', language: 'en' });
  });

  it('fills every slot of every template', () => {
    const random = createRandom('slots');
    for (const [category, languages] of Object.entries(TEMPLATES)) {
      for (const [language, topics] of Object.entries(languages)) {
        for (const template of Object.values(topics).flat()) {
          const filled = new SlotFiller({ random, brand: GLOWRIA, language: language === 'en' ? 'en' : 'id', mood: 'neutral', now: Date.UTC(2026, 10, 20) }).fill(template);
          expect(filled, `${category}/${language}: ${template}`).not.toMatch(/[{}]/);
        }
      }
    }
  });

  it('quotes the price of the product the message names', () => {
    const generator = new FollowerMessageGenerator({ random: createRandom(5) });
    for (let index = 0; index < 300; index += 1) {
      const message = generator.generate({ category: 'price_question' });
      const product = GLOWRIA.products.find((candidate) => candidate.id === message.productId);
      const quoted = /Rp\s?([\d.]+)/i.exec(message.text);
      if (product === undefined || quoted?.[1] === undefined) continue;
      expect(Number(quoted[1].replace(/\./g, ''))).toBe(product.priceRupiah);
    }
  });
});
