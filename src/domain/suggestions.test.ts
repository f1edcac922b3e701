import { describe, expect, it } from 'vitest';
import { normaliseSearchTerm, rankSuggestions, type SuggestionDocument } from './suggestions.js';

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
});
