import { describe, expect, it } from 'vitest';
import { findPii } from './pii.js';

const found = (text: string): string[] => findPii(text).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);

describe('findPii', () => {
  it('finds Indonesian phone numbers in their usual spellings', () => {
    expect(found('wa 081234567890 ya')).toEqual(['phone:081234567890']);
    expect(found('hubungi +62 812-3456-7890')).toEqual(['phone:+62 812-3456-7890']);
    expect(found('telp (021) 555-1234')).toEqual(['phone:(021) 555-1234']);
  });

  it('finds e-mail addresses', () => {
    expect(found('kirim ke rina.putri@gmail.com dong')).toEqual(['email:rina.putri@gmail.com']);
  });

  it('finds order and tracking numbers', () => {
    expect(found('order #48213 belum sampai')).toEqual(['order_number:48213']);
    expect(found('no resi JP1234567890')).toEqual(['order_number:JP1234567890']);
    expect(found('INV/20240101/MPL/3456789012')).toEqual(['order_number:INV/20240101/MPL/3456789012']);
    expect(found('paket SPXID0123456789 nyasar')).toEqual(['order_number:SPXID0123456789']);
  });

  it('leaves prices, dates and short numbers alone', () => {
    expect(found('harganya 150000, pesan 2, tanggal 12/05')).toEqual([]);
  });

  it('returns spans in order without overlaps', () => {
    const spans = findPii('a@b.com 08123456789 order 99887766');
    expect(spans.map((s) => s.type)).toEqual(['email', 'phone', 'order_number']);
  });
});
