// The reply tone coach. When an officer answers a follower who is angry, afraid or sad, it
// says whether the draft acknowledges the feeling, apologises (when the complaint is about
// the brand), avoids blame and defensive phrases, and offers a concrete next step, each with
// a suggestion in Indonesian and English. Pure: it runs in the browser like the guard.
import { ACKNOWLEDGES, APOLOGISES, BLAMES, NEXT_STEP, NOT_AN_APOLOGY } from './cues.js';
import { suggestionFor, type CoachedEmotion, type LocalizedText } from './suggestions.js';

export const TONE_POINTS = ['acknowledges_feeling', 'apologises', 'no_blame', 'next_step'] as const;
export type TonePoint = (typeof TONE_POINTS)[number];

export interface ToneContext {
  /** The follower's emotion from the analysis; the coach speaks only for anger, fear and sadness. */
  emotion: string;
  /** The follower complains about the brand (a complaint intent): then an apology is expected. */
  aboutBrand: boolean;
}

export interface ToneAdvice {
  point: TonePoint;
  /** The draft already does it. */
  met: boolean;
  /** What to write, for the emotion at hand. */
  suggestion: LocalizedText;
  /** For `no_blame`: the phrases to change, as UTF-16 offsets into the draft. */
  spans: Array<{ start: number; end: number; text: string }>;
}

const COACHED: ReadonlySet<string> = new Set(['anger', 'fear', 'sadness']);

export function isCoachedEmotion(emotion: string): emotion is CoachedEmotion {
  return COACHED.has(emotion);
}

function blameSpans(draft: string, lower: string): ToneAdvice['spans'] {
  const spans: ToneAdvice['spans'] = [];
  BLAMES.lastIndex = 0;
  for (let match = BLAMES.exec(lower); match !== null; match = BLAMES.exec(lower)) {
    spans.push({ start: match.index, end: match.index + match[0].length, text: draft.slice(match.index, match.index + match[0].length) });
    if (match[0].length === 0) BLAMES.lastIndex += 1;
  }
  return spans;
}

/** The advice for a draft, or null when the follower is not angry, afraid or sad (or the draft is empty). */
export function coachReply(draft: string, context: ToneContext): ToneAdvice[] | null {
  if (!isCoachedEmotion(context.emotion) || draft.trim() === '') return null;
  const emotion = context.emotion;
  // toLowerCase keeps UTF-16 offsets for the scripts replies are written in (Latin, emoji).
  const lower = draft.toLowerCase().replace(/[’‘]/g, "'");
  const spans = blameSpans(draft, lower);
  const advice: ToneAdvice[] = [
    { point: 'acknowledges_feeling', met: ACKNOWLEDGES.test(lower), suggestion: suggestionFor('acknowledges_feeling', emotion), spans: [] },
  ];
  if (context.aboutBrand) advice.push({ point: 'apologises', met: APOLOGISES.test(lower) && !NOT_AN_APOLOGY.test(lower), suggestion: suggestionFor('apologises', emotion), spans: [] });
  advice.push({ point: 'no_blame', met: spans.length === 0, suggestion: suggestionFor('no_blame', emotion), spans });
  advice.push({ point: 'next_step', met: NEXT_STEP.test(lower), suggestion: suggestionFor('next_step', emotion), spans: [] });
  return advice;
}
