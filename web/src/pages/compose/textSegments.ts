// Cuts the draft into runs for the highlight layer behind the textarea. Findings may
// overlap (two rules on the same words); each run knows the strongest severity over it.
// Offsets are the guard's UTF-16 offsets, which is exactly what String#slice takes.
import type { Finding, Severity } from '../../content-guard/guard';

export interface TextSegment {
  start: number;
  end: number;
  text: string;
  severity: Severity | null;
}

const strength: Record<Severity, number> = { info: 1, warn: 2, block: 3 };

export function segmentText(text: string, findings: readonly Pick<Finding, 'start' | 'end' | 'severity'>[]): TextSegment[] {
  // A finding from an older text (or a bad offset) must never slice outside the current one.
  const spans = findings
    .map((f) => ({ start: Math.max(0, f.start), end: Math.min(text.length, f.end), severity: f.severity }))
    .filter((f) => f.start < f.end);
  const cuts = [...new Set([0, text.length, ...spans.flatMap((f) => [f.start, f.end])])].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let index = 0; index + 1 < cuts.length; index += 1) {
    const start = cuts[index] ?? 0;
    const end = cuts[index + 1] ?? start;
    let severity: Severity | null = null;
    for (const span of spans) {
      if (span.start <= start && end <= span.end && (severity === null || strength[span.severity] > strength[severity])) severity = span.severity;
    }
    segments.push({ start, end, text: text.slice(start, end), severity });
  }
  return segments;
}
