// Which files the composer uploads: the image types some network takes (the limits table's
// union). Per-network type, size and shape checks come after upload, with the measured image.
export const acceptedImageTypes = ['image/jpeg', 'image/png', 'image/gif', 'image/webp'] as const;

export function isAcceptedImage(file: { type: string }): boolean {
  return (acceptedImageTypes as readonly string[]).includes(file.type);
}
