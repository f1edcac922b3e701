// analyze(): one follower message in, its public Analysis out. Synchronous once the
// weights are loaded (lazily, on the first call). Never throws on any input.
import { decide, decideEmotion, decideSentiment, praisedByNegation } from './decide.js';
import { createVector } from './features/vector.js';
import { extractKeywords } from './keywords.js';
import { detectLanguage } from './language.js';
import { hasEmotionCue } from './text/emotion-words.js';
import { loadedResources } from './load-models.js';
import { createSplitSums, finishModel, scaledSums, scoreHashes } from './model/fused.js';
import { findPii } from './pii.js';
import { appendReasons, appendStacked, featuresOf, prepareText } from './pipeline.js';
import { allReasons, detectRules } from './rules/detect.js';
import { headEscalationCues } from './rules/escalation-cues.js';
import { onlyNegatedNegatives } from './rules/negation-cue.js';
import { headHeldBack } from './rules/urgency-head-gate.js';
import { SENTIMENT_LABELS, type Analysis } from './types.js';
import { COMPLAINT_FACTS } from './text/polarity-words.js';
import { appendSentimentCues } from './sentiment-cues.js';
import { mixByShare, stackerInto, stackInputsInto, STACK_INPUTS, wordCount } from './model/stacker.js';

// Scratch buffers reused by every call: analyze() is synchronous, so no call can interleave.
const extras = createVector(64);
const sentimentOut = new Float64Array(8);
const plainSentimentOut = new Float64Array(8);
const toneOut = new Float64Array(8);
const plainToneOut = new Float64Array(8);
const emotionOut = new Float64Array(8);
const intentOut = new Float64Array(8);
const urgencyOut = new Float64Array(8);
const headOut = new Float64Array(8);
const textSums = new Float64Array(32);
const inboxSums = new Float64Array(32);
const split = createSplitSums();
const sentimentSums = new Float64Array(32);
const emotionSums = new Float64Array(32);
const stackInputs = new Float64Array(STACK_INPUTS);
const inboxStackInputs = new Float64Array(STACK_INPUTS);
const stackOut = new Float64Array(8);
const inboxStackOut = new Float64Array(8);
const inboxOut = new Float64Array(8);
const domainOut = new Float64Array(8);
const stackerPlainOut = new Float64Array(8);
/** The inbox opinion, the domain model and the stackers' plain model read the bare sentiment vector (no extras), as trained. */
const noExtras = createVector(1);
const wordLogits = new Float64Array(3);
const charLogits = new Float64Array(3);

