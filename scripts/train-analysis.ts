// Trains the text-analysis models and writes models/analysis/{weights.bin,lexicon.json}.
//
//   npm run train:analysis [-- --data <dir>] [--override '{"sentiment":{"l2":3e-5}}'] [--out <dir>]
//   (default data: ../shared/data/nlp; --override merges into CONFIG, for experiments;
//   --out writes the models elsewhere than models/analysis;
//   --experiment trains only sentiment and emotion and prints their validation figures (--inbox-sets a,b: and
//   macro-F1 pooled over those inbox batches, which must not be among the trained ones),
//   the tuning loop: nothing is written; --cv N also prints the stacker's macro-F1 cross-validated
//   on the SmSA TRAIN rows over N seeds, the figure to choose a setting by before reading valid)
//
// Deterministic: inputs are read in file order, samples are chosen by hash, and the SGD
// shuffle uses fixed seeds, so the same data gives the same weights byte for byte.
// Trains on train splits only. The validation sets are read only by --experiment, which is how
// the settings and CONFIG.bias were chosen (so valid figures are tuning figures); the corpus
// test split served there only as a floor the emotion offsets had to keep.
//
// The stages, in training order, each in its own file and handed what the earlier ones built:
// train-analysis-data (the corpora) → -features (lexicon, features, vectors, the softmax trainer)
// → -sentiment (plain and tone models) → -emotion → -inbox (inbox opinion, domain model)
// → -stacker (sentiment stacker) → -urgency (intent, thresholds, urgency head) → write (here).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { useStemFeatures } from '../src/analysis/features/extract.js';
import { encodeWeights } from '../src/analysis/model/format.js';
import { INBOX_STACK_HIDDEN, INBOX_STACK_OUTPUT } from '../src/analysis/model/stacker.js';
import { SENTIMENT_STACKER_PLAIN } from '../src/analysis/resources.js';
import { parseCorpus } from '../src/analysis/training/corpus.js';
import { parseEmot, parseNusax, parseSmsa } from '../src/analysis/training/datasets.js';
import { labelText, reportTextModels, searchEmotionBias, searchSentimentBias, type TextModels } from './text-models-report.js';
import { applyOverride, CONFIG } from './train-analysis-config.js';
import { batchFigures, heldOutFigures } from './fresh-inbox-sentiment.js';
import { loadTrainingData } from './train-analysis-data.js';
import { buildFeatureContext } from './train-analysis-features.js';
import { trainSentimentStage } from './train-analysis-sentiment.js';
import { trainEmotionModel } from './train-analysis-emotion.js';
import { trainInboxStage } from './train-analysis-inbox.js';
import { trainStackerStage } from './train-analysis-stacker.js';
import { trainUrgencyStage } from './train-analysis-urgency.js';

const root = new URL('../', import.meta.url);
const { values: args } = parseArgs({ options: { data: { type: 'string' }, override: { type: 'string' }, out: { type: 'string' }, experiment: { type: 'boolean' }, cv: { type: 'string' }, 'inbox-sets': { type: 'string' } } });
const dataDir = args.data ? new URL(`file://${args.data.replace(/\/?$/, '/')}`) : new URL('../shared/data/nlp/', root);
const read = (path: string, base: URL = dataDir): string => readFileSync(new URL(path, base), 'utf8');

if (args.override) applyOverride(JSON.parse(args.override) as Record<string, unknown>);
useStemFeatures(CONFIG.features.stems);

const started = Date.now();
const log = (message: string): void => console.error(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);

const data = loadTrainingData(read, root, log);
const ctx = buildFeatureContext(data, log);
const sentimentStage = trainSentimentStage(data, ctx);
const { sentiment, tone, appendCues, stackerPlain } = sentimentStage;
/** Round thirteen: the stackers' own plain model, shipped only when it is not the shared plain model. */
const ownStackerPlain = stackerPlain === sentiment ? undefined : { ...stackerPlain, name: SENTIMENT_STACKER_PLAIN };
const emotion = trainEmotionModel(data, ctx, sentimentStage);
const inboxStage = trainInboxStage(ctx, sentimentStage);
const { inboxModel, inboxWordLevel, domainModel, inboxVector } = inboxStage;
const INBOX = CONFIG.inboxOpinion;
const TONE = CONFIG.sentimentTone;
const stackerStage = trainStackerStage({
  data,
  ctx,
  sentiment: sentimentStage,
  emotion,
  inbox: inboxStage,
  cvSeeds: args.experiment && args.cv ? Number(args.cv) : 0,
});
const { sentimentStacker, inboxStacker } = stackerStage;
const { idf, vocabulary, probabilities } = ctx;

