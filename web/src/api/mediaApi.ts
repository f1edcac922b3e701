// Images for posts (POST /api/workspaces/:ws/media with the file's bytes, PATCH for alt text).
// The bytes go up as they are, with the file's own type; the server sniffs and measures them.
import { apiRequest, withQuery } from './http';
import type { ApiResponse } from './types';

/** A stored image; `url` is the same-origin address that shows it (alias of the generated type). */
export type MediaItem = ApiResponse<'/api/workspaces/{workspaceId}/media', 'post', 201>['media'];

const mediaPath = (workspaceId: string) => `/api/workspaces/${encodeURIComponent(workspaceId)}/media`;

/** The address of a stored image, for ids known without their details (a reopened draft). */
export function mediaContentUrl(workspaceId: string, mediaId: string): string {
  return `${mediaPath(workspaceId)}/${encodeURIComponent(mediaId)}/content`;
}

export async function uploadImage(workspaceId: string, file: Blob, altText?: string): Promise<MediaItem> {
  const path = withQuery(mediaPath(workspaceId), { alt: altText });
  const { media } = await apiRequest<{ media: MediaItem }>(path, { method: 'POST', rawBody: file });
  return media;
}

export async function saveAltText(workspaceId: string, mediaId: string, altText: string): Promise<MediaItem> {
  const { media } = await apiRequest<{ media: MediaItem }>(`${mediaPath(workspaceId)}/${encodeURIComponent(mediaId)}`, { method: 'PATCH', body: { altText } });
  return media;
}
