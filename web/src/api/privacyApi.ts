// A contact's personal data (src/server/routes/privacy): the export a manager downloads.
import { apiRequest } from './http';
import { workspacePath } from './workspaceApi';

/** Everything stored about one contact; the shape is documented in the API (ContactExportResponse). */
export function fetchContactExport(workspaceId: string, contactId: string): Promise<unknown> {
  return apiRequest<unknown>(`${workspacePath(workspaceId)}/contacts/${encodeURIComponent(contactId)}/export`);
}
