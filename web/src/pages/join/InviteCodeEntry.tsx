import { Button, Group, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';

/** On the sign-in page: someone given a code (read out, not a link) types it here. */
export function InviteCodeEntry() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const typed = code.trim();
    if (typed !== '') void navigate(`/join/${encodeURIComponent(typed)}`);
  };
  return (
    <form onSubmit={submit} data-testid="invite-code-entry">
      <Text size="sm" fw={500} mb={4}>{t('team.join.haveCode')}</Text>
      <Group gap="xs" wrap="nowrap" align="end">
        <TextInput aria-label={t('team.join.codeLabel')} placeholder={t('team.join.codePlaceholder')} value={code} maxLength={40} style={{ flex: 1 }}
          onChange={(event) => setCode(event.currentTarget.value)} autoCapitalize="characters" data-testid="invite-code-input" />
        <Button type="submit" variant="light" disabled={code.trim() === ''}>{t('team.join.go')}</Button>
      </Group>
    </form>
  );
}
