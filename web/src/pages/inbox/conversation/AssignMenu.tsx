import { Avatar, Button, Menu } from '@mantine/core';
import { IconCheck, IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../api/inboxTypes';
import { useSession } from '../../../session/SessionContext';
import { initialsOf } from '../../../shell/initials';

interface AssignMenuProps {
  assigneeId: string | null;
  members: readonly Member[];
  onAssign: (member: Member | null) => void;
  disabled: boolean;
}

/** Who handles this conversation — a member ("me" first) or nobody. */
export function AssignMenu({ assigneeId, members, onAssign, disabled }: AssignMenuProps) {
  const { t } = useTranslation();
  const { user } = useSession();
  const assignee = members.find((member) => member.id === assigneeId);
  const me = members.find((member) => member.id === user.id);
  const others = members.filter((member) => member.id !== user.id);

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          size="xs"
          variant="default"
          disabled={disabled}
          leftSection={assignee ? <Avatar size={18} radius="xl" color="cyan">{initialsOf(assignee.name, assignee.email)}</Avatar> : <IconUserPlus size={14} aria-hidden />}
          data-testid="assign-button"
          data-assignee-id={assigneeId ?? undefined}
        >
          {assignee ? assignee.name : t('inbox.actions.assign')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {me && (
          <Menu.Item onClick={() => onAssign(me)} rightSection={<kbd>a</kbd>} data-testid="assign-me">
            {t('inbox.actions.assignToMe')}
          </Menu.Item>
        )}
        {others.length > 0 && <Menu.Divider />}
        {others.map((member) => (
          <Menu.Item
            key={member.id}
            onClick={() => onAssign(member)}
            leftSection={member.id === assigneeId ? <IconCheck size={14} aria-hidden /> : undefined}
            data-testid="assign-option"
          >
            {member.name}
          </Menu.Item>
        ))}
        {assignee && (
          <>
            <Menu.Divider />
            <Menu.Item onClick={() => onAssign(null)} data-testid="assign-none">
              {t('inbox.actions.unassign')}
            </Menu.Item>
          </>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