if (args.experiment) {
  const corpusTest = parseCorpus(read('corpora/analysis/intent-test.jsonl', root));
  const valid = {
    smsa: parseSmsa(read('smsa/valid_preprocess.tsv')),
    emot: parseEmot(read('emot/valid_preprocess.csv')),
    nusaxEn: parseNusax(read('nusax-senti/english/valid.csv')),
    corpusSentiment: corpusTest.map((m) => ({ text: m.text, label: m.sentiment })),
    corpusEmotion: corpusTest.map((m) => ({ text: m.text, label: m.emotion })),
  };
  /** The models as analyze() reads them (a fresh object for every report, as before the split). */
  const textModels = (): TextModels => ({ sentiment, tone, emotion, idf, vocabulary, settings: CONFIG.settings, appendCues, stacker: sentimentStacker, toneFirst: TONE.toneFirst > 0, secondOpinion: TONE.secondOpinion > 0, inbox: inboxModel, inboxWordLevel, domain: domainModel, gateInbox: INBOX.domain > 1, inboxStacker, stackerPlain: ownStackerPlain, inboxStackerShared: CONFIG.sentimentStack.ownPlain.inbox === 0 });
  const figures = reportTextModels(textModels(), valid);
  log(`experiment ${args.override ?? '(defaults)'}`);
  console.log(JSON.stringify(Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, Number(v.toFixed(4))]))));
  const bias = searchSentimentBias(textModels(), valid, [-0.6, -0.4, -0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3, 0.4, 0.6]);
  const emotionBias = searchEmotionBias(textModels(), valid, [-0.4, -0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3, 0.4]);
  const heldOut = heldOutFigures((text) => labelText(textModels(), text).sentiment);
  if (process.env.SENTI_DUMP) {
    // Diagnostics: NusaX English / SmSA valid labels per row, with the domain share (tuning sets only).
    const models = textModels();
    const rows = [...valid.nusaxEn.map((r) => ({ set: 'nusax', ...r })), ...valid.smsa.map((r) => ({ set: 'smsa', ...r }))].map((r) => ({ ...r, predicted: labelText(models, r.text).sentiment, share: domainModel ? probabilities(domainModel, inboxVector(r.text))[0] : undefined, inbox: inboxModel ? Array.from(probabilities(inboxModel, inboxVector(r.text)), (p) => Number(p.toFixed(2))) : undefined }));
    writeFileSync(process.env.SENTI_DUMP, rows.map((r) => JSON.stringify(r)).join('\n'));
  }
  console.log(`held out train20–23 (${CONFIG.freshInbox.batches > 14 ? 'TRAINED ON: in-sample' : 'not trained on'}): ${heldOut}`);
  // Round fourteen (sent4): --inbox-sets train30,train31 pools named batches (aggregates only; refuses a trained-on batch).
  if (args['inbox-sets']) console.log(batchFigures(args['inbox-sets'].split(',').map((s) => `${s.replace(/-inbox$/, '')}-inbox`), CONFIG.freshInbox.batches, (text) => labelText(textModels(), text).sentiment));
  console.log(`best emotion offsets on EmoT valid (corpus test emotion not lower): ${JSON.stringify(emotionBias)}`);
  console.log(`best sentiment offsets on SmSA valid (NusaX English and corpus test not lower): ${JSON.stringify(bias)}`);
  process.exit(0);
}

const { intent, urgencyHead, tuned } = trainUrgencyStage(data, ctx, sentimentStage, stackerStage);

// ---- write --------------------------------------------------------------------------------
const modelsDir = args.out ? new URL(`file://${args.out.replace(/\/?$/, '/')}`) : new URL('models/analysis/', root);
mkdirSync(modelsDir, { recursive: true });
// Round ten: the inbox opinion and the domain model live in the text table (every feature, its bucket count).
if (inboxModel && (inboxWordLevel || INBOX.bits !== CONFIG.sentiment.bits)) throw new Error('inboxOpinion: only the full vector at the sentiment bucket count can be shipped (wordLevel 0, bits = sentiment bits)');
tuned.inboxGate = INBOX.domain > 1 ? 1 : 0;
// Round thirteen (smsa3b): 1 when the inbox stacker reads the shared plain model, not the stackers' own.
// Written only when on, so weights trained without the split stay byte for byte as before.
if (ownStackerPlain && CONFIG.sentimentStack.ownPlain.inbox === 0) tuned.inboxStackerSharedPlain = 1;
const inboxStackerModels = inboxStacker ? [{ ...inboxStacker.hidden, name: INBOX_STACK_HIDDEN }, { ...inboxStacker.output, name: INBOX_STACK_OUTPUT }] : [];
const shipped = [sentiment, ...(tone ? [tone] : []), ...(ownStackerPlain ? [ownStackerPlain] : []), ...(inboxModel ? [inboxModel] : []), ...(domainModel ? [domainModel] : []), emotion, intent, urgencyHead.urgency, urgencyHead.model, ...(sentimentStacker ? [sentimentStacker.hidden, sentimentStacker.output] : []), ...inboxStackerModels];
const weights = encodeWeights({ idf, models: new Map(shipped.map((m) => [m.name, m])), settings: { ...CONFIG.settings, ...tuned } });
writeFileSync(new URL('weights.bin', modelsDir), weights);
writeFileSync(new URL('lexicon.json', modelsDir), `${JSON.stringify(ctx.lexicon)}\n`);
log(`wrote models/analysis/weights.bin (${(weights.length / 1e6).toFixed(2)} MB) and lexicon.json`);
