// npm run eval:guard — precision and recall of the content guard per category and per
// rule on the labelled corpus (corpora/guard), split by split (dev, dev2 and blind were
// tuned on; holdout was not; blind2 was written blind for issue 11 and never tuned on:
// see corpora/guard/README.md), each with the recorded figures of main before issue 11,
// then throughput on 280-character drafts.
// blind3 (corpora/blind-2026-12/guard.jsonl) was written blind for issue 11 round two and is
// never tuned on either; its BEFORE rows come from corpora/blind-2026-12/recorded/before.txt.
// blind4 (corpora/blind-2026-12b/guard.jsonl) was written blind later the same night, before the
// third tuning pass, to bring the never-tuned round-two set to 229 drafts; "blind3+4" scores both
// together. Their BEFORE rows come from corpora/blind-2026-12b/recorded/before.txt.
// blind5 (corpora/blind-2026-12c/guard.jsonl, 217 drafts) was written 2026-12-06 by a writer who
// read no rule code and no corpus rows, before round six; never tuned on. Its BEFORE rows come
// from corpora/blind-2026-12c/recorded/before.txt.
// blind6 (corpora/blind-2026-12d/guard.jsonl, 231 drafts) was written 2026-12-06 by another outside
// writer (no rule code, no corpus rows) before round seven; never tuned on. BEFORE rows come from
// corpora/blind-2026-12d/recorded/before.txt.
// blind7 (corpora/blind-2026-12e/guard.jsonl) was written 2026-12-07 by a third outside writer before
// round eight; never tuned on. BEFORE rows come from corpora/blind-2026-12e/recorded/before.txt.
// blind8 (corpora/blind-2026-12f/guard.jsonl) was written the same night by a fourth outside writer, also
// before any round-eight change; "blind7+8" scores both. BEFORE in corpora/blind-2026-12f/recorded/before.txt.
// blind9 (corpora/blind-2026-12g) and blind10 (corpora/blind-2026-12h) were written 2026-12-07 by two more
// outside writers before round nine; "blind9+10" scores both. BEFORE in each folder's recorded/before.txt.
// blind11 (corpora/blind-2026-12i) and blind12 (corpora/blind-2026-12j) were written 2026-12-07 by two more
// outside writers before round ten; "blind11+12" scores both. BEFORE in each folder's recorded/before.txt.
// blind13 (corpora/blind-2026-12k) and blind14 (corpora/blind-2026-12l) were written 2026-12-07 by two more
// outside writers before round eleven; "blind13+14" scores both. BEFORE in each folder's recorded/before.txt.
// blind15 (corpora/blind-2026-12m) and blind16 (corpora/blind-2026-12n) were written 2026-12-07 by two more
// outside writers before round twelve; "blind15+16" scores both. BEFORE in each folder's recorded/before.txt.
// blind17 (corpora/blind-2026-12o) and blind18 (corpora/blind-2026-12p) were written 2026-12-07 by two more
// outside writers before round thirteen; "blind17+18" scores both. BEFORE in each folder's recorded/before.txt.
// Flags: --failures (list mismatched drafts), --split dev|holdout|dev2|dev3|dev4|dev5|dev6|train7a|train7b|train8|train9|train10|train11|train12|train13|train14|train15|train16|train17|train18|train19|train20|train21|train22|train23|train24|train25|train26|train27|train28|train29|train30|train31|train32|blind|blind2|blind3|blind4|blind3+4|blind5|blind6|blind7|blind8|blind7+8|blind9|blind10|blind9+10|blind11|blind12|blind11+12|blind13|blind14|blind13+14|blind15|blind16|blind15+16|blind17|blind18|blind17+18|train33|train34|train35|train36|train37|train38|blind19|blind20|blind19+20 (only that split),
// --splits dev,holdout,... (only those, so blind figures stay unseen while tuning), --no-speed (skip throughput).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../src/guard/index.js';
import { evaluate, precision, recall, type Counts, type EvalReport, type LabelledDraft } from '../src/guard/evaluation.js';

const corpusDir = join(import.meta.dirname, '..', 'corpora', 'guard');
const args = process.argv.slice(2);
const showFailures = args.includes('--failures');
const onlySplit = args[args.indexOf('--split') + 1];
const someSplits = args.includes('--splits') ? (args[args.indexOf('--splits') + 1] ?? '').split(',') : undefined;

