import { describe, expect, it } from 'vitest';
import { headHeldBack } from './urgency-head-gate.js';

describe('the high-urgency head gate', () => {
  it.each([
    'kalau ada yang login ke akun saya dari hp lain , bakal ada notifikasi ?',
    "i'm an attorney and your cold brew keeps me going",
    'is this serum safe during pregnancy ?',
  ])('holds the head back: %s', (text) => {
    expect(headHeldBack(text)).toBe(true);
  });

  it.each([
    'akun saya tadi dipakai orang lain buat belanja',
    'if you do not refund me by friday i will tell everyone',
    'kalau sudah gatal begini saya harus apa ?',
  ])('lets the head decide: %s', (text) => {
    expect(headHeldBack(text)).toBe(false);
  });
});
