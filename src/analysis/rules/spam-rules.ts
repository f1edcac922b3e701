// Spam seen under brand posts: "cek bio", follow-for-follow, online gambling, crypto and
// easy-money promotion, fake giveaways and phishing links.
import { onEither, onRaw, type Rule } from './rule.js';

export const SPAM_RULES: readonly Rule[] = [
  onEither('link_in_bio', 'bio profil profile sorotan highlight', /\b(?:cek|check|liat|lihat|klik|click) (?:my |di )?(?:bio|profil|profile|sorotan|highlight)\b|\b(?:link|link alternatif|info) (?:di|in|ada di) (?:bio|profil)\b|\bmy bio\b/),
  onRaw('follow_for_follow', 'f4f l4l folback follback followback follow fff', /\b(?:f4f|l4l|folback|follback|followback|follow back|follow balik|saling follow|follow for follow|fff)\b/),
  onEither('gambling_promo', 'slot gacor maxwin judi togel casino kasino rtp rungkad scatter jackpot jp wd withdraw depo deposit bonus free spins taruhan betting bandar 4d', /\b(?:gacor|maxwin|judi|judol|togel|casino|kasino|rtp|rungkad|scatter|jackpot|taruhan|betting|bandar|4d|bonus new member|free spins|(?:situs|main|akun) slot|slot (?:online|gacor|88|resmi|terpercaya)|(?:pasti|dijamin) (?:jp|wd)|deposit pulsa|depo \d+)\b/),
  onEither('crypto_promo', 'crypto kripto bitcoin btc memecoin airdrop forex trading robot sinyal signals moon returns guaranteed 100x profit cuan', /\b(?:crypto|kripto|bitcoin|btc|memecoin|airdrop|forex|(?:robot|grup|group|join) trading|trading (?:signals?|crypto|forex)|sinyal (?:trading|akurat)|to the moon|\d+x (?:returns|guaranteed)|100x|profit \d+%|cuan (?:maksimal|harian|besar))\b/),
  onEither('giveaway_scam', 'selamat congratulations won selected pemenang memenangkan terpilih undian klaim claim biaya', /\b(?:selamat|congratulations|you won|you've been selected|pemenang|memenangkan|terpilih|undian)\b[^]{0,80}\b(?:hadiah|giveaway|prize|klaim|claim|hubungi|transfer|biaya admin|bank details|kode otp|pencairan)\b|\b(?:klaim|claim) (?:hadiah|your prize)\b|\bbiaya admin\b[^]{0,40}\bklaim\b/),
  onRaw('phishing_link', '_url linktr verifikasi verify diblokir flagged login customs akun', /\b(?:bit\.ly|tinyurl|s\.id|t\.me|wa\.me|linktr\.ee|[a-z0-9-]+-(?:verifikasi|verify|support|center|login|redelivery|hadiah|gratis)[a-z0-9-]*\.[a-z]+|[a-z0-9-]+\.(?:xyz|top|info|site|click|vip))\b|\b(?:(?<!kode )verifikasi|verify now|akun anda akan diblokir|account has been flagged|login di|pay the customs fee|data akun anda perlu)\b/),
  onEither('easy_money', 'penghasilan gaji kerja part earn money bisnis modal pinjaman pinjol cair tambahan home rumah', /\b(?:penghasilan|gaji harian|kerja online|part time|earn \$?\d+|make money|earn money|bisnis tanpa modal|tanpa modal|pinjaman online cair|pinjol (?:cair|legal|cepat|tanpa)|cair \d+ menit|uang tambahan|work(?:ing)? from home|dari rumah)\b/),
  onEither('sells_followers', 'jasa followers tambah buzzer naikin promote endorse collab jual', /\b(?:jasa (?:tambah )?followers|tambah followers|followers murah|followers (?:ig|instagram)|cheap followers|\d+k? followers (?:cuma|only)|buzzer|naikin engagement|promote your page|endorse murah|collab, i promote|jual akun)\b/),
];

export const SPAM_REASONS: ReadonlySet<string> = new Set(SPAM_RULES.map((r) => r.reason));