// Blind splits kept in their own folders (corpora/blind-*/guard.jsonl), each with the BEFORE
// figures recorded once in its recorded/before.txt.
const BLIND_FOLDERS: Record<string, string> = {
  blind3: 'blind-2026-12',
  blind4: 'blind-2026-12b',
  blind5: 'blind-2026-12c',
  blind6: 'blind-2026-12d',
  blind7: 'blind-2026-12e',
  blind8: 'blind-2026-12f',
  blind9: 'blind-2026-12g',
  blind10: 'blind-2026-12h',
  blind11: 'blind-2026-12i',
  blind12: 'blind-2026-12j',
  blind13: 'blind-2026-12k',
  blind14: 'blind-2026-12l',
  blind15: 'blind-2026-12m',
  blind16: 'blind-2026-12n',
  blind17: 'blind-2026-12o',
  blind18: 'blind-2026-12p',
  blind19: 'blind-2026-12q',
  blind20: 'blind-2026-12r',
};
const corporaDir = join(import.meta.dirname, '..', 'corpora');
const blindFiles = Object.values(BLIND_FOLDERS)
  .map((folder) => join(corporaDir, folder, 'guard.jsonl'))
  .filter((file) => existsSync(file));

function load(): LabelledDraft[] {
  return [...readdirSync(corpusDir).filter((f) => f.endsWith('.jsonl')).map((f) => join(corpusDir, f)), ...blindFiles]
    .flatMap((file) => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== ''))
    .map((line) => JSON.parse(line) as LabelledDraft);
}

const fmt = (n: number): string => n.toFixed(2);
const row = (name: string, c: Counts): string =>
  `${name.padEnd(30)} ${fmt(precision(c)).padStart(9)} ${fmt(recall(c)).padStart(7)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}`;

function print(title: string, report: EvalReport): void {
  console.log(`\n== ${title} (${report.drafts} drafts)`);
  console.log(`${'category / rule'.padEnd(30)} precision  recall   tp   fp   fn`);
  for (const [category, c] of report.byCategory) console.log(row(category, c));
  for (const [category, c] of report.byLearned) console.log(row(`  of which learned: ${category}`, c));
  console.log('-'.repeat(62));
  for (const [rule, c] of report.byRule) console.log(row(rule, c));
  console.log(`span checks missed: ${report.spanMisses.length}; drafts with any mismatch: ${report.mismatches.length}`);
  if (showFailures) {
    for (const m of report.mismatches) console.log(`  ${m.id} missing=[${m.missing.join(' ')}] extra=[${m.extra.join(' ')}] ${m.text}`);
    for (const s of report.spanMisses) console.log(`  span ${s.id} ${s.rule} "${s.excerpt}"`);
  }
}

interface Throughput {
  /** Checks per second of CPU time this process used: "one core", even on a busy machine. */
  perCpuSecond: number;
  /** Checks per wall-clock second, for comparison; lower when other work shares the cores. */
  perWallSecond: number;
}

function throughput(drafts: readonly LabelledDraft[]): Throughput {
  // Real drafts glued and cut to exactly 280 characters, so every check does full work.
  const texts: string[] = [];
  for (let i = 0; i < drafts.length; i++) {
    let text = '';
    for (let j = i; text.length < 280; j++) text += `${drafts[j % drafts.length]?.text ?? ''} `;
    texts.push(text.slice(0, 280));
  }
  for (let round = 0; round < 5; round++) for (const t of texts) check(t, { kind: 'post' }); // JIT warm-up
  let count = 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  while (performance.now() - started < 3000) {
    for (const t of texts) check(t, { kind: 'post' });
    count += texts.length;
  }
  const wall = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  return { perCpuSecond: count / ((cpu.user + cpu.system) / 1e6), perWallSecond: count / wall };
}

