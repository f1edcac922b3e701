import { describe, expect, it } from 'vitest';
import { hashString, SEED_WORD } from './features/hash.js';
import { BUCKET_MASK, createVector } from './features/vector.js';
import { type RuleFindings } from './rules/detect.js';
import { appendSentimentCues } from './sentiment-cues.js';

const findings = (complaint: string[], urgent: string[] = []): RuleFindings => ({ question: [], complaint, purchase: [], spam: [], urgent, sarcasm: false, reportsHarm: false });
const bucketOf = (name: string): number => hashString(name, SEED_WORD) & BUCKET_MASK;

describe('sentiment cues as features', () => {
  it('appends nothing at weight 0 (weights trained without them)', () => {
    const vector = createVector(8);
    appendSentimentCues(vector, findings(['reports_missing']), { sarcasm: true, complaintFact: true, negatedNegativesOnly: true }, 0);
    expect(vector.length).toBe(0);
  });

  it('names sarcasm, a complaint fact and negated complaint words, each at the given weight', () => {
    const vector = createVector(8);
    appendSentimentCues(vector, findings(['reports_missing']), { sarcasm: true, complaintFact: true, negatedNegativesOnly: false }, 0.5);
    const buckets = Array.from(vector.buckets.subarray(0, vector.length));
    expect(buckets).toEqual([bucketOf('cue:sarcasm'), bucketOf('cue:complaint_fact')]);
    expect(Array.from(vector.values.subarray(0, vector.length))).toEqual([0.5, 0.5]);
  });

  it('tells a complaint fact from another complaint and flags an urgent report', () => {
    const vector = createVector(8);
    appendSentimentCues(vector, findings(['frustration'], ['money_lost']), { sarcasm: false, complaintFact: true, negatedNegativesOnly: true }, 1);
    expect(Array.from(vector.buckets.subarray(0, vector.length))).toEqual([bucketOf('cue:negated_negatives'), bucketOf('cue:complaint'), bucketOf('cue:urgent')]);
  });
});
