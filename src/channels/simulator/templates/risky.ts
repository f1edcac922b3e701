// Spam and urgent messages: what a priority score must bury and what it must surface first.
// Spam follows the Indonesian patterns of the day (judi online, fake giveaways in the brand's
// name, "cek bio", crypto, phishing "Meta support" notices); urgent covers health, going viral
// and regulators (BPOM for cosmetics, YLKI for consumer complaints).
import type { LanguageTemplates } from './types.js';

export const SPAM: LanguageTemplates = {
  id: {
    judi_online: [
      'SLOT GACOR hari ini 🔥 maxwin x500 deposit 10rb aja, cek bio ya!',
      'situs terpercaya WD berapapun pasti dibayar 💰 link di bio',
      'rtp live 98% malam ini, gas main di {spamSite} 🔥🔥',
      'butuh modal? main di {spamSite} depo pulsa tanpa potongan',
    ],
    giveaway_scam: [
      'Selamat! akun anda terpilih jadi pemenang giveaway {brand} 🎁 klaim hadiah di {link} sebelum 1x24 jam',
      '🎉 GIVEAWAY {brand} resmi! hubungi admin @{spamHandle} untuk klaim hadiah Rp5.000.000',
    ],
    follow_bait: [
      'f4f? folback ya kak 🙏',
      'follow aku ya kak nanti aku folback 💕',
      'mampir ke olshop aku juga yuk kak, cek bio 😘',
      'cek bio buat info loker WFH gaji 5jt/minggu',
    ],
    crypto: ['cuan 3jt per hari dari trading crypto, tanpa modal besar. DM aku ya 💯'],
    phishing: ['Meta Support: akun anda melanggar kebijakan hak cipta. Ajukan banding di {link} atau akun akan dinonaktifkan'],
  },
  en: {
    crypto: [
      'I made $4,800 in 7 days with BTC trading thanks to @{spamHandle} 🙏 DM her now',
      'Invest $200 and get $2,000 in 48 hours 💰 DM for details',
    ],
    phishing: [
      'Your page has been reported for copyright violation. Verify within 24h or it will be disabled: {link}',
    ],
    follow_bait: ['Promote it on @{spamHandle} 🔥', 'nice pic! DM us for collab 💯', 'want more followers? {link}'],
  },
};

export const URGENT: LanguageTemplates = {
  id: {
    allergy: [
      '{sapa} tolong!! abis pake {product} muka aku merah2, panas, bengkak {emoji} ini harus gimana??',
      'anak aku pake {product} terus kulitnya melepuh, tolong segera ditanggapi',
      'mata aku perih banget kena {product}, udah dibilas tetep merah. harus ke dokter?',
      'gatel2 sekujur muka abis pake {product}, napas juga agak sesak. ini aman gak sih???',
    ],
    going_viral: [
      'kalau sampe besok gak ada tanggapan aku viralin di tiktok ya, {days} hari diabaikan',
      'udah aku rekam unboxingnya, {product} segelnya rusak. siap2 viral',
      'aku bakal spill di twitter kalau refund {order} gak diproses hari ini',
    ],
    regulator: [
      'ini {product} beneran terdaftar BPOM gak? mau aku laporin ke BPOM',
      'aku udah lapor ke YLKI soal refund yang gak diproses, order {order}',
      'nomor BPOM nya gak ketemu di cekbpom, produk ilegal ya?',
    ],
  },
  en: {
    allergy: ['my face is swollen and burning after using {product}. what\'s in it?? please respond asap'],
    going_viral: ['I\'ll post this everywhere if nobody responds today'],
    regulator: ['I\'m reporting this to BPOM. the seal was broken and it smells weird'],
  },
};
