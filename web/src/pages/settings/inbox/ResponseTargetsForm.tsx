import { useState } from 'react';
import { Alert, Button, Group, NumberInput, Paper, Slider, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { saveResponsePolicy } from '../../../api/inboxSettingsApi';
import type { ResponsePolicy } from '../../../api/inboxTypes';
import { queryKeys } from '../../../api/queryKeys';
import { notifySuccess } from '../../../ui/notifyApiError';
import { useWorkspace } from '../../../workspace/WorkspaceContext';
import { useResponsePolicy } from '../../inbox/data/inboxQueries';
import { BusinessHoursFields } from './BusinessHoursFields';
import { policyProblems } from './responsePolicyForm';
import { TargetRows } from './TargetRows';

/** First-response targets and business hours; managers and owners change them, everyone sees them. */
export function ResponseTargetsForm() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const saved = useResponsePolicy(workspace.id);
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="settings-response-targets" data-testid="response-targets">
      <Title order={3} fz="h5" id="settings-response-targets">
        {t('inbox.settings.targetsTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('inbox.settings.targetsHint')}
      </Text>
      {/* Keyed by the loaded policy, so a refetch after saving starts the form afresh. */}
      {saved.data && <PolicyEditor key={JSON.stringify(saved.data.policy)} initial={saved.data.policy} timezone={saved.data.timezone} />}
    </Paper>
  );
}

function PolicyEditor({ initial, timezone }: { initial: ResponsePolicy; timezone: string }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const [policy, setPolicy] = useState(initial);
  const canEdit = workspace.role === 'owner' || workspace.role === 'manager';
  const problems = policyProblems(policy);
  const save = useMutation({
    mutationFn: () => saveResponsePolicy(workspace.id, policy),
    onSuccess: async () => {
      notifySuccess(t('inbox.settings.saved'));
      await queryClient.invalidateQueries({ queryKey: queryKeys.responsePolicy(workspace.id) });
    },
  });
  const change = (changes: Partial<ResponsePolicy>) => setPolicy((current) => ({ ...current, ...changes }));

  return (
    <Stack gap="md">
      {!canEdit && <Alert color="gray">{t('inbox.settings.managerOnly')}</Alert>}
      <TargetRows targets={policy.targets} onChange={(targets) => change({ targets })} disabled={!canEdit} />
      <BusinessHoursFields hours={policy.businessHours} timezone={timezone} onChange={(businessHours) => change({ businessHours })} disabled={!canEdit} />
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('inbox.settings.warnBefore')}
        </Text>
        <Group gap="md" wrap="nowrap">
          <Slider
            style={{ flex: 1 }}
            min={0}
            max={90}
            step={5}
            value={Math.round(policy.warnBeforeShare * 100)}
            onChange={(percent) => change({ warnBeforeShare: percent / 100 })}
            label={(percent) => `${percent}%`}
            disabled={!canEdit}
            aria-label={t('inbox.settings.warnBefore')}
          />
          <NumberInput
            w={90}
            size="xs"
            min={0}
            max={90}
            suffix="%"
            value={Math.round(policy.warnBeforeShare * 100)}
            onChange={(value) => change({ warnBeforeShare: Math.min(90, Math.max(0, Number(value) || 0)) / 100 })}
            disabled={!canEdit}
            aria-label={t('inbox.settings.warnBefore')}
          />
        </Group>
        <Text size="xs" c="dimmed">
          {t('inbox.settings.warnHint')}
        </Text>
      </Stack>
      {problems.length > 0 && (
        <Alert color="red" role="alert" data-testid="policy-problems">
          {problems.map((problem) => (
            <Text key={problem} size="sm">
              {t(problem === 'minutes' ? 'inbox.settings.invalidMinutes' : problem === 'duplicate' ? 'inbox.settings.duplicateTarget' : 'inbox.settings.invalidHours')}
            </Text>
          ))}
        </Alert>
      )}
      {canEdit && (
        <Button w="fit-content" onClick={() => save.mutate()} loading={save.isPending} disabled={problems.length > 0} data-testid="response-targets-save">
          {t('inbox.settings.save')}
        </Button>
      )}
    </Stack>
  );
}
