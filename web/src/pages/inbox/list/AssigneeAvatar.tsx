import { Avatar, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../api/inboxTypes';
import { initialsOf } from '../../../shell/initials';

/** The officer a conversation is assigned to, as initials with their name on hover. */
export function AssigneeAvatar({ member, size = 'sm' }: { member: Member | undefined; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  if (!member) return null;
  const label = t('inbox.list.assignedTo', { name: member.name });
  return (
    <Tooltip label={label} openDelay={300}>
      <Avatar size={size} radius="xl" color="cyan" variant="light" aria-label={label} role="img" data-testid="assignee-avatar">
        {initialsOf(member.name, member.email)}
      </Avatar>
    </Tooltip>
  );
}
