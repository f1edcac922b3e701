// Round fourteen (issue #11): claim recall on new writers by cause. COMPETITOR_DISPARAGE as a two-part contrast
// (competitor-round-fourteen.ts), FAKE_FREE as free + a cost near it (fake-free-round-fourteen.ts), and old false
// alarms fixed at their cause. Texts written for this test, not taken from any corpus split or blind set; each
// shape has clean look-alikes next to it.
import { describe, expect, it } from 'vitest';
import { check } from '../check.js';
import type { RuleId } from '../types.js';

const rules = (text: string): RuleId[] => check(text, { kind: 'post' }).findings.map((f) => f.rule).filter((r) => !r.endsWith('.LEARNED'));

describe('CLAIM.COMPETITOR_DISPARAGE: a third party by its kind, a fault in its clause, the brand answering', () => {
  it.each([
    // A place, then the brand by name repeating the kind.
    'Bakpia di stasiun kebanyakan isinya sisa minggu lalu yang dikemas ulang. Bakpia Bu Sastro dibuat tiap pagi.',
    // Otherness, the brand after "Di <Name>".
    'Laundry lain sering bikin baju luntur dan ketuker. Di Bersih Wangi Laundry tiap baju dikasih label nama.',
    // A share of a class, answered in the first person.
    'Kebanyakan jasa pindahan asal lempar barang ke truk. Kami bungkus tiap perabot pakai bubble wrap.',
    // English: a place and the brand by name.
    'The tyre shops by the toll gate sell retreads as new. At Roda Prima Tyres every tyre shows its date code.',
    // The brand first, then the party after a turn.
    'We won\'t name anyone, but the print shop on the second floor uses refilled ink and calls it original.',
    // The reader's own provider, asked about, then the brand.
    'Tired of bakeries where the bread tastes like cardboard by noon? Ours is baked at 5 every morning.',
    // "Unlike" and a low grade.
    'Unlike the cheap helmets you see online, our helmets carry the SNI sticker and a test report.',
  ])('raises it: %s', (text) => {
    expect(rules(text)).toContain('CLAIM.COMPETITOR_DISPARAGE');
  });

  it.each([
    // A contrast without a fault: a comparison.
    'Kopi di warung biasanya robusta. Kopi Gunung Halu kami arabika dari ketinggian 1.500 meter.',
    // The party praised or spared.
    'Toko kue lain juga bagus-bagus kok. Di Dapur Manis kami fokus ke kue kering.',
    'No shade to the other bakeries on this street. We just bake smaller batches.',
    // People, not a provider; the brand likened to others.
    'Kasur ini mungkin terlalu keras untuk sebagian orang. Bisa dicoba di toko kami.',
    'Like most clinics, we ask for a consultation before any treatment. It is about your safety.',
    // A superlative, not a share of a class.
    'Perhaps we are not the biggest, but we are the most reliable used-car dealer in town.',
    // A success story with a place by name.
    'Dulu cuma pedagang kain di Pasar Baru, sekarang Bu Ani punya dua toko berkat menabung di Koperasi Maju kami.',
  ])('does not raise it: %s', (text) => {
    expect(rules(text)).not.toContain('CLAIM.COMPETITOR_DISPARAGE');
  });
});

describe('CLAIM.FAKE_FREE: free, and a sum charged or a purchase required near it', () => {
  it.each([
    'Gratis pasang gorden, ongkos bahan rel Rp60.000 per meter ditanggung pembeli.',
    'Free bike servicing for a year. A Rp150,000 registration fee applies.',
    'Free mug with any coffee bean pack at the regular price, this week only.',
    'Kelas masak gratis, cukup beli paket bahan Rp200 ribu di awal.',
    'Free first month, then it renews at Rp79,000/month.',
  ])('raises it: %s', (text) => {
    expect(rules(text)).toContain('CLAIM.FAKE_FREE');
  });

  it.each([
    'Kelas yoga gratis di taman tiap Minggu, tanpa syarat, tidak perlu daftar.',
    'Try a free class. No card needed, and nothing is charged afterwards.',
    'Sugar-free syrup now Rp25.000 per bottle.',
    'Parkir gratis di basement. Harga menu mulai Rp25.000.',
  ])('does not raise it: %s', (text) => {
    expect(rules(text)).not.toContain('CLAIM.FAKE_FREE');
  });
});

describe('old false alarms fixed at their cause', () => {
  it('a harm declared absent is a safety claim, not a guarantee', () => {
    const found = rules('Zero risk of irritation, even on freshly shaved skin.');
    expect(found).toContain('CLAIM.SAFETY');
    expect(found).not.toContain('CLAIM.ABSOLUTE_GUARANTEE');
    expect(rules('Investasi emas zero risk, pasti untung.')).toContain('CLAIM.ABSOLUTE_GUARANTEE');
  });

  it('a rate after a price cut is no return; cashback on savings stays one', () => {
    expect(rules('Sewa genset: potongan sewa 10% per hari untuk sewa di atas seminggu.')).not.toContain('DISCLOSE.FINANCE_RETURN');
    expect(rules('Cashback 1% per bulan untuk saldo simpanan di koperasi kami.')).toContain('DISCLOSE.FINANCE_RETURN');
  });

  it('an offer warned against is not the brand promising it', () => {
    const found = rules('Hati-hati sama tawaran return pasti 10% sebulan, itu tanda bahaya.');
    expect(found).not.toContain('DISCLOSE.FINANCE_RETURN');
    expect(found).not.toContain('CLAIM.ABSOLUTE_GUARANTEE');
    expect(rules('Hati-hati, investasi kami pasti untung 10% sebulan.')).toContain('DISCLOSE.FINANCE_RETURN');
  });
});
