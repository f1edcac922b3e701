import {
  IconBrandBluesky,
  IconBrandFacebook,
  IconBrandInstagram,
  IconBrandMastodon,
  IconBrandTelegram,
  IconBrandThreads,
  IconBrandWhatsapp,
  IconBrandX,
  type Icon,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Network } from '../api/types';

const networkIcons: Record<Network, Icon> = {
  facebook: IconBrandFacebook,
  instagram: IconBrandInstagram,
  x: IconBrandX,
  bluesky: IconBrandBluesky,
  mastodon: IconBrandMastodon,
  telegram: IconBrandTelegram,
  whatsapp: IconBrandWhatsapp,
  threads: IconBrandThreads,
};

/** The network's logo, labelled with its name for screen readers. */
export function NetworkIcon({ network, size = 16 }: { network: Network; size?: number }) {
  const { t } = useTranslation();
  const NetworkLogo = networkIcons[network];
  return <NetworkLogo size={size} stroke={1.6} role="img" aria-label={t(`network.${network}`)} />;
}
