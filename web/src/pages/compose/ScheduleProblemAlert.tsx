import { useState } from 'react';
import { Alert, Button, Stack, Text, Textarea } from '@mantine/core';
import { IconClockPause, IconShieldX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceRole } from '../../api/types';
import { localized } from '../../content-guard/localized';
import { formatWorkspaceDateTime } from '../../time/formatTime';
import { describeError } from '../../ui/notifyApiError';
import { FindingList } from './FindingList';
import type { ScheduleProblem } from './scheduleOutcome';

const minimumReason = 10;

interface ScheduleProblemAlertProps {
  problem: ScheduleProblem;
  role: WorkspaceRole;
  timezone: string;
  pending: boolean;
  onOverride: (reason: string) => void;
  onUseTime: (until: string) => void;
}

/** Why the server refused to schedule, and the way forward: fix, override (managers), or wait. */
export function ScheduleProblemAlert({ problem, role, timezone, pending, onOverride, onUseTime }: ScheduleProblemAlertProps) {
  const { t, i18n } = useTranslation();
  const [reason, setReason] = useState('');
  const canOverride = role === 'manager' || role === 'owner';

  if (problem.kind === 'error') {
    return (
      <Alert color="red" role="alert" data-testid="schedule-error">
        {describeError(problem.error)}
      </Alert>
    );
  }
  if (problem.kind === 'held') {
    const until = formatWorkspaceDateTime(problem.hold.until, { timezone, locale: i18n.language });
    return (
      <Alert color="orange" role="alert" icon={<IconClockPause aria-hidden />} title={t('compose.schedule.heldTitle')} data-testid="schedule-held" data-rule={problem.hold.rule}>
        <Stack gap="xs">
          <Text size="sm">{localized(problem.hold.message, i18n.language)}</Text>
          <Text size="sm" fw={600}>
            {t('compose.schedule.earliest', { time: until })}
          </Text>
          <Button size="xs" variant="light" color="orange" w="fit-content" loading={pending} onClick={() => onUseTime(problem.hold.until)} data-testid="schedule-use-earliest">
            {t('compose.schedule.useEarliest', { time: until })}
          </Button>
        </Stack>
      </Alert>
    );
  }
  const blocking = problem.findings.filter((finding) => finding.severity === 'block');
  return (
    <Alert color="red" role="alert" icon={<IconShieldX aria-hidden />} title={t('compose.schedule.blockedTitle')} data-testid="schedule-blocked">
      <Stack gap="sm">
        <Text size="sm">{t('compose.schedule.blockedBody')}</Text>
        <FindingList findings={blocking} compact />
        {canOverride ? (
          <Stack gap="xs">
            <Textarea
              label={t('compose.schedule.overrideReason')}
              description={t('compose.schedule.overrideHint')}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              autosize
              minRows={2}
              maxLength={1000}
              data-testid="override-reason"
            />
            <Button color="red" w="fit-content" disabled={reason.trim().length < minimumReason} loading={pending} onClick={() => onOverride(reason.trim())} data-testid="override-schedule">
              {t('compose.schedule.override')}
            </Button>
          </Stack>
        ) : (
          <Text size="sm" fw={600}>
            {t('compose.schedule.askManager')}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
