import { Alert, Anchor, Button, List, Modal, Stack, Text } from '@mantine/core';
import { IconClockPause, IconShieldX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { localized } from '../../content-guard/localized';
import { formatWorkspaceDateTime } from '../../time/formatTime';
import { describeError } from '../../ui/notifyApiError';
import type { Refusal } from './useCalendarActions';
import { composeLink } from './stateStyle';

interface RefusalModalProps {
  refusal: Refusal;
  workspaceId: string;
  timezone: string;
  onUseTime: (postId: string, until: string) => void;
  onClose: () => void;
}

/** Why the server refused a move or a slot, in words the officer can act on, and the way forward. */
export function RefusalModal({ refusal, workspaceId, timezone, onUseTime, onClose }: RefusalModalProps) {
  const { t, i18n } = useTranslation();
  const { problem } = refusal;
  return (
    <Modal opened onClose={onClose} title={t(`calendar.refusal.${refusal.title}`)} data-testid="calendar-refusal">
      {problem.kind === 'held' ? (
        <Alert color="orange" icon={<IconClockPause aria-hidden />} title={t('calendar.refusal.heldTitle')} data-testid="refusal-held" data-rule={problem.hold.rule}>
          <Stack gap="xs">
            <Text size="sm">{localized(problem.hold.message, i18n.language)}</Text>
            <Text size="sm" fw={600}>{t('calendar.refusal.earliest', { time: formatWorkspaceDateTime(problem.hold.until, { timezone, locale: i18n.language }) })}</Text>
            <Button size="xs" variant="light" color="orange" w="fit-content" onClick={() => onUseTime(refusal.postId, problem.hold.until)} data-testid="refusal-use-earliest">
              {t('calendar.refusal.useEarliest', { time: formatWorkspaceDateTime(problem.hold.until, { timezone, locale: i18n.language }) })}
            </Button>
          </Stack>
        </Alert>
      ) : problem.kind === 'blocked' ? (
        <Alert color="red" icon={<IconShieldX aria-hidden />} title={t('calendar.refusal.blockedTitle')} data-testid="refusal-blocked">
          <Stack gap="xs">
            <Text size="sm">{t('calendar.refusal.blockedBody')}</Text>
            <List size="sm">
              {problem.findings.filter((finding) => finding.severity === 'block').map((finding) => (
                <List.Item key={`${finding.rule}-${finding.start}`}>«{finding.excerpt}»: {localized(finding.message, i18n.language)}</List.Item>
              ))}
            </List>
            <Anchor component={Link} to={composeLink(workspaceId, refusal.postId)} size="sm">{t('calendar.post.openInCompose')}</Anchor>
          </Stack>
        </Alert>
      ) : (
        <Alert color="red" data-testid="refusal-error">{describeError(problem.error)}</Alert>
      )}
    </Modal>
  );
}
