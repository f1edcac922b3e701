import { Text, Tooltip, type TextProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { DEFAULT_TIMEZONE } from '../time/dayjs';
import { formatRelativeTime, formatWorkspaceClock, formatWorkspaceDateTime } from '../time/formatTime';
import { useNow } from '../time/useNow';

interface WorkspaceTimeProps extends TextProps {
  instant: string;
  /** "relative": "5 minutes ago"; "clock": "26 Nov 09:15". Both show the full WIB/WITA/WIT time on hover. */
  format?: 'relative' | 'clock';
}

/** A point in time as the brand sees it: on the workspace's clock, not the browser's. */
export function WorkspaceTime({ instant, format = 'relative', ...textProps }: WorkspaceTimeProps) {
  const { i18n } = useTranslation();
  const workspace = useWorkspace();
  // The shared tick only forces a re-render; a row re-rendered between ticks for new data (a reply
  // just sent) must not compare against the last tick, or it reads "in a few seconds".
  const tick = useNow();
  const now = new Date(Math.max(tick.getTime(), Date.now()));
  const context = { timezone: workspace.timezone || DEFAULT_TIMEZONE, locale: i18n.language, now };
  const shown = format === 'relative' ? formatRelativeTime(instant, context) : formatWorkspaceClock(instant, context);
  const full = formatWorkspaceDateTime(instant, context);

  return (
    <Tooltip label={full} openDelay={300}>
      <Text component="time" dateTime={instant} size="xs" c="dimmed" {...textProps}>
        {shown}
      </Text>
    </Tooltip>
  );
}
