// What an uploaded file really is: the type from its first bytes (never the name or the
// browser's Content-Type, both chosen by the uploader) and its dimensions, read by image-size.
import { imageSize } from 'image-size';
import type { ImageType } from '../channels/limits.js';

export interface InspectedImage {
  contentType: ImageType;
  width: number;
  height: number;
  bytes: number;
}

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0): boolean => signature.every((byte, index) => bytes[offset + index] === byte);

/** The image type by magic bytes, or null for anything Sapa does not publish. */
export function sniffImageType(bytes: Uint8Array): ImageType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'image/gif';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  return null;
}

/** Type, dimensions and size of an upload; null when it is not an image Sapa can publish. */
export function inspectImage(bytes: Uint8Array): InspectedImage | null {
  const contentType = sniffImageType(bytes);
  if (contentType === null) return null;
  try {
    const { width, height } = imageSize(bytes);
    if (!(width > 0 && height > 0)) return null;
    return { contentType, width, height, bytes: bytes.byteLength };
  } catch {
    return null;
  }
}