export function analyze(text: string): Analysis {
  const resources = loadedResources();
  const { models, settings, fusedText, fusedInbox } = resources;
  const prepared = prepareText(text, resources.vocabulary);
  const features = featuresOf(prepared.tokens);
  // The order matters and matches training: emotion also sees the sentiment probabilities;
  // intent and urgency see the word-level features, those probabilities and the rule reasons.
  // Sentiment and emotion may weight the character n-grams (`charScale.*` in the settings,
  // as in training): their sums are then kept apart and blended per model.
  const sentimentScale = settings['charScale.sentiment'] ?? 1;
  const emotionScale = settings['charScale.emotion'] ?? 1;
  const scaled = sentimentScale !== 1 || emotionScale !== 1;
  // The sentiment stacker (round eight) reads the word-level and character parts apart too.
  const stacker = resources.sentimentStacker;
  const inverseNorm = scoreHashes(fusedText, fusedInbox, features.hashes, features.length, features.wordLevel, textSums, inboxSums, scaled || stacker ? split : undefined);
  const sentimentNorm = scaled ? scaledSums(split, sentimentScale, fusedText.width, sentimentSums) : inverseNorm;
  const sentimentInput = scaled ? sentimentSums : textSums;
  // The rule cues are features of the sentiment label (sentiment-cues.ts), so the rules run first.
  const findings = detectRules(prepared.ruleText);
  const complaintFact = findings.complaint.some((r) => COMPLAINT_FACTS.has(r)) || findings.urgent.length > 0;
  const negatedNegativesOnly = findings.urgent.length === 0 && onlyNegatedNegatives(prepared.tokens);
  const cues = { sarcasm: findings.sarcasm, complaintFact, negatedNegativesOnly };
  extras.length = 0;
  const cueWeight = settings.sentimentCueWeight ?? 0;
  appendSentimentCues(extras, findings, cues, cueWeight);
  finishModel(fusedText, models.sentiment, sentimentInput, sentimentNorm, extras, sentimentOut);
  // The later models stack the sentiment probabilities without the cues (as in training).
  extras.length = 0;
  const stacked = cueWeight === 0 ? sentimentOut : plainSentimentOut;
  if (cueWeight !== 0) finishModel(fusedText, models.sentiment, sentimentInput, sentimentNorm, extras, plainSentimentOut);
  // Round nine: with a tone model, the emotion model stacks it (the same cue extras as the
  // sentiment model); with `toneFirst` the stacker and the emotion decision read it first and the
  // plain model second. Intent and urgency always stack the plain model.
  const tone = resources.sentimentTone;
  const toneFirst = tone !== undefined && (settings.toneFirst ?? 1) !== 0;
  let decidedOut = sentimentOut;
  let stackedTone = stacked;
  if (tone) {
    extras.length = 0;
    appendSentimentCues(extras, findings, cues, cueWeight);
    finishModel(fusedText, tone, sentimentInput, sentimentNorm, extras, toneOut);
    extras.length = 0;
    if (toneFirst) decidedOut = toneOut;
    stackedTone = cueWeight === 0 ? toneOut : plainToneOut;
    if (cueWeight !== 0) finishModel(fusedText, tone, sentimentInput, sentimentNorm, extras, plainToneOut);
    appendStacked(extras, 'sentiment', SENTIMENT_LABELS, stackedTone, settings.stackWeight ?? 1);
  } else appendStacked(extras, 'sentiment', SENTIMENT_LABELS, stacked, settings.stackWeight ?? 1);
  if (scaled) finishModel(fusedText, models.emotion, emotionSums, scaledSums(split, emotionScale, fusedText.width, emotionSums), extras, emotionOut);
  else finishModel(fusedText, models.emotion, textSums, inverseNorm, extras, emotionOut);
  if (tone) {
    extras.length = 0;
    appendStacked(extras, 'sentiment', SENTIMENT_LABELS, stacked, settings.stackWeight ?? 1);
  }
  appendReasons(extras, allReasons(findings), settings.reasonWeight ?? 1);
  finishModel(fusedInbox, models.intent, inboxSums, inverseNorm, extras, intentOut);
  finishModel(fusedInbox, models.urgency, inboxSums, inverseNorm, extras, urgencyOut);
  // The high-urgency head reads the unscaled text sums (charScale 1, as trained) and the same extras.
  // Round thirteen: the head alone also reads the escalation cues (rules/escalation-cues.ts), after the intent and
  // urgency models have read the extras (they were trained without them); 0 or absent: weights of an older round.
  const head = resources.urgencyHead;
  const escalationWeight = settings.escalationCueWeight ?? 0;
  if (head && escalationWeight > 0) appendReasons(extras, headEscalationCues(prepared.ruleText, prepared.text, findings), escalationWeight);
  if (head) finishModel(fusedText, head, textSums, inverseNorm, extras, headOut);
  const language = detectLanguage(prepared.tokens);
  const firstStage = decideSentiment(decidedOut, cues);
  let sentiment = firstStage;
  let praiseTone: number | undefined;
  if (stacker) {
    // The sentiment model's logits from the word-level features and from the character n-grams
    // of its own vector (its charScale), as splitLogitsInto() gives them in training.
    // Round thirteen: the stackers may have their own plain model (no GoEmotions); it stands where the
    // plain model stood in the stacker's inputs, read like it (bare vector, no cue extras).
    const stackerPlain = resources.sentimentStackerPlain;
    if (stackerPlain) finishModel(fusedText, stackerPlain, sentimentInput, sentimentNorm, noExtras, stackerPlainOut);
    const otherComplaint = findings.complaint.length > 0 && !complaintFact;
    // Round ten: the inbox opinion and the domain share (how inbox-like the text is).
    const inbox = resources.sentimentInbox;
    const domain = resources.sentimentDomain;
    if (inbox) finishModel(fusedText, inbox, sentimentInput, sentimentNorm, noExtras, inboxOut);
    if (domain) finishModel(fusedText, domain, sentimentInput, sentimentNorm, noExtras, domainOut);
    const inboxShare = domain ? domainOut[0] : undefined;
    /** The stacker inputs with `plain` (its probabilities `plainOpinion`) standing as the plain model. */
    const fillInputs = (plain: typeof models.sentiment, plainOpinion: Float64Array, into: Float64Array): Float64Array => {
      const first = tone && toneFirst ? tone : plain;
      const offset = fusedText.offsets.get(first) ?? 0;
      const unit = sentimentNorm * first.scale;
      for (let c = 0; c < 3; c += 1) {
        wordLogits[c] = (split.word[offset + c] ?? 0) * unit;
        charLogits[c] = (split.char[offset + c] ?? 0) * sentimentScale * unit;
      }
      const secondSentiment = tone && settings.toneSecondOpinion ? (toneFirst ? plainOpinion : stackedTone) : undefined;
      return stackInputsInto({ sentiment: toneFirst ? stackedTone : plainOpinion, emotion: emotionOut, ...cues, otherComplaint, urgent: findings.urgent.length > 0, words: wordCount(prepared.tokens), language, wordLogits, charLogits, secondSentiment, inboxOpinion: inbox ? inboxOut : undefined, inboxShare, gateInbox: settings.inboxGate === 1 }, into);
    };
    fillInputs(stackerPlain ?? models.sentiment, stackerPlain ? stackerPlainOut : stacked, stackInputs);
    const base = stackerInto(stacker, stackInputs, stackOut);
    const inboxStacker = resources.inboxStacker;
    if (inboxStacker && inboxShare !== undefined) {
      // Praise by tone keeps reading the first stacker (its threshold was cross-validated on that scale).
      praiseTone = decideSentiment(base, cues).scores.positive;
      // smsa3b: the inbox stacker may read the shared plain model where the review stacker reads its own.
      const inboxInputs = stackerPlain && settings.inboxStackerSharedPlain === 1 ? fillInputs(models.sentiment, stacked, inboxStackInputs) : stackInputs;
      sentiment = decideSentiment(mixByShare(base, stackerInto(inboxStacker, inboxInputs, inboxStackOut), inboxShare), cues);
    } else sentiment = decideSentiment(base, cues);
  }
  // The gate's regexes run only when the head would raise the message (decide calls it last).
  const heldBack = (): boolean => headHeldBack(prepared.ruleText.normalized);
  const decision = decide(findings, intentOut, urgencyOut, sentiment, settings, head ? headOut[0] : undefined, heldBack, praiseTone);
  return {
    language,
    sentiment,
    // The emotion decision reads the first stage's neutral score (as its settings were chosen).
    emotion: decideEmotion(emotionOut, settings, { sarcasm: findings.sarcasm, neutral: firstStage.scores.neutral, emotionCue: hasEmotionCue(prepared.tokens), praiseByNegation: praisedByNegation(negatedNegativesOnly, prepared.tokens) }),
    intents: decision.intents,
    urgency: decision.urgency,
    reasons: decision.reasons,
    keywords: extractKeywords(prepared.tokens),
    pii: findPii(prepared.text),
    truncated: prepared.truncated,
  };
}
