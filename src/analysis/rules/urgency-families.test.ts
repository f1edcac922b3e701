// High-urgency families of issue #11 (health reactions, account takeover and unauthorised
// charges, data leaks, regulator threats, going public, counterfeits and scams), round four.
// The examples were written for these rules from the family names alone; none comes from a
// blind set. They are tuning examples: the blind sets measure the rules.
import { describe, expect, it } from 'vitest';
import { analyze } from '../index.js';

describe('high-urgency families', () => {
  it.each([
    ['health_risk', 'sejak pakai toner ini muka jadi radang dan berjerawat parah'],
    ['health_risk', 'suami saya sakit perut habis makan nugget kalian'],
    ['health_risk', 'my eyes are stinging and red since using the mascara'],
    ['health_risk', 'bayiku ruam-ruam kena popok ini'],
    ['health_risk', 'lidah saya mati rasa setelah minum jamu ini'],
    ['unauthorised_charge', 'saldo gopay kepotong 500rb padahal saya tidak belanja'],
    ['unauthorised_charge', 'unknown purchases on my account this morning'],
    ['unauthorised_charge', 'akun shopee saya ada pesanan yang bukan saya buat'],
    ['data_leak', 'ada yang tahu nama dan alamat saya dari pesanan di sini'],
    ['data_leak', 'someone posted my address online after i ordered from you'],
    ['threatens_regulator', 'i will take this to the authorities'],
    ['threatens_regulator', 'this will go to the ftc'],
    ['threatens_viral', 'fine, my followers will hear about this'],
    ['threatens_viral', 'awas ya aku upload videonya'],
    ['threatens_viral', 'naikin ke medsos aja deh biar direspon'],
    ['threatens_viral', 'i will make a tiktok about how you treated me'],
    ['threatens_viral', 'my 50k followers are going to hear about this'],
    ['account_takeover', 'my password was changed and it was not me'],
    ['account_takeover', 'akun saya tiba-tiba logout sendiri dan emailnya diganti'],
    ['account_takeover', 'poin saya habis dipakai orang lain'],
    ['unauthorised_charge', 'they took money from my account without permission'],
    ['data_leak', 'kurir kalian nyebarin nomor saya ke orang lain'],
    ['data_leak', 'i got an sms with my full name and order number from a random number'],
    ['data_leak', 'foto ktp yang saya upload untuk verifikasi beredar di grup'],
    ['threatens_regulator', 'ini sudah saya teruskan ke kominfo'],
    ['threatens_police', 'ready to take legal action'],
    ['counterfeit_or_scam', 'got a message from your number asking me to transfer money for a prize'],
    ['health_risk', 'rambut saya rontok parah setelah pakai shampo ini'],
  ])('%s: %s', (reason, text) => {
    const result = analyze(text);
    expect(result.urgency).toBe('high');
    expect(result.reasons).toContain(reason);
  });

  it.each([
    'kak, aman nggak buat kulit sensitif? takut alergi',
    'tidak ada reaksi apa-apa di kulitku, cocok banget',
    'sakit kepala ilang setelah minum teh hangat kalian, makasih',
    'ada yang tahu alamat toko offline kalian?',
    'how do i update my phone number on my account?',
    'saya belum pernah order di sini, ada promo?',
    'i have never ordered before, any discount code?',
    'will you go to the expo in jakarta?',
    'i will forward the invoice to my office',
    'my order status says unknown, where is it?',
    'status pesanan saya unknown terus kak',
    'bisa transfer saldo ke orang lain?',
    'kak, ongkir ditagih dua kali ya kalau beda alamat?',
    'this hair mask stopped my hair falling out, thanks!',
    'please send the parcel to my address, not to someone else',
    'legal action? no, just asking about the return policy',
    'ikut giveaway, kalau menang ongkir bayar sendiri ya?',
    'Salah satu agensi memperingatkan legal action terhadap fansite',
    'handphone saya jatuh di aspal pas naik motor',
    'uang itu candu, nggak pernah bikin merasa cukup',
    'bersin terus, gatel banget hidung saya kena debu',
    'hot plate nya masih panas. makanan nya enak di lidah saya, rekomendasi!',
    'perut saya kenyang banget habis makan nugget kalian enak',
  ])('is not high urgency: %s', (text) => {
    expect(analyze(text).urgency).not.toBe('high');
  });
});
