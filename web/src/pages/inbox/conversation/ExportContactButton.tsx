import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchContactExport } from '../../../api/privacyApi';
import { useWorkspace } from '../../../workspace/WorkspaceContext';

/** Hands the browser a JSON file to save; the text is never put into the page. */
function downloadJson(fileName: string, data: unknown): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked after the click has been handled, so the download has started.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Managers answer a follower's data request (UU PDP): everything stored about them, as JSON. */
export function ExportContactButton({ contactId }: { contactId: string }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const exportData = useMutation({
    mutationFn: () => fetchContactExport(workspace.id, contactId),
    onSuccess: (data) => downloadJson(`sapa-contact-${contactId}.json`, data),
  });
  if (workspace.role !== 'manager' && workspace.role !== 'owner') return null;

  return (
    <Button
      size="compact-xs"
      variant="subtle"
      leftSection={<IconDownload size={14} aria-hidden />}
      onClick={() => exportData.mutate()}
      loading={exportData.isPending}
      data-testid="contact-export"
    >
      {t('inbox.contact.exportData')}
    </Button>
  );
}
