// Each rule's trigger words must cover every text its pattern matches, or the trigger
// index would silently skip a rule: checked on the whole team corpus and on extra cases.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadedResources } from '../load-models.js';
import { prepareText } from '../pipeline.js';
import { COMPLAINT_RULES } from './complaint-rules.js';
import { detectRules } from './detect.js';
import { PURCHASE_RULES } from './purchase-rules.js';
import { QUESTION_TOPIC_RULES } from './question-rules.js';
import { SPAM_RULES } from './spam-rules.js';
import { URGENCY_RULES } from './urgency-rules.js';

const ALL_RULES = [...QUESTION_TOPIC_RULES, ...COMPLAINT_RULES, ...PURCHASE_RULES, ...SPAM_RULES, ...URGENCY_RULES];
const corpusTexts = ['intent-train', 'intent-test', 'urgency-dev', 'urgency-blind', 'round2-dev', 'round5-dev', 'round5b-dev', 'round6-sentiment-dev'].flatMap((name) =>
  readFileSync(new URL(`../../../corpora/analysis/${name}.jsonl`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text),
);
const extraTexts = ['udah saya laporin ke lapor.go.id', 'ada yg ngaku-ngaku cs minta otp dari saya', 'linktr.ee/promo gratis', 'paket dikirim-dikirim lama banget'];
const { vocabulary } = loadedResources();

describe('rule triggers', () => {
  it('cover every match on the corpus', () => {
    const misses: string[] = [];
    for (const text of [...corpusTexts, ...extraTexts]) {
      const { ruleText } = prepareText(text, vocabulary);
      const words = new Set(ruleText.words);
      for (const rule of ALL_RULES) {
        if (rule.matches(ruleText) && !rule.triggers.some((t) => words.has(t))) misses.push(`${rule.reason}: ${text}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('give every rule a reason name in snake_case and at least one trigger', () => {
    for (const rule of ALL_RULES) {
      expect(rule.reason).toMatch(/^[a-z]+(?:_[a-z]+)*$/);
      expect(rule.triggers.length).toBeGreaterThan(0);
    }
  });
});

describe('detectRules', () => {
  const detect = (text: string) => detectRules(prepareText(text, vocabulary).ruleText);

  it('asks topic questions only when the text reads as a question', () => {
    expect(detect('harga naik terus, porsi makin kecil').question).toEqual([]);
    expect(detect('harganya berapa kak').question).toContain('asks_price');
    expect(detect('bisa cod ga kak').question).toContain('asks_shipping');
  });

  it('does not read a statement as English question by its first word', () => {
    expect(detect('this is a scam').question).toEqual([]);
  });

  it('does not take an order number for a purchase', () => {
    expect(detect('order 48213 sudah sampai').purchase).toEqual([]);
    expect(detect('order 2 ya kak').purchase).toEqual(['wants_to_buy']);
  });

  it('tells a report of an OTP scam from a phishing message', () => {
    expect(detect('ada yang ngaku admin minta kode OTP ke saya').urgent).toContain('counterfeit_or_scam');
    expect(detect('kirim kode OTP anda untuk klaim hadiah').urgent).not.toContain('counterfeit_or_scam');
  });

  it('finds sarcasm only without a contrast word', () => {
    expect(detect('keren banget, paket datang rusak').sarcasm).toBe(true);
    expect(detect('barangnya keren tapi paket datang rusak').sarcasm).toBe(false);
  });
});
