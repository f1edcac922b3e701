// Runs the rules once and sorts the reasons found into what they imply.
import { COMPLAINT_RULES, isSarcastic } from './complaint-rules.js';
import { PURCHASE_RULES } from './purchase-rules.js';
import { QUESTION_TOPIC_RULES, readsAsQuestion } from './question-rules.js';
import { RuleIndex, runGroup, type RuleText } from './rule.js';
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

const INDEX = new RuleIndex([...QUESTION_TOPIC_RULES, ...COMPLAINT_RULES, ...PURCHASE_RULES, ...SPAM_RULES, ...URGENCY_RULES]);

export function detectRules(text: RuleText): RuleFindings {
  const candidates = INDEX.candidates(text.words);
  let question: string[] = [];
  if (readsAsQuestion(text)) {
    question = runGroup(QUESTION_TOPIC_RULES, candidates, text);
    if (question.length === 0) question.push('asks_question');
  }
  const complaint = runGroup(COMPLAINT_RULES, candidates, text);
  const sarcasm = isSarcastic(text.normalized, complaint);
  return {
    question,
    complaint,
    purchase: runGroup(PURCHASE_RULES, candidates, text),
    spam: runGroup(SPAM_RULES, candidates, text),
    urgent: runGroup(URGENCY_RULES, candidates, text),
    sarcasm,
  };
}

/** Every reason found, as flags for the intent and urgency models. */
export function allReasons(findings: RuleFindings): string[] {
  const reasons = [...findings.question, ...findings.complaint, ...findings.purchase, ...findings.spam, ...findings.urgent];
  if (findings.sarcasm) reasons.push('sarcasm');
  return reasons;
}
