// The intent model, the thresholds tuned by cross-validation on the team corpus, and the
// high-urgency head of scripts/train-analysis.ts; all read the plain sentiment model's stacked
// probabilities and the rule reasons, word-level features only.
import type { FeatureVector } from '../src/analysis/features/vector.js';
import { quantizeModel } from '../src/analysis/model/format.js';
import type { LinearModel } from '../src/analysis/model/linear.js';
import { appendReasons, prepareText } from '../src/analysis/pipeline.js';
import { MODEL_CLASSES } from '../src/analysis/resources.js';
import { decide, decideSentiment, ruleIntents } from '../src/analysis/decide.js';
import { headHeldBack } from '../src/analysis/rules/urgency-head-gate.js';
import { detectRules } from '../src/analysis/rules/detect.js';
import { headEscalationCues } from '../src/analysis/rules/escalation-cues.js';
import { HIGH_URGENCY_REASONS } from '../src/analysis/rules/urgency-rules.js';
import type { CorpusMessage } from '../src/analysis/training/corpus.js';
import { bestThreshold, foldOf, THRESHOLD_GRID } from '../src/analysis/training/thresholds.js';
import { trainLinear, type TrainingExample } from '../src/analysis/training/trainer.js';
import { trainUrgencyHead } from './urgency-head-training.js';
import { CONFIG } from './train-analysis-config.js';
import type { TrainingData } from './train-analysis-data.js';
import type { FeatureContext, Source } from './train-analysis-features.js';
import type { SentimentStage } from './train-analysis-sentiment.js';
import type { StackerStage } from './train-analysis-stacker.js';

export interface UrgencyStage {
  intent: LinearModel;
  urgencyHead: ReturnType<typeof trainUrgencyHead>;
  /** The settings tuned here, written over CONFIG.settings (insertion order kept: it is the file's order). */
  tuned: Record<string, number>;
}

