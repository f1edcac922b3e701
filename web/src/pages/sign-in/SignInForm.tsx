import { useState, type FormEvent } from 'react';
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { signIn } from '../../api/sessionApi';
import { queryKeys } from '../../api/queryKeys';
import { signInErrorKey } from './signInErrorKey';
import { safeNextPath } from './safeNextPath';

export function SignInForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [touched, setTouched] = useState(false);

  const attempt = useMutation({
    mutationFn: () => signIn(email.trim(), password),
    meta: { handlesOwnErrors: true },
    onSuccess: async () => {
      // Sign-in answers with the user only; the session also carries the workspaces.
      await queryClient.resetQueries({ queryKey: queryKeys.session });
      await navigate(safeNextPath(searchParams.get('next')), { replace: true });
    },
  });

  const emailError = touched && email.trim() === '' ? t('signIn.emailRequired') : null;
  const passwordError = touched && password === '' ? t('signIn.passwordRequired') : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setTouched(true);
    if (email.trim() === '' || password === '') return;
    attempt.mutate();
  }

  const failure = attempt.error ? signInErrorKey(attempt.error) : null;

  return (
    <form onSubmit={submit} noValidate data-testid="sign-in-form">
      <Stack gap="md">
        {failure && (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert" data-testid="sign-in-error">
            {t(failure.key, failure.values)}
          </Alert>
        )}
        <TextInput
          label={t('signIn.email')}
          type="email"
          name="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={emailError}
          data-testid="sign-in-email"
          data-autofocus
          autoFocus
        />
        <PasswordInput
          label={t('signIn.password')}
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={passwordError}
          data-testid="sign-in-password"
        />
        <Button type="submit" loading={attempt.isPending} fullWidth data-testid="sign-in-submit">
          {t('signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}
