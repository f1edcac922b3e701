import { Center, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconMessages } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export function NoConversationSelected() {
  const { t } = useTranslation();
  return (
    <Center h="100%" p="xl">
      <Stack align="center" gap="sm">
        <ThemeIcon size={48} radius="xl" variant="light" aria-hidden>
          <IconMessages size={26} />
        </ThemeIcon>
        <Text c="dimmed" size="sm" ta="center" maw={320}>
          {t('inbox.selectConversation')}
        </Text>
      </Stack>
    </Center>
  );
}
