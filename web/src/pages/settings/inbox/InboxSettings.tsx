import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ResponseTargetsForm } from './ResponseTargetsForm';
import { SavedRepliesManager } from './SavedRepliesManager';

/** Settings → Inbox: first-response targets (managers) and saved replies (officers). */
export function InboxSettings() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" data-testid="inbox-settings">
      <Title order={2} fz="h4">
        {t('inbox.settings.title')}
      </Title>
      <ResponseTargetsForm />
      <SavedRepliesManager />
    </Stack>
  );
}
