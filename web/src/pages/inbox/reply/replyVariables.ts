// Saved replies carry placeholders the officer fills per follower. Sapa fills what it knows
// ({nama} from the contact); the rest stay in the text, highlighted, for the officer.

export const replyVariables = ['nama', 'produk', 'nomor_pesanan'] as const;
export type ReplyVariable = (typeof replyVariables)[number];

export type VariableValues = Partial<Record<ReplyVariable, string>>;

export interface VariableSpan {
  name: ReplyVariable;
  start: number;
  end: number;
}

const VARIABLE_PATTERN = /\{(nama|produk|nomor_pesanan)\}/g;

/** Replaces the variables that have a value; unknown ones are left as they are. */
export function fillVariables(template: string, values: VariableValues): string {
  // A replacer function, so a "$&" in a follower's name is inserted literally.
  return template.replace(VARIABLE_PATTERN, (placeholder, name: ReplyVariable) => {
    const value = values[name]?.trim();
    return value ? value : placeholder;
  });
}

/** The placeholders still in the text, with UTF-16 offsets for highlighting. */
export function findUnfilledVariables(text: string): VariableSpan[] {
  return [...text.matchAll(VARIABLE_PATTERN)].map((match) => ({
    name: match[1] as ReplyVariable,
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** Puts a picked reply into the box: into an empty box as is, after a blank line otherwise. */
export function insertReplyText(current: string, addition: string): string {
  return current.trim() === '' ? addition : `${current.trimEnd()}\n\n${addition}`;
}
