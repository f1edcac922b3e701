import { Input, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ColorSchemePreference } from '../../api/types';
import { supportedLocales } from '../../i18n';
import { useUserPreferences } from '../../session/useUserPreferences';

const colorSchemes: readonly ColorSchemePreference[] = ['light', 'dark', 'auto'];

/** Language and theme for this account; each change is saved at once. */
export function PreferencesForm() {
  const { t } = useTranslation();
  const preferences = useUserPreferences();

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="settings-preferences">
      <Title order={2} fz="h4" id="settings-preferences">
        {t('settings.preferences')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('settings.preferencesHint')}
      </Text>
      <Stack gap="md">
        <Input.Wrapper label={t('settings.language')} id="preference-language">
          <SegmentedControl
            display="flex"
            aria-labelledby="preference-language-label"
            value={preferences.locale}
            onChange={preferences.setLocale}
            data={supportedLocales.map((locale) => ({ value: locale, label: t(`languages.${locale}`) }))}
            data-testid="preference-language"
          />
        </Input.Wrapper>
        <Input.Wrapper label={t('settings.theme')} id="preference-theme">
          <SegmentedControl
            display="flex"
            aria-labelledby="preference-theme-label"
            value={preferences.colorScheme}
            onChange={preferences.setColorScheme}
            data={colorSchemes.map((scheme) => ({ value: scheme, label: t(`theme.${scheme}`) }))}
            data-testid="preference-theme"
          />
        </Input.Wrapper>
      </Stack>
    </Paper>
  );
}
