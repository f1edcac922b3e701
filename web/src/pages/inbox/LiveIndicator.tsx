import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LiveConnectionState } from '../../live/useWorkspaceEvents';

/** Tells the officer whether new messages will appear on their own. */
export function LiveIndicator({ state }: { state: LiveConnectionState }) {
  const { t } = useTranslation();
  const live = state === 'live';
  return (
    <Tooltip label={t('inbox.liveHint')}>
      <Badge variant="dot" color={live ? 'teal' : 'gray'} size="sm" data-testid="live-indicator" data-state={state} aria-live="polite">
        {t(`inbox.liveState.${state}`)}
      </Badge>
    </Tooltip>
  );
}
