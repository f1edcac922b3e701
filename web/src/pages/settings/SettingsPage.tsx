import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { WorkspaceDetails } from './WorkspaceDetails';
import { PreferencesForm } from './PreferencesForm';
import { InboxSettings } from './inbox/InboxSettings';
import { BrandSettings } from './brand/BrandSettings';

export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <Stack maw={760} gap="md" data-testid="settings-page">
      <Title order={1} fz="h2">
        {t('settings.title')}
      </Title>
      <WorkspaceDetails />
      <PreferencesForm />
      <InboxSettings />
      <BrandSettings />
    </Stack>
  );
}
