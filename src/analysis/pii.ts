// Phone numbers, e-mail addresses and order numbers, found so the app can redact them.
// Offsets are UTF-16 code units of the analysed text, which sanitize() keeps aligned with
// the input.
import { type PiiSpan, type PiiType } from './types.js';

// Bounded lengths keep matching linear on hostile input.
const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,4}\.[A-Za-z]{2,24}/g;
// Indonesian mobiles (08…, +62 8…, 62 8…), landlines with an area code, and other
// international numbers written with a plus sign.
const PHONE = /(?<![\w+])(?:(?:\+62|62|0)\s?8\d{1,3}[-\s.]?\d{3,4}[-\s.]?\d{2,5}|\(0\d{2,3}\)\s?\d{3,4}[-\s.]?\d{3,4}|0\d{2,3}-\d{6,8}|\+(?!62)\d{1,3}[-\s]?\(?\d{1,4}\)?[-\s.]?\d{3,4}[-\s.]?\d{3,5})(?![\w])/g;
const ORDER_PATTERNS: readonly RegExp[] = [
  // Marketplace invoices: INV/20240101/MPL/3456789012
  /\bINV\/\d{6,8}\/[A-Z]{2,6}\/\d{4,}\b/gi,
  // A code right after a label: "order #48213", "no resi JP1234567890", "pesanan: 2401ABC".
  // The span is group 1 (the `d` flag gives its offsets), not the label.
  /\b(?:order|pesanan|invoice|inv|resi|awb|tracking(?: number)?|(?:no|nomor|number|id)(?: (?:pesanan|order|resi))?)\s*(?:id|no|number|nomor)?\s*[:#.]?\s*#?((?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{3,29})\b/dgi,
  // Bare tracking codes: capitals and at least six digits (SPXID0123456789, JP1234567890)
  /\b(?=[A-Z0-9]*\d{6})(?=[A-Z0-9]*[A-Z])[A-Z0-9]{10,22}\b/g,
  // "#48213"
  /(?<![\w#])#\d{4,}\b/g,
];

function collect(text: string, pattern: RegExp, type: PiiType, spans: PiiSpan[]): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const [start, end] = m.indices?.[1] ?? [m.index, m.index + m[0].length];
    if (end === start) {
      pattern.lastIndex += 1;
      continue;
    }
    if (spans.some((s) => start < s.end && end > s.start)) continue;
    if (type === 'phone' && text.slice(start, end).replace(/\D/g, '').length < 9) continue;
    spans.push({ type, start, end, text: text.slice(start, end) });
  }
}

export function findPii(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  // Cheap exits: almost every message has no digit and no @.
  const hasDigit = /\d/.test(text);
  if (text.includes('@')) collect(text, EMAIL, 'email', spans);
  if (hasDigit) {
    collect(text, PHONE, 'phone', spans);
    for (const pattern of ORDER_PATTERNS) collect(text, pattern, 'order_number', spans);
  }
  return spans.sort((a, b) => a.start - b.start);
}
