// The reply tone coach on corpora/tone/blind.jsonl: for each point, precision and recall of
// the coach's flag (what the officer is told to fix: no acknowledgement, no apology, a blaming
// phrase, no next step). The apology point counts only replies to complaints about the brand.
//
//   npm run eval:tone [-- --misses]
import { readFileSync } from 'node:fs';
import { coachReply, TONE_POINTS, type TonePoint } from '../src/tone/index.js';

interface Row { id: string; followerEmotion: string; aboutBrand: boolean; reply: string; labels: Record<TonePoint, boolean> }

const rows = readFileSync(new URL('../corpora/tone/blind.jsonl', import.meta.url), 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Row);
const show = process.argv.includes('--misses');


console.log(`Reply tone coach, ${rows.length} replies to angry, afraid or sad followers (corpora/tone/blind.jsonl).`);
console.log('Flag = the coach asks for a change on that point. Precision/recall of the flags:\n');
for (const point of TONE_POINTS) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let n = 0;
  for (const row of rows) {
    const advice = coachReply(row.reply, { emotion: row.followerEmotion, aboutBrand: row.aboutBrand })?.find((a) => a.point === point);
    if (advice === undefined) continue;
    n += 1;
    const flagged = !advice.met;
    const needed = !row.labels[point];
    if (flagged && needed) tp += 1;
    else if (flagged) fp += 1;
    else if (needed) fn += 1;
    if (show && flagged !== needed) console.log(`  ${flagged ? 'false flag' : 'missed'} ${point} ${row.id}: ${row.reply}`);
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  console.log(`${point.padEnd(22)} n=${String(n).padEnd(4)} flags needed ${String(tp + fn).padEnd(4)} precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}`);
}
