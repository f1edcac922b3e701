// Round seven b urgency shapes (issue #11 point 2): a third batch of writers (older customers, teens, relatives
// writing for someone, office mail, Javanese, SEA/Indian English), and the calm look-alikes the older shapes took
// for reports. The examples are written for these tests in other words than the tuning file
// (corpora/analysis/train8-inbox.jsonl); none comes from a blind set. They check the rules alone (detectRules).
import { describe, expect, it } from 'vitest';
import { loadedResources } from '../load-models.js';
import { prepareText } from '../pipeline.js';
import { detectRules } from './detect.js';
import { HIGH_URGENCY_REASONS } from './urgency-rules.js';

const { vocabulary } = loadedResources();
const highReasons = (text: string): string[] => detectRules(prepareText(text, vocabulary).ruleText).urgent.filter((r) => HIGH_URGENCY_REASONS.has(r));

describe('round seven b urgency shapes', () => {
  it.each([
    ['kipas angin dari toko ini ada spark di kabelnya, colokan di dinding jadi gosong', 'safety_risk'],
    ['nemu rambut panjang di dalam botol saus kalian, padahal sudah dimakan setengah', 'health_risk'],
    ['anak saya pakai sabun bayi kalian langsung jadi merah merah kulitnya', 'health_risk'],
    ['bapak saya setelah minum jamu kalian sampai dirawat dua hari', 'health_risk'],
    ['someone logged in from an unknown device in Perth and my voucher balance is gone, i am in Cebu', 'account_takeover'],
    ['password akun saya diganti orang, sekarang saya tidak bisa masuk lagi', 'account_takeover'],
    ['My account was used to redeem my miles for gift cards sent to an address I do not own', 'account_takeover'],
    ['Two charges of $15 appeared this week although I cancelled my plan last month', 'unauthorised_charge'],
    ['ada transfer keluar dua juta dari rekening ibu yang beliau tidak lakukan', 'unauthorised_charge'],
    ['saldo dompet saya tiba-tiba nol, saya tidak transfer apa-apa', 'unauthorised_charge'],
    ['kok ada yang sms aku, dia tahu nomor resi dan nama lengkap aku, terus kirim link refund', 'data_leak'],
    ['scan paspor dan selfie saya yang saya kirim untuk verifikasi sekarang dijual di forum', 'data_leak'],
    ['the invoice you sent lists other customers with their phone numbers', 'data_leak'],
    ['kalau tidak ada refund minggu ini, aku laporno ke BPSK', 'threatens_regulator'],
    ['I have contacted the consumer forum about this billing', 'threatens_regulator'],
    ['I have talked to my lawyer about your contract', 'threatens_police'],
    ['saya akan posting kejadian ini di grup RT supaya warga lain waspada', 'threatens_viral'],
    ['jangan salahkan aku kalau rekaman kurir kalian muncul di fyp', 'threatens_viral'],
    ['kalau gini terus aku live di tiktok buka barang rusaknya', 'threatens_viral'],
    ['My newsletter has 30k subscribers, unless the refund arrives a full write-up will be published Friday', 'threatens_viral'],
    ['the QR sticker on your kiosk looked official, I paid and the money went to a personal account', 'counterfeit_or_scam'],
    ['segelnya kayak dibuka terus ditempel lagi, isinya juga encer', 'counterfeit_or_scam'],
    ['a Facebook page impersonating your hotel took a deposit, my sister paid already', 'counterfeit_or_scam'],
    ['beli di toko yang katanya reseller kalian, teksturnya beda jauh, ini asli atau enggak?', 'counterfeit_or_scam'],
  ])('flags %s', (text, reason) => {
    expect(highReasons(text)).toContain(reason);
  });

  it.each([
    'mohon info jadwal promo yang dijual minggu depan',
    'akun saya nyaris dihack tapi tim keamanan kalian cepat banget, terima kasih',
    'got charged twice but one charge disappeared the next morning, probably a pending hold',
    'Saya jurnalis tabloid kuliner, apakah bisa wawancara chef untuk liputan?',
    'bang, rate card buat endorse produk kalian kirim ke mana?',
    'Posted my haul on my story, the packaging is so cantik 😍',
    'makasih sudah rajin mengingatkan soal penipuan yang memakai nama kalian',
    'yang palsu sama yang ori bedanya apa min?',
    'heard about a data leak at another bank in the news. Is my data safe with you?',
    'dulu pernah ketipu olshop palsu, sekarang saya hanya belanja di akun resmi kalian',
    'mau tanya, anak saya pernah alergi susu sapi, aman tidak minum produk ini',
    'yang bilang serum ini bikin gatal mungkin salah pakai, kulit aku aman aja tuh',
  ])('stays calm on %s', (text) => {
    expect(highReasons(text)).toEqual([]);
  });
});
