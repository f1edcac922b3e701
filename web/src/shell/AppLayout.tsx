import { AppShell, Burger, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Outlet, useLocation } from 'react-router-dom';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { BrandMark } from './BrandMark';
import { WorkspaceSwitcher } from './WorkspaceSwitcher';
import { LanguageMenu } from './LanguageMenu';
import { ColorSchemeToggle } from './ColorSchemeToggle';
import { UserMenu } from './UserMenu';
import { MainNavigation } from './MainNavigation';
import { CrisisBanner } from './CrisisBanner';
import { ReconnectIndicator } from './ReconnectIndicator';
import { useUserPreferences } from '../session/useUserPreferences';

export const HEADER_HEIGHT = 56;

/** The frame around every signed-in page: header with switches, navigation on the side. */
export function AppLayout() {
  const { t } = useTranslation();
  const [navigationOpen, navigation] = useDisclosure(false);
  const { pathname } = useLocation();

  const preferences = useUserPreferences();

  // On phones the navigation is a drawer; close it once the officer has picked a page.
  // Only a new pathname should close it, hence the single dependency.
  useEffect(() => {
    navigation.close();
  }, [pathname]);

  return (
    <AppShell
      header={{ height: HEADER_HEIGHT }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navigationOpen } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={navigationOpen} onClick={() => navigation.toggle()} hiddenFrom="sm" size="sm" aria-label={t('header.openNavigation')} />
            <BrandMark />
            {/* Phones have no room in the header: there the switcher sits atop the navigation drawer. */}
            <WorkspaceSwitcher visibleFrom="sm" />
          </Group>
          <Group gap="xs" wrap="nowrap">
            <ReconnectIndicator />
            <LanguageMenu locale={preferences.locale} onChange={preferences.setLocale} />
            <ColorSchemeToggle onChange={preferences.setColorScheme} />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('nav.label')}>
        <WorkspaceSwitcher hiddenFrom="sm" mb="sm" />
        <MainNavigation />
      </AppShell.Navbar>
      <AppShell.Main>
        <CrisisBanner />
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
