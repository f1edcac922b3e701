// Round-six urgency shapes (issue #11): content the writer makes about the grievance, an account
// tagged in, an audience getting the story, a promised one-star review; someone else changing a
// sign-in detail or spending a balance, billing after a cancellation, a caller who knows the order,
// data in other hands; lodged reports and the writer's own counsel. Examples are written for these
// tests in other words than corpora/analysis/round6-dev.jsonl; none comes from a blind set.
import { describe, expect, it } from 'vitest';
import { analyze } from '../index.js';

describe('round-six urgency shapes', () => {
  it.each([
    ['saya lagi bikin video kronologi soal pesanan yang nggak pernah datang', 'threatens_exposure'],
    ["I'm filming a TikTok about your refund policy right now, it's a joke", 'threatens_viral'],
    ['gw tag @beritaterkini biar mereka yang urus, udah males', 'threatens_viral'],
    ['My whole church group is getting the full story on Sunday', 'threatens_exposure'],
    ['awas aja abis ini toko kalian dibahas di twitter', 'threatens_viral'],
    ['dapet bintang 1 dari aku di semua marketplace, siap-siap aja', 'threatens_exposure'],
    ['someone changed my email and phone number overnight, I never did that', 'account_takeover'],
    ['pelaku mengganti password akun saya lalu belanja pakai saldo', 'account_takeover'],
    ['Somebody spent my store credit last night', 'account_takeover'],
    ['akun olshop aku kebajak, chat ke pembeli dikirim orang lain', 'account_takeover'],
    ['I was billed again even though I already cancelled the membership in May', 'unauthorised_charge'],
    ['tagihan tetap jalan padahal sudah saya berhentikan langganannya', 'unauthorised_charge'],
    ['ada yang nelpon ngaku dari ekspedisi, dia tahu nama lengkap dan isi pesanan saya', 'data_leak'],
    ['A caller knew my order and my address before I said anything', 'data_leak'],
    ['My contact details ended up with a telemarketer who named your shop', 'data_leak'],
    ["I've lodged a complaint with consumer affairs about the missing refund", 'threatens_regulator'],
    ['Urusan ini sudah saya serahkan ke advokat saya', 'threatens_police'],
    // Second and third passes (round6b-dev, round6c-dev shapes), in other words again.
    ['the whole neighbourhood app is going to hear about this', 'threatens_exposure'],
    ["don't make me post this on Facebook", 'threatens_exposure'],
    ['Bukti transfer dan chat CS akan saya sebarkan', 'threatens_viral'],
    ['poin reward saya ludes, ada penukaran yang bukan saya', 'unauthorised_charge'],
    ['rekening saya dibobol setelah klik link dari admin palsu', 'account_takeover'],
    ['my delivery address was updated last night and I did not change it', 'account_takeover'],
    ['email saya dimasukkan ke grup promosi tanpa izin', 'data_leak'],
    ['Besok kami ke BPSK bawa nota pembelian', 'threatens_regulator'],
    ['Kami sudah mengajukan gugatan atas kerugian ini', 'threatens_police'],
  ])('is high urgency: %s', (text, reason) => {
    const result = analyze(text);
    expect(result.urgency).toBe('high');
    expect(result.reasons).toContain(reason);
  });

  it.each([
    'Min, tolong bikin video tutorial pakai alatnya dong',
    'wanita ini bikin video lucu banget soal kucingnya',
    'Seller asked me to make a video of the unboxing for the claim, is that needed?',
    'I tried to upload a review but the page keeps giving an error',
    'Kirim pricelist ke grup WA kantor saya ya kak',
    'Tadinya mau kasih bintang 1, ternyata barangnya datang juga',
    'Kalau langganan sudah saya cancel, bulan depan masih ditagih?',
    'Pesan dua kali soalnya yang pertama gagal bayar, aman kan?',
    'Tadi ditelepon kurir, ternyata beneran kurir kalian, makasih ya',
    "I'm an attorney and your cold brew keeps me going",
    'Apa benar ada akun palsu yang pakai nama toko ini?',
    'Cara ganti nomor HP di akun gimana ya?',
    'Is the app regulated by OJK?',
    'Harga paket keluarga 2x lipat dari biasanya ya?',
    'Kalau ada yang login ke akun saya dari HP lain, bakal ada notifikasi?',
    'Saya langganan roti di sini dari dulu, tidak pernah kecewa',
    'Sepupu saya polisi, dia suka banget kopi kalian',
    'Berita hari ini membahas gugatan terhadap perusahaan lain',
    'Never had a single problem with any of my orders from you.',
    'Not once did I have an issue with my payments here.',
  ])('is not high urgency: %s', (text) => {
    expect(analyze(text).urgency).not.toBe('high');
  });
});
