// Template tables: per category and language, templates grouped by topic (late parcel, refund …).
// Slots in braces are filled per message: {sapa} {product} {product2} {oosProduct} {price} {size}
// {city} {courier} {order} {n} {nth} {days} {weeks} {marketplace} {link} {spamSite} {spamHandle}
// {brand} {skin} {emoji}.
import type { MessageLanguage } from '../followers.js';

export type TopicTemplates = Readonly<Record<string, readonly string[]>>;

export type LanguageTemplates = Readonly<Record<MessageLanguage, TopicTemplates>>;
