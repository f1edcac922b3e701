// The follower-message generator: picks a category, a language and a template, fills the slots
// and varies the result. Deterministic for a given random source, so a seed replays a demo.
import { GLOWRIA, type BrandProfile } from './brand.js';
import { CATEGORY_MOOD, DEFAULT_CATEGORY_WEIGHTS, type MessageCategory } from './categories.js';
import type { MessageLanguage } from './followers.js';
import { chance, pick, pickWeighted, type RandomSource } from './random.js';
import { SlotFiller } from './slots.js';
import { TEMPLATES } from './templates/index.js';
import { varyText } from './variation.js';

export interface GeneratedMessage {
  /** What the text was written to be: for tests and the demo only, never for Sapa's own analysis. */
  category: MessageCategory;
  /** Finer label inside the category: late_parcel, refund, judi_online, allergy … */
  topic: string;
  language: MessageLanguage;
  text: string;
  /** The product the message is about, when it names one. */
  productId?: string;
}

export interface GenerateOptions {
  category?: MessageCategory;
  /** Default: Indonesian about four times in five. */
  language?: MessageLanguage;
  /** When the message is written (order numbers carry a recent date). Default: 2026-11-20. */
  now?: number;
}

export interface MessageGeneratorOptions {
  random: RandomSource;
  brand?: BrandProfile;
  categoryWeights?: Partial<Record<MessageCategory, number>>;
  /** Share of messages in English when the caller does not choose. */
  englishShare?: number;
}

const DEFAULT_NOW = Date.UTC(2026, 10, 20, 5, 0, 0);

export class FollowerMessageGenerator {
  private readonly random: RandomSource;
  private readonly brand: BrandProfile;
  private readonly weights: Readonly<Record<MessageCategory, number>>;
  private readonly englishShare: number;

  constructor(options: MessageGeneratorOptions) {
    this.random = options.random;
    this.brand = options.brand ?? GLOWRIA;
    this.weights = { ...DEFAULT_CATEGORY_WEIGHTS, ...options.categoryWeights };
    this.englishShare = options.englishShare ?? 0.2;
  }

  generate(options: GenerateOptions = {}): GeneratedMessage {
    const random = this.random;
    const category = options.category ?? pickWeighted(random, this.weights);
    const language = options.language ?? (chance(random, this.englishShare) ? 'en' : 'id');
    const topics = TEMPLATES[category][language];
    const topic = pick(random, Object.keys(topics));
    const template = pick(random, topics[topic] ?? []);
    const mood = CATEGORY_MOOD[category];
    const slots = new SlotFiller({ random, brand: this.brand, language, mood, now: options.now ?? DEFAULT_NOW });
    const text = varyText(slots.fill(template), { language, mood, keepShape: category === 'spam' }, random);
    return { category, topic, language, text, ...(slots.productId === undefined ? {} : { productId: slots.productId }) };
  }
}
