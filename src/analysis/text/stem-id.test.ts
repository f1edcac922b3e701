import { describe, expect, it } from 'vitest';
import { stemIndonesian } from './stem-id.js';

describe('stemIndonesian', () => {
  it('gives the forms of one word a shared stem', () => {
    expect(stemIndonesian('dikirimkan')).toBe('kirim');
    expect(stemIndonesian('kirimannya')).toBe('kirim');
    expect(stemIndonesian('mengirim')).toBe('irim');
  });

  it('strips particles, possessives and two prefixes', () => {
    expect(stemIndonesian('bagusnya')).toBe('bagus');
    expect(stemIndonesian('diperbaiki')).toBe('baik');
    expect(stemIndonesian('pesananku')).toBe('pesan');
  });

  it('leaves short words whole', () => {
    expect(stemIndonesian('dia')).toBe('dia');
    expect(stemIndonesian('beli')).toBe('beli');
    expect(stemIndonesian('kan')).toBe('kan');
  });
});
