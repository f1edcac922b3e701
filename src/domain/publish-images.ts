// The images a variant publishes, read from the blob store for the connector: the bytes for
// networks that upload them, and a signed public link for networks that fetch them by URL.
// A variant that cannot carry its images fails before anything is sent, with what to do.
import { definitionOf } from '../channels/catalog.js';
import type { ChannelCapabilities, ChannelConnector, OutboundImage } from '../channels/types.js';
import { signMediaLink } from '../media/public-link.js';
import type { Runtime } from '../runtime.js';
import { listWorkspaceMedia } from '../store/repositories/media.js';
import { parseIds } from '../store/repositories/post-variants.js';

/** What the network takes, as its definition says (a simulated channel behaves like the network it stands for). */
export function publishingSupport(connector: ChannelConnector): Pick<ChannelCapabilities, 'publishImages' | 'publishThreads'> {
  return definitionOf(connector.network)?.capabilities ?? connector.capabilities;
}

export async function imagesForVariant(
  runtime: Pick<Runtime, 'store' | 'blobs'> & { config: Pick<Runtime['config'], 'secretKey' | 'publicUrl'> },
  post: { workspace_id: string; media_ids: string | null },
  variant: { media_ids: string | null },
  connector: ChannelConnector,
): Promise<OutboundImage[] | { refused: string }> {
  const ids = parseIds(variant.media_ids) ?? parseIds(post.media_ids) ?? [];
  if (ids.length === 0) return [];
  const name = definitionOf(connector.network)?.name ?? connector.network;
  const support = publishingSupport(connector).publishImages;
  if (support === null) return { refused: `Sapa cannot publish images on ${name} yet. Remove the images from this channel's variant, then schedule again.` };
  if (ids.length > support.max) return { refused: `Sapa publishes at most ${support.max} image(s) per ${name} post. Remove images, then schedule again.` };
  const { publicUrl, secretKey } = runtime.config;
  if (support.via === 'link' && publicUrl === null) {
    return { refused: `Set SAPA_PUBLIC_URL so ${name} can fetch the image (it downloads images from a public link), then schedule again.` };
  }
  const rows = await listWorkspaceMedia(runtime.store.db, post.workspace_id, ids);
  const images: OutboundImage[] = [];
  for (const id of ids) {
    const row = rows.find((candidate) => candidate.id === id);
    const blob = row === undefined ? null : await runtime.blobs.get(row.blob_key);
    if (row === undefined || blob === null) return { refused: 'An image of this post was deleted from the media store. Add the image again, then schedule again.' };
    images.push({
      bytes: blob.bytes, contentType: row.content_type, width: row.width, height: row.height, altText: row.alt_text,
      ...(publicUrl === null ? {} : { publicUrl: signMediaLink({ secretKey, publicUrl, mediaId: row.id }) }),
    });
  }
  return images;
}
