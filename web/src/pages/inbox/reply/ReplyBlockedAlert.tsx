import { useState } from 'react';
import { Alert, Button, Stack, Text, Textarea } from '@mantine/core';
import { IconShieldX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { GuardFindingList } from './GuardFindingList';
import type { DisplayFinding } from './guardFindings';

const MIN_REASON = 10;

interface ReplyBlockedAlertProps {
  findings: readonly DisplayFinding[];
  onSelect: (finding: DisplayFinding) => void;
  /** Managers and owners may send anyway with a written reason (kept in the audit log). */
  canOverride: boolean;
  onOverride: (reason: string) => void;
  sending: boolean;
}

/** The server refused the reply (422): what to change, and for managers a documented way past it. */
export function ReplyBlockedAlert({ findings, onSelect, canOverride, onOverride, sending }: ReplyBlockedAlertProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const tooShort = reason.trim().length < MIN_REASON;

  return (
    <Alert color="red" variant="light" icon={<IconShieldX size={18} aria-hidden />} title={t('inbox.guard.blockedTitle')} role="alert" data-testid="reply-blocked" p="xs">
      <Stack gap={6}>
        <Text size="xs">{t('inbox.guard.blockedHint')}</Text>
        <GuardFindingList findings={findings} onSelect={onSelect} source="server" />
        {canOverride && (
          <Stack gap={4}>
            <Textarea
              size="xs"
              label={t('inbox.guard.overrideLabel')}
              placeholder={t('inbox.guard.overridePlaceholder')}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              autosize
              minRows={2}
              maxLength={1000}
              error={reason.length > 0 && tooShort ? t('inbox.guard.overrideTooShort') : undefined}
              data-testid="reply-override-reason"
            />
            <Button size="xs" color="red" variant="outline" w="fit-content" disabled={tooShort} loading={sending} onClick={() => onOverride(reason.trim())} data-testid="reply-override-send">
              {t('inbox.guard.overrideSend')}
            </Button>
          </Stack>
        )}
      </Stack>
    </Alert>
  );
}
