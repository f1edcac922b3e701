// The reply tone coach: a pure library (no Node APIs) shared by the server and the browser.
export { coachReply, isCoachedEmotion, TONE_POINTS, type ToneAdvice, type ToneContext, type TonePoint } from './coach.js';
export type { CoachedEmotion, LocalizedText } from './suggestions.js';
