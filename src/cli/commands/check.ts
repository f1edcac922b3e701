// `sapa check`: run the content guard on a draft from the command line or a pipeline.
//   sapa check "text" [--kind post|reply] [--paid] [--brand profile.json] [--json] [--lang id|en]
//   sapa check --jsonl < drafts.jsonl      one {"text","kind","paid"} per line in, one result per line out
// Exit code 1 when any finding is `block`, so a marketing team can gate their own pipeline;
// 2 for unusable input.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { check, validateBrandProfile, type BrandProfile, type ContentKind, type Finding, type GuardResult } from '../../guard/index.js';

interface CheckCommandOptions {
  kind: string;
  paid?: boolean;
  jsonl?: boolean;
  json?: boolean;
  brand?: string;
  lang: string;
}

const SEVERITY_COLOUR: Record<Finding['severity'], string> = { block: '\x1b[41;97m', warn: '\x1b[43;30m', info: '\x1b[46;30m' };
const RESET = '\x1b[0m';

function parseKind(value: unknown): ContentKind | undefined {
  return value === 'post' || value === 'reply' ? value : undefined;
}

function loadBrand(path: string | undefined): BrandProfile | undefined {
  if (path === undefined) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read brand profile ${path}: ${(error as Error).message}`, { cause: error });
  }
  const validation = validateBrandProfile(raw);
  if (!validation.ok) throw new Error(`brand profile ${path}: ${validation.errors.join('; ')}`);
  return validation.profile;
}

/** The draft with each finding wrapped: coloured on a terminal, ⟦…⟧¹ in plain text. */
export function markFindings(text: string, findings: readonly Finding[], colour: boolean): string {
  // Outermost findings only, so overlapping marks never interleave.
  const marks: { finding: Finding; n: number }[] = [];
  findings.forEach((finding, i) => {
    const last = marks[marks.length - 1]?.finding;
    if (last === undefined || finding.start >= last.end) marks.push({ finding, n: i + 1 });
  });
  let out = '';
  let cursor = 0;
  for (const { finding, n } of marks) {
    out += text.slice(cursor, finding.start);
    const excerpt = text.slice(finding.start, finding.end);
    out += colour ? `${SEVERITY_COLOUR[finding.severity]}${excerpt}${RESET}[${n}]` : `⟦${excerpt}⟧[${n}]`;
    cursor = finding.end;
  }
  return out + text.slice(cursor);
}

export function formatResult(text: string, result: GuardResult, options: { colour: boolean; lang: 'id' | 'en' }): string {
  const lines = [markFindings(text, result.findings, options.colour), ''];
  result.findings.forEach((f, i) => {
    lines.push(`[${i + 1}] ${f.severity.toUpperCase()} ${f.rule} "${f.excerpt}"`);
    lines.push(`    ${f.message[options.lang]}`);
    lines.push(`    → ${f.suggestion[options.lang]}`);
    lines.push(`    (${f.source})`);
  });
  if (result.findings.length === 0) lines.push(options.lang === 'id' ? 'Tidak ada temuan.' : 'No findings.');
  const reasons = result.softSellReasons.map((r) => `${r.delta > 0 ? '+' : ''}${r.delta} ${r.code}`).join(', ');
  lines.push('', `soft-sell score: ${result.softSellScore}/100${reasons === '' ? '' : ` (${reasons})`}`);
  return lines.join('\n') + '\n';
}

const hasBlock = (result: GuardResult): boolean => result.findings.some((f) => f.severity === 'block');

async function runJsonl(brand: BrandProfile | undefined): Promise<void> {
  let blocked = false;
  let invalid = false;
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    try {
      const input = JSON.parse(line) as { text?: unknown; kind?: unknown; paid?: unknown };
      if (typeof input.text !== 'string') throw new Error('"text" must be a string');
      const kind = input.kind === undefined ? 'post' : parseKind(input.kind);
      if (kind === undefined) throw new Error('"kind" must be "post" or "reply"');
      const result = check(input.text, { kind, paid: input.paid === true, brand });
      blocked ||= hasBlock(result);
      process.stdout.write(JSON.stringify(result) + '\n');
    } catch (error) {
      // One output line per input line, always, so results stay aligned with inputs.
      invalid = true;
      process.stdout.write(JSON.stringify({ error: (error as Error).message }) + '\n');
    }
  }
  process.exitCode = invalid ? 2 : blocked ? 1 : 0;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\n$/, '');
}

export function registerCheckCommand(program: Command): void {
  program
    .command('check')
    .description('check a post or reply for over-promising, missing disclosure and hard selling (exit 1 on a block finding)')
    .argument('[text]', 'the draft; read from standard input when omitted')
    .option('--kind <kind>', 'post or reply', 'post')
    .option('--paid', 'the post is paid or gifted content')
    .option('--jsonl', 'read {"text","kind","paid"} lines from standard input, write one JSON result per line')
    .option('--json', 'print the result as JSON instead of marked text')
    .option('--brand <file>', 'brand profile JSON (products, substantiated claims, banned words, overrides)')
    .option('--lang <lang>', 'language of messages: id or en', 'en')
    .action(async (textArg: string | undefined, options: CheckCommandOptions) => {
      try {
        const brand = loadBrand(options.brand);
        if (options.jsonl === true) return await runJsonl(brand);
        const kind = parseKind(options.kind);
        if (kind === undefined) throw new Error('--kind must be post or reply');
        const text = textArg ?? (await readStdin());
        const result = check(text, { kind, paid: options.paid === true, brand });
        if (options.json === true) process.stdout.write(JSON.stringify(result) + '\n');
        else process.stdout.write(formatResult(text, result, { colour: process.stdout.isTTY === true, lang: options.lang === 'id' ? 'id' : 'en' }));
        process.exitCode = hasBlock(result) ? 1 : 0;
      } catch (error) {
        process.stderr.write(`sapa check: ${(error as Error).message}\n`);
        process.exitCode = 2;
      }
    });
}
