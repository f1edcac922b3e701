import { ActionIcon, Group, Kbd, Popover, Stack, Text, Tooltip } from '@mantine/core';
import { IconKeyboard } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { shortcutKeys } from './inboxShortcuts';

interface ShortcutHelpProps {
  opened: boolean;
  onChange: (opened: boolean) => void;
}

/** The list of inbox shortcuts, opened from the keyboard icon or with "?". */
export function ShortcutHelp({ opened, onChange }: ShortcutHelpProps) {
  const { t } = useTranslation();
  return (
    <Popover opened={opened} onChange={onChange} position="bottom-end" withinPortal shadow="md" width={300}>
      <Popover.Target>
        <Tooltip label={t('inbox.shortcuts.button')}>
          <ActionIcon variant="subtle" color="gray" size="lg" onClick={() => onChange(!opened)} aria-label={t('inbox.shortcuts.button')} aria-expanded={opened} data-testid="shortcuts-button">
            <IconKeyboard size={20} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Popover.Target>
      <Popover.Dropdown data-testid="shortcuts-help">
        <Text fw={700} size="sm" mb="xs">
          {t('inbox.shortcuts.title')}
        </Text>
        <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {shortcutKeys.map(({ key, action }) => (
            <Group key={key} justify="space-between" wrap="nowrap" gap="sm" component="li">
              <Text size="sm">{t(`inbox.shortcuts.${action}`)}</Text>
              <Kbd>{key}</Kbd>
            </Group>
          ))}
        </Stack>
        <Text size="xs" c="dimmed" mt="sm">
          {t('inbox.shortcuts.hint')}
        </Text>
      </Popover.Dropdown>
    </Popover>
  );
}
