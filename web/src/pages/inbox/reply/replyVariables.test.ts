import { describe, expect, it } from 'vitest';
import { fillVariables, findUnfilledVariables, insertReplyText } from './replyVariables';

describe('fillVariables', () => {
  it('fills the known values and leaves the rest for the officer', () => {
    const template = 'Halo kak {nama}, pesanan {nomor_pesanan} untuk {produk} sedang dicek.';
    expect(fillVariables(template, { nama: 'Zahra' })).toBe('Halo kak Zahra, pesanan {nomor_pesanan} untuk {produk} sedang dicek.');
    expect(fillVariables(template, { nama: 'Zahra', produk: 'Serum C', nomor_pesanan: 'GL-123' })).toBe(
      'Halo kak Zahra, pesanan GL-123 untuk Serum C sedang dicek.',
    );
  });

  it('treats blank values as unknown and inserts names literally', () => {
    expect(fillVariables('Hi {nama}', { nama: '  ' })).toBe('Hi {nama}');
    expect(fillVariables('Hi {nama}', { nama: '$& <b>x</b>' })).toBe('Hi $& <b>x</b>');
  });

  it('does not touch other braces', () => {
    expect(fillVariables('Kode {promo} untuk {nama}', { nama: 'Ayu' })).toBe('Kode {promo} untuk Ayu');
  });
});

describe('findUnfilledVariables', () => {
  it('gives each remaining placeholder with its offsets', () => {
    const text = 'Hi 😊 {nama}, order {nomor_pesanan}';
    const spans = findUnfilledVariables(text);
    expect(spans.map((span) => span.name)).toEqual(['nama', 'nomor_pesanan']);
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual(['{nama}', '{nomor_pesanan}']);
  });
});

describe('insertReplyText', () => {
  it('fills an empty box and appends after a blank line otherwise', () => {
    expect(insertReplyText('  ', 'Halo')).toBe('Halo');
    expect(insertReplyText('Halo kak\n', 'Terima kasih')).toBe('Halo kak\n\nTerima kasih');
  });
});
