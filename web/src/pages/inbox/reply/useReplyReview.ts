import { useMemo } from 'react';
import { check, type BrandProfile, type GuardResult } from '../../../content-guard/guard';
import type { TextMark } from '../../../content-guard/highlightSegments';
import { reviewMarks, toDisplayFindings, type DisplayFinding } from './guardFindings';
import { findUnfilledVariables, type VariableSpan } from './replyVariables';
import type { BlockedSend } from './useReplySender';

export interface ReplyReview {
  /** The guard's verdict on the current text; null while the box is empty. */
  result: GuardResult | null;
  findings: DisplayFinding[];
  /** The server's findings when it blocked exactly this text, moved onto the untrimmed text. */
  serverFindings: DisplayFinding[] | null;
  variables: VariableSpan[];
  marks: TextMark[];
}

/**
 * Runs the content guard on every keystroke (pure and well under a millisecond): the same
 * library and brand profile the server applies on send. Should the server still block (the
 * profile changed meanwhile), its findings join the highlights.
 */
export function useReplyReview(text: string, blocked: BlockedSend | null, brand: BrandProfile | undefined): ReplyReview {
  return useMemo(() => {
    const result = text.trim() === '' ? null : check(text, { kind: 'reply', ...(brand ? { brand } : {}) });
    const findings = toDisplayFindings(result?.findings ?? []);
    const variables = findUnfilledVariables(text);
    // The server checked the trimmed text: shift its offsets past any leading whitespace.
    const lead = text.length - text.trimStart().length;
    const serverFindings = blocked !== null && blocked.text === text.trim()
      ? toDisplayFindings(blocked.findings).map((finding) => ({ ...finding, start: finding.start + lead, end: finding.end + lead }))
      : null;
    return { result, findings, serverFindings, variables, marks: reviewMarks([...findings, ...(serverFindings ?? [])], variables) };
  }, [text, blocked, brand]);
}
