// Round seven c urgency shapes (issue #11 point 2): a fourth batch of writers (wholesale buyers, drivers, kost
// residents, patients, stranded travellers, gamers, parents of toddlers, comment sections, Gen-Z, very polite writers),
// and the calm look-alikes the older shapes took for reports. The examples are written for these tests in other words
// than the tuning file (corpora/analysis/train9-inbox.jsonl); none comes from a blind set. Rules alone (detectRules).
import { describe, expect, it } from 'vitest';
import { loadedResources } from '../load-models.js';
import { prepareText } from '../pipeline.js';
import { detectRules } from './detect.js';
import { HIGH_URGENCY_REASONS } from './urgency-rules.js';

const { vocabulary } = loadedResources();
const highReasons = (text: string): string[] => detectRules(prepareText(text, vocabulary).ruleText).urgent.filter((r) => HIGH_URGENCY_REASONS.has(r));

describe('round seven c urgency shapes', () => {
  it.each([
    ['charger kalian keluar asap waktu dipakai, tanganku sampai melepuh', 'safety_risk'],
    ['my daughter bit the rattle and a part broke off, she may have swallowed it', 'health_risk'],
    ['tisu basah kalian bikin kulit bayi saya lecet berdarah', 'health_risk'],
    ['the burger patty was still pink inside and now I have food poisoning on the ferry', 'health_risk'],
    ['knee pad dari kalian robek pas jatuh, lutut saya retak dan harus dijahit', 'safety_risk'],
    ['akun game adik saya sudah dibind ke email lain, semua item hilang', 'account_takeover'],
    ['password akun aku diganti sendiri, sekarang aku tidak bisa login', 'account_takeover'],
    ['nenek dikasih telepon minta kode OTP, setelah dikasih saldo e-wallet beliau berkurang', 'unauthorised_charge'],
    ['email di akun kurir saya diubah orang dan saldo dompet dicairkan semua', 'account_takeover'],
    ['my hotel points were redeemed for a stay I never booked', 'account_takeover'],
    ["there is a purchase on my dad's card and he never shops online", 'unauthorised_charge'],
    ['keponakan bisa beli voucher tanpa PIN sampai total Rp2 juta', 'unauthorised_charge'],
    ['akun mobile legends saya dicuri, pelakunya minta tebusan', 'account_takeover'],
    ['ada pengajuan pinjaman atas nama saya padahal saya tidak pernah daftar', 'unauthorised_charge'],
    ['someone posted a database dump with phone numbers and my name is in it', 'data_leak'],
    ['nomor asing menelepon dan tahu nama ibu kandung saya', 'data_leak'],
    ['foto paspor saya bisa dibuka dari public link tanpa login', 'data_leak'],
    ['ada akun yang menjual list nomor pelanggan toko kalian', 'data_leak'],
    ['the spreadsheet export in your newsletter is public and lists every member with phones', 'data_leak'],
    ['tadi pagi sudah saya kirim bukti lengkap ke BPSK', 'threatens_regulator'],
    ['I filed a complaint with the consumer protection authority this morning', 'threatens_regulator'],
    ['apa saya harus melibatkan polisi supaya uang saya kembali?', 'threatens_police'],
    ['I have a food page with 50k followers and my next post will be about your stale cake', 'threatens_viral'],
    ['komunitas ojol di kota saya sedang membahas masalah ini', 'threatens_viral'],
    ['lagi bikin video "brand yang nipu pembeli", kalian masuk daftar', 'threatens_viral'],
    ['saya sedang menulis surat pembaca soal pelayanan ini', 'threatens_viral'],
    ['video gue soal kompor kalian udah 500 ribu views, mau klarifikasi?', 'threatens_viral'],
    ['a one star draft review with the photos is ready to go', 'threatens_viral'],
    ['the hologram on my box looks different from the old one, is this genuine?', 'counterfeit_or_scam'],
    ['segel botolnya bisa dilepas pasang, isinya juga bau aneh', 'counterfeit_or_scam'],
    ['a site using your logo took my top up money and never delivered', 'counterfeit_or_scam'],
    ['orang yang mengaku kurir kalian minta saya install apk', 'counterfeit_or_scam'],
    ['I typed my password into a page with odd spelling that looked like yours', 'counterfeit_or_scam'],
    ['a caller asked my uncle to install anydesk for a refund and he already did', 'counterfeit_or_scam'],
  ])('flags %s', (text, reason) => {
    expect(highReasons(text)).toContain(reason);
  });

  it.each([
    'reels kalian kocak parah, udah aku share ke grup keluarga',
    'temen aku jurnalis kuliner, katanya mie ayam kalian enak banget dan mau diliput',
    'Before I publish my unboxing, can you confirm the colour name of this jacket?',
    'gimana cara mengamankan akun game biar tidak kena hack?',
    'Mau tanya, kalau nanti produknya palsu bisa retur? Belum kejadian sih, cuma nanya',
    'tadi ada yang telepon ngaku kurir kalian, terus barangnya beneran datang',
    'saya baca berita soal kebocoran data di bank lain, apakah aplikasi ini aman?',
    'bagaimana prosedur mengadu ke YLKI? untuk tugas kuliah saya',
    'sempat khawatir anak muntah, ternyata bukan dari susunya kata dokter',
    'tadi suntik di klinik ini gak sakit sama sekali, makasih perawatnya',
    'the service fee was added twice on my receipt',
  ])('stays calm on %s', (text) => {
    expect(highReasons(text)).toEqual([]);
  });
});
