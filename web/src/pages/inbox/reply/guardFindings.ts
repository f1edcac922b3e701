// Findings from the guard library (checked as the officer types) and from the server (a
// blocked send) in one shape for display, and as highlight marks over the reply text.
import type { LocalizedText, ServerGuardFinding } from '../../../api/inboxTypes';
import type { TextMark } from '../../../content-guard/highlightSegments';
import type { VariableSpan } from './replyVariables';

export type FindingSeverity = 'block' | 'warn' | 'info';

export interface DisplayFinding {
  rule: string;
  severity: FindingSeverity;
  start: number;
  end: number;
  excerpt: string;
  message: LocalizedText;
  suggestion: LocalizedText | null;
}

interface FindingLike {
  rule: string;
  severity: string;
  start: number;
  end: number;
  excerpt: string;
  message: LocalizedText;
  suggestion: unknown;
}

function asLocalizedText(value: unknown): LocalizedText | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, en } = value as { id?: unknown; en?: unknown };
  return typeof id === 'string' && typeof en === 'string' ? { id, en } : null;
}

function asSeverity(value: string): FindingSeverity {
  return value === 'block' || value === 'warn' ? value : 'info';
}

const severityOrder: Record<FindingSeverity, number> = { block: 0, warn: 1, info: 2 };

/** Blocking findings first, then in text order. */
export function toDisplayFindings(findings: readonly (FindingLike | ServerGuardFinding)[]): DisplayFinding[] {
  return findings
    .map((finding) => ({
      rule: finding.rule,
      severity: asSeverity(finding.severity),
      start: finding.start,
      end: finding.end,
      excerpt: finding.excerpt,
      message: finding.message,
      suggestion: asLocalizedText(finding.suggestion),
    }))
    .sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity] || a.start - b.start);
}

export function reviewMarks(findings: readonly DisplayFinding[], variables: readonly VariableSpan[]): TextMark[] {
  return [
    ...findings.map((finding) => ({ start: finding.start, end: finding.end, kind: finding.severity })),
    ...variables.map((variable) => ({ start: variable.start, end: variable.end, kind: 'variable' as const })),
  ];
}
