// Section C of TRUST-RULES.md: hard selling.
import type { RuleMeta } from './meta.js';

export const PRESSURE_RULES: readonly RuleMeta[] = [
  {
    id: 'PRESSURE.FAKE_URGENCY', category: 'pressure', defaultSeverity: 'warn',
    source: 'UCPD Annex I no. 7; UK CAP 3.31',
    message: { id: 'Desakan waktu tanpa batas waktu yang nyata.', en: 'Urgency with no real deadline.' },
    suggestion: { id: 'Tulis tanggal dan jam berakhir yang sebenarnya, mis. "berlaku s.d. 30 Juni 2025, 23.59 WIB", atau hapus desakannya.', en: 'State the real end date and time, e.g. "until 30 June 2025, 23:59 WIB", or drop the urgency.' },
  },
  {
    id: 'PRESSURE.FAKE_SCARCITY', category: 'pressure', defaultSeverity: 'warn',
    source: 'OJK enforcement 2023–24; UK CAP 3.27–3.29',
    message: { id: 'Kelangkaan tanpa angka atau dasar.', en: 'Scarcity with no number or basis.' },
    suggestion: { id: 'Sebut jumlah sebenarnya dan dasarnya (mis. "edisi ini dibuat 500 pcs"), atau cukup beri info stok tanpa mendesak.', en: 'Give the real quantity and its basis (e.g. "500 made in this edition"), or share stock info without pushing.' },
  },
  {
    id: 'PRESSURE.CTA_STACK', category: 'pressure', defaultSeverity: 'info',
    source: 'Okazaki, Mueller & Taylor 2010 (hard vs soft sell)',
    message: { id: 'Terlalu banyak ajakan membeli dalam teks pendek.', en: 'Several calls to action in a short text.' },
    suggestion: { id: 'Pakai satu ajakan yang lembut, mis. "kalau cocok, detailnya ada di link bio".', en: 'Use one gentle invitation, e.g. "if it suits you, details are in the link".' },
  },
  {
    id: 'PRESSURE.FOMO_SHAME', category: 'pressure', defaultSeverity: 'warn',
    source: 'Mathur et al. 2019 (dark patterns)',
    message: { id: 'Menakut-nakuti ketinggalan atau mempermalukan pembaca.', en: 'Fear of missing out or shaming the reader.' },
    suggestion: { id: 'Ceritakan manfaatnya dan biarkan pembaca memutuskan, mis. "kalau butuh, kami siap bantu pilih".', en: 'Describe the benefit and let the reader decide, e.g. "if you need one, we are happy to help you pick".' },
  },
  {
    id: 'PRESSURE.TYPOGRAPHY', category: 'pressure', defaultSeverity: 'info',
    source: 'Google Ads editorial policy',
    message: { id: 'Tulisan "berteriak": huruf kapital beruntun, tanda seru berulang, huruf dipanjangkan atau emoji berlebihan.', en: 'Shouting: runs of capitals, repeated "!!", stretched letters or too many emoji.' },
    suggestion: { id: 'Tulis dengan huruf biasa, satu tanda seru cukup, dan paling banyak beberapa emoji.', en: 'Use normal case, one exclamation mark, and only a few emoji.' },
  },
];
