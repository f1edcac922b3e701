import { Alert, Center, Loader, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useBrandProfile } from '../../../content-guard/useBrandProfile';
import { describeError } from '../../../ui/notifyApiError';
import { useWorkspace } from '../../../workspace/WorkspaceContext';
import { BrandProfileForm } from './BrandProfileForm';

/** Settings → Brand: what the content guard knows about this brand. */
export function BrandSettings() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const profile = useBrandProfile(workspace.id);

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="settings-brand" data-testid="brand-settings">
      <Title order={2} fz="h4" id="settings-brand">
        {t('brand.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('brand.intro')}
      </Text>
      {profile.isPending && (
        <Center p="md">
          <Loader size="sm" aria-label={t('app.loading')} />
        </Center>
      )}
      {profile.isError && <Alert color="red">{describeError(profile.error)}</Alert>}
      {/* Remount the form when the saved profile changes, so it always starts from what is stored. */}
      {profile.data && <BrandProfileForm key={profile.dataUpdatedAt} profile={profile.data} workspaceId={workspace.id} role={workspace.role} />}
    </Paper>
  );
}
