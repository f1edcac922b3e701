// The reply tone coach is a pure library (src/tone): the browser runs it on every keystroke,
// like the content guard. One import point for the web app.
export { coachReply, type ToneAdvice, type TonePoint } from '../../../src/tone/index.js';
