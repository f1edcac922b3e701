// Behaviour of analyze() on messages a brand's inbox gets: every label, slang, negation,
// code-mixing. Each case is a plain message a Social Media Officer would recognise.
import { describe, expect, it } from 'vitest';
import { analyze, EMOTION_LABELS, INTENT_LABELS, SENTIMENT_LABELS, URGENCY_LABELS } from './index.js';

describe('analyze: contract', () => {
  const result = analyze('kak, paketnya udah nyampe? makasih ya 🙏');

  it('has every public field with a valid label', () => {
    expect(['id', 'en', 'mixed', 'other']).toContain(result.language);
    expect(SENTIMENT_LABELS).toContain(result.sentiment.label);
    expect([...EMOTION_LABELS, 'none']).toContain(result.emotion.label);
    for (const intent of result.intents) expect(INTENT_LABELS).toContain(intent);
    expect(URGENCY_LABELS).toContain(result.urgency);
    expect(Array.isArray(result.reasons)).toBe(true);
    expect(Array.isArray(result.keywords)).toBe(true);
    expect(Array.isArray(result.pii)).toBe(true);
  });

  it('gives sentiment scores that sum to 1 and emotion scores for the five emotions', () => {
    const { positive, neutral, negative } = result.sentiment.scores;
    expect(positive + neutral + negative).toBeCloseTo(1, 9);
    expect(Object.keys(result.emotion.scores).sort()).toEqual([...EMOTION_LABELS].sort());
    expect(Object.values(result.emotion.scores).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it('is deterministic', () => {
    expect(analyze('kak, paketnya udah nyampe? makasih ya 🙏')).toEqual(result);
  });
});

describe('analyze: sentiment', () => {
  it.each([
    ['positive', 'enak banget kak, anak-anak suka semua'],
    ['positive', 'Great quality and fast delivery, thank you!'],
    ['neutral', 'kak, toko buka jam berapa?'],
    ['neutral', 'What time do you open on Sunday?'],
    ['negative', 'kecewa, barangnya rusak dan cs tidak membalas'],
    ['negative', 'Terrible service, my order is two weeks late.'],
  ])('%s: %s', (label, text) => {
    expect(analyze(text).sentiment.label).toBe(label);
  });
});

describe('analyze: emotion', () => {
  it.each([
    ['anger', 'kesal banget, udah 3 kali komplain tidak ada tanggapan, payah'],
    ['fear', 'saya takut dan khawatir, anak saya bengkak setelah pakai produk ini'],
    ['joy', 'senang banget akhirnya paketnya datang, terima kasih!'],
    ['love', 'aku cinta banget sama brand ini 😍❤️'],
    ['sadness', 'sedih, kado ulang tahun buat ibu datangnya rusak 😢'],
    ['none', 'kak, ukuran L masih ada?'],
    ['none', 'Do you ship to Surabaya?'],
    ['none', 'toko buka jam 10 pagi'],
  ])('%s: %s', (label, text) => {
    expect(analyze(text).emotion.label).toBe(label);
  });
});

describe('analyze: intents and reasons', () => {
  it.each([
    ['kak harga yg 500ml brp ya?', 'question', 'asks_price'],
    ['ready stok ga kak yg coklat?', 'question', 'asks_stock'],
    ['ongkir ke makassar berapa ya kak', 'question', 'asks_shipping'],
    ['min, outlet bintaro buka jam berapa?', 'question', 'asks_hours'],
    ['kak resi pesanan saya udah keluar belum?', 'question', 'asks_order_status'],
    ['udah seminggu paket belum sampai, kecewa', 'complaint', 'reports_delay'],
    ['barangnya datang pecah semua', 'complaint', 'reports_damage'],
    ['mau order 2 ya kak yang ukuran M', 'purchase_intent', 'wants_to_buy'],
    ['cek bio aku ya kak, ada promo 🔥', 'spam', 'link_in_bio'],
    ['follow back dong kak, f4f', 'spam', 'follow_for_follow'],
    ['slot gacor hari ini maxwin, daftar sekarang', 'spam', 'gambling_promo'],
    ['investasi crypto profit 30% per minggu, dm untuk join', 'spam', 'crypto_promo'],
    ['SELAMAT! akun anda memenangkan giveaway, klaim hadiah di link bio', 'spam', 'giveaway_scam'],
    ['akun anda akan diblokir, verifikasi di shopee-verifikasi.xyz', 'spam', 'phishing_link'],
  ])('%s → %s (%s)', (text, intent, reason) => {
    const result = analyze(text);
    expect(result.intents).toContain(intent);
    expect(result.reasons).toContain(reason);
  });

  it('finds praise', () => {
    expect(analyze('mantap kak, packing rapi dan pengiriman cepat, recommended!').intents).toEqual(['praise']);
  });

  it('reads sarcasm as a complaint with negative sentiment', () => {
    const result = analyze('mantap, paket nyampe 3 minggu 👍');
    expect(result.intents).toContain('complaint');
    expect(result.intents).not.toContain('praise');
    expect(result.reasons).toContain('sarcasm');
    expect(result.sentiment.label).toBe('negative');
  });

  it('keeps spam alone: a spam message asks nothing and praises nothing', () => {
    const result = analyze('produk bagus! mau penghasilan 2jt per hari? cek bio ya');
    expect(result.intents).toEqual(['spam']);
    expect(result.urgency).toBe('low');
  });
});

describe('analyze: sentiment cues', () => {
  it.each([
    'Hebat ya, paket ilang dua kali 👏',
    'great job losing my bag again',
    'wow thanks for cancelling my order 🙄',
    'the package never arrived',
    'I was double charged for one order',
  ])('reads %s as negative (sarcasm or a complaint fact)', (text) => {
    expect(analyze(text).sentiment.label).toBe('negative');
  });

  it('reads a negated complaint word as positive', () => {
    expect(analyze('nggak pernah kecewa sama produk ini').sentiment.label).toBe('positive');
  });

  it.each(['Tidak ada yang rusak, semua sampai utuh.', 'Never once had an issue with the app, it just works.', 'I have zero complaints about the service.'])(
    'reads negation scope, not the complaint words: %s',
    (text) => {
      expect(analyze(text).sentiment.label).toBe('positive');
    },
  );

  it.each(['belum pernah ada keluhan', 'tidak ada masalah sama sekali', 'no complaints so far'])('gives praise by negation no anger: %s', (text) => {
    expect(['joy', 'love', 'none']).toContain(analyze(text).emotion.label);
  });

  it('does not take "never disappointed" with an order for a charge the follower never made', () => {
    expect(analyze('Gak pernah nyesel order di sini, selalu fresh.').urgency).not.toBe('high');
  });
});

describe('analyze: urgency', () => {
  it.each([
    ['anak saya gatal-gatal dan bengkak setelah pakai lotion ini', 'health_risk'],
    ['We all got food poisoning after dinner at your restaurant.', 'health_risk'],
    ['charger nya meledak dan hampir kebakaran', 'safety_risk'],
    ['kalau tidak ada tanggapan saya laporkan ke BPOM', 'threatens_regulator'],
    ['ini penipuan, saya lapor polisi', 'threatens_police'],
    ['saya viralkan kalau tidak ada solusi hari ini', 'threatens_viral'],
    ['ada yang ngaku admin minta kode OTP ke saya', 'counterfeit_or_scam'],
    ['akun gue dibajak, semua poin habis dipakai orang', 'account_takeover'],
    ['There is a charge on my card from you that I never made', 'unauthorised_charge'],
    ['a stranger texted me my address and what I ordered from you', 'data_leak'],
    ['besok saya adukan ke YLKI kalau refund belum cair', 'threatens_regulator'],
    ['mau aku spill di TikTok kelakuan CS kalian', 'threatens_viral'],
    ['barang yang datang palsu, segelnya beda', 'counterfeit_or_scam'],
    ['mata saya merah dan perih sejak pakai maskara ini', 'health_risk'],
    ['data pribadi saya bocor setelah belanja di sini', 'data_leak'],
    ['saldo kepotong dua kali tapi pesanan cuma satu', 'money_lost'],
    ['I keep getting login codes I never requested', 'account_takeover'],
    ['kode verifikasi masuk terus padahal aku gak lagi login', 'account_takeover'],
    ['Reporting you to trading standards today.', 'threatens_regulator'],
    ['kalau nggak ditanggapi aku bikin thread biar semua tau', 'threatens_viral'],
  ])('high: %s (%s)', (text, reason) => {
    const result = analyze(text);
    expect(result.urgency).toBe('high');
    expect(result.reasons).toContain(reason);
  });

  it('is normal for questions and complaints, low for praise, thanks and spam', () => {
    expect(analyze('kak, bisa COD?').urgency).toBe('normal');
    expect(analyze('pesanan saya belum datang juga').urgency).toBe('normal');
    expect(analyze('enak banget, makasih kak!').urgency).toBe('low');
    expect(analyze('oke kak, makasih').urgency).toBe('low');
    expect(analyze('slot gacor maxwin').urgency).toBe('low');
  });

  it.each([
    'spill dong kak harga bundlingnya',
    'kalau kulit saya alergi kacang, aman pakai ini?',
    'cara bedain produk asli dan palsu gimana ya?',
    'Never had any irritation with your products, love them',
    'polisi tidur depan gudang bikin kardusnya penyok',
    'botolnya bocor di dalam paket',
    'I will post my honest review on TikTok this weekend, loved the set!',
    'racun banget produk ini, berbahaya buat dompet',
    'cara ganti password akun gimana?',
  ])('not high: %s', (text) => {
    expect(analyze(text).urgency).not.toBe('high');
  });

  it('does not take a question about registration for a threat', () => {
    expect(analyze('kak udah ada bpom nya belum?').urgency).toBe('normal');
  });
});

describe('analyze: everyday Indonesian', () => {
  it('understands slang and stretched letters', () => {
    expect(analyze('enakkkk bgttt kakkk, mantul').sentiment.label).toBe('positive');
    expect(analyze('gk jls bgt, udh 2 mgg blm nyampe2').sentiment.label).toBe('negative');
    expect(analyze('brp hrg nya sis?').reasons).toContain('asks_price');
  });

  it('handles negation both ways', () => {
    expect(analyze('rasanya tidak enak').sentiment.label).toBe('negative');
    expect(analyze('gak jelek kok, malah bagus').sentiment.label).toBe('positive');
    expect(analyze('tidak rusak, aman sampai').reasons).not.toContain('reports_damage');
  });

  it('reads emoji and emoticons', () => {
    expect(analyze('😍😍😍').sentiment.label).toBe('positive');
    expect(analyze('😡😡').sentiment.label).toBe('negative');
    expect(analyze(':(').sentiment.label).toBe('negative');
  });

  it('keeps address words out of keywords', () => {
    expect(analyze('kak min gan sis, sambal ini pedas?').keywords).toEqual(['sambal', 'pedas']);
  });

  it('keeps filler words and chat spellings of function words out of keywords (they were topping the triggers)', () => {
    expect(analyze('aku ingin tanya, lalu paketnya yg kemarin gak sampai, gimana ya').keywords).toEqual(['tanya', 'paketnya']);
  });
});

describe('analyze: language', () => {
  it.each([
    ['id', 'kak, pesanan saya kapan dikirim ya?'],
    ['en', 'When will my order be shipped?'],
    ['mixed', 'kak, is the size M still available? mau order'],
    ['mixed', 'the delivery is so slow, udah 10 hari belum sampe'],
    ['other', '今天的订单什么时候发货？'],
    ['other', 'Когда будет доставка?'],
    ['other', '🙏🙏'],
  ])('%s: %s', (language, text) => {
    expect(analyze(text).language).toBe(language);
  });
});
