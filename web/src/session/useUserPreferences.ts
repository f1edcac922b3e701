import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMantineColorScheme } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { updateMe } from '../api/sessionApi';
import { queryKeys } from '../api/queryKeys';
import type { ColorSchemePreference, Locale, Session, UserPreferencesPatch } from '../api/types';
import { changeLocale } from '../i18n';

/**
 * Language and theme: applied at once (the officer sees the change immediately)
 * and saved to the account with PATCH /api/me so every browser remembers them.
 */
export function useUserPreferences() {
  const queryClient = useQueryClient();
  const { i18n } = useTranslation();
  const { colorScheme, setColorScheme } = useMantineColorScheme();

  const save = useMutation({
    mutationFn: (patch: UserPreferencesPatch) => updateMe(patch),
    onSuccess: (user) => {
      queryClient.setQueryData<Session>(queryKeys.session, (session) => (session ? { ...session, user } : session));
    },
  });

  const locale: Locale = i18n.language === 'id' ? 'id' : 'en';
  const preference: ColorSchemePreference = colorScheme;

  return {
    locale,
    colorScheme: preference,
    saving: save.isPending,
    setLocale: (next: Locale) => {
      changeLocale(next);
      save.mutate({ locale: next });
    },
    setColorScheme: (next: ColorSchemePreference) => {
      setColorScheme(next);
      save.mutate({ colorScheme: next });
    },
  };
}
