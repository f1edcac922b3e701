// Issue 11, round eight (claims): unnamed others run down, and free with a catch, read by structure.
// Texts written for this test, not taken from any corpus split; hard negatives beside them.
import { describe, expect, it } from 'vitest';
import { check } from '../check.js';
import type { RuleId } from '../types.js';

const findings = (text: string, kind: 'post' | 'reply' = 'post') => check(text, { kind }).findings.filter((f) => !f.rule.endsWith('.LEARNED'));
const rules = (text: string): RuleId[] => findings(text).map((f) => f.rule);
const excerpt = (text: string, rule: RuleId): string | undefined => findings(text).find((f) => f.rule === rule)?.excerpt;

describe('round eight: others run down', () => {
  it.each<[string, string]>([
    // Pointed at from outside the brand, with a fault and the brand set against them.
    ['Laundry yang kakak sebut itu emang suka lelet, mending di kami aja.', 'Laundry yang kakak sebut itu emang suka lelet'],
    ['Kurir yang oren-oren itu lemot banget, pakai ekspedisi kita dong.', 'Kurir yang oren-oren itu lemot'],
    // A reduplicated plural of a seller kind, and a put-down on its own.
    ['Toko-toko online itu isinya cuma barang KW, hati-hati ya.', 'Toko-toko online itu isinya cuma'],
    // A crowd of a seller kind.
    ['Kebanyakan bengkel di luar sana cuma mau untung sendiri.', 'Kebanyakan bengkel di luar sana cuma mau untung sendiri'],
    ['Most budgeting apps are basically spreadsheets with ads.', 'Most budgeting apps are basically'],
    ['Those other bakeries sell cakes that taste like cardboard.', 'Those other bakeries sell cakes that taste like cardboard'],
    // Goods made by others, likened to rubbish.
    ['Sambal bikinan orang lain rasanya kayak sabun.', 'bikinan orang lain rasanya kayak sabun'],
    // The reader weary of them.
    ['Tired of gyms that lock you into contracts and hide their fees? Our plans are monthly.', 'Tired of gyms that lock you into contracts and hide their fees'],
    ['Capek sama salon murahan yang kasar? Di sini kami pelan-pelan.', 'Capek sama salon murahan'],
    // Others pointed at by where they sell, reduced to one thing, with the brand set against them.
    ['Roti yang di pasar itu kebanyakan cuma tepung dan gula. Roti kami pakai mentega asli.', 'yang di pasar itu kebanyakan'],
    ['Other moving companies? Mostly just a truck and a promise. We bring insured crews.', 'Other moving companies? Mostly'],
    // Javanese: bad faith said of the shop next door.
    ['Toko sebelah iku ngapusi, mending tuku nang kene.', 'Toko sebelah iku ngapusi'],
  ])('%s', (text, span) => {
    expect(rules(text)).toContain('CLAIM.COMPETITOR_DISPARAGE');
    expect(excerpt(text, 'CLAIM.COMPETITOR_DISPARAGE')?.toLowerCase()).toBe(span.toLowerCase());
  });

  it.each([
    // A sourced comparison says what differs and where the figures come from.
    'Dibanding rata-rata bank lain, biaya transfer kami Rp2.500 lebih murah (data tarif resmi, Januari 2026).',
    // A fault with no rival named, and the brand apologising for its own.
    'Mohon maaf kak, kurir yang kakak sebut itu memang telat hari ini, kami bantu lacak.',
    'Toko lain juga bagus kok, silakan bandingkan harganya dengan kami.',
    // A fault of others with nothing set against them is only a remark.
    'Banyak aplikasi yang lemot kalau sinyal jelek.',
    // People, not sellers.
    'Most people are just busy in December, so we extended the sale to 31 December 2026.',
    'Other sizes are just Rp10.000 more.',
  ])('stays clear: %s', (text) => {
    expect(rules(text)).not.toContain('CLAIM.COMPETITOR_DISPARAGE');
  });
});

describe('round eight: free with a catch', () => {
  it.each<[string, string]>([
    ['Gratis masker wajah, syaratnya checkout serum 2 botol.', 'syaratnya checkout'],
    ['Free phone case! You just need to buy the annual protection plan.', 'need to buy'],
    ['Sesi foto gratis untuk wisudawan. *Berlaku bagi yang membayar paket album.', 'Berlaku bagi yang membayar'],
    ['Gratis ongkir ke seluruh Jawa. Tapi khusus buat yang belanja minimal 3 item.', 'khusus buat yang belanja minimal'],
    ['Bensin gratis seminggu, asal bayar sewa mobil 5 hari.', 'asal bayar'],
    ['Free consultation, as long as you purchase a treatment package.', 'as long as you purchase'],
    ['Gratis tote bag untuk member baru, dengan biaya membership Rp75rb/tahun.', 'biaya membership'],
    ['Free delivery on all cakes (minimum order Rp200k).', 'minimum order'],
  ])('%s', (text, span) => {
    expect(rules(text)).toContain('CLAIM.FAKE_FREE');
    expect(excerpt(text, 'CLAIM.FAKE_FREE')?.toLowerCase()).toBe(span.toLowerCase());
  });

  it.each([
    // "Bebas biaya" with no catch, a waived condition, a period, "sugar-free".
    'Bebas biaya admin untuk semua transfer antarbank sampai 31 Desember 2026.',
    'Gratis ongkir tanpa minimal belanja, berlaku s.d. 20 Des 2026.',
    'Free parking for everyone, you do not need to buy anything.',
    'Sugar-free cookies, khusus yang beli hari ini dapat stiker.',
    'Konsultasi gratis dan tidak mengikat, tidak wajib membeli apa pun.',
    'Ongkir gratis? Berlaku untuk semua pesanan di atas jam 9 pagi.',
  ])('stays clear: %s', (text) => {
    expect(rules(text)).not.toContain('CLAIM.FAKE_FREE');
  });
});
