import { Anchor, Center, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Stack align="center" gap="xs">
        <Title order={1}>404</Title>
        <Text c="dimmed">{t('errors.pageNotFound')}</Text>
        <Anchor component={Link} to="/">
          {t('errors.backHome')}
        </Anchor>
      </Stack>
    </Center>
  );
}
