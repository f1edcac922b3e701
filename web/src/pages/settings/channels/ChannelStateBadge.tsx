import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DEFAULT_TIMEZONE } from '../../../time/dayjs';
import { formatWorkspaceDateTime } from '../../../time/formatTime';
import { useWorkspace } from '../../../workspace/WorkspaceContext';
import { stateColors, type ChannelState } from './channelState';

/** The channel's state in a word; a rate limit says until when, on the workspace's clock. */
export function ChannelStateBadge({ state }: { state: ChannelState }) {
  const { t, i18n } = useTranslation();
  const workspace = useWorkspace();
  const label = state.kind === 'rate_limited'
    ? t('channels.state.rate_limited', { time: formatWorkspaceDateTime(state.until, { timezone: workspace.timezone || DEFAULT_TIMEZONE, locale: i18n.language }) })
    : t(`channels.state.${state.kind}`);
  return (
    <Badge color={stateColors[state.kind]} variant={state.kind === 'connected' || state.kind === 'demo' ? 'light' : 'filled'} size="md" tt="none" data-testid="channel-state">
      {label}
    </Badge>
  );
}
