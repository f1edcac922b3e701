import { useState, type ReactNode } from 'react';
import { Alert, Button, Divider, Group, Stack, TagsInput, Text, TextInput, Title } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { composeKeys, saveBrandProfile } from '../../../api/composeApi';
import type { WorkspaceRole } from '../../../api/types';
import type { BrandProfile } from '../../../content-guard/guard';
import { describeError, notifySuccess } from '../../../ui/notifyApiError';
import { BrandAuditList } from './BrandAuditList';
import { toForm, toProfile, type BrandForm } from './brandForm';
import { ClaimsEditor } from './ClaimsEditor';
import { ProductsEditor } from './ProductsEditor';
import { SeverityEditor } from './SeverityEditor';

interface BrandProfileFormProps {
  workspaceId: string;
  profile: BrandProfile;
  role: WorkspaceRole;
}

function Part({ title, hint, children }: { title: string; hint: string; children: ReactNode }) {
  return (
    <Stack gap="xs">
      <div>
        <Title order={3} fz="h5">
          {title}
        </Title>
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      </div>
      {children}
    </Stack>
  );
}

/** The editable profile; managers and owners save it, everyone else reads it. */
export function BrandProfileForm({ workspaceId, profile, role }: BrandProfileFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<BrandForm>(() => toForm(profile));
  const canEdit = role === 'manager' || role === 'owner';
  const change = (part: Partial<BrandForm>) => setForm((current) => ({ ...current, ...part }));

  const save = useMutation({
    mutationFn: () => saveBrandProfile(workspaceId, toProfile(form)),
    // A 400 names the field that is wrong: shown beside the Save button rather than as a toast.
    meta: { handlesOwnErrors: true },
    onSuccess: (saved) => {
      queryClient.setQueryData(composeKeys.brandProfile(workspaceId), saved);
      void queryClient.invalidateQueries({ queryKey: ['workspaces', workspaceId, 'audit'] });
      notifySuccess(t('brand.saved'));
    },
  });

  return (
    <Stack gap="lg">
      {!canEdit && (
        <Alert variant="light" color="gray">
          {t('brand.readOnly')}
        </Alert>
      )}
      <TextInput label={t('brand.name')} value={form.name} onChange={(event) => change({ name: event.currentTarget.value })} disabled={!canEdit} maxLength={500} maw={360} />
      <Part title={t('brand.products.title')} hint={t('brand.products.hint')}>
        <ProductsEditor products={form.products} disabled={!canEdit} onChange={(products) => change({ products })} />
      </Part>
      <Part title={t('brand.claims.title')} hint={t('brand.claims.hint')}>
        <ClaimsEditor claims={form.claims} disabled={!canEdit} onChange={(claims) => change({ claims })} />
      </Part>
      <Part title={t('brand.banned.title')} hint={t('brand.banned.hint')}>
        <TagsInput aria-label={t('brand.banned.title')} value={form.bannedWords} onChange={(bannedWords) => change({ bannedWords })} disabled={!canEdit} clearable data-testid="brand-banned-words" />
      </Part>
      <Part title={t('brand.severity.title')} hint={t('brand.severity.hint')}>
        <SeverityEditor overrides={form.severityOverrides} disabled={!canEdit} onChange={(severityOverrides) => change({ severityOverrides })} />
      </Part>
      {save.isError && (
        <Alert color="red" role="alert" data-testid="brand-save-error">
          {describeError(save.error)}
        </Alert>
      )}
      {canEdit && (
        <Group justify="flex-end">
          <Button leftSection={<IconDeviceFloppy size={16} aria-hidden />} loading={save.isPending} onClick={() => save.mutate()} data-testid="brand-save">
            {t('brand.save')}
          </Button>
        </Group>
      )}
      {canEdit && (
        <>
          <Divider />
          <Part title={t('brand.audit.title')} hint={t('brand.audit.hint')}>
            <BrandAuditList workspaceId={workspaceId} />
          </Part>
        </>
      )}
    </Stack>
  );
}
