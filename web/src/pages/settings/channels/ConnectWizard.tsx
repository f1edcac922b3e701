import { useState } from 'react';
import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NetworkInfo } from '../../../api/channelsApi';
import type { Channel } from '../../../api/types';
import { ConnectForm } from './ConnectForm';
import { NetworkPicker } from './NetworkPicker';

export type WizardTarget = { mode: 'connect' } | { mode: 'reconnect'; channel: Channel };

interface ConnectWizardProps {
  target: WizardTarget;
  networks: readonly NetworkInfo[];
  publicUrlConfigured: boolean;
  onClose: () => void;
  onConnected: (channel: Channel, reconnected: boolean) => Promise<void>;
}

/** Connect: pick a network, then its form (or its sign-in). Reconnect goes straight to the channel's form. */
export function ConnectWizard({ target, networks, publicUrlConfigured, onClose, onConnected }: ConnectWizardProps) {
  const { t } = useTranslation();
  const channel = target.mode === 'reconnect' ? target.channel : undefined;
  const [picked, setPicked] = useState<NetworkInfo | null>(() => (channel === undefined ? null : networks.find((network) => network.network === channel.network) ?? null));
  const title = channel === undefined ? t('channels.wizard.title') : t('channels.wizard.reconnectTitle', { name: channel.displayName });

  return (
    <Modal opened onClose={onClose} title={title} size="lg" centered data-testid="channel-wizard">
      {picked === null ? (
        <NetworkPicker networks={networks} publicUrlConfigured={publicUrlConfigured} onPick={setPicked} />
      ) : (
        <ConnectForm
          key={picked.network}
          network={picked}
          {...(channel === undefined ? { onBack: () => setPicked(null) } : { channel })}
          publicUrlConfigured={publicUrlConfigured}
          onConnected={onConnected}
        />
      )}
    </Modal>
  );
}
