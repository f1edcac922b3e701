// Issue 11, round two: the families closed at their cause (a crowd is no source, any harm
// declared absent, others of any kind run down, partnership without an ad word, reminders
// to children, savings held at the end, dotted handles). Texts written for this test, not
// taken from any corpus split; each family has hard negatives next to it.
import { describe, expect, it } from 'vitest';
import { check } from '../check.js';
import type { RuleId } from '../types.js';

const rules = (text: string, paid = false): RuleId[] => check(text, { kind: 'post', paid }).findings.map((f) => f.rule);

describe('round two: flagged', () => {
  it.each<[string, RuleId]>([
    ['Nasi uduk terharum sekampung menurut para tetangga.', 'CLAIM.SUPERLATIVE'],
    ['Voted the juiciest burger in Medan by our diners.', 'CLAIM.SUPERLATIVE'],
    ['Ranked top by students across campus.', 'CLAIM.SUPERLATIVE'],
    ['Sabun cuci piring ini tidak beracun, aman dipegang anak.', 'CLAIM.SAFETY'],
    ['Non-toxic crayons, chew away.', 'CLAIM.SAFETY'],
    ['Lotion ini nggak bakal bikin ruam.', 'CLAIM.SAFETY'],
    ['Jasa servis lain suka nipu harga, di kami transparan.', 'CLAIM.COMPETITOR_DISPARAGE'],
    ['Other bakeries cut corners on butter.', 'CLAIM.COMPETITOR_DISPARAGE'],
    ['Sampo merek lain bikin rambut rontok, punya kita enggak.', 'CLAIM.COMPETITOR_DISPARAGE'],
    ['Thanks @villa.sunset for having us this weekend.', 'DISCLOSE.PAID_PARTNERSHIP'],
    ['Seneng banget diundang @kopi.tetangga ke grand opening.', 'DISCLOSE.PAID_PARTNERSHIP'],
    ['Semua baju di foto ini dari @batik.kita, makasih ya.', 'DISCLOSE.PAID_PARTNERSHIP'],
    ["Kids, don't forget to tell your dad about our new comic.", 'DISCLOSE.CHILD_APPEAL'],
    ['Nabung 100 ribu seminggu, 5 tahun lagi kamu punya 26 juta.', 'DISCLOSE.FINANCE_RETURN'],
    ['Save a little every week and retire with a million.', 'DISCLOSE.FINANCE_RETURN'],
    ['Kredit HP pake KTP doang, langsung cair.', 'DISCLOSE.TERMS_MISSING'],
    ['Semua orang udah pindah ke sini, kamu kapan?', 'PRESSURE.FOMO_SHAME'],
  ])('%s → %s', (text, rule) => {
    expect(rules(text)).toContain(rule);
  });
});

describe('round two: hard negatives stay clean of that rule', () => {
  it.each<[string, RuleId]>([
    ['Terlaris di kategori sambal, data penjualan Tokopedia Mei–Juli 2026.', 'CLAIM.SUPERLATIVE'],
    ['Dinobatkan terbaik oleh Female Daily Awards 2026.', 'CLAIM.SUPERLATIVE'],
    ['Menurut pelanggan kami, teksturnya ringan. Ada yang suka, ada yang tidak.', 'CLAIM.SUPERLATIVE'],
    ['Tersedia di seluruh outlet menurut jadwal.', 'CLAIM.SUPERLATIVE'],
    ['Kalau muncul ruam, hentikan pemakaian.', 'CLAIM.SAFETY'],
    ['Warna lain sudah habis, kita restock minggu depan.', 'CLAIM.COMPETITOR_DISPARAGE'],
    ['Ukuran lain lagi kosong, maaf ya kak, kami kabari kalau ada.', 'CLAIM.COMPETITOR_DISPARAGE'],
    ['Other sizes are sold out, we restock on Monday.', 'CLAIM.COMPETITOR_DISPARAGE'],
    ['Cek juga brand lain ya, pilih yang cocok buat kamu.', 'CLAIM.COMPETITOR_DISPARAGE'],
    ['Foto oleh @fotografer.kita, makasih.', 'DISCLOSE.PAID_PARTNERSHIP'],
    ['Hasil investasi tidak dijamin dan bisa turun. Terdaftar dan diawasi OJK.', 'DISCLOSE.FINANCE_RETURN'],
  ])('%s (no %s)', (text, rule) => {
    expect(rules(text)).not.toContain(rule);
  });

  it('keeps a labelled partnership clean', () => {
    expect(rules('#iklan Terima kasih @villa.sunset sudah mengundang kami.', true)).not.toContain('DISCLOSE.PAID_PARTNERSHIP');
  });

  it('does not read "bayar nanti" (pay later) as a second call to action', () => {
    expect(rules('Beli sekarang, bayar nanti.')).not.toContain('PRESSURE.CTA_STACK');
  });
});
