import { describe, expect, it } from 'vitest';
import { coachReply } from './index.js';

const met = (draft: string, emotion = 'anger', aboutBrand = true) =>
  Object.fromEntries((coachReply(draft, { emotion, aboutBrand }) ?? []).map((advice) => [advice.point, advice.met]));

describe('reply tone coach', () => {
  it('speaks only for angry, afraid or sad followers', () => {
    expect(coachReply('Terima kasih kak!', { emotion: 'joy', aboutBrand: false })).toBeNull();
    expect(coachReply('   ', { emotion: 'anger', aboutBrand: true })).toBeNull();
  });

  it('finds all four points in a good reply, in both languages', () => {
    expect(met('Kami paham ini bikin kesal, Kak. Mohon maaf atas keterlambatannya. Boleh DM nomor pesanannya? Kami cek hari ini.')).toEqual({ acknowledges_feeling: true, apologises: true, no_blame: true, next_step: true });
    expect(met('We understand how frustrating this is, and we are sorry. Please DM us your order number and we will check today.')).toEqual({ acknowledges_feeling: true, apologises: true, no_blame: true, next_step: true });
  });

  it('shows the blaming phrase it found, with its offsets', () => {
    const advice = coachReply('Sesuai SOP, pengiriman 3-7 hari kak.', { emotion: 'anger', aboutBrand: true })?.find((a) => a.point === 'no_blame');
    expect(advice?.met).toBe(false);
    expect(advice?.spans).toEqual([{ start: 0, end: 10, text: 'Sesuai SOP' }]);
    expect(met('As per our policy, refunds take 14 days.').no_blame).toBe(false);
  });

  it('asks for an apology only when the complaint is about the brand, and does not take a non-apology', () => {
    expect(met('Kami turut sedih dengarnya kak.', 'sadness', false)).not.toHaveProperty('apologises');
    expect(met("We're sorry you feel that way.").apologises).toBe(false);
  });

  it('gives a suggestion for each point, worded for the emotion, in Indonesian and English', () => {
    const advice = coachReply('Ok.', { emotion: 'fear', aboutBrand: true }) ?? [];
    expect(advice.map((a) => a.point)).toEqual(['acknowledges_feeling', 'apologises', 'no_blame', 'next_step']);
    for (const a of advice) {
      expect(a.suggestion.id.length).toBeGreaterThan(10);
      expect(a.suggestion.en.length).toBeGreaterThan(10);
    }
    expect(advice.find((a) => a.point === 'next_step')?.suggestion.id).toContain('Hentikan pemakaian');
  });
});
