// When the high-urgency head (round seven) may not raise a message on its own, for the same
// reasons the rules hold back: a question about what could happen ("kalau ada yang login ke akun
// saya, ada notifikasi?") reports no harm (a question mark is required: "if you don't refund me
// I will tell everyone" opens the same way and is a threat), and a profession named in passing ("I'm an attorney
// and your cold brew keeps me going") is no legal threat (urgency-cues.ts, urgency-rules.ts).
import { HAPPENED, HYPOTHETICAL } from './urgency-cues.js';
import { namesProfession } from './urgency-rules.js';

export function headHeldBack(normalized: string): boolean {
  return (normalized.includes('?') && HYPOTHETICAL.test(normalized) && !HAPPENED.test(normalized)) || namesProfession(normalized);
}
