// What a generated message was written to be. The label travels with simulated events for tests
// and the demo's answer key only: Sapa's analysis must work from the text, never from this.

export const MESSAGE_CATEGORIES = [
  'price_question',
  'stock_question',
  'shipping_question',
  'hours_question',
  'product_question',
  'order_status',
  'complaint',
  'sarcasm',
  'praise',
  'purchase_intent',
  'thanks',
  'spam',
  'urgent',
] as const;

export type MessageCategory = (typeof MESSAGE_CATEGORIES)[number];

/**
 * How often each category appears in fresh traffic. `thanks` is zero because it only makes
 * sense as a follow-up to a brand reply, and the event factory asks for it explicitly then.
 */
export const DEFAULT_CATEGORY_WEIGHTS: Readonly<Record<MessageCategory, number>> = {
  price_question: 10,
  stock_question: 7,
  shipping_question: 9,
  hours_question: 3,
  product_question: 9,
  order_status: 9,
  complaint: 11,
  sarcasm: 4,
  praise: 12,
  purchase_intent: 10,
  thanks: 0,
  spam: 9,
  urgent: 2,
};

/** Categories a brand would answer: spam is left alone (or hidden), a thank-you needs no reply. */
export function expectsAnswer(category: MessageCategory): boolean {
  return category !== 'spam' && category !== 'thanks';
}

/** The mood that picks the emoji a follower adds. */
export type Mood = 'happy' | 'sad' | 'angry' | 'neutral' | 'spam';

export const CATEGORY_MOOD: Readonly<Record<MessageCategory, Mood>> = {
  price_question: 'neutral',
  stock_question: 'neutral',
  shipping_question: 'neutral',
  hours_question: 'neutral',
  product_question: 'neutral',
  order_status: 'sad',
  complaint: 'angry',
  sarcasm: 'angry',
  praise: 'happy',
  purchase_intent: 'happy',
  thanks: 'happy',
  spam: 'spam',
  urgent: 'sad',
};
