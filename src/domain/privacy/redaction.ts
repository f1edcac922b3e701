// What stays of a message's analysis once its text is erased: the labels that aggregate counts
// (sentiment, emotion, intent, urgency, language) rest on. Keywords, PII spans, reasons and
// scores come from the words themselves, so they go with the text.

function label(value: unknown): { label: string } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const inner = (value as { label?: unknown }).label;
  return typeof inner === 'string' ? { label: inner } : undefined;
}

/** The stored analysis JSON reduced to its labels; null stays null, unreadable JSON becomes null. */
export function labelsOnlyAnalysis(stored: string | null): string | null {
  if (stored === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const source = parsed as Record<string, unknown>;
  const kept: Record<string, unknown> = {};
  if (typeof source.language === 'string') kept.language = source.language;
  const sentiment = label(source.sentiment);
  if (sentiment !== undefined) kept.sentiment = sentiment;
  const emotion = label(source.emotion);
  if (emotion !== undefined) kept.emotion = emotion;
  if (Array.isArray(source.intents)) kept.intents = source.intents.filter((intent): intent is string => typeof intent === 'string');
  if (typeof source.urgency === 'string') kept.urgency = source.urgency;
  return JSON.stringify(kept);
}
