import { Center, Group, Paper, Stack, Title, useMantineColorScheme } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLocale } from '../../i18n';
import { BrandMark } from '../../shell/BrandMark';
import { ColorSchemeToggle } from '../../shell/ColorSchemeToggle';
import { LanguageMenu } from '../../shell/LanguageMenu';
import classes from '../sign-in/SignInPage.module.css';

/** The same quiet frame as the sign-in page: before joining there is no workspace to show. */
export function JoinFrame({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { setColorScheme } = useMantineColorScheme();
  return (
    <Center mih="100dvh" p="md" className={classes.page}>
      <Stack w="100%" maw={460} gap="lg">
        <Group justify="space-between">
          <BrandMark />
          <Group gap="xs">
            <LanguageMenu locale={i18n.language === 'id' ? 'id' : 'en'} onChange={changeLocale} />
            <ColorSchemeToggle onChange={setColorScheme} />
          </Group>
        </Group>
        <Paper withBorder shadow="sm" p="xl" radius="lg">
          <Stack gap="md">
            <Title order={1} fz="h2">{t('team.join.title')}</Title>
            {children}
          </Stack>
        </Paper>
      </Stack>
    </Center>
  );
}
