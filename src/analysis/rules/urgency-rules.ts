// What makes a message urgent (`high`): harm to health or safety, a threat to go to a
// regulator, the police or the public, fraud, a data leak, or money lost.
import { onEither, onNormalized, words, type Rule } from './rule.js';

const REGULATORS = String.raw`(?:bpom|ylki|ojk|bpsk|kemendag|dinas kesehatan|lapor\.go\.id|ombudsman|kominfo|consumer protection|regulator)`;

export const URGENCY_RULES: readonly Rule[] = [
  onNormalized('health_risk', 'alergi allergic gatal bengkak ruam rash rashes diare muntah keracunan poisoning sesak ugd igd er sakit hospital melepuh iritasi perih mual merkuri belatung kecoa berjamur mold serpihan pecahan piece eyes gembung', /\b(?:alergi|allergic|gatal|bengkak|ruam|rash|rashes|diare|muntah|keracunan|poisoning|sesak (?:napas|nafas)|ugd|igd|in the er|rumah sakit|hospital|melepuh|iritasi|perih|sakit perut|mual|merkuri|belatung|kecoa|berjamur|mold|serpihan kaca|pecahan kaca|piece of (?:metal|glass)|eyes are burning|gembung)\b/),
  onNormalized('safety_risk', 'meledak ledakan kebakaran terbakar korslet korsleting nyetrum kesetrum asap berasap smoking exploded explode fire swelled rem blong celaka kecelakaan tertelan nelen menelan choking ugal nabrak berbahaya dangerous sni', /\b(?:meledak|ledakan|kebakaran|terbakar|korslet|korsleting|nyetrum|kesetrum|keluar asap|berasap|smoking|exploded|explode|caught fire|swelled|rem (?:mobil saya )?blong|celaka|kecelakaan|tertelan|nelen|menelan|choking|ugal-ugalan|hampir nabrak|berbahaya|dangerous|tidak sesuai sni)\b/),
  onEither('threatens_regulator', 'bpom ylki ojk bpsk kemendag dinas ombudsman kominfo consumer regulator _url', new RegExp(String.raw`\b(?:lapor\w*|adu\w*|report\w*|complaint with|bawa ke)\b[^.?!]{0,40}\b${REGULATORS}\b`)),
  onNormalized('threatens_police', 'polisi police hukum pengacara lawyer gugat digugat sue somasi pidana', /\b(?:polisi|police|jalur hukum|pengacara|lawyer|gugat|digugat|sue|somasi|pidana|lapor polisi)\b/),
  onNormalized('threatens_viral', 'viralkan viralin memviralkan siap viral spill sebar sebarkan sebarin sebarluaskan posting post everyone biar', /\b(?:viralkan|viralin|memviralkan|siap-siap viral|biar viral|bikin viral|going viral|spill|sebarkan|sebarin|saya sebar\w*|posting di (?:twitter|tiktok|facebook|ig|instagram|media)|post(?:ing)? (?:it|this) (?:on|everywhere)|everyone should know|biar semua (?:orang )?tahu|(?:sudah|udah) viral)\b/),
  onNormalized('fraud', 'penipuan penipu ditipu scam fraud ngaku mengaku claiming otp', /\b(?:penipuan|penipu|ditipu|scam|fraud|ngaku(?:-ngaku)? (?:admin|cs)|mengaku (?:sebagai )?(?:admin|cs)|claiming to be|asked for my otp|minta (?:kode )?otp (?:ke|dari) saya)\b/),
  onNormalized('data_leak', 'data dibobol diretas hacked leaked leak transaksi bukan disebar dipakai', /\b(?:data (?:pribadi )?(?:saya |aku )?(?:bocor|disebar|dicuri)|dibobol|diretas|hacked|leaked my data|data leak|transaksi yang bukan|bukan (?:dari )?saya lakukan|bukan dari saya|disebar|dipakai orang)\b/),
  {
    reason: 'money_lost',
    // Every branch below contains one of these words.
    triggers: words('kepotong terpotong terdebet didebet charged saldo uang dirugikan gone transfer bayar paid'),
    matches: (t) =>
      (/\b(?:kepotong|terpotong|terdebet|didebet|charged)\b/.test(t.normalized) && /\b(?:dua kali|2 kali|twice|three times|belum masuk|tidak masuk|gagal|failed|hilang)\b/.test(t.normalized)) ||
      /\b(?:saldo (?:saya |aku )?(?:hilang|raib)|uang (?:saya |aku )?(?:hilang|raib)|dirugikan|\$\d+ gone|uang usaha saya tertahan)\b/.test(t.normalized) ||
      /\b(?:sudah|already) (?:transfer|bayar|paid)\b[^.?!]{0,50}\b(?:tidak|never|menghilang)\b/.test(t.normalized),
  },
];

export const HIGH_URGENCY_REASONS: ReadonlySet<string> = new Set(URGENCY_RULES.map((r) => r.reason));