export function trainUrgencyStage(data: TrainingData, ctx: FeatureContext, stage: SentimentStage, stacker: StackerStage): UrgencyStage {
  const { corpus, smsa, emot, nusaxEn, goEmotions } = data;
  const { log, vocabulary, featuresOf, reasonsByText, cuesByText, withExtras, trainSoftmax, probabilities } = ctx;
  const { stackSentiment, sentimentWithoutCorpus, toneWithoutCorpus, sentimentFor, toneFor, tone } = stage;
  const { finalSentiment } = stacker;
  const TONE = CONFIG.sentimentTone;
  // ---- intent and urgency (team corpus) -------------------------------------------------------
  const stackAndReasons = (text: string, vector: FeatureVector): void => {
    stackSentiment(text, vector);
    appendReasons(vector, reasonsByText.get(text) ?? [], CONFIG.settings.reasonWeight);
  };
  // The head alone also reads the escalation cues (round thirteen), before the rule reasons: reason dropout strips
  // the vector's last `reasonCount` features, and the cues are words, not rules, so they stay in its copies.
  const escalationWeight = CONFIG.settings.escalationCueWeight;
  const headExtras = (text: string, vector: FeatureVector): void => {
    stackSentiment(text, vector);
    const found = cuesByText.get(text);
    if (escalationWeight > 0 && found) {
      const prepared = prepareText(text, vocabulary);
      appendReasons(vector, headEscalationCues(prepared.ruleText, prepared.text, found.findings), escalationWeight);
    }
    appendReasons(vector, reasonsByText.get(text) ?? [], CONFIG.settings.reasonWeight);
  };
  const intentOptions = { ...CONFIG.intent, name: 'intent', kind: 'sigmoid', classes: MODEL_CLASSES.intent } as const;
  const intentExample = (m: CorpusMessage): TrainingExample => ({
    vector: withExtras(m.text, stackAndReasons, true),
    target: MODEL_CLASSES.intent.map((intent) => (m.intents.includes(intent) ? 1 : 0)),
    weight: 1,
  });
  const intent = quantizeModel(trainLinear(corpus.map(intentExample), intentOptions));
  log(`trained intent on ${corpus.length} examples`);
  const urgencySource = (messages: readonly CorpusMessage[]): Source[] => [{ rows: messages.map((m) => ({ text: m.text, label: m.urgency })), weight: 1, extend: stackAndReasons, wordLevelOnly: true }];
  // The shipped urgency model is trained with the high-urgency head on more rows (below).

  // ---- thresholds by cross-validation on the corpus ---------------------------------------------
  const FOLDS = 5;
  const outOfFold: Array<{ intent: ArrayLike<number>; high: number }> = corpus.map(() => ({ intent: [], high: 0 }));
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const train = corpus.filter((_, i) => foldOf(i, FOLDS) !== fold);
    const intentModel = trainLinear(train.map(intentExample), intentOptions);
    const urgencyModel = trainSoftmax(`urgency fold ${fold}`, urgencySource(train), MODEL_CLASSES.urgency, CONFIG.urgency);
    corpus.forEach((m, i) => {
      if (foldOf(i, FOLDS) !== fold) return;
      const vector = withExtras(m.text, stackAndReasons, true);
      outOfFold[i] = { intent: probabilities(intentModel, vector), high: probabilities(urgencyModel, vector)[2] ?? 0 };
    });
  }
  const findingsOf = (m: CorpusMessage) => detectRules(prepareText(m.text, vocabulary).ruleText);
  const ruled = corpus.map((m) => ruleIntents(findingsOf(m)));
  const tuned: Record<string, number> = {};
  MODEL_CLASSES.intent.forEach((name, c) => {
    const best = bestThreshold(outOfFold.map((o) => o.intent[c] ?? 0), ruled.map((r) => r.has(name)), corpus.map((m) => m.intents.includes(name)));
    tuned[`intentThreshold.${name}`] = best.threshold;
    log(`intent ${name}: threshold ${best.threshold.toFixed(2)} (cross-validated F1 ${best.f1.toFixed(3)})`);
  });
  const corpusTone = corpus.map((m) => finalSentiment(m.text, sentimentWithoutCorpus, toneWithoutCorpus, false)[0] ?? 0);
  const praiseByModel = outOfFold.map((o) => (o.intent[MODEL_CLASSES.intent.indexOf('praise')] ?? 0) >= (tuned['intentThreshold.praise'] ?? 0.5));
  const praiseTone = bestThreshold(corpusTone, praiseByModel, corpus.map((m) => m.intents.includes('praise')), [...THRESHOLD_GRID, 0.9, 0.95, 1.01]);
  tuned.praiseToneThreshold = praiseTone.threshold;
  log(`praise by tone: threshold ${praiseTone.threshold.toFixed(2)} (cross-validated F1 ${praiseTone.f1.toFixed(3)})`);
  const highRuled = corpus.map((m) => findingsOf(m).urgent.some((r) => HIGH_URGENCY_REASONS.has(r)));
  const high = bestThreshold(outOfFold.map((o) => o.high), highRuled, corpus.map((m) => m.urgency === 'high'), [...THRESHOLD_GRID, 0.9, 0.95, 1.01]);
  tuned.urgencyHighThreshold = high.threshold;
  log(`urgency high: threshold ${high.threshold.toFixed(2)} (cross-validated F1 ${high.f1.toFixed(3)})`);

  // ---- high-urgency head (round seven) ---------------------------------------------------------
  const urgencyHead = trainUrgencyHead(
    {
      corpus,
      calmTexts: [...smsa, ...emot].map((r) => r.text),
      calmEnglishTexts: [...nusaxEn, ...goEmotions].map((r) => r.text),
      fullVector: (text) => withExtras(text, headExtras),
      wordVector: (text) => withExtras(text, stackAndReasons, true),
      ruled: (text) => {
        featuresOf(text);
        return cuesByText.get(text)?.findings.urgent.some((r) => HIGH_URGENCY_REASONS.has(r)) ?? false;
      },
      reasonCount: (text) => reasonsByText.get(text)?.length ?? 0,
      // decide()'s gate for the head, as analyze() applies it (decide.ts, rules/urgency-head-gate.ts):
      // decide() without the urgency models says 'normal', the tone is not praise, nothing holds it back.
      eligible: (text) => {
        const found = cuesByText.get(text);
        if (!found || headHeldBack(prepareText(text, vocabulary).ruleText.normalized)) return false;
        // Read by the models that did not learn the row (cross-fitted), as the head's inputs are.
        const decided = decideSentiment(finalSentiment(text, sentimentFor(text), tone ? toneFor(text) : undefined), found.cues);
        const intentProbabilities = probabilities(intent, withExtras(text, stackAndReasons, true));
        const praising = decided.label === 'positive' && !found.cues.sarcasm;
        return !praising && (CONFIG.urgencyHead.needsReply === 0 || decide(found.findings, intentProbabilities, new Float64Array(3), decided, { ...CONFIG.settings, ...tuned }).urgency === 'normal');
      },
      trainUrgency: (rows) => trainSoftmax('urgency (head comparison)', [{ rows, weight: 1, extend: stackAndReasons, wordLevelOnly: true }], MODEL_CLASSES.urgency, CONFIG.urgency),
      probabilityHigh: (model, vector, c) => probabilities(model, vector)[c] ?? 0,
      log,
    },
    CONFIG.urgencyHead,
  );
  tuned.urgencyHeadThreshold = urgencyHead.threshold;
  tuned.urgencyHeadMix = CONFIG.urgencyHead.mix;
  tuned.urgencyHeadNeedsReply = CONFIG.urgencyHead.needsReply;
  // Round nine: which first-stage model analyze() gives the stacker first, and the second opinion.
  tuned.toneFirst = tone ? TONE.toneFirst : 0;
  tuned.toneSecondOpinion = tone ? TONE.secondOpinion : 0;
  return { intent, urgencyHead, tuned };
}