const SPLIT_TITLES: Record<string, string> = {
  dev: 'dev split (rules tuned on it; training data of the learned second opinion)',
  holdout: 'holdout split (not used for tuning)',
  blind: 'blind split (written blind 2026-11-26, then tuned on; training data of the learned second opinion)',
  dev2: 'dev2 split (issue-11 families, written 2026-12-05 after blind2; rules tuned on it; training data of the learned second opinion)',
  blind2: 'blind2 split (written blind 2026-12-05 for issue 11, never tuned on)',
  dev3: 'dev3 split (round-two families, written 2026-12-05 after blind3; rules tuned on it: TUNING figures)',
  dev4: 'dev4 split (round-four families, written 2026-12-06 from the issue-11 family names; rules tuned on it: TUNING figures)',
  dev5: 'dev5 split (round-five families, written 2026-12-06 from TRUST-RULES.md and the issue-11 family names; rules tuned on it: TUNING figures)',
  dev6: 'dev6 split (round-six families, written 2026-12-06 from TRUST-RULES.md and the issue-11 family names; rules tuned on it: TUNING figures)',
  train7a: 'train7a split (round seven, Indonesian-heavy, written without the rules; training data of the learned second opinion: TUNING figures)',
  train7b: 'train7b split (round seven, English/mixed-heavy, written without the rules; training data of the learned second opinion: TUNING figures)',
  train8: 'train8 split (round seven, fresh writers: marketplace sellers, micro-influencers, regional; first-sight figures in corpora/guard/recorded/train8-first-sight.txt, TUNING after)',
  train9: 'train9 split (round seven b, fresh writers: corporate, Gen-Z, halal lifestyle, courses, wellness; first-sight figures in corpora/guard/recorded/train9-first-sight.txt, TUNING after)',
  train10: 'train10 split (round seven c calibration batch, mixed writers; first sight in corpora/guard/recorded/train10-first-sight.txt; then it sets the learned thresholds)',
  train11: 'train11 split (round eight, fresh writer: agency captions for mid-size brands; first sight in corpora/guard/recorded/train11-first-sight.txt, training data after)',
  train12: 'train12 split (round eight, fresh writer: small sellers and micro-influencers in heavy slang; first sight in corpora/guard/recorded/train12-first-sight.txt, training data after)',
  train13: 'train13 split (round eight calibration batch, mixed writers; first sight in corpora/guard/recorded/train13-first-sight.txt; then it sets the learned thresholds)',
  train14: 'train14 split (round eight, family-focused fresh writer: competitor, fake free, finance, children, FOMO, safety; first sight in corpora/guard/recorded/train14-first-sight.txt, training data after)',
  train15: 'train15 split (round eight, family-focused fresh writer, English-first code-mixed; first sight in corpora/guard/recorded/train15-first-sight.txt, training data after)',
  train16: 'train16 split (round eight, fresh writer: corporate PR, halal lifestyle, umrah, clinics; first sight in corpora/guard/recorded/train16-first-sight.txt, training data after)',
  train17: 'train17 split (round eight, fresh writer: gaming, K-pop, streetwear, regional and Commonwealth English; first sight in corpora/guard/recorded/train17-first-sight.txt, training data after)',
  train18: 'train18 split (round eight, fresh writer: MLM and insurance agents, X threads, live shopping; first sight in corpora/guard/recorded/train18-first-sight.txt, training data after)',
  train19: 'train19 split (round eight, fresh writer: marketplace listings, dealers, pharmacies; first sight in corpora/guard/recorded/train19-first-sight.txt, training data after)',
  blind3: 'blind3 split (corpora/blind-2026-12, written blind 2026-12-05 for issue 11 round two, never tuned on)',
  blind4: 'blind4 split (corpora/blind-2026-12b, written blind 2026-12-05 23:40 UTC for issue 11 round three, never tuned on)',
  'blind3+4': 'blind3+4 split (both never-tuned round-two blind sets together)',
  blind5: 'blind5 split (corpora/blind-2026-12c, written 2026-12-06 by an outside writer before round six, never tuned on)',
  blind6: 'blind6 split (corpora/blind-2026-12d, written 2026-12-06 by an outside writer before round seven, never tuned on)',
  blind7: 'blind7 split (corpora/blind-2026-12e, written 2026-12-07 by an outside writer before round eight, never tuned on)',
  blind8: 'blind8 split (corpora/blind-2026-12f, written 2026-12-07 by another outside writer before round eight, never tuned on)',
  'blind7+8': 'blind7+8 split (both never-tuned round-eight blind sets together)',
  train20: 'train20 split (round nine, fresh writer: food, drinks, household, building materials; first sight in corpora/guard/recorded/train20-first-sight.txt, calibration fold, then training data)',
  train21: 'train21 split (round nine, fresh writer: fintech, gold and funds, telcos, subscriptions; first sight in corpora/guard/recorded/train21-first-sight.txt, calibration fold, then training data)',
  train22: 'train22 split (round nine, fresh writer: toys, education apps, creators, phones, fashion; first sight in corpora/guard/recorded/train22-first-sight.txt, calibration fold, then training data)',
  train23: 'train23 split (round nine, fresh writer, negatives-heavy: health, beauty, pets, travel; first sight in corpora/guard/recorded/train23-first-sight.txt, calibration fold, then training data)',
  train24: 'train24 split (round ten, fresh writer: Sumatra sellers, kopi, frozen food, dealers, gold shops; first sight in corpora/guard/recorded/train24-first-sight.txt, calibration fold, then training data)',
  train25: 'train25 split (round ten, fresh writer: English-first Jakarta creators and startups; first sight in corpora/guard/recorded/train25-first-sight.txt, calibration fold, then training data)',
  train26: 'train26 split (round ten, fresh writer: family businesses of Central and West Java; first sight in corpora/guard/recorded/train26-first-sight.txt, calibration fold, then training data)',
  blind9: 'blind9 split (corpora/blind-2026-12g, written 2026-12-07 by an outside writer before round nine, never tuned on)',
  blind10: 'blind10 split (corpora/blind-2026-12h, written 2026-12-07 by another outside writer before round nine, never tuned on)',
  'blind9+10': 'blind9+10 split (both never-tuned round-nine blind sets together)',
  blind11: 'blind11 split (corpora/blind-2026-12i, written 2026-12-07 by an outside writer before round ten, never tuned on)',
  blind12: 'blind12 split (corpora/blind-2026-12j, written 2026-12-07 by another outside writer before round ten, never tuned on)',
  'blind11+12': 'blind11+12 split (both never-tuned round-ten blind sets together)',
  train27: 'train27 split (round eleven, fresh writer: Kalimantan and Sulawesi sellers; first sight in corpora/guard/recorded/train27-first-sight.txt, then calibration fold and training data)',
  train28: 'train28 split (round eleven, fresh writer: national consumer brands in Jakarta and their customers; first sight in corpora/guard/recorded/train28-first-sight.txt, then calibration fold and training data)',
  blind13: 'blind13 split (corpora/blind-2026-12k, written 2026-12-07 by an outside writer before round eleven, never tuned on)',
  blind14: 'blind14 split (corpora/blind-2026-12l, written 2026-12-07 by another outside writer before round eleven, never tuned on)',
  'blind13+14': 'blind13+14 split (both never-tuned round-eleven blind sets together)',
  train29: 'train29 split (round twelve, fresh writer: Sumatran family businesses and their customers; first sight in corpora/guard/recorded/train29-first-sight.txt, then calibration fold and training data)',
  train30: 'train30 split (round twelve, fresh writer: Gen-Z creators, campus brands and students in Yogyakarta, Bandung and Malang; first sight in corpora/guard/recorded/train30-first-sight.txt, then calibration fold and training data)',
  blind15: 'blind15 split (corpora/blind-2026-12m, written 2026-12-07 by an outside writer before round twelve, never tuned on)',
  blind16: 'blind16 split (corpora/blind-2026-12n, written 2026-12-07 by another outside writer before round twelve, never tuned on)',
  'blind15+16': 'blind15+16 split (both never-tuned round-twelve blind sets together)',
  train31: 'train31 split (round thirteen, fresh writer: Jakarta and Tangerang office workers and the brands that sell to them; first sight in corpora/guard/recorded/train31-first-sight.txt, then calibration fold and training data)',
  train32: 'train32 split (round thirteen, fresh writer: Central Java home industries and village economies; first sight in corpora/guard/recorded/train32-first-sight.txt, then calibration fold and training data)',
  train33: 'train33 split (round fourteen, fresh writer: Sundanese West Java; first sight in corpora/guard/recorded/train33-first-sight.txt; rule helpers develop on it)',
  train34: 'train34 split (round fourteen, fresh writer: gaming, gadgets and the online Gen-Z economy; first sight recorded; rule helpers develop on it)',
  train35: 'train35 split (round fourteen, fresh writer: Papua, Maluku and NTT; first sight recorded; rule helpers saw only its aggregate figures)',
  train36: 'train36 split (round fourteen, fresh writer: mothers, babies and families; first sight recorded; rule helpers saw only its aggregate figures)',
  train37: 'train37 split (round fourteen, fresh writer: East Java and Madura; reserved for threshold calibration, read by no helper)',
  train38: 'train38 split (round fourteen, fresh writer: sports, fitness and wellness; reserved for threshold calibration, read by no helper)',
  blind17: 'blind17 split (corpora/blind-2026-12o, written 2026-12-07 by an outside writer before round thirteen, never tuned on)',
  blind18: 'blind18 split (corpora/blind-2026-12p, written 2026-12-07 by another outside writer before round thirteen, never tuned on)',
  'blind17+18': 'blind17+18 split (both never-tuned round-thirteen blind sets together)',
  blind19: 'blind19 split (corpora/blind-2026-12q, written 2026-12-08 by an outside writer before round fourteen, never tuned on)',
  blind20: 'blind20 split (corpora/blind-2026-12r, written 2026-12-08 by another outside writer before round fourteen, never tuned on)',
  'blind19+20': 'blind19+20 split (both never-tuned round-fourteen blind sets together)',
};

