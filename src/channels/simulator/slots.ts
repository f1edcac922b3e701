// Fills the {slots} of one template. A slot filled once keeps its value for the whole message,
// so "{product} … {price}" quotes the price of that product, and {product2} is a different one.
import { formatRupiah, type BrandProduct, type BrandProfile } from './brand.js';
import type { Mood } from './categories.js';
import type { MessageLanguage } from './followers.js';
import { chance, pick, pickWeighted, randomDigits, randomInt, type RandomSource } from './random.js';

const JAKARTA_OFFSET_MS = 7 * 60 * 60 * 1000;

const CITIES = ['Jakarta', 'Bekasi', 'Depok', 'Tangerang', 'Bogor', 'Bandung', 'Surabaya', 'Semarang', 'Jogja', 'Solo', 'Malang', 'Medan', 'Palembang', 'Makassar', 'Balikpapan', 'Samarinda', 'Pontianak', 'Denpasar', 'Manado', 'Pekanbaru', 'Padang', 'Banjarmasin', 'Kupang', 'Jayapura', 'Ambon', 'Lampung'];
const COURIERS = ['JNE', 'J&T', 'SiCepat', 'AnterAja', 'Ninja Xpress', 'SPX', 'GoSend', 'GrabExpress', 'Pos Indonesia', 'Lion Parcel'];
const MARKETPLACES = ['Shopee', 'Tokopedia', 'TikTok Shop', 'Lazada', 'Blibli'];
const PHISHING_LINKS = ['bit.ly/klaim-hadiah-glw', 's.id/glowria-giveaway', 'glowria-hadiah.xyz/klaim', 'meta-support-center.help/appeal', 'https://fb-verify-page.com/review?id=88172'];
const GAMBLING_SITES = ['gacor88.vip', 'jp-maxwin.xyz', 'hoki777.site', 'cuanslot.top'];
const SPAM_HANDLES = ['glowria.giveaway.official', 'investasi_cuan_id', 'sarah_fx_trader', 'promo.viral.id'];
const SKIN_ID = ['kulit berminyak', 'kulit kering', 'kulit sensitif', 'kulit kombinasi', 'kulit acne prone'];
const SKIN_EN = ['oily skin', 'dry skin', 'sensitive skin', 'combination skin', 'acne-prone skin'];
/** How followers address the admin; "kak" dominates in Indonesian online shops. */
const ADDRESS_WEIGHTS = { kak: 34, min: 20, kakak: 6, mimin: 7, admin: 8, 'kak min': 6, sis: 5, gan: 2, kaa: 3 };

const EMOJI: Readonly<Record<Mood, readonly string[]>> = {
  happy: ['😍', '🥰', '✨', '💕', '🤍', '😊', '🙏', '❤️', '👍', '🥹', '💖'],
  sad: ['😭', '🥲', '😢', '😞', '🙏', '🤦‍♀️', '😩'],
  angry: ['😡', '😤', '🙄', '💢', '😠', '🤦🏻‍♀️', '🤬'],
  neutral: ['🙏', '😊', '😅', '🤔', '🙏🏻', '☺️'],
  spam: ['🔥', '💰', '🎁', '🎉', '💯', '✅'],
};

export interface SlotContext {
  random: RandomSource;
  brand: BrandProfile;
  language: MessageLanguage;
  mood: Mood;
  /** When the message is written: order numbers carry a recent date. */
  now: number;
}

function ordinal(n: number): string {
  return n === 2 ? '2nd' : n === 3 ? '3rd' : `${n}th`;
}

/** How followers quote a price: Rp89.000, 89rb, 89k, 89 ribu. */
function followerPrice(amount: number, random: RandomSource): string {
  const thousands = Math.round(amount / 1000);
  return pick(random, [formatRupiah(amount), formatRupiah(amount), `${thousands}rb`, `${thousands}k`, `${thousands} ribu`]);
}

/** INV/20261120/0042, #SP12345 or GLW-7F3K2Q: the shop, the marketplace and the brand's own format. */
function orderNumber(now: number, random: RandomSource): string {
  const ordered = new Date(now + JAKARTA_OFFSET_MS - randomInt(random, 1, 10) * 86_400_000);
  const date = `${ordered.getUTCFullYear()}${String(ordered.getUTCMonth() + 1).padStart(2, '0')}${String(ordered.getUTCDate()).padStart(2, '0')}`;
  switch (randomInt(random, 0, 2)) {
    case 0: return `INV/${date}/${randomDigits(random, 4, false)}`;
    case 1: return `#SP${randomDigits(random, 5)}`;
    default: return `GLW-${randomDigits(random, 3)}${pick(random, ['A', 'F', 'K', 'Q', 'X'])}${randomDigits(random, 2)}`;
  }
}

export class SlotFiller {
  private readonly values = new Map<string, string>();
  private product: BrandProduct | undefined;
  /** The product the message ends up being about, for the demo's answer key. */
  productId: string | undefined;

  constructor(private readonly context: SlotContext) {}

  fill(template: string): string {
    return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
      const known = this.values.get(name);
      if (known !== undefined) return known;
      const value = this.resolve(name);
      this.values.set(name, value);
      return value;
    });
  }

  private mainProduct(): BrandProduct {
    this.product ??= pick(this.context.random, this.context.brand.products);
    this.productId ??= this.product.id;
    return this.product;
  }

  private alias(product: BrandProduct): string {
    return pick(this.context.random, product.aliases[this.context.language]);
  }

  private resolve(name: string): string {
    const { random, brand, language } = this.context;
    switch (name) {
      case 'sapa': return language === 'id' ? pickWeighted(random, ADDRESS_WEIGHTS) : '';
      case 'product': return this.alias(this.mainProduct());
      case 'product2': {
        const main = this.mainProduct();
        return this.alias(pick(random, brand.products.filter((product) => product.id !== main.id)));
      }
      case 'oosProduct': {
        const outOfStock = brand.products.filter((product) => !product.inStock);
        const product = outOfStock.length > 0 ? pick(random, outOfStock) : this.mainProduct();
        this.productId ??= product.id;
        return this.alias(product);
      }
      case 'price': return followerPrice(this.mainProduct().priceRupiah, random);
      case 'size': return this.mainProduct().size;
      case 'city': return pick(random, CITIES);
      case 'courier': return pick(random, COURIERS);
      case 'order': return orderNumber(this.context.now, random);
      case 'n': return String(randomInt(random, 2, 5));
      case 'nth': return language === 'id' ? String(randomInt(random, 2, 6)) : ordinal(randomInt(random, 2, 6));
      case 'days': return String(randomInt(random, 3, 14));
      case 'weeks': return String(randomInt(random, 2, 4));
      case 'marketplace': return pick(random, MARKETPLACES);
      case 'link': return pick(random, PHISHING_LINKS);
      case 'spamSite': return pick(random, GAMBLING_SITES);
      case 'spamHandle': return pick(random, SPAM_HANDLES);
      case 'brand': return brand.name;
      case 'skin': return pick(random, language === 'id' ? SKIN_ID : SKIN_EN);
      case 'emoji': return this.emoji();
      default: throw new Error(`Unknown template slot {${name}}`);
    }
  }

  /** One emoji, sometimes repeated ("😭😭😭") the way people do when they mean it. */
  private emoji(): string {
    const { random, mood } = this.context;
    const emoji = pick(random, EMOJI[mood]);
    return chance(random, 0.2) ? emoji.repeat(randomInt(random, 2, 3)) : emoji;
  }
}

export function moodEmoji(mood: Mood, random: RandomSource): string {
  return pick(random, EMOJI[mood]);
}
