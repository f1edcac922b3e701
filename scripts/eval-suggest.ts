// Suggested replies on the demo brand: does the FAQ entry or past reply that answers an inbox
// message come first (top-1) or among the three offered (top-3)? A message nothing answers
// counts as a hit only when no suggestion is offered (an honest "no good match").
//
//   npm run eval:suggest
//
// Knowledge: the demo FAQ (src/demo/faq.ts) and corpora/suggest/past-replies.jsonl.
// Sets: corpora/suggest/blind.jsonl (labelled before any ranking change, never tuned on) and
// corpora/suggest/dev.jsonl (the ranking was tuned on it: tuning figures).
import { readFileSync } from 'node:fs';
import { GLOWRIA } from '../src/channels/simulator/brand.js';
import { analyze } from '../src/analysis/index.js';
import { demoFaq } from '../src/demo/faq.js';
import { faqDocument, pastReplyDocument, rankSuggestions, type SuggestionDocument } from '../src/domain/suggestions.js';

interface Labelled { id: string; text: string; lang: string; answers: string[] }
interface PastReply { key: string; language: 'id' | 'en'; question: string; answer: string }

const root = new URL('../', import.meta.url);
const lines = (path: string): unknown[] => readFileSync(new URL(path, root), 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as unknown);

const documents: SuggestionDocument[] = [
  ...demoFaq().map((entry) => faqDocument(entry.key, entry.question, entry.answer, entry.language)),
  ...(lines('corpora/suggest/past-replies.jsonl') as PastReply[]).map((reply) => pastReplyDocument(reply.key, reply.question, reply.answer)),
];

const products = GLOWRIA.products.map((product) => ({ name: product.name, aliases: [product.name, ...product.aliases.id, ...product.aliases.en] }));

/** The ranking before issue #11's changes (BM25 only, at 6f981c2), measured on the same files and knowledge. */
const BEFORE: Readonly<Record<string, string>> = {
  blind: 'top-1 0.757  top-3 0.826  no-match 0.056  overall top-3 0.741',
};

interface Tally { answerable: number; top1: number; top3: number; unanswerable: number; silent: number }

function evaluate(set: readonly Labelled[], showMisses: boolean): Tally {
  const tally: Tally = { answerable: 0, top1: 0, top3: 0, unanswerable: 0, silent: 0 };
  for (const message of set) {
    const ids = rankSuggestions(documents, message.text, 3, { products, understanding: analyze(message.text) }).map((s) => s.source.id);
    if (message.answers.length === 0) {
      tally.unanswerable += 1;
      if (ids.length === 0) tally.silent += 1;
      else if (showMisses) console.log(`  offered for no-answer ${message.id}: ${message.text} -> ${ids.join(', ')}`);
      continue;
    }
    tally.answerable += 1;
    if (message.answers.includes(ids[0] ?? '')) tally.top1 += 1;
    if (ids.some((id) => message.answers.includes(id))) tally.top3 += 1;
    else if (showMisses) console.log(`  miss ${message.id}: ${message.text} -> ${ids.join(', ') || '(none)'} (want ${message.answers.join(' | ')})`);
  }
  return tally;
}

const ratio = (part: number, whole: number): string => (whole === 0 ? '—' : (part / whole).toFixed(3));
function line(name: string, n: number, t: Tally): string {
  return `${name.padEnd(30)} n=${String(n).padEnd(4)} top-1 ${ratio(t.top1, t.answerable)}  top-3 ${ratio(t.top3, t.answerable)}  no-match ${ratio(t.silent, t.unanswerable)}  overall top-3 ${ratio(t.top3 + t.silent, n)}`;
}

const show = process.argv.includes('--misses');
// --dev-only: what tuning runs, so the blind figures are not watched while tuning.
const devOnly = process.argv.includes('--dev-only');
console.log(`Suggested replies on the demo brand (${documents.length} documents). top-1/top-3 over messages that have an answer;`);
console.log('no-match: share of messages without an answer that got no suggestion; overall top-3 counts both.\n');
for (const [name, file, label] of [['blind', 'corpora/suggest/blind.jsonl', 'blind (not tuned on)'], ['dev', 'corpora/suggest/dev.jsonl', 'dev (TUNING figures)']] as const) {
  if (devOnly && name === 'blind') continue;
  let set: Labelled[];
  try {
    set = lines(file) as Labelled[];
  } catch {
    continue;
  }
  // Only the dev set's misses are printed: looking at the blind set's would be tuning on it.
  console.log(line(label, set.length, evaluate(set, show && name === 'dev')));
  const before = BEFORE[name];
  if (before !== undefined) console.log(`${''.padEnd(30)} before: ${before}`);
}
