// Section B of TRUST-RULES.md: what the reader must be told.
import type { RuleMeta } from './meta.js';

export const DISCLOSURE_RULES: readonly RuleMeta[] = [
  {
    id: 'DISCLOSE.TERMS_MISSING', category: 'disclosure', defaultSeverity: 'warn',
    source: 'UU 8/1999 art. 10; OJK ad guideline; UK CAP 3.3',
    message: { id: 'Promo tanpa periode, kuota, minimum belanja atau S&K.', en: 'Promotion with no period, quota, minimum spend or T&C.' },
    suggestion: { id: 'Tulis tanggal berakhir, kuota/minimum bila ada, dan "S&K di link …"; tanda * harus punya catatan kaki.', en: 'State the end date, any quota or minimum, and "T&C at …"; every * needs its footnote.' },
  },
  {
    id: 'DISCLOSE.LIMITATIONS_RISK', category: 'disclosure', defaultSeverity: 'warn',
    source: 'UU 8/1999 art. 9(1)(j), 17(1)(d)',
    message: { id: 'Klaim "untuk semua" atau manfaat tanpa keterbatasan produk yang diketahui.', en: '"For everyone" or a benefit claim without the product\'s known limitations.' },
    suggestion: { id: 'Sebut untuk siapa produk ini tidak cocok dan keterbatasannya (mis. "tidak untuk kulit luka", "hasil bisa berbeda"), atau tautkan ke infonya.', en: 'Say who it is not for and its limitations (e.g. "not for broken skin", "results vary"), or link to them.' },
  },
  {
    id: 'DISCLOSE.FINANCE_RETURN', category: 'disclosure', defaultSeverity: 'block',
    source: 'OJK ad guideline 2019; POJK 22/2023',
    message: { id: 'Menjanjikan imbal hasil, atau produk keuangan tanpa "berizin dan diawasi OJK".', en: 'Promises returns, or a financial product without "licensed and supervised by OJK".' },
    suggestion: { id: 'Jangan janjikan keuntungan; tulis "berizin dan diawasi OJK", risiko ("nilai investasi bisa turun") dan kinerja masa lalu tidak menjamin hasil masa depan.', en: 'Promise no returns; state "licensed and supervised by OJK", the risk ("value can go down"), and that past performance does not guarantee future results.' },
  },
  {
    id: 'DISCLOSE.PAID_PARTNERSHIP', category: 'disclosure', defaultSeverity: 'warn',
    source: 'FTC 16 CFR 255.5; UCPD Annex I no. 11',
    message: { id: 'Konten berbayar/hadiah tanpa label yang jelas.', en: 'Paid or gifted content without a clear label.' },
    suggestion: { id: 'Tulis di awal "#iklan" atau "kerja sama berbayar dengan …"; #sp, #spon, #collab tidak cukup jelas.', en: 'Put "#ad" or "paid partnership with …" up front; #sp, #spon, #collab are not clear enough.' },
  },
  {
    id: 'DISCLOSE.CHILD_APPEAL', category: 'disclosure', defaultSeverity: 'block',
    source: 'UCPD Annex I no. 28; EPI children section',
    message: { id: 'Menyuruh anak meminta orang tua membelikan.', en: 'Tells children to get their parents to buy.' },
    suggestion: { id: 'Bicara kepada orang tua, bukan menyuruh anak membujuk: mis. "Ayah Bunda, info ukuran ada di link".', en: 'Address the parents instead of urging children to pester them: e.g. "Parents, sizes are in the link".' },
  },
];
