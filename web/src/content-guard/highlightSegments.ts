// Cuts a text into runs for the highlight layer behind a textarea. Marks may overlap (two
// guard rules on the same words); each run knows every mark covering it. Offsets are the
// guard's UTF-16 offsets, which is exactly what String#slice takes. The runs become React
// text nodes: follower-facing or pasted text is never turned into HTML.
import type { Finding, Severity } from './guard';

/** A guard severity, or an unfilled `{variable}` in a saved reply. */
export type MarkKind = Severity | 'variable';

export interface TextMark {
  start: number;
  end: number;
  kind: MarkKind;
}

export interface TextSegment {
  start: number;
  end: number;
  text: string;
  kinds: MarkKind[];
}

const strength: Record<MarkKind, number> = { block: 3, warn: 2, variable: 1, info: 0 };

export function segmentText(text: string, marks: readonly TextMark[]): TextSegment[] {
  // A mark from an older text (or a bad offset) must never slice outside the current one.
  const valid = marks
    .map((mark) => ({ ...mark, start: Math.max(0, mark.start), end: Math.min(text.length, mark.end) }))
    .filter((mark) => mark.start < mark.end);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((mark) => [mark.start, mark.end])])].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let index = 0; index < cuts.length - 1; index += 1) {
    const start = cuts[index] as number;
    const end = cuts[index + 1] as number;
    const kinds = [...new Set(valid.filter((mark) => mark.start <= start && end <= mark.end).map((mark) => mark.kind))];
    segments.push({ start, end, text: text.slice(start, end), kinds });
  }
  return segments;
}

/** The mark that decides a run's colour when several cover it. */
export function strongestKind(kinds: readonly MarkKind[]): MarkKind | null {
  return kinds.reduce<MarkKind | null>((best, kind) => (best === null || strength[kind] > strength[best] ? kind : best), null);
}

/** The guard's findings as marks, each coloured by its severity. */
export function findingMarks(findings: readonly Pick<Finding, 'start' | 'end' | 'severity'>[]): TextMark[] {
  return findings.map((finding) => ({ start: finding.start, end: finding.end, kind: finding.severity }));
}
