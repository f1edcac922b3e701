// Issue 11, round eight (disclosure): savings carried to a horizon, certain earnings, a child told
// to get a parent to pay, scope with no exception, read by structure.
// Texts written for this test, not taken from any corpus split; hard negatives beside them.
import { describe, expect, it } from 'vitest';
import { check } from '../check.js';
import { buildDoc } from '../context/doc.js';
import { toOriginalSpan } from '../text/normalize.js';
import type { RuleId } from '../types.js';
import { detectRoundEightDisclosure } from './round-eight-disclosure.js';

const rules = (text: string): RuleId[] => check(text, { kind: 'post' }).findings.map((f) => f.rule).filter((rule) => !rule.endsWith('.LEARNED'));
/** This detector's own span for the rule, in the original text (check() may merge it with an older rule's). */
const excerpt = (text: string, rule: RuleId): string | undefined => {
  const doc = buildDoc(text, { kind: 'post' });
  const hit = detectRoundEightDisclosure(doc).find((h) => h.rule === rule);
  if (hit === undefined) return undefined;
  const span = toOriginalSpan(doc.norm, hit.start, hit.end);
  return text.slice(span.start, span.end);
};

describe('round eight: savings carried to a horizon', () => {
  it.each<[string, string]>([
    ['Nabung emas Rp300 ribu per bulan di aplikasi kami, dalam 6 tahun bisa jadi DP rumah.', 'rp300 ribu per bulan di aplikasi kami, dalam 6 tahun'],
    ['Setor 200rb tiap minggu, pas pensiun sudah punya 500 juta.', '200rb tiap minggu, pas pensiun'],
    ['Put $150 a month into our gold plan and by 2040 you are set for retirement.', '150 a month into our gold plan and by 2040'],
    ['Nyelengi saben wulan 100 ewu, telung taun maneh wis iso tuku laptop.', 'saben wulan 100 ewu, telung taun maneh'],
    ['Buy a plot now for Rp90 juta and it will be worth Rp200 juta next year.', 'will be worth Rp200 juta'],
    // Money put in and more, or a sum every period, got back.
    ['Titip modal Rp20 juta di usaha kami, tahun depan jadi Rp26 juta.', 'Titip modal Rp20 juta di usaha kami, tahun depan jadi Rp26 juta'],
    ['Deposit Rp5 juta and earn Rp40 ribu every day.', 'Deposit Rp5 juta and earn Rp40 ribu every day'],
  ])('%s', (text, span) => {
    expect(rules(text)).toContain('DISCLOSE.FINANCE_RETURN');
    expect(excerpt(text, 'DISCLOSE.FINANCE_RETURN')?.toLowerCase()).toBe(span.toLowerCase());
  });

  it.each([
    // Risk and supervision told; a subscription price with a result; a loan's instalments; a story.
    'Ilustrasi: nabung Rp500 ribu per bulan selama 5 tahun, hasil tidak dijamin dan bisa turun. Berizin dan diawasi OJK.',
    'Langganan 99rb per bulan, dalam 3 bulan kulitmu lebih cerah.',
    'Deposit Rp100 ribu untuk booking, dapat voucher Rp50 ribu.',
    'Cicilan motor 800rb per bulan, dalam 3 tahun motor jadi milikmu, tenor dan denda di brosur.',
  ])('stays clear: %s', (text) => {
    expect(rules(text)).not.toContain('DISCLOSE.FINANCE_RETURN');
  });
});

describe('round eight: certain earnings are both findings', () => {
  it.each<[string, string]>([
    ['Gabung jadi agen, komisi pasti Rp3 juta per bulan.', 'komisi pasti'],
    ['Resell our serum: $500 monthly profit, guaranteed.', 'profit, guaranteed'],
    ['Tuku koin iki saiki, minggu ngarep mesti x5.', 'mesti x5'],
  ])('%s', (text, span) => {
    expect(rules(text)).toEqual(expect.arrayContaining(['CLAIM.ABSOLUTE_GUARANTEE', 'DISCLOSE.FINANCE_RETURN']));
    expect(excerpt(text, 'DISCLOSE.FINANCE_RETURN')?.toLowerCase()).toBe(span.toLowerCase());
  });

  it.each([
    'Kalau ada yang janji komisi pasti tiap bulan, itu red flag. Cek izin OJK dulu.',
    'Lowongan admin gudang: gaji pasti Rp4,5 juta per bulan, BPJS, libur Minggu.',
    'Profit is not guaranteed and you may lose money; licensed and supervised by OJK.',
  ])('stays clear: %s', (text) => {
    expect(rules(text)).not.toContain('DISCLOSE.FINANCE_RETURN');
  });
});

describe('round eight: a child told to get a parent to pay', () => {
  it.each<[string, string]>([
    ['Adik-adik, minta mama beliin stiker dino edisi baru ya!', 'minta mama'],
    ['Iya dek, suruh papanya top up aja biar skin-nya langsung masuk.', 'suruh papanya'],
    ['Kids, ask your dad to download the app tonight!', 'ask your dad'],
    ['Cah cilik, jaluk karo bapakmu tukokke sepatu iki.', 'jaluk karo bapakmu'],
    ['Teman-teman kecil yang suka dino, kasih lihat katalog kami ke Bunda ya.', 'kasih lihat katalog kami ke Bunda'],
    ['Hi sweetie! Leave this page open on your mum’s phone tonight.', 'Leave this page open on your mum'],
  ])('%s', (text, span) => {
    expect(rules(text)).toContain('DISCLOSE.CHILD_APPEAL');
    expect(excerpt(text, 'DISCLOSE.CHILD_APPEAL')?.toLowerCase()).toBe(span.toLowerCase());
  });

  it.each([
    // Advice to parents; permission without a sale; parents addressed.
    'Bunda, ajak si kecil menabung sejak dini, download aplikasinya di Play Store.',
    'Adik-adik, ajak orang tua kalian nonton pawai di alun-alun ya.',
    'Parents, ask your kids to bring a water bottle on Saturday.',
  ])('stays clear: %s', (text) => {
    expect(rules(text)).not.toContain('DISCLOSE.CHILD_APPEAL');
  });
});

describe('round eight: scope with no exception', () => {
  it.each<[string, string]>([
    ['Cat tembok kami bisa dipakai di dinding mana pun.', 'di dinding mana pun'],
    ['Lensa kontak ini bisa dipakai siapa saja, apa pun kondisi matanya.', 'apa pun kondisi'],
    ['Our router works in every room, every floor, every house.', 'every room, every'],
    ['Charger iki iso kanggo kabeh HP.', 'kanggo kabeh'],
  ])('%s', (text, span) => {
    expect(rules(text)).toContain('DISCLOSE.LIMITATIONS_RISK');
    expect(excerpt(text, 'DISCLOSE.LIMITATIONS_RISK')?.toLowerCase()).toBe(span.toLowerCase());
  });

  it.each([
    // Contact any time; scope with its limits; a safety claim (its own rule).
    'Hubungi kami kapan pun dan di mana pun lewat WhatsApp.',
    'Cat tembok kami bisa dipakai di dinding mana pun, kecuali dinding yang lembap. Hasil bisa berbeda.',
    'Aman dipakai di kamar mandi mana pun, sudah lolos uji SNI.',
  ])('stays clear: %s', (text) => {
    expect(rules(text)).not.toContain('DISCLOSE.LIMITATIONS_RISK');
  });
});
