import { Center, Group, Paper, Stack, Text, Title, useMantineColorScheme } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BrandMark } from '../../shell/BrandMark';
import { LanguageMenu } from '../../shell/LanguageMenu';
import { ColorSchemeToggle } from '../../shell/ColorSchemeToggle';
import { changeLocale } from '../../i18n';
import { Navigate, useSearchParams } from 'react-router-dom';
import { useSessionQuery } from '../../session/useSessionQuery';
import { SignInForm } from './SignInForm';
import { InviteCodeEntry } from '../join/InviteCodeEntry';
import { safeNextPath } from './safeNextPath';
import classes from './SignInPage.module.css';

/** Before there is an account, language and theme change only in this browser. */
export function SignInPage() {
  const { t, i18n } = useTranslation();
  const { setColorScheme } = useMantineColorScheme();
  const session = useSessionQuery();
  const [searchParams] = useSearchParams();

  // Already signed in (a bookmark, the back button): go straight on.
  if (session.data) return <Navigate to={safeNextPath(searchParams.get('next'))} replace />;

  return (
    <Center mih="100dvh" p="md" className={classes.page}>
      <Stack w="100%" maw={420} gap="lg">
        <Group justify="space-between">
          <BrandMark />
          <Group gap="xs">
            <LanguageMenu locale={i18n.language === 'id' ? 'id' : 'en'} onChange={changeLocale} />
            <ColorSchemeToggle onChange={setColorScheme} />
          </Group>
        </Group>
        <Paper withBorder shadow="sm" p="xl" radius="lg">
          <Stack gap="md">
            <div>
              <Title order={1} fz="h2">
                {t('signIn.title')}
              </Title>
              <Text c="dimmed" size="sm" mt={4}>
                {t('signIn.subtitle')}
              </Text>
            </div>
            <SignInForm />
            <InviteCodeEntry />
          </Stack>
        </Paper>
        <Text c="dimmed" size="xs" ta="center">
          {t('app.tagline')}
        </Text>
      </Stack>
    </Center>
  );
}
