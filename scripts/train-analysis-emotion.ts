// The emotion model of scripts/train-analysis.ts: EmoT, the GoEmotions emotion half, the corpus and
// neutral SmSA rows, each stacking the tone model's reading; its offsets calibrated on held-out EmoT train.
import { createVector } from '../src/analysis/features/vector.js';
import type { LinearModel } from '../src/analysis/model/linear.js';
import { prepareText } from '../src/analysis/pipeline.js';
import { MODEL_CLASSES } from '../src/analysis/resources.js';
import { decideEmotion, decideSentiment, praisedByNegation } from '../src/analysis/decide.js';
import { hashString } from '../src/analysis/features/hash.js';
import { hasEmotionCue } from '../src/analysis/text/emotion-words.js';
import { searchOffsets, type CalibrationRow } from '../src/analysis/training/calibrate.js';
import type { LabelledText } from '../src/analysis/training/datasets.js';
import { EMOTION_LABELS } from '../src/analysis/types.js';
import { CONFIG } from './train-analysis-config.js';
import type { TrainingData } from './train-analysis-data.js';
import type { FeatureContext, Source } from './train-analysis-features.js';
import type { SentimentStage } from './train-analysis-sentiment.js';

export function trainEmotionModel(data: TrainingData, ctx: FeatureContext, stage: SentimentStage): LinearModel {
  const { smsa, emot, goEmotion } = data;
  const { log, vocabulary, cuesByText, vectorOf, trainSoftmax, probabilities, sentimentScale: SENTIMENT_SCALE, emotionScale: EMOTION_SCALE } = ctx;
  const { corpusAs, stackTone, tone, sentiment, sentimentScratch } = stage;
  const W = CONFIG.sourceWeight;
  const emotionSources = (emotRows: readonly LabelledText[]): Source[] => [
    { rows: emotRows, weight: W.emot, extend: stackTone, charScale: EMOTION_SCALE },
    { rows: goEmotion, weight: W.goEmotionsEmotion, extend: stackTone, charScale: EMOTION_SCALE },
    { rows: corpusAs('emotion'), weight: W.corpusEmotion, extend: stackTone, charScale: EMOTION_SCALE },
    { rows: smsa.filter((r) => r.label === 'neutral').map((r) => ({ text: r.text, label: 'none' })), weight: W.smsaNeutralAsNone, extend: stackTone, charScale: EMOTION_SCALE },
  ];
  /**
   * Emotion offsets chosen on a held-out fifth of EmoT TRAIN: a model trained without it scores it,
   * decided as analyze() decides (sentiment cues, `none`, sarcasm, praise by negation).
   */
  function calibrateEmotion(): number[] {
    const folds = CONFIG.emotionCalibration.folds;
    const heldOut = (r: LabelledText): boolean => hashString(r.text, 0x5bd1e995) % folds === 0;
    const model = trainSoftmax('emotion (calibration)', emotionSources(emot.filter((r) => !heldOut(r))), MODEL_CLASSES.emotion, CONFIG.emotion);
    const rows = emot.filter(heldOut);
    const vector = createVector();
    const contexts = rows.map((r) => {
      const prepared = prepareText(r.text, vocabulary);
      const found = cuesByText.get(r.text);
      const cues = found?.cues ?? { sarcasm: false, complaintFact: false };
      const decided = decideSentiment(probabilities(tone ?? sentiment, vectorOf(r.text, SENTIMENT_SCALE, sentimentScratch)), cues);
      return { sarcasm: cues.sarcasm, neutral: decided.scores.neutral, emotionCue: hasEmotionCue(prepared.tokens), praiseByNegation: praisedByNegation(cues.negatedNegativesOnly === true, prepared.tokens) };
    });
    const calibrationRows: CalibrationRow[] = rows.map((r) => {
      const v = vectorOf(r.text, EMOTION_SCALE, vector);
      stackTone(r.text, v);
      return { probabilities: probabilities(model, v), gold: r.label };
    });
    const found = searchOffsets(calibrationRows, 6, EMOTION_LABELS, (shifted, i) => decideEmotion(shifted, CONFIG.settings, contexts[i]).label, { free: [0, 1, 2, 3, 4], ...CONFIG.calibration });
    log(`emotion offsets ${JSON.stringify(found.offsets)} on ${rows.length} held-out EmoT train rows: macro-F1 ${found.before.toFixed(4)} -> ${found.after.toFixed(4)}`);
    return found.offsets;
  }
  const emotionOffsets = CONFIG.emotionCalibration.folds > 0 ? calibrateEmotion() : CONFIG.bias.emotion;
  return trainSoftmax(
    'emotion',
    // Neutral Indonesian statements (smsaNeutralAsNone) teach `none` beyond the inbox corpus and English GoEmotions.
    emotionSources(emot),
    MODEL_CLASSES.emotion,
    CONFIG.emotion,
    emotionOffsets,
  );
}
