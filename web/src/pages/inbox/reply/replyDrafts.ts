// Half-written replies survive moving to another conversation (j/k) and back, for this tab's
// life. Kept in memory only: a reply to a follower is not something to leave on a shared PC.
const drafts = new Map<string, string>();

export function readDraft(conversationId: string): string {
  return drafts.get(conversationId) ?? '';
}

export function keepDraft(conversationId: string, text: string): void {
  if (text.trim() === '') drafts.delete(conversationId);
  else drafts.set(conversationId, text);
}
