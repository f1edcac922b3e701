// Issue 11, round eleven (claims at their cause): a ranking on hearsay or over every rival, free with a
// paid condition, unnamed others given a negative evaluation. Texts written for this test, not taken from
// any corpus split; hard negatives beside each structure.
import { describe, expect, it } from 'vitest';
import { check } from '../check.js';
import type { RuleId } from '../types.js';

const rules = (text: string): RuleId[] => check(text, { kind: 'post' }).findings.filter((f) => !f.rule.endsWith('.LEARNED')).map((f) => f.rule);

describe('round eleven: a ranking with no real source', () => {
  it.each([
    // Hearsay in the sentence, or the next one answering a ranking asked.
    'Bakmi kami yang terkenyal se-Medan, katanya sih begitu.',
    'Martabak terlegit di Bogor? Kami sih malu-malu, tapi begitu kata para tetangga.',
    'Our sourdough is the tangiest in Yogyakarta, or so we keep hearing.',
    'The crispiest fries in the city, according to basically everyone who tried them.',
    'Widely considered the leading piano school in Medan.',
    'The most reliable courier in town, the word is out!',
    'Kata pelanggan, ini sambal terpedas yang pernah mereka coba, dan kami setuju.',
    // A source that is only a crowd or a rate, not a ranker.
    'Es kopi terseger di kampus versi anak teknik.',
    'Kamar kos paling murah se-Malang, sewa dibayar per bulan.',
    // Every rival denied the rank.
    'No other bike shop in this town gives a better tune-up.',
    'Nggak ada katering lain di Cirebon yang selengkap kami menunya.',
    'Lokasi kami paling strategis dibanding cabang mana pun di kota ini.',
    // The most of all time.
    'Rendang terempuk yang pernah kamu coba.',
    'The flakiest croissant ever, straight from our oven.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('CLAIM.SUPERLATIVE');
  });

  it.each([
    // Sourced rankings, a dated poll, a ranker named.
    'Voted best noodle stall in Medan in the Kuliner Kita magazine readers poll, March 2025.',
    'Peringkat 1 kategori teh di Tokopedia per 30 November 2026, tangkapan layarnya di slide 3.',
    'Terlaris di kategori sambal lapak kami bulan ini, datanya dari dashboard seller center.',
    // Hearsay with no ranking, a wish, a ranking asked about, the reader's own pick.
    'Banyak yang bilang kopinya enak, yuk coba sendiri.',
    'Katanya besok hujan, jangan lupa bawa payung ya.',
    'We keep hearing the same question, so here is the answer: it ships on Monday.',
    'We hope to become the best bakery in town one day.',
    'Jujur kami tidak tahu apakah ini yang paling awet, tapi spesifikasinya ada di deskripsi.',
    'Pilih yang paling nyaman buat kamu ya kak.',
    'Nomor punggung 1 tim kami dipakai kapten baru musim ini.',
    // A comparison with the brand's own past is no ranking.
    'Lebih baik dari versi lama kami, baterainya tahan dua kali lebih lama.',
    'Dibanding bulan lalu, penjualan kami naik sedikit.',
    'No other questions? Great, see you tomorrow.',
    'Belum pernah ada yang komplain soal ukurannya.',
    'The latest update ever shipped fixes the login bug.',
  ])('stays clear: %s', (text) => {
    expect(rules(text)).not.toContain('CLAIM.SUPERLATIVE');
  });
});

