import { useEffect } from 'react';
import { useMantineColorScheme } from '@mantine/core';
import type { User } from '../api/types';
import { changeLocale } from '../i18n';

/**
 * Applies the language and theme saved on the account when the session loads,
 * so they follow the officer to any browser. A null locale means "never chosen":
 * the browser's language (already applied at start) stays.
 */
export function useApplyUserPreferences(user: User | undefined): void {
  const { setColorScheme } = useMantineColorScheme();
  const locale = user?.locale;
  const colorScheme = user?.colorScheme;

  useEffect(() => {
    if (locale) changeLocale(locale);
  }, [locale]);

  useEffect(() => {
    if (colorScheme) setColorScheme(colorScheme);
  }, [colorScheme, setColorScheme]);
}