/** The splits a title covers: "blind3+4" is the union of blind3 and blind4, "blind7+8" of blind7 and blind8. */
const UNIONS: Record<string, string[]> = { 'blind3+4': ['blind3', 'blind4'], 'blind7+8': ['blind7', 'blind8'], 'blind9+10': ['blind9', 'blind10'], 'blind11+12': ['blind11', 'blind12'], 'blind13+14': ['blind13', 'blind14'], 'blind15+16': ['blind15', 'blind16'], 'blind17+18': ['blind17', 'blind18'], 'blind19+20': ['blind19', 'blind20'] };
const splitMembers = (split: string): string[] => UNIONS[split] ?? [split];

// Before figures: the category rows of main before issue 11, recorded once on these labels.
const BEFORE_FILE = join(corpusDir, 'recorded', 'before-issue11-current-labels.txt');

const DEV5_BEFORE_FILE = join(corpusDir, 'recorded', 'before-dev5.txt');
const DEV6_BEFORE_FILE = join(corpusDir, 'recorded', 'before-dev6.txt');

const BEFORE_LABELS: Record<string, string> = {
  dev5: 'branch recall at deb8575, before any round-five rule change; recorded in recorded/before-dev5.txt',
  dev6: 'branch guardrecall at 461e4f6 (rules), before any round-six rule change; recorded in recorded/before-dev6.txt',
  blind3: 'main at 3d4a68b; recorded in corpora/blind-2026-12/recorded/before.txt',
  blind4: 'branch understand at 30e9956, before round three; recorded in corpora/blind-2026-12b/recorded/before.txt',
  'blind3+4': 'branch understand at 30e9956, before round three; recorded in corpora/blind-2026-12b/recorded/before.txt',
  blind5: 'main at 461e4f6, before round six; recorded in corpora/blind-2026-12c/recorded/before.txt',
  blind6: 'main at 9690907, before round seven; recorded in corpora/blind-2026-12d/recorded/before.txt',
  blind7: 'main at 533aef3, before round eight; recorded in corpora/blind-2026-12e/recorded/before.txt',
  blind8: 'main with 533aef3 behaviour, before round eight; recorded in corpora/blind-2026-12f/recorded/before.txt',
  'blind7+8': 'main with 533aef3 behaviour, before round eight; recorded in corpora/blind-2026-12f/recorded/before.txt',
  blind9: 'main at bd16c33, before round nine; recorded in corpora/blind-2026-12g/recorded/before.txt',
  blind10: 'main at bd16c33, before round nine; recorded in corpora/blind-2026-12h/recorded/before.txt',
  'blind9+10': 'main at bd16c33, before round nine; recorded in corpora/blind-2026-12h/recorded/before.txt',
  blind11: 'main at b9b46e9, before round ten; recorded in corpora/blind-2026-12i/recorded/before.txt',
  blind12: 'main at b9b46e9, before round ten; recorded in corpora/blind-2026-12j/recorded/before.txt',
  'blind11+12': 'main at b9b46e9, before round ten; recorded in corpora/blind-2026-12j/recorded/before.txt',
  blind13: 'main at 7d1c0dd, before round eleven; recorded in corpora/blind-2026-12k/recorded/before.txt',
  blind14: 'main at 7d1c0dd, before round eleven; recorded in corpora/blind-2026-12l/recorded/before.txt',
  'blind13+14': 'main at 7d1c0dd, before round eleven; recorded in corpora/blind-2026-12l/recorded/before.txt',
  blind15: 'main at 587d74c, before round twelve; recorded in corpora/blind-2026-12m/recorded/before.txt',
  blind16: 'main at 587d74c, before round twelve; recorded in corpora/blind-2026-12n/recorded/before.txt',
  'blind15+16': 'main at 587d74c, before round twelve; recorded in corpora/blind-2026-12n/recorded/before.txt',
  blind17: 'main at 86145f9, before round thirteen; recorded in corpora/blind-2026-12o/recorded/before.txt',
  blind18: 'main at 86145f9, before round thirteen; recorded in corpora/blind-2026-12p/recorded/before.txt',
  'blind17+18': 'main at 86145f9, before round thirteen; recorded in corpora/blind-2026-12p/recorded/before.txt',
  blind19: 'main at 7bc218b, before round fourteen; recorded in corpora/blind-2026-12q/recorded/before.txt',
  blind20: 'main at 7bc218b, before round fourteen; recorded in corpora/blind-2026-12r/recorded/before.txt',
  'blind19+20': 'main at 7bc218b, before round fourteen; recorded in corpora/blind-2026-12r/recorded/before.txt',
};

