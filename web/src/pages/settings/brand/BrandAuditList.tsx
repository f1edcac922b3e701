import { Alert, Group, List, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { composeKeys, fetchAudit } from '../../../api/composeApi';
import { describeError } from '../../../ui/notifyApiError';
import { WorkspaceTime } from '../../../ui/WorkspaceTime';
import { summarizeBrandChanges } from './auditSummary';

const action = 'brand_profile.updated';

/** The last changes to the brand profile: when, who, and what (managers only, like the audit log). */
export function BrandAuditList({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const audit = useQuery({
    queryKey: composeKeys.audit(workspaceId, action),
    queryFn: ({ signal }) => fetchAudit(workspaceId, action, 10, signal),
    meta: { handlesOwnErrors: true },
  });

  if (audit.isError) return <Alert color="red">{describeError(audit.error)}</Alert>;
  if (audit.data?.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('brand.audit.empty')}
      </Text>
    );
  }
  return (
    <Stack gap="sm" data-testid="brand-audit">
      {(audit.data ?? []).map((entry) => (
        <div key={entry.id} data-testid="brand-audit-entry">
          <Group gap="xs">
            <Text size="sm" fw={600}>
              {entry.actor?.name ?? t('brand.audit.someone')}
            </Text>
            <WorkspaceTime instant={entry.createdAt} />
          </Group>
          <List size="sm" spacing={2}>
            {summarizeBrandChanges(entry.details).map((line) => (
              <List.Item key={line.kind}>
                {t(`brand.audit.change.${line.kind}`)}
                {line.items.length > 0 ? `: ${line.items.join(', ')}` : ''}
              </List.Item>
            ))}
          </List>
        </div>
      ))}
    </Stack>
  );
}
