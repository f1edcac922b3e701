import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../api/types';
import { en } from './en';
import { id } from './id';
import { applyDateLocale } from '../time/dayjs';

export const supportedLocales: readonly Locale[] = ['id', 'en'];

/** Indonesian for browsers set to Indonesian, English for everyone else. */
export function detectBrowserLocale(browserLanguage: string | undefined): Locale {
  return browserLanguage?.toLowerCase().startsWith('id') ? 'id' : 'en';
}

export const initialLocale = detectBrowserLocale(typeof navigator === 'undefined' ? undefined : navigator.language);

void i18next.use(initReactI18next).init({
  resources: { en: { translation: en }, id: { translation: id } },
  lng: initialLocale,
  fallbackLng: 'en',
  // React already escapes text; escaping twice would show "&amp;" to officers.
  interpolation: { escapeValue: false },
  returnNull: false,
});

applyDateLocale(initialLocale);
syncDocumentLanguage(initialLocale);

export function changeLocale(locale: Locale): void {
  if (i18next.language === locale) return;
  void i18next.changeLanguage(locale);
  applyDateLocale(locale);
  syncDocumentLanguage(locale);
}

function syncDocumentLanguage(locale: Locale): void {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

export { i18next };
