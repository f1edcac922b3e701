import { Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { composeKeys, fetchApprovalRequired, saveApprovalRequired } from '../../api/composeApi';
import { notifySuccess } from '../../ui/notifyApiError';
import { useWorkspace } from '../../workspace/WorkspaceContext';

/** Settings: whether posts need a manager's approval (managers and owners change it). */
export function PostApprovalSetting() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const key = composeKeys.approvalSetting(workspace.id);
  const setting = useQuery({ queryKey: key, queryFn: ({ signal }) => fetchApprovalRequired(workspace.id, signal) });
  const save = useMutation({
    mutationFn: (required: boolean) => saveApprovalRequired(workspace.id, required),
    onSuccess: (required) => {
      queryClient.setQueryData(key, required);
      notifySuccess(t('compose.approval.setting.saved'));
    },
  });
  const canChange = workspace.role === 'manager' || workspace.role === 'owner';
  return (
    <Paper withBorder p="lg" data-testid="post-approval-setting">
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {t('compose.approval.setting.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('compose.approval.setting.description')}
        </Text>
        <Switch
          label={t('compose.approval.setting.label')}
          checked={setting.data === true}
          disabled={!canChange || setting.isPending || save.isPending}
          onChange={(event) => save.mutate(event.currentTarget.checked)}
          data-testid="post-approval-toggle"
        />
      </Stack>
    </Paper>
  );
}
