// Praise, purchase intent and thank-you follow-ups: the positive half of the inbox, which the
// emotion pillar wants an SMO to notice and answer as warmly as the complaints.
import type { LanguageTemplates } from './types.js';

export const PRAISE: LanguageTemplates = {
  id: {
    praise: [
      '{product} nya enak banget dipake, ringan gak lengket {emoji}',
      'udah {weeks} minggu pake {product}, bekas jerawat mulai pudar. makasih {brand}!',
      'packingnya rapi banget, thank you {sapa} {emoji}',
      'sunscreen terenak yang pernah aku coba, no whitecast',
      'repurchase ke-{nth} {product}, sukaa banget',
      'CS nya ramah, dijelasin sampe paham. love {brand} {emoji}',
      'fix holy grail, {product} gak pernah absen dari skincare routine aku',
      'baru nyampe di {city}, cepet banget pengirimannya {emoji}',
      'worth it banget sih harga segini',
      'literally kulitku jadi lebih kalem sejak pake {product} {emoji}',
      'aku yang {skin} cocok pake {product}, so far so good',
    ],
  },
  en: {
    praise: [
      'loving the {product}! my skin feels so soft {emoji}',
      'repurchased {product} for the {nth} time, holy grail',
      'fast shipping to {city}, well packed. thank you!',
      'best local sunscreen I\'ve tried, no white cast at all',
      'your CS was super helpful, thank you {emoji}',
    ],
  },
};

export const PURCHASE_INTENT: LanguageTemplates = {
  id: {
    order: [
      'mau order {n} dong {sapa}',
      '{sapa} mau beli {product} {n} pcs, caranya gimana?',
      'cara order gimana {sapa}? via DM bisa?',
      '{sapa}, aku mau {product} {n}, kirim ke {city} ya. totalnya berapa?',
      'cek DM ya {sapa}, mau order {emoji}',
      'checkout dimana {sapa}? link {marketplace} nya mana',
      'mau ambil {product} + {product2} dong, masih ada promonya?',
      'bisa PO gak {sapa}? mau {oosProduct} {n}',
    ],
    reseller: ['mau jadi reseller {sapa}, syaratnya apa aja?', 'buka dropship gak {sapa}?'],
  },
  en: {
    order: [
      'I\'d like to order {n} {product} please',
      'how do I order? can I buy via DM?',
      'where can I buy {product}? link please',
      'want to grab {product} + {product2}, is the promo still on?',
    ],
    reseller: ['do you have a reseller program?'],
  },
};

export const THANKS: LanguageTemplates = {
  id: {
    thanks: [
      'oke {sapa} makasih infonya {emoji}',
      'siap {sapa}, makasih ya',
      'udah aku DM ya {sapa}',
      'makasih banyak {sapa}, ditunggu',
      'wah cepet banget balesnya, thank you {sapa}!',
      'okee noted {sapa} 🙏',
    ],
  },
  en: {
    thanks: ['thanks for the quick reply!', 'ok noted, thank you', 'got it, thanks {emoji}', 'perfect, just sent you a DM'],
  },
};
