import { useState } from 'react';
import { Button, Menu } from '@mantine/core';
import { IconAlarmSnooze } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../../workspace/WorkspaceContext';
import { formatWorkspaceDateTime } from '../../../time/formatTime';
import { quickSnoozes, quickSnoozeUntil } from './snoozeTimes';
import { SnoozePickerModal } from './SnoozePickerModal';

interface SnoozeMenuProps {
  snoozed: boolean;
  onSnooze: (untilIso: string | null) => void;
  disabled: boolean;
}

/** Hide a conversation until a time on the workspace clock; it comes back to the inbox on its own. */
export function SnoozeMenu({ snoozed, onSnooze, disabled }: SnoozeMenuProps) {
  const { t, i18n } = useTranslation();
  const workspace = useWorkspace();
  const [picking, setPicking] = useState(false);
  const now = new Date();
  const when = (iso: string) => formatWorkspaceDateTime(iso, { timezone: workspace.timezone, locale: i18n.language });

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button size="xs" variant="default" leftSection={<IconAlarmSnooze size={14} aria-hidden />} disabled={disabled} data-testid="snooze-button">
            {t('inbox.actions.snooze')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {quickSnoozes.map((choice) => {
            const until = quickSnoozeUntil(choice, now, workspace.timezone);
            return (
              <Menu.Item key={choice} onClick={() => onSnooze(until)} rightSection={<span style={{ opacity: 0.6, fontSize: 11 }}>{when(until)}</span>} data-testid={`snooze-${choice}`}>
                {t(`inbox.actions.snoozeOptions.${choice}`)}
              </Menu.Item>
            );
          })}
          <Menu.Divider />
          <Menu.Item onClick={() => setPicking(true)} data-testid="snooze-pick">
            {t('inbox.actions.snoozePick')}
          </Menu.Item>
          {snoozed && (
            <Menu.Item onClick={() => onSnooze(null)} data-testid="snooze-wake">
              {t('inbox.actions.unsnooze')}
            </Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
      <SnoozePickerModal
        opened={picking}
        onClose={() => setPicking(false)}
        onPick={(until) => {
          setPicking(false);
          onSnooze(until);
        }}
      />
    </>
  );
}
