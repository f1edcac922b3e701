// Runs every rule once and sorts the reasons found into what they imply.
import { COMPLAINT_RULES, isSarcastic } from './complaint-rules.js';
import { PURCHASE_RULES } from './purchase-rules.js';
import { QUESTION_TOPIC_RULES, readsAsQuestion } from './question-rules.js';
import { type Rule, type RuleText } from './rule.js';
import { SPAM_RULES } from './spam-rules.js';
import { URGENCY_RULES } from './urgency-rules.js';

export interface RuleFindings {
  question: string[];
  complaint: string[];
  purchase: string[];
  spam: string[];
  urgent: string[];
  sarcasm: boolean;
}

function run(rules: readonly Rule[], text: RuleText): string[] {
  const found: string[] = [];
  for (const rule of rules) if (rule.matches(text)) found.push(rule.reason);
  return found;
}

export function detectRules(text: RuleText): RuleFindings {
  let question: string[] = [];
  if (readsAsQuestion(text)) {
    question = run(QUESTION_TOPIC_RULES, text);
    if (question.length === 0) question.push('asks_question');
  }
  const complaint = run(COMPLAINT_RULES, text);
  const sarcasm = isSarcastic(text.normalized, complaint);
  return { question, complaint, purchase: run(PURCHASE_RULES, text), spam: run(SPAM_RULES, text), urgent: run(URGENCY_RULES, text), sarcasm };
}

/** Every reason found, as flags for the intent and urgency models. */
export function allReasons(findings: RuleFindings): string[] {
  const reasons = [...findings.question, ...findings.complaint, ...findings.purchase, ...findings.spam, ...findings.urgent];
  if (findings.sarcasm) reasons.push('sarcasm');
  return reasons;
}
