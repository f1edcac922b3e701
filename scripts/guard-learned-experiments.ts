// Feature variants tried by lobo-guard.ts (--features a,b): each adds keys to or removes keys from
// the shipped features of src/guard/learned/features.ts. Only a variant that wins the
// leave-one-batch-out measure is worth moving into features.ts and the check-time scorer.
import type { LabelledDraft } from '../src/guard/evaluation.js';
import { featuresOf, wordsOf } from '../src/guard/learned/features.js';

export function experimentalKeys(variants: readonly string[]): (normalised: string, draft: LabelledDraft) => string[] {
  const on = new Set(variants);
  return (normalised, draft) => {
    let keys = featuresOf(normalised).map((f) => f.key);
    if (on.has('nostem')) keys = keys.filter((k) => !k.startsWith('p:'));
    if (on.has('noroot')) keys = keys.filter((k) => !k.startsWith('s:'));
    const words = wordsOf(normalised).map((w) => w.w);
    for (let i = 0; i < words.length; i++) {
      const [a, b, c] = [words[i], words[i + 1], words[i + 2]];
      if (on.has('trigram') && c !== undefined) keys.push(`t:${a} ${b} ${c}`);
      if (on.has('skip') && c !== undefined) keys.push(`k:${a} ${c}`);
      if (on.has('prefix4') && a !== undefined && a.length >= 5) keys.push(`q:${a.slice(0, 4)}`);
      if (on.has('suffix3') && a !== undefined && a.length >= 6) keys.push(`x:${a.slice(-3)}`);
    }
    if (on.has('paid')) keys.push(draft.paid === true ? 'f:paid' : 'f:unpaid');
    if (on.has('kind')) keys.push(`f:${draft.kind}`);
    if (on.has('len')) keys.push(`f:len${Math.min(6, Math.floor(words.length / 8))}`);
    return [...new Set(keys)];
  };
}
