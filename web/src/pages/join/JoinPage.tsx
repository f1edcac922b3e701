import { Alert, Anchor, Button, Loader, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../api/http';
import { queryKeys } from '../../api/queryKeys';
import { acceptInvite, fetchInvitePreview, signUpWithInvite, type Joined } from '../../api/teamApi';
import { useSessionQuery } from '../../session/useSessionQuery';
import { sectionPath } from '../../workspace/paths';
import { JoinFrame } from './JoinFrame';

function failureMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return error instanceof Error ? error.message : String(error);
}

/**
 * /join/<code>: the invited person sees which workspace and role the invite is for, then joins
 * with the account they are signed in with, or makes one (name, e-mail, password).
 */
export function JoinPage() {
  const { t, i18n } = useTranslation();
  const { code = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const session = useSessionQuery();
  const preview = useQuery({ queryKey: ['invite', code], queryFn: ({ signal }) => fetchInvitePreview(code, signal), meta: { handlesOwnErrors: true }, retry: false });
  const [form, setForm] = useState({ name: '', email: '', password: '' });
  const joined = async (result: Joined) => {
    await queryClient.resetQueries({ queryKey: queryKeys.session });
    await navigate(sectionPath(result.workspaceId, 'inbox'), { replace: true });
  };
  const accept = useMutation({ mutationFn: () => acceptInvite(code), meta: { handlesOwnErrors: true }, onSuccess: joined });
  const signUp = useMutation({ mutationFn: () => signUpWithInvite(code, { ...form, email: form.email.trim() }), meta: { handlesOwnErrors: true }, onSuccess: joined });
  const failure = accept.error ?? signUp.error;

  if (preview.isPending) return <JoinFrame><Text c="dimmed"><Loader size="xs" mr="xs" />{t('team.join.checking')}</Text></JoinFrame>;
  if (preview.error) {
    const unknown = preview.error instanceof ApiError && (preview.error.status === 404 || preview.error.status === 400);
    return <JoinFrame><Alert color="orange" role="alert" data-testid="join-refused">{unknown ? t('team.join.unknown') : t('team.join.failed', { message: failureMessage(preview.error) })}</Alert></JoinFrame>;
  }
  const invite = preview.data;
  if (invite.status !== 'active') {
    return <JoinFrame><Alert color="orange" role="alert" data-testid="join-refused">{t(`team.join.${invite.status}`)}</Alert></JoinFrame>;
  }

  const submit = (event: FormEvent<HTMLFormElement>) => { event.preventDefault(); signUp.mutate(); };
  const until = new Date(invite.expiresAt).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <JoinFrame>
      <Text data-testid="join-invited">{t('team.join.invitedTo', { workspace: invite.workspaceName ?? '', role: t(`roles.${invite.role}`) })}</Text>
      <Text size="sm" c="dimmed">{t('team.join.expiresOn', { date: until })}</Text>
      {failure !== null && <Alert color="red" role="alert" data-testid="join-error">{t('team.join.failed', { message: failureMessage(failure) })}</Alert>}
      {session.data ? (
        <Stack gap="sm">
          <Text size="sm">{t('team.join.signedInAs', { name: session.data.user.name, email: session.data.user.email })}</Text>
          <Button onClick={() => accept.mutate()} loading={accept.isPending} data-testid="join-with-account">{t('team.join.joinWithAccount')}</Button>
        </Stack>
      ) : (
        <form onSubmit={submit} data-testid="join-form">
          <Stack gap="sm">
            <Title order={2} fz="h5">{t('team.join.newAccount')}</Title>
            <TextInput label={t('team.join.name')} required maxLength={200} value={form.name} onChange={(event) => { const name = event.currentTarget.value; setForm((current) => ({ ...current, name })); }} autoComplete="name" data-testid="join-name" />
            <TextInput label={t('team.join.email')} type="email" required value={form.email} onChange={(event) => { const email = event.currentTarget.value; setForm((current) => ({ ...current, email })); }} autoComplete="username" data-testid="join-email" />
            <PasswordInput label={t('team.join.password')} description={t('team.join.passwordHint')} required value={form.password} onChange={(event) => { const password = event.currentTarget.value; setForm((current) => ({ ...current, password })); }} autoComplete="new-password" data-testid="join-password" />
            <Button type="submit" loading={signUp.isPending} data-testid="join-submit">{t('team.join.submit')}</Button>
            <Text size="sm" c="dimmed">
              {t('team.join.haveAccount')}{' '}
              <Anchor component={Link} to={`/sign-in?next=${encodeURIComponent(`/join/${code}`)}`}>{t('team.join.signIn')}</Anchor>
            </Text>
          </Stack>
        </form>
      )}
    </JoinFrame>
  );
}
