import { describe, expect, it } from 'vitest';
import { faqDocument, normaliseSearchTerm, pastReplyDocument, rankSuggestions, type SuggestionDocument } from './suggestions.js';
import { guessLanguage } from './suggestion-rerank.js';

const documents: SuggestionDocument[] = [
  { source: { type: 'faq', id: 'f1', title: 'Berapa harga serum?' }, matchText: 'Berapa harga serum? Harga serum', replyText: 'Harga serum Rp89.000 untuk 20 ml, kak.' },
  { source: { type: 'faq', id: 'f2', title: 'Berapa lama pengiriman?' }, matchText: 'Berapa lama pengiriman ongkir kirim', replyText: 'Pengiriman Jawa 2–3 hari kerja.' },
  { source: { type: 'past_reply', id: 'm1', title: 'is the sunscreen in stock?' }, matchText: 'is the sunscreen in stock?', replyText: 'Yes, the sunscreen is in stock.' },
];

describe('suggested replies', () => {
  it('normalises slang, stretched letters and address words', () => {
    expect(normaliseSearchTerm('brp')).toEqual(expect.arrayContaining(['berapa']));
    expect(normaliseSearchTerm('hargaaa')).toEqual(['harga']);
    expect(normaliseSearchTerm('kak')).toEqual([]);
  });

  it('ranks the FAQ that answers an everyday Indonesian question first, with its source', () => {
    const [first] = rankSuggestions(documents, 'kak brp hargaaa serumnya??');
    expect(first?.source).toEqual({ type: 'faq', id: 'f1', title: 'Berapa harga serum?' });
  });

  it('finds past replies marked good for English questions', () => {
    const [first] = rankSuggestions(documents, 'sunscreen still in stock?');
    expect(first?.source.type).toBe('past_reply');
  });

  it('returns nothing for an empty query or no documents', () => {
    expect(rankSuggestions(documents, '   ')).toEqual([]);
    expect(rankSuggestions([], 'harga')).toEqual([]);
  });

  describe('ranking by topic, product and language', () => {
    const products = [
      { name: 'Bright Serum', aliases: ['serum', 'bright serum'] },
      { name: 'Gel Cleanser', aliases: ['cleanser', 'sabun muka'] },
    ];
    const shop: SuggestionDocument[] = [
      faqDocument('price-serum-id', 'Berapa harga Bright Serum?', 'Bright Serum Rp89.000.', 'id'),
      faqDocument('price-cleanser-id', 'Berapa harga Gel Cleanser?', 'Gel Cleanser Rp59.000.', 'id'),
      faqDocument('usage-cleanser-id', 'Gel Cleanser: teksturnya gimana, lengket nggak?', 'Gel bening dengan busa tipis.', 'id'),
      faqDocument('usage-cleanser-en', 'Gel Cleanser: what is the texture like, is it sticky?', 'A clear gel with a light foam.', 'en'),
      faqDocument('bpom-id', 'Apakah produk sudah BPOM?', 'Semua produk terdaftar di BPOM.', 'id'),
      pastReplyDocument('thanks-id', 'suka banget sama serumnya!', 'Makasih banyak kak! Seneng banget dengernya.'),
    ];

    it('answers a texture question about one product with that product, not another product or BPOM', () => {
      const ids = rankSuggestions(shop, 'teksturnya sabun muka lengket ga kak?', 3, { products }).map((s) => s.source.id);
      expect(ids[0]).toBe('usage-cleanser-id');
      expect(ids).not.toContain('price-serum-id');
      expect(ids).not.toContain('bpom-id');
    });

    it('prefers the entry in the language of the message', () => {
      expect(rankSuggestions(shop, 'is the cleanser sticky? what is the texture like', 3, { products })[0]?.source.id).toBe('usage-cleanser-en');
    });

    it('finds a past reply by its topic when no word matches', () => {
      const ids = rankSuggestions(shop, 'makasih kak, mantap', 3, { products, understanding: { language: 'id', intents: ['praise'], reasons: [] } }).map((s) => s.source.id);
      expect(ids).toContain('thanks-id');
    });

    it('offers nothing when nothing fits, and nothing for spam', () => {
      expect(rankSuggestions(shop, 'kapan buka toko offline di Medan?', 3, { products })).toEqual([]);
      expect(rankSuggestions(shop, 'harga serum murah cek bio', 3, { products, understanding: { language: 'id', intents: ['spam'], reasons: [] } })).toEqual([]);
    });

    it('tells Indonesian from English by function words', () => {
      expect(guessLanguage(['how', 'much', 'is', 'it'])).toBe('en');
      expect(guessLanguage(['berapa', 'harga', 'yang', 'ini'])).toBe('id');
    });
  });
});
