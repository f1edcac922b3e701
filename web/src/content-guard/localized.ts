import type { LocalizedText } from './guard';

/** The guard speaks Indonesian and English; anything else falls back to English. */
export function localized(text: LocalizedText, language: string): string {
  return language.startsWith('id') ? text.id : text.en;
}
