// Two replies count as "the same text" when they differ only in case, spacing,
// punctuation, emoji, @mentions or links: what a spam filter would also ignore.
export function sameTextKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/@[\p{L}\p{N}_.]+/gu, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
