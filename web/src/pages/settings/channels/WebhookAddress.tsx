import { ActionIcon, Code, CopyButton, Group, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface WebhookAddressProps {
  url: string | null;
  /** The network's name, for the note when there is no address. */
  network: string;
}

/** Where a webhook network must deliver, ready to paste; or why it cannot deliver yet. */
export function WebhookAddress({ url, network }: WebhookAddressProps) {
  const { t } = useTranslation();
  if (url === null) {
    // The server builds the address only from SAPA_PUBLIC_URL: without it, say which channel goes deaf.
    return <Text size="sm" c="orange" data-testid="channel-webhook-missing">{t('channels.webhook.missing', { network })}</Text>;
  }
  return (
    <div data-testid="channel-webhook">
      <Text size="xs" c="dimmed">{t('channels.webhook.label')} · {t('channels.webhook.hint')}</Text>
      <Group gap={4} wrap="nowrap">
        <Code style={{ overflowWrap: 'anywhere' }}>{url}</Code>
        <CopyButton value={url}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? t('channels.webhook.copied') : t('channels.webhook.copy')} withArrow>
              <ActionIcon variant="subtle" color={copied ? 'teal' : 'gray'} onClick={copy} aria-label={t('channels.webhook.copy')}>
                {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      </Group>
    </div>
  );
}
