import { useState } from 'react';
import { Alert, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { insightsApi, type CrisisNotifications } from '../../../api/insightsApi';
import { notifyError, notifySuccess } from '../../../ui/notifyApiError';
import { useWorkspace } from '../../../workspace/WorkspaceContext';

const queryKey = (workspaceId: string) => ['workspaces', workspaceId, 'insights', 'crisis-notifications'];

/** Settings → Insights: where crisis alerts go besides the app. Managers and owners only; secrets are write-only. */
export function CrisisNotificationsForm() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const canEdit = workspace.role === 'owner' || workspace.role === 'manager';
  const saved = useQuery({ queryKey: queryKey(workspace.id), queryFn: () => insightsApi.notifications(workspace.id), enabled: canEdit });
  return (
    <Paper withBorder p="lg" component="section" data-testid="crisis-notifications">
      <Title order={3} fz="h5">{t('insights.settings.title')}</Title>
      <Text size="sm" c="dimmed" mb="md">{t('insights.settings.hint')}</Text>
      {!canEdit ? <Alert color="gray">{t('inbox.settings.managerOnly')}</Alert> : saved.data === undefined ? null : <Editor key={JSON.stringify(saved.data)} initial={saved.data} />}
    </Paper>
  );
}

function Editor({ initial }: { initial: CrisisNotifications }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const [webhookUrl, setWebhookUrl] = useState(initial.webhookUrl ?? '');
  const [webhookSecret, setWebhookSecret] = useState('');
  const [telegramChatId, setTelegramChatId] = useState(initial.telegramChatId ?? '');
  const [telegramBotToken, setTelegramBotToken] = useState('');
  const save = useMutation({
    mutationFn: () => insightsApi.saveNotifications(workspace.id, {
      webhookUrl: webhookUrl.trim() === '' ? null : webhookUrl.trim(),
      telegramChatId: telegramChatId.trim() === '' ? null : telegramChatId.trim(),
      // Empty keeps the stored secret; it is never sent back to the browser.
      ...(webhookSecret === '' ? {} : { webhookSecret }),
      ...(telegramBotToken === '' ? {} : { telegramBotToken }),
    }),
    onSuccess: async () => {
      notifySuccess(t('insights.settings.saved'));
      await queryClient.invalidateQueries({ queryKey: queryKey(workspace.id) });
    },
    onError: notifyError,
  });
  const secretHint = (set: boolean) => (set ? t('insights.settings.secretSet') : t('insights.settings.secretUnset'));
  return (
    <Stack gap="sm">
      <TextInput label={t('insights.settings.webhookUrl')} placeholder="https://…" value={webhookUrl} onChange={(e) => setWebhookUrl(e.currentTarget.value)} />
      <PasswordInput label={t('insights.settings.webhookSecret')} description={secretHint(initial.webhookSecretSet)} value={webhookSecret} onChange={(e) => setWebhookSecret(e.currentTarget.value)} />
      <TextInput label={t('insights.settings.telegramChatId')} placeholder="-1001234567890" value={telegramChatId} onChange={(e) => setTelegramChatId(e.currentTarget.value)} />
      <PasswordInput label={t('insights.settings.telegramBotToken')} description={secretHint(initial.telegramBotTokenSet)} value={telegramBotToken} onChange={(e) => setTelegramBotToken(e.currentTarget.value)} />
      <Button onClick={() => save.mutate()} loading={save.isPending} w="fit-content">{t('insights.settings.save')}</Button>
    </Stack>
  );
}
