// Runs the rules once and sorts the reasons found into what they imply.
import { COMPLAINT_RULES, isSarcastic } from './complaint-rules.js';
import { PURCHASE_RULES } from './purchase-rules.js';
import { QUESTION_TOPIC_RULES, readsAsQuestion } from './question-rules.js';
import { RuleIndex, type RuleText } from './rule.js';
import { SPAM_RULES } from './spam-rules.js';
import { URGENCY_RULES } from './urgency-rules.js';

export interface RuleFindings {
  question: string[];
  complaint: string[];
  purchase: string[];
  spam: string[];
  urgent: string[];
  sarcasm: boolean;
  /** The writer reports harm done to them (an urgency family, in the first person): never spam. */
  reportsHarm: boolean;
}

// A follower who reports a phishing message, a fake giveaway or a leak often quotes it
// ("ada WA 'selamat anda menang undian, klaim hadiah' minta transfer, ini penipuan?"); the spam
// rules read the quote. Speaking of themselves is what tells the report from the spam.
const FIRST_PERSON: ReadonlySet<string> = new Set(['saya', 'aku', 'gue', 'gua', 'gw', 'ku', 'kami', 'i', 'me', 'my', 'mine', "i'm", 'we', 'our', 'us']);

const INDEX = new RuleIndex([QUESTION_TOPIC_RULES, COMPLAINT_RULES, PURCHASE_RULES, SPAM_RULES, URGENCY_RULES]);

export function detectRules(text: RuleText): RuleFindings {
  INDEX.select(text.words);
  let question: string[] = [];
  if (readsAsQuestion(text)) {
    question = INDEX.run(QUESTION_TOPIC_RULES, text);
    if (question.length === 0) question.push('asks_question');
  }
  const complaint = INDEX.run(COMPLAINT_RULES, text);
  const sarcasm = isSarcastic(text.normalized, complaint);
  const urgent = INDEX.run(URGENCY_RULES, text);
  const reportsHarm = urgent.length > 0 && text.words.some((w) => FIRST_PERSON.has(w));
  return {
    question,
    complaint,
    purchase: INDEX.run(PURCHASE_RULES, text),
    spam: reportsHarm ? [] : INDEX.run(SPAM_RULES, text),
    urgent,
    sarcasm,
    reportsHarm,
  };
}

/** Every reason found, as flags for the intent and urgency models. */
export function allReasons(findings: RuleFindings): string[] {
  const reasons = [...findings.question, ...findings.complaint, ...findings.purchase, ...findings.spam, ...findings.urgent];
  if (findings.sarcasm) reasons.push('sarcasm');
  return reasons;
}