function beforeFile(split: string): string {
  if (split === 'dev5') return DEV5_BEFORE_FILE;
  if (split === 'dev6') return DEV6_BEFORE_FILE;
  // A union's BEFORE was recorded with its later member's, in one file.
  const folder = BLIND_FOLDERS[UNIONS[split]?.at(-1) ?? split];
  return folder === undefined ? BEFORE_FILE : join(corporaDir, folder, 'recorded', 'before.txt');
}

function recordedBefore(split: string): string[] {
  const file = beforeFile(split);
  if (!existsSync(file)) return [];
  const lines = readFileSync(file, 'utf8').split('\n');
  // Recorded files head the split either "== blind3 split" or, when saved from this script's own
  // output, "== AFTER: blind4 split".
  const at = lines.findIndex((l) => l.startsWith(`== ${split} split`) || l.startsWith(`== AFTER: ${split} split`));
  if (at < 0) return [];
  return lines.slice(at + 2, at + 5).filter((l) => /^(?:claim|disclosure|pressure) /.test(l));
}

const all = load();
for (const [split, title] of Object.entries(SPLIT_TITLES)) {
  if (onlySplit !== undefined && onlySplit !== split && args.includes('--split')) continue;
  if (someSplits !== undefined && !someSplits.includes(split)) continue;
  const members = splitMembers(split);
  print(`AFTER: ${title}`, evaluate(all.filter((d) => members.includes(d.split ?? ''))));
  console.log(`BEFORE (${BEFORE_LABELS[split] ?? `main at b012d9f, same labels; recorded in ${BEFORE_FILE.slice(corpusDir.length + 1)}`}):`);
  for (const line of recordedBefore(split)) console.log(line);
}
if (!args.includes('--split') && someSplits === undefined) print('all drafts', evaluate(all));
// Throughput on the dev and holdout drafts only, so figures stay comparable with those
// measured before the blind split existed.
if (args.includes('--no-speed')) process.exit(0);
const speed = throughput(all.filter((d) => d.split === 'dev' || d.split === 'holdout'));
const n = (x: number): string => Math.round(x).toLocaleString('en-US');
console.log(`\nthroughput on 280-character drafts, one thread: ${n(speed.perCpuSecond)} checks per CPU-second (${n(speed.perWallSecond)} per wall-clock second)`);
