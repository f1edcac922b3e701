// The demo brand: Glowria, a fictional Indonesian direct-to-consumer skincare label. Skincare gives
// the demo every situation an SMO meets: price and stock questions, shipping, BPOM registration,
// and the rare but urgent allergic reaction. Names, ids and prices are invented.
import type { Network } from '../types.js';

export type SimulatedNetworkName = Extract<Network, 'facebook' | 'instagram' | 'x' | 'bluesky'>;

export const SIMULATED_NETWORKS: readonly SimulatedNetworkName[] = ['facebook', 'instagram', 'x', 'bluesky'];

export interface BrandProduct {
  id: string;
  name: string;
  /** What followers actually type when they mean this product, per language. */
  aliases: Readonly<Record<'id' | 'en', readonly string[]>>;
  priceRupiah: number;
  size: string;
  inStock: boolean;
  /** Said plainly in posts and replies: the trust pillar forbids over-promising. */
  limitation: Readonly<Record<'id' | 'en', string>>;
}

export interface BrandAccount {
  network: SimulatedNetworkName;
  /** Page id, IG user id, X user id or DID. */
  accountId: string;
  handle: string;
  displayName: string;
}

export interface BrandProfile {
  name: string;
  tagline: string;
  /** IANA zone the brand works in; the history rhythm follows it. */
  timezone: 'Asia/Jakarta';
  serviceHours: { id: string; en: string };
  shipsFrom: string;
  products: readonly BrandProduct[];
  accounts: Readonly<Record<SimulatedNetworkName, BrandAccount>>;
}

export const GLOWRIA: BrandProfile = {
  name: 'Glowria',
  tagline: 'Skincare lokal yang jujur soal hasilnya',
  timezone: 'Asia/Jakarta',
  serviceHours: { id: 'Senin–Sabtu 08.00–21.00 WIB', en: 'Monday–Saturday 8am–9pm WIB' },
  shipsFrom: 'Jakarta Barat',
  products: [
    {
      id: 'serum',
      name: 'Glowria Bright Serum Niacinamide 10%',
      aliases: { id: ['serum', 'serum niacinamide', 'bright serum', 'serumnya'], en: ['serum', 'niacinamide serum', 'bright serum'] },
      priceRupiah: 89_000,
      size: '20 ml',
      inStock: true,
      limitation: {
        id: 'Bekas jerawat memudar bertahap, biasanya 4–8 minggu; tidak menghilangkan flek dalam semalam.',
        en: 'Dark spots fade gradually, usually over 4–8 weeks; it does not erase them overnight.',
      },
    },
    {
      id: 'cleanser',
      name: 'Glowria Gentle Gel Cleanser',
      aliases: { id: ['cleanser', 'facial wash', 'sabun muka', 'gel cleanser'], en: ['cleanser', 'gel cleanser', 'face wash'] },
      priceRupiah: 59_000,
      size: '100 ml',
      inStock: true,
      limitation: {
        id: 'Tidak mengangkat waterproof makeup; pakai pembersih makeup dulu.',
        en: 'It does not remove waterproof makeup; use a makeup remover first.',
      },
    },
    {
      id: 'moisturizer',
      name: 'Glowria Barrier Moisture Gel',
      aliases: { id: ['moisturizer', 'moist', 'pelembab', 'barrier gel'], en: ['moisturizer', 'barrier gel', 'moisture gel'] },
      priceRupiah: 79_000,
      size: '50 g',
      inStock: true,
      limitation: {
        id: 'Untuk kulit sangat kering mungkin perlu lapisan tambahan di malam hari.',
        en: 'Very dry skin may need an extra layer at night.',
      },
    },
    {
      id: 'sunscreen',
      name: 'Glowria Daily Sunscreen SPF 50 PA++++',
      aliases: { id: ['sunscreen', 'sunscreennya', 'ss', 'sunblock'], en: ['sunscreen', 'SPF 50', 'sunblock'] },
      priceRupiah: 69_000,
      size: '40 ml',
      inStock: true,
      limitation: {
        id: 'Perlu diaplikasikan ulang tiap 2–3 jam saat di luar ruangan.',
        en: 'Reapply every 2–3 hours when outdoors.',
      },
    },
    {
      id: 'acne-spot',
      name: 'Glowria Acne Spot Gel',
      aliases: { id: ['acne spot', 'obat jerawat', 'spot gel', 'totol jerawat'], en: ['acne spot gel', 'spot treatment', 'acne gel'] },
      priceRupiah: 49_000,
      size: '15 ml',
      inStock: true,
      limitation: {
        id: 'Untuk jerawat meradang ringan; jerawat batu atau kistik sebaiknya ke dokter kulit.',
        en: 'For mild inflamed spots; cystic acne is a job for a dermatologist.',
      },
    },
    {
      id: 'lip-serum',
      name: 'Glowria Tinted Lip Serum',
      aliases: { id: ['lip serum', 'lip tint', 'lipserum', 'liptint'], en: ['lip serum', 'tinted lip serum', 'lip tint'] },
      priceRupiah: 45_000,
      size: '4 ml',
      inStock: false,
      limitation: {
        id: 'Warna bisa berbeda tipis dari foto tergantung warna bibir asli.',
        en: 'The tint can look slightly different from the photo depending on your natural lip colour.',
      },
    },
  ],
  accounts: {
    facebook: { network: 'facebook', accountId: '104729381562847', handle: 'glowria.id', displayName: 'Glowria Indonesia' },
    instagram: { network: 'instagram', accountId: '17841405822304914', handle: 'glowria.id', displayName: 'Glowria Skincare' },
    x: { network: 'x', accountId: '1456789012345678901', handle: 'glowria_id', displayName: 'Glowria Indonesia' },
    bluesky: { network: 'bluesky', accountId: 'did:plc:glowriaskincareidn7x4q2m', handle: 'glowria.bsky.social', displayName: 'Glowria' },
  },
};

/** "Rp89.000": Indonesian thousands separator, no space, as shops write it. */
export function formatRupiah(amount: number): string {
  return `Rp${String(Math.round(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
}
