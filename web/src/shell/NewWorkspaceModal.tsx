import { Button, Group, Modal, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { queryKeys } from '../api/queryKeys';
import { createWorkspace } from '../api/teamApi';
import { settingsPath } from '../workspace/paths';

/** "New workspace": any signed-in person can start one for another brand and becomes its owner. */
export function NewWorkspaceModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [timezone, setTimezone] = useState('Asia/Jakarta');
  const [locale, setLocale] = useState<'id' | 'en'>(i18n.language === 'en' ? 'en' : 'id');
  const zones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);
  const create = useMutation({
    mutationFn: () => createWorkspace({ name: name.trim(), timezone, locale }),
    onSuccess: async (workspace) => {
      // The new workspace must be in the session before its pages can open.
      await queryClient.refetchQueries({ queryKey: queryKeys.session });
      setName('');
      onClose();
      await navigate(settingsPath(workspace.id, 'team'));
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => { event.preventDefault(); if (name.trim() !== '') create.mutate(); };

  return (
    <Modal opened={opened} onClose={onClose} title={t('team.newWorkspace.title')} centered>
      <form onSubmit={submit} data-testid="new-workspace-form">
        <Stack gap="sm">
          <Text size="sm" c="dimmed">{t('team.newWorkspace.hint')}</Text>
          <TextInput label={t('team.newWorkspace.name')} required maxLength={100} value={name} onChange={(event) => setName(event.currentTarget.value)} data-autofocus data-testid="new-workspace-name" />
          <Select label={t('team.newWorkspace.timezone')} data={zones} searchable allowDeselect={false} value={timezone} onChange={(value) => { if (value !== null) setTimezone(value); }} comboboxProps={{ withinPortal: true }} />
          <div>
            <Text size="sm" fw={500} mb={4}>{t('team.newWorkspace.locale')}</Text>
            <SegmentedControl value={locale} onChange={(value) => setLocale(value === 'en' ? 'en' : 'id')} data={[{ value: 'id', label: t('languages.id') }, { value: 'en', label: t('languages.en') }]} />
          </div>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('team.newWorkspace.cancel')}</Button>
            <Button type="submit" loading={create.isPending} disabled={name.trim() === ''} data-testid="new-workspace-create">{t('team.newWorkspace.create')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** For someone with no workspace yet (e.g. made by `sapa user add` without one). */
export function NewWorkspaceButton() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="light" onClick={() => setOpened(true)} data-testid="new-workspace-open">{t('team.newWorkspace.title')}</Button>
      <NewWorkspaceModal opened={opened} onClose={() => setOpened(false)} />
    </>
  );
}
