// check(): one draft in, findings with original-text spans and a soft-sell score out.
// Pure and synchronous, so the composer can call it on every keystroke in the browser.
import { bannedWordHits, isSubstantiated, productLimitationHits } from './brand/apply.js';
import type { BrandProfile } from './brand/profile.js';
import { buildDoc, type GuardDoc } from './context/doc.js';
import { inQuote } from './context/guards.js';
import { narrowClaims } from './detect/claim-narrowing.js';
import { pairGuaranteedReturns } from './detect/guaranteed-return.js';
import { DETECTORS, FALLBACK_DETECTORS } from './detect/index.js';
import type { Hit } from './detect/scan.js';
import { detectTypography, type Span } from './detect/typography.js';
import { secondOpinion } from './learned/second-opinion.js';
import { ruleMeta } from './rules/catalog.js';
import { softSell } from './score/soft-sell.js';
import { toOriginalSpan } from './text/normalize.js';
import type { ContentKind, Finding, GuardResult, RuleId } from './types.js';

export interface CheckOptions {
  kind: ContentKind;
  /** The post is paid or gifted content (an ad, an endorsement): a clear label is then required. */
  paid?: boolean;
  brand?: BrandProfile;
}

// In a post, a quoted cure or guarantee is the brand using a testimonial; anything
// else quoted is someone else's words. In a reply, quotes are the customer's words.
const TESTIMONY_RULES: ReadonlySet<RuleId> = new Set(['CLAIM.HEALTH_CURE', 'CLAIM.ABSOLUTE_GUARANTEE', 'CLAIM.SAFETY']);

function resolveQuotes(doc: GuardDoc, hits: Hit[]): Hit[] {
  const out: Hit[] = [];
  for (const hit of hits) {
    if (hit.rule === 'DISCLOSE.PAID_PARTNERSHIP' || !inQuote(doc, hit.start, hit.end)) out.push(hit);
    else if (doc.kind === 'post' && TESTIMONY_RULES.has(hit.rule)) out.push({ rule: 'CLAIM.TESTIMONIAL', start: hit.start, end: hit.end });
  }
  return out;
}

function toFinding(doc: GuardDoc, hit: Hit, span: Span): Finding {
  const meta = ruleMeta(hit.rule);
  return {
    rule: hit.rule,
    category: meta.category,
    severity: hit.severity ?? meta.defaultSeverity,
    start: span.start,
    end: span.end,
    excerpt: doc.norm.original.slice(span.start, span.end),
    message: hit.message ?? meta.message,
    source: meta.source,
    suggestion: hit.suggestion ?? meta.suggestion,
  };
}

const byStart = (a: Finding, b: Finding): number => a.start - b.start || b.end - a.end;

/** The earlier finding of the same rule that `f` overlaps, if any (a loop: no closure per finding). */
function twinOf(out: readonly Finding[], f: Finding): Finding | undefined {
  for (const o of out) if (o.rule === f.rule && f.start < o.end && o.start < f.end) return o;
  return undefined;
}

/** Same rule, overlapping spans: one finding covering both. */
function dedupe(original: string, findings: Finding[]): Finding[] {
  const sorted = [...findings].sort(byStart);
  const out: Finding[] = [];
  for (const f of sorted) {
    const twin = twinOf(out, f);
    if (twin === undefined) out.push(f);
    else if (f.end > twin.end) {
      twin.end = f.end;
      twin.excerpt = original.slice(twin.start, twin.end);
    }
  }
  return out;
}

function typographyFindings(doc: GuardDoc): Finding[] {
  const spans = detectTypography(doc.norm.original);
  // Most drafts do not shout: then there is nothing to map or filter.
  if (spans.length === 0) return [];
  const quoted = doc.quotes.map((q) => toOriginalSpan(doc.norm, q.start, q.end));
  return spans
    .filter((s) => !quoted.some((q) => q.start <= s.start && s.end <= q.end))
    .map((s) => toFinding(doc, { rule: 'PRESSURE.TYPOGRAPHY', ...s }, s));
}

/** Hits that stand: a claim the brand profile substantiates passes (loops, not filter/some: this runs on every draft). */
function unsubstantiated(doc: GuardDoc, hits: Hit[]): Hit[] {
  if (doc.brand === undefined) return hits;
  const out: Hit[] = [];
  for (const h of hits) if (ruleMeta(h.rule).category !== 'claim' || !isSubstantiated(doc, h)) out.push(h);
  return out;
}

/** Whether the draft sells: a post always, a reply when it claims, stacks calls to action or offers terms. */
function isPromoting(doc: GuardDoc, hits: readonly Hit[]): boolean {
  if (doc.kind === 'post') return true;
  for (const h of hits) if (h.rule.startsWith('CLAIM.') || h.rule === 'PRESSURE.CTA_STACK' || h.rule === 'DISCLOSE.TERMS_MISSING') return true;
  return false;
}

/** Append a finding unless the brand switched its rule off, with the brand's severity. */
function pushOverridden(out: Finding[], f: Finding, overrides: BrandProfile['severityOverrides']): void {
  const override = overrides?.[f.rule];
  if (override === 'off') return;
  if (override !== undefined) f.severity = override;
  out.push(f);
}

export function check(text: string, options: CheckOptions): GuardResult {
  const doc = buildDoc(text, options);
  // A plain loop, not flatMap: flatMap's generic flattening was a visible share of check().
  const raw: Hit[] = [];
  for (const detect of DETECTORS) for (const hit of detect(doc)) raw.push(hit);
  // Broader shapes of a rule, read only where its own detectors found nothing (their spans are the more precise).
  for (const { rule, detect } of FALLBACK_DETECTORS) if (!raw.some((h) => h.rule === rule)) for (const hit of detect(doc)) raw.push(hit);
  const hits = unsubstantiated(doc, resolveQuotes(doc, pairGuaranteedReturns(doc, narrowClaims(doc, raw))));
  if (doc.brand !== undefined) {
    const promoting = isPromoting(doc, hits);
    for (const h of productLimitationHits(doc, promoting)) hits.push(h);
    for (const h of bannedWordHits(doc)) hits.push(h);
  }

  const overrides = options.brand?.severityOverrides;
  const findings: Finding[] = [];
  for (const h of hits) pushOverridden(findings, toFinding(doc, h, toOriginalSpan(doc.norm, h.start, h.end)), overrides);
  for (const f of typographyFindings(doc)) pushOverridden(findings, f, overrides);
  const deduped = dedupe(text, findings);
  for (const f of secondOpinion(doc, deduped)) pushOverridden(deduped, f, overrides);
  deduped.sort(byStart);
  const { softSellScore, softSellReasons } = softSell(doc, deduped);
  return { findings: deduped, softSellScore, softSellReasons };
}

/** Whether a result must stop the send (until a manager overrides it). */
export function hasBlocking(result: GuardResult): boolean {
  return result.findings.some((f) => f.severity === 'block');
}
