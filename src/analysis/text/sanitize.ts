// Makes any input safe to analyse in bounded time. Every replacement keeps the length in
// UTF-16 code units, so offsets found in the cleaned text (PII spans) are offsets in the input.

/**
 * Only the first MAX_ANALYZED_CHARS UTF-16 code units are analysed. A follower message is far
 * shorter; the cap keeps 1 MB of pasted text from costing more than a long message.
 */
export const MAX_ANALYZED_CHARS = 4000;

export interface SanitizedText {
  text: string;
  truncated: boolean;
}

/** C0/C1 controls except tab and newlines, plus zero-width and bidi controls that hide text. */
function isHiddenControl(code: number): boolean {
  if (code < 0x20) return code !== 0x09 && code !== 0x0a && code !== 0x0d;
  if (code >= 0x7f && code <= 0x9f) return true;
  return code === 0x200b || code === 0x200e || code === 0x200f || code === 0xfeff || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Hidden controls become spaces and lone surrogates U+FFFD; one pass, no copy if clean. */
function clean(text: string): string {
  let out: string[] | undefined;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    let replacement: string | undefined;
    if (isHiddenControl(code)) replacement = ' ';
    else if (isHigh(code)) {
      if (isLow(text.charCodeAt(i + 1))) {
        if (out) out.push(text[i] ?? '', text[i + 1] ?? '');
        i += 1;
        continue;
      }
      replacement = '\uFFFD';
    } else if (isLow(code)) replacement = '\uFFFD';
    if (replacement !== undefined && !out) out = [text.slice(0, i)];
    if (out) out.push(replacement ?? text[i] ?? '');
  }
  return out ? out.join('') : text;
}

export function sanitize(input: unknown): SanitizedText {
  const raw = typeof input === 'string' ? input : '';
  const truncated = raw.length > MAX_ANALYZED_CHARS;
  // Cutting may split a surrogate pair; clean() replaces the lone half.
  return { text: clean(truncated ? raw.slice(0, MAX_ANALYZED_CHARS) : raw), truncated };
}
