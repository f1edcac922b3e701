import { Alert, Button, Center, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { describeError } from './notifyApiError';

export function FullPageError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Center h="100dvh" p="md">
      <Stack maw={480}>
        <Alert color="red" icon={<IconAlertTriangle />} title={t('errors.title')} role="alert">
          {describeError(error)}
        </Alert>
        {onRetry && (
          <Button variant="light" onClick={onRetry}>
            {t('errors.retry')}
          </Button>
        )}
      </Stack>
    </Center>
  );
}
