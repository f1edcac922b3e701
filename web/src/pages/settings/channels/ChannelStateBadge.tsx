import { Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DEFAULT_TIMEZONE } from '../../../time/dayjs';
import { dayjs } from '../../../time/dayjs';
import { timeZoneAbbreviation } from '../../../time/formatTime';
import { useWorkspace } from '../../../workspace/WorkspaceContext';
import { stateColors, type ChannelState } from './channelState';

/** The channel's state in a word or two; a rate limit says until when, on the workspace's clock. */
export function ChannelStateBadge({ state }: { state: ChannelState }) {
  const { t, i18n } = useTranslation();
  const workspace = useWorkspace();
  const timezone = workspace.timezone || DEFAULT_TIMEZONE;
  const badge = (
    <Badge color={stateColors[state.kind]} variant={state.kind === 'connected' || state.kind === 'demo' ? 'light' : 'filled'} size="md" tt="none" maw="100%" data-testid="channel-state">
      {t(`channels.state.${state.kind}`)}
    </Badge>
  );
  if (state.kind !== 'rate_limited') return badge;
  // "Rate-limited" / "until 10:05 WIB" on two lines: a badge that long would be cut short.
  return (
    <Stack gap={2} align="flex-start">
      {badge}
      <Text size="xs" fw={600} c="yellow.8" data-testid="channel-rate-limited-until">{t('channels.rateLimitedUntil', { time: untilTime(state.until, timezone, i18n.language) })}</Text>
    </Stack>
  );
}

/** "10:05 WIB" later today, "3 Mar 10:05 WIB" on another day: limits usually last minutes. */
function untilTime(instant: string, timezone: string, locale: string): string {
  const local = dayjs(instant).tz(timezone).locale(locale);
  const sameDay = local.format('YYYY-MM-DD') === dayjs().tz(timezone).format('YYYY-MM-DD');
  return `${local.format(sameDay ? 'HH:mm' : 'D MMM HH:mm')} ${timeZoneAbbreviation(instant, timezone, locale)}`;
}
