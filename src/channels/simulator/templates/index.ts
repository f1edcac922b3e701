// The full template table, one entry per category.
import type { MessageCategory } from '../categories.js';
import { COMPLAINTS, SARCASM } from './complaints.js';
import { PRAISE, PURCHASE_INTENT, THANKS } from './feelings.js';
import { HOURS_EN, ORDER_STATUS_EN, PRICE_EN, PRODUCT_EN, SHIPPING_EN, STOCK_EN } from './questions-en.js';
import { HOURS_ID, ORDER_STATUS_ID, PRICE_ID, PRODUCT_ID, SHIPPING_ID, STOCK_ID } from './questions-id.js';
import { SPAM, URGENT } from './risky.js';
import type { LanguageTemplates } from './types.js';

export type { LanguageTemplates, TopicTemplates } from './types.js';

export const TEMPLATES: Readonly<Record<MessageCategory, LanguageTemplates>> = {
  price_question: { id: PRICE_ID, en: PRICE_EN },
  stock_question: { id: STOCK_ID, en: STOCK_EN },
  shipping_question: { id: SHIPPING_ID, en: SHIPPING_EN },
  hours_question: { id: HOURS_ID, en: HOURS_EN },
  product_question: { id: PRODUCT_ID, en: PRODUCT_EN },
  order_status: { id: ORDER_STATUS_ID, en: ORDER_STATUS_EN },
  complaint: COMPLAINTS,
  sarcasm: SARCASM,
  praise: PRAISE,
  purchase_intent: PURCHASE_INTENT,
  thanks: THANKS,
  spam: SPAM,
  urgent: URGENT,
};
