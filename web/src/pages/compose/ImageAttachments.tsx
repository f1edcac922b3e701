import { useRef, useState, type DragEvent } from 'react';
import { ActionIcon, Box, Button, Group, Image, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconPhotoPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { mediaContentUrl, type MediaItem } from '../../api/mediaApi';
import { describeError } from '../../ui/notifyApiError';
import { acceptedImageTypes, isAcceptedImage } from './imageFiles';

interface ImageAttachmentsProps {
  workspaceId: string;
  mediaIds: readonly string[];
  media: Readonly<Record<string, MediaItem>>;
  /** Some chosen channel's network requires alt text (Bluesky). */
  altRequired: boolean;
  uploading: boolean;
  uploadError: unknown;
  disabled: boolean;
  onFiles: (files: File[]) => void;
  onAltChange: (mediaId: string, text: string) => void;
  onAltSave: (mediaId: string, text: string) => void;
  onRemove: (mediaId: string) => void;
}

const size = (bytes: number) => (bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1000))} kB`);

/** The post's images: chosen or dropped, uploaded at once, each with its alt text. */
export function ImageAttachments({ workspaceId, mediaIds, media, altRequired, uploading, uploadError, disabled, onFiles, onAltChange, onAltSave, onRemove }: ImageAttachmentsProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [refused, setRefused] = useState<string[]>([]);

  const take = (files: File[]) => {
    // Anything that is not an image is named here; the server still sniffs what arrives.
    setRefused(files.filter((file) => !isAcceptedImage(file)).map((file) => t('compose.images.notImage', { name: file.name })));
    const images = files.filter(isAcceptedImage);
    if (images.length > 0) onFiles(images);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    if (!disabled) take([...event.dataTransfer.files]);
  };

  return (
    <Stack gap="xs" data-testid="image-attachments">
      <Text size="sm" fw={500}>
        {t('compose.images.title')}
      </Text>
      <Box
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        p="sm"
        style={{
          border: `1px dashed var(--mantine-color-${dragging ? 'blue-6' : 'default-border'})`,
          borderRadius: 'var(--mantine-radius-md)',
          background: dragging ? 'var(--mantine-color-blue-light)' : undefined,
        }}
        data-testid="image-dropzone"
      >
        <Group justify="space-between" gap="sm">
          <div>
            <Text size="sm">{t('compose.images.drop')}</Text>
            <Text size="xs" c="dimmed">
              {t('compose.images.hint')}
            </Text>
          </div>
          <Button variant="light" size="xs" leftSection={<IconPhotoPlus size={16} aria-hidden />} loading={uploading} disabled={disabled} onClick={() => input.current?.click()}>
            {t('compose.images.choose')}
          </Button>
          <input
            ref={input}
            type="file"
            accept={acceptedImageTypes.join(',')}
            multiple
            hidden
            onChange={(event) => {
              take([...(event.currentTarget.files ?? [])]);
              event.currentTarget.value = '';
            }}
            data-testid="image-input"
          />
        </Group>
      </Box>
      {[...refused, ...(uploadError ? [describeError(uploadError)] : [])].map((message) => (
        <Text key={message} size="sm" c="red.7" role="alert">
          {message}
        </Text>
      ))}
      {mediaIds.length > 0 && (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {mediaIds.map((id, index) => {
            const item = media[id];
            const alt = item?.altText ?? '';
            return (
              <Paper key={id} withBorder p="xs" data-testid="attached-image">
                <Group align="flex-start" gap="xs" wrap="nowrap">
                  <Image src={item?.url ?? mediaContentUrl(workspaceId, id)} alt={alt} w={72} h={72} fit="cover" radius="sm" />
                  <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
                    <Group justify="space-between" gap={4} wrap="nowrap">
                      <Text size="xs" c="dimmed" truncate>
                        {item === undefined ? '' : t('compose.images.facts', { width: item.width, height: item.height, size: size(item.bytes) })}
                      </Text>
                      <ActionIcon variant="subtle" color="red" size="sm" aria-label={t('compose.images.remove', { number: index + 1 })} onClick={() => onRemove(id)}>
                        <IconX size={14} aria-hidden />
                      </ActionIcon>
                    </Group>
                    <TextInput
                      size="xs"
                      aria-label={t('compose.images.alt', { number: index + 1 })}
                      placeholder={t('compose.images.altPlaceholder')}
                      description={altRequired ? t('compose.images.altRequired') : undefined}
                      value={alt}
                      disabled={item === undefined}
                      error={altRequired && item !== undefined && alt.trim() === ''}
                      onChange={(event) => onAltChange(id, event.currentTarget.value)}
                      onBlur={(event) => onAltSave(id, event.currentTarget.value)}
                      maxLength={2000}
                      data-testid="image-alt"
                    />
                  </Stack>
                </Group>
              </Paper>
            );
          })}
        </SimpleGrid>
      )}
    </Stack>
  );
}
