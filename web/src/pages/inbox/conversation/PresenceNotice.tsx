import { Alert } from '@mantine/core';
import { IconEye, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PresenceEntry } from '../live/presenceBoard';

/** Tells the officer a colleague is here too, so two people do not answer the same follower. */
export function PresenceNotice({ others }: { others: readonly PresenceEntry[] }) {
  const { t, i18n } = useTranslation();
  if (others.length === 0) return null;
  const replying = others.filter((entry) => entry.state === 'replying');
  const shown = replying.length > 0 ? replying : others;
  const names = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(shown.map((entry) => entry.name || t('inbox.presence.someone')));
  const isReplying = replying.length > 0;

  return (
    <Alert
      color={isReplying ? 'orange' : 'blue'}
      variant="light"
      radius={0}
      py={6}
      icon={isReplying ? <IconPencil size={16} aria-hidden /> : <IconEye size={16} aria-hidden />}
      role="status"
      data-testid="presence-notice"
      data-state={isReplying ? 'replying' : 'viewing'}
    >
      {t(isReplying ? 'inbox.presence.replying' : 'inbox.presence.viewing', { names, count: shown.length })}
    </Alert>
  );
}