describe('round eleven: free with a paid condition', () => {
  it.each([
    'Free first lesson for students who pay the term fee upfront.',
    'Cek gigi gratis bagi pasien yang membeli paket scaling.',
    'A free spa voucher, as long as you book the 3-night package.',
    'Gratis biaya admin, asal transaksi di atas Rp150 ribu.',
    'Dapat tumbler gratis, tambah Rp25 ribu untuk ongkos kirim.',
    'Free wheel alignment with every service, just add a Rp300k detailing package.',
    'Free month of cloud storage, card required and it converts to a paid plan after.',
    'Complimentary gym access when you sign a 12-month contract.',
    'Gratis langganan 2 bulan, tapi kartu kredit wajib didaftarkan dan perpanjang otomatis.',
    'Free access for 30 days; billing starts automatically after.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('CLAIM.FAKE_FREE');
  });

  it.each([
    // Free with no catch, or the catch waived, denied or borne by the brand.
    'Konsultasi gratis, tanpa syarat dan tanpa biaya admin.',
    'Seminar gratis, tanpa biaya pendaftaran maupun syarat pembelian.',
    'Free sample, no purchase needed and no card required.',
    'Free trial for 7 days, nothing renews and no card required.',
    'Free parking for all visitors, no minimum spend.',
    'The sample is free and we cover postage.',
    'Konsultasi awal dengan wedding planner kami gratis dan tidak mengikat.',
    'Gratis teh manis untuk semua tamu yang datang hari ini.',
    'Free consultation for everyone who books before Friday.',
  ])('stays clear: %s', (text) => {
    expect(rules(text)).not.toContain('CLAIM.FAKE_FREE');
  });
});

describe('round eleven: unnamed others run down', () => {
  it.each([
    'Most wedding agencies will take your budget and hand you a pretty moodboard. We hand you a wedding.',
    'Some brands call it natural. We call it marketing with a green label.',
    'Other tour packages look cheap until you see the hotel.',
    'Sure, you could buy from the other scooter brands. If you enjoy wobbly handlebars.',
    'Switching from the old-school banks? Welcome to an app that actually answers your chat.',
    'Harga kompetitor memang lebih murah. Ya wajar, kualitasnya juga cuma segitu.',
    'Jangan beli sepatu di lapak sebelah, solnya lepas dalam seminggu.',
    'Kalau pakai produk sebelah, siap-siap kecewa.',
    'Mainan dari toko sebelah catnya gampang ngelupas.',
    'Siap-siap aja dikibulin, kayak kebanyakan makelar di sini.',
    'Penjahit yang satu lagi jahitannya kayak kura-kura, pindah sini aja.',
    'Banyak kontraktor di sekitar sini yang atapnya bocor dalam setahun. Rumah kami pakai rangka baja.',
    // The others set against the brand: a deficiency, or the brand answering with their very verb.
    'Merek sabun lain pakai pewangi sintetis, kami pakai minyak atsiri.',
    'Yang lain jual murah, kami jual awet.',
    'Many moving firms make damage claims impossible. We settle in a week.',
    'Unlike the flashy ones out there, our watches are serviced for life.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('CLAIM.COMPETITOR_DISPARAGE');
  });

  it.each([
    // Speech about the others denied, news about them, welcome, people and the brand's own range.
    'Kami tidak bilang toko lain jelek, cuma beda selera.',
    "We're not saying other brands are bad, just that ours suits oily skin.",
    'Toko sebelah baru buka cabang, selamat ya!',
    'Warung sebelah lagi tutup renovasi, jadi antrean di kami agak panjang.',
    'Other brands are welcome at our bazaar on 20 December.',
    'Pelanggan kami yang lain juga sering tanya soal jam buka lebaran.',
    'Warna lain sering habis, kami restock Senin.',
    'Most people are busy in December, so we extended the sale.',
    'Some customers asked for a bigger size, so we made one.',
    'Jangan lupa bandingkan kami dengan toko lain, kami senang kok dibandingkan.',
    // A contrast alone, praise, consumer advice, a sourced comparison.
    'Yang lain boleh ngebut, kami tetap panggang roti pelan-pelan.',
    'Shoutout to the other florists on our street, we love being your neighbours.',
    'Some shops sell refilled cartridges; here is how to check the hologram on an original one.',
    "Don't forget to compare us with other shops, we are happy either way.",
    // Self-comparison.
    'Lebih baik dari versi lama kami: lebih ringan dan lebih awet.',
  ])('stays clear: %s', (text) => {
    expect(rules(text)).not.toContain('CLAIM.COMPETITOR_DISPARAGE');
  });

  it("a disclaimer ends at its 'but'", () => {
    expect(rules("I'm not naming names, but other agents here are scams.")).toContain('CLAIM.COMPETITOR_DISPARAGE');
  });
});
