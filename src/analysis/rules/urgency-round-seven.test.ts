// Round-seven urgency shapes (issue #11 point 2): who is harmed, what happened, the writer's step
// to report or go public, impersonation; and calm look-alikes that name the same words without harm
// or threat. The examples are written for these tests in other words than the tuning files
// (corpora/analysis/train7a-inbox.jsonl, train7b-inbox.jsonl); none comes from a blind set. They check
// the rules alone (detectRules), which is what the shapes change.
import { describe, expect, it } from 'vitest';
import { loadedResources } from '../load-models.js';
import { prepareText } from '../pipeline.js';
import { detectRules } from './detect.js';
import { HIGH_URGENCY_REASONS } from './urgency-rules.js';

const { vocabulary } = loadedResources();
const highReasons = (text: string): string[] => detectRules(prepareText(text, vocabulary).ruleText).urgent.filter((r) => HIGH_URGENCY_REASONS.has(r));

describe('round-seven urgency shapes', () => {
  it.each([
    ['my mother fainted an hour after the detox tea', 'health_risk'],
    ['ada potongan kawat di dalam roti kalian, hampir ketelen anak saya', 'health_risk'],
    ['Sealed jar, still had mould on the lid inside. My husband already ate some.', 'health_risk'],
    ['power bank nya mengeluarkan asap waktu dicas di kamar', 'safety_risk'],
    ['notif "PIN berhasil diganti" masuk jam 2 pagi, padahal saya lagi tidur', 'account_takeover'],
    ['Got an alert about a login from a new device in Medan but I am in Bali', 'account_takeover'],
    ['I keep getting verification codes every few minutes and I am not logging in anywhere', 'account_takeover'],
    ['saldo dompet digital saya terkuras habis semalam', 'unauthorised_charge'],
    ['ada yang ngajuin paylater pakai KTP saya, sekarang ditagih terus', 'unauthorised_charge'],
    ['sudah saya cancel bulan lalu tapi kartu saya tetap didebit', 'unauthorised_charge'],
    ['There is a Telegram channel selling your customer database, with sample rows', 'data_leak'],
    ['When I opened my orders page it showed me another customer\'s address and invoice', 'data_leak'],
    ['ditelpon nomor asing, dia tahu nama dan alamat saya plus isi paket', 'data_leak'],
    ['email khusus yang cuma saya pakai buat belanja di sini sekarang kebanjiran spam judi', 'data_leak'],
    ['Minggu depan saya datangi BPSK dengan semua nota', 'threatens_regulator'],
    ['I have emailed the health department with the photos of your kitchen', 'threatens_regulator'],
    ['Chargeback filed with my bank this morning.', 'threatens_regulator'],
    ['our family lawyer is cc\'d on this email from now on', 'threatens_police'],
    ['A reporter from the local paper is interested in my story about your refunds', 'threatens_viral'],
    ['kalau media tahu kalian jual barang rekondisi, gimana?', 'threatens_viral'],
    ['saya kasih waktu 2x24 jam sebelum video unboxing ini saya upload', 'threatens_viral'],
    ['I will put the whole chat log on LinkedIn if I have to', 'threatens_viral'],
    ['ada akun ig pakai logo kalian buka giveaway dan minta ongkir', 'counterfeit_or_scam'],
    ['Someone cloned your shop page with a different domain and took my money', 'counterfeit_or_scam'],
    ['Lowongan atas nama kalian minta biaya seragam dulu, itu beneran kalian?', 'counterfeit_or_scam'],
    ['the barcode on my serum is not registered anywhere', 'counterfeit_or_scam'],
  ])('is high urgency: %s', (text, reason) => {
    expect(highReasons(text)).toContain(reason);
  });

  it.each([
    // BPOM, OJK, TikTok and passwords named without harm or threat.
    'nomor BPOM produk ini berapa ya kak, mau saya cek',
    'Is your app supervised by OJK? Just checking before I top up',
    'Saw your video on TikTok, the blush looks so pretty!',
    'how do I reset my password if I forgot my email?',
    'I asked for a password reset a minute ago, is this OTP from that?',
    // Asking, praising, selling, nearly reporting.
    'boleh aku upload video review-nya ke TikTok kak?',
    "I'll tell everyone at work how good your croissants are!",
    'posted it on my story and friends keep asking where to buy',
    'refund sudah masuk, tadinya mau lapor YLKI hehe makasih ya',
    'Do you share customer data with third parties? Asking before I sign up',
    'kulit aku gampang gatal, serum ini aman nggak ya?',
    'Anak saya alergi susu sapi, ada varian lain kak?',
    // Long reviews: a crowd, plastic chairs, a mushroom dish, a food court, a non-smoking area.
    'tempatnya penuh sesak tiap akhir pekan, kursi plastik, tapi pepes jamur dan ayamnya enak, sayang tidak ada food court.',
    'kami duduk di area non-smoking, pelayannya ramah dan makanannya lezat.',
    'semua pecinta kuliner sudah pasti mengetahui restoran ini, tempatnya terkenal.',
  ])('stays calm: %s', (text) => {
    expect(highReasons(text)).toEqual([]);
  });
});
