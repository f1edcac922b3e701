import { Paper, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../workspace/WorkspaceContext';
import { DEFAULT_TIMEZONE } from '../../time/dayjs';

/** Read-only for now: editing the workspace needs an API route that does not exist yet. */
export function WorkspaceDetails() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const rows: [string, string][] = [
    [t('settings.workspaceName'), workspace.name],
    [t('settings.timezone'), workspace.timezone || DEFAULT_TIMEZONE],
    [t('settings.workspaceLocale'), t(`languages.${workspace.locale}`)],
    [t('settings.role'), t(`roles.${workspace.role}`)],
  ];

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="settings-workspace">
      <Title order={2} fz="h4" mb="sm" id="settings-workspace">
        {t('settings.workspace')}
      </Title>
      <Table variant="vertical" layout="fixed" withTableBorder={false} data-testid="workspace-details">
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={200}>{label}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
