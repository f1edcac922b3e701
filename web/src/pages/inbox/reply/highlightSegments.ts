// Cuts the reply text into runs for the highlight layer behind the textarea. Marks may
// overlap (two guard rules on the same words); each run knows every mark covering it.
// The runs become React text nodes: follower-facing text is never turned into HTML.

export type MarkKind = 'block' | 'warn' | 'info' | 'variable';

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
