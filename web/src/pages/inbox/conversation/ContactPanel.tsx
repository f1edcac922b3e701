import { Anchor, Badge, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconStarFilled } from '@tabler/icons-react';
import { Link, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { ContactProfile, LoyaltyTier } from '../../../api/inboxTypes';
import type { ConversationStatus } from '../../../api/types';
import { WorkspaceTime } from '../../../ui/WorkspaceTime';
import { useWorkspace } from '../../../workspace/WorkspaceContext';
import { conversationPath } from '../../../workspace/paths';
import { IntentBadges, StatusBadge } from '../AnalysisBadges';
import { LoyaltyStageRow } from '../../insights/LoyaltyStageRow';
import { ExportContactButton } from './ExportContactButton';

const tierColors: Record<LoyaltyTier, string> = { new: 'gray', returning: 'blue', loyal: 'grape' };
const statuses: readonly ConversationStatus[] = ['open', 'snoozed', 'closed'];

/** Who the follower is to the brand: VIP, loyalty, how often they write, and their other conversations. */
export function ContactPanel({ profile }: { profile: ContactProfile | null }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const { search } = useLocation();

  if (!profile) {
    return (
      <Text size="sm" c="dimmed" data-testid="contact-panel">
        {t('inbox.contact.noContact')}
      </Text>
    );
  }

  const { loyalty } = profile;
  return (
    <Stack gap="sm" data-testid="contact-panel">
      <Group gap={6} justify="space-between">
        <Title order={3} fz="sm">
          {t('inbox.contact.title')}
        </Title>
        <Group gap={4}>
          {profile.vip && (
            <Badge size="sm" color="yellow" variant="filled" leftSection={<IconStarFilled size={10} aria-hidden />} data-testid="contact-vip">
              {t('inbox.contact.vip')}
            </Badge>
          )}
          <Badge size="sm" variant="light" color={tierColors[loyalty.tier]} data-testid="contact-loyalty" data-tier={loyalty.tier}>
            {t(`inbox.contact.tiers.${loyalty.tier}`)}
          </Badge>
        </Group>
      </Group>
      <SimpleGrid cols={2} spacing="xs" verticalSpacing={4}>
        <Text size="xs" c="dimmed">{t('inbox.contact.messages')}</Text>
        <Text size="xs" fw={600} data-testid="contact-message-count">{profile.messageCount}</Text>
        <Text size="xs" c="dimmed">{t('inbox.contact.firstSeen')}</Text>
        <WorkspaceTime instant={profile.firstSeenAt} c="var(--mantine-color-text)" fw={600} />
        <Text size="xs" c="dimmed">{t('inbox.contact.loyalty')}</Text>
        <Text size="xs" fw={600}>
          {loyalty.positiveShare === null ? '—' : t('inbox.contact.positiveShare', { percent: Math.round(loyalty.positiveShare * 100) })}
        </Text>
        <LoyaltyStageRow workspaceId={workspace.id} contactId={profile.id} />
      </SimpleGrid>
      <Stack gap={4}>
        <Text size="xs" fw={700} c="dimmed" tt="uppercase">
          {t('inbox.contact.otherConversations')}
        </Text>
        {profile.otherConversations.length === 0 && <Text size="xs" c="dimmed">{t('inbox.contact.noOtherConversations')}</Text>}
        {profile.otherConversations.map((other) => (
          <Group key={other.id} gap={6} wrap="wrap" data-testid="contact-other-conversation">
            <Anchor component={Link} to={conversationPath(workspace.id, other.id, search)} size="xs">
              <WorkspaceTime instant={other.lastMessageAt} c="inherit" />
            </Anchor>
            {statuses.includes(other.status as ConversationStatus) && <StatusBadge status={other.status as ConversationStatus} />}
            <IntentBadges intents={other.lastIntents} />
          </Group>
        ))}
      </Stack>
      <Group justify="flex-end">
        <ExportContactButton contactId={profile.id} />
      </Group>
    </Stack>
  );
}
