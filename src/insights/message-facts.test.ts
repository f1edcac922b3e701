import { describe, expect, it } from 'vitest';
import { messageFacts, productsNamed } from './message-facts.js';

const products = [{ name: 'Serum Cerah C10', aliases: ['C10', 'serum cerah'] }, { name: 'Sunscreen Aqua', aliases: [] }];

describe('messageFacts', () => {
  it('reads the stored analysis and the products named', () => {
    const analysis = JSON.stringify({ sentiment: { label: 'negative' }, emotion: { label: 'sadness' }, intents: ['complaint'], keywords: ['jerawat', 'c10'] });
    expect(messageFacts('Pakai C10 malah jerawatan 😭', analysis, products)).toEqual({
      sentiment: 'negative', emotion: 'sadness', intents: ['complaint'], keywords: ['jerawat', 'c10'], products: ['Serum Cerah C10'], alarm: true,
    });
  });

  it('counts anger as alarming even when the sentiment is not negative, and survives a broken analysis', () => {
    expect(messageFacts('x', JSON.stringify({ sentiment: { label: 'neutral' }, emotion: { label: 'anger' } }), []).alarm).toBe(true);
    expect(messageFacts('x', '{broken', [])).toMatchObject({ sentiment: null, emotion: 'none', alarm: false });
  });
});

describe('productsNamed', () => {
  it('matches whole words only, ignoring case and accents', () => {
    expect(productsNamed('SUNSCREEN aqua mantap', products)).toEqual(['Sunscreen Aqua']);
    expect(productsNamed('kode AC10X bukan produk', products)).toEqual([]);
  });
});
