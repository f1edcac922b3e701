import { Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router-dom';
import { WorkspaceDetails } from './WorkspaceDetails';
import { PreferencesForm } from './PreferencesForm';
import { ApiTokensCard } from './ApiTokensCard';
import { InboxSettings } from './inbox/InboxSettings';
import { BrandSettings } from './brand/BrandSettings';
import { CrisisNotificationsForm } from './insights/CrisisNotificationsForm';
import { TeamSettings } from './team/TeamSettings';
import { ChannelsSettings } from './channels/ChannelsSettings';
import { PostApprovalSetting } from '../compose/PostApprovalSetting';
import { useWorkspace } from '../../workspace/WorkspaceContext';
import { settingsPath } from '../../workspace/paths';

const sections = ['general', 'team', 'channels', 'inbox', 'brand', 'insights'] as const;
type Section = (typeof sections)[number];

function isSection(value: string): value is Section {
  return sections.some((section) => section === value);
}

/**
 * Settings in sections, one per tab, each with its own address (settings/inbox,
 * settings/brand) so a manager can send a colleague straight to the right form.
 */
export function SettingsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const workspace = useWorkspace();
  const { section } = useParams();
  if (section !== undefined && !isSection(section)) return <Navigate to={settingsPath(workspace.id, 'general')} replace />;
  const active: Section = section ?? 'general';
  const open = (next: string | null): void => {
    if (next === null || !isSection(next)) return;
    void navigate(settingsPath(workspace.id, next));
  };

  return (
    // The channel list has four columns; the forms read better narrow.
    <Stack maw={active === 'channels' ? 980 : 760} gap="md" data-testid="settings-page">
      <Title order={1} fz="h2">
        {t('settings.title')}
      </Title>
      <Tabs value={active} onChange={open} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="general" data-testid="settings-tab-general">{t('settings.tabs.general')}</Tabs.Tab>
          <Tabs.Tab value="team" data-testid="settings-tab-team">{t('team.tab')}</Tabs.Tab>
          <Tabs.Tab value="channels" data-testid="settings-tab-channels">{t('channels.tab')}</Tabs.Tab>
          <Tabs.Tab value="inbox" data-testid="settings-tab-inbox">{t('settings.tabs.inbox')}</Tabs.Tab>
          <Tabs.Tab value="brand" data-testid="settings-tab-brand">{t('settings.tabs.brand')}</Tabs.Tab>
          <Tabs.Tab value="insights" data-testid="settings-tab-insights">{t('insights.settings.tab')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="general" pt="md">
          <Stack gap="md">
            <WorkspaceDetails />
            <PostApprovalSetting />
            <PreferencesForm />
            <ApiTokensCard />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="team" pt="md">
          <TeamSettings />
        </Tabs.Panel>
        <Tabs.Panel value="channels" pt="md">
          <ChannelsSettings />
        </Tabs.Panel>
        <Tabs.Panel value="inbox" pt="md">
          <InboxSettings />
        </Tabs.Panel>
        <Tabs.Panel value="brand" pt="md">
          <BrandSettings />
        </Tabs.Panel>
        <Tabs.Panel value="insights" pt="md">
          <CrisisNotificationsForm />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
