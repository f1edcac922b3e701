import { Checkbox, Group, Image, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { effectiveMediaIds, toggleVariantImage, type Draft } from './variantModel';

export interface PostImage {
  id: string;
  url: string;
  altText: string;
}

/** Which of the post's images this channel carries: all by default, or its own choice. */
export function VariantImages({ draft, channelId, network, images, onChange }: { draft: Draft; channelId: string; network: string; images: readonly PostImage[]; onChange: (draft: Draft) => void }) {
  const { t } = useTranslation();
  if (images.length === 0) return null;
  const chosen = effectiveMediaIds(draft, channelId);
  return (
    <Stack gap={4} data-testid="variant-images">
      <Text size="sm" fw={500}>
        {t('compose.variants.images', { network })}
      </Text>
      <Group gap="sm">
        {images.map((image, index) => (
          <Checkbox
            key={image.id}
            checked={chosen.includes(image.id)}
            onChange={() => onChange(toggleVariantImage(draft, channelId, image.id))}
            label={(
              <Group gap={6} wrap="nowrap">
                <Image src={image.url} alt={image.altText} w={40} h={40} radius="sm" fit="cover" />
                <Text size="xs">{t('compose.problems.field.image', { number: index + 1 })}</Text>
              </Group>
            )}
            data-testid="variant-image"
            data-media-id={image.id}
          />
        ))}
      </Group>
      <Text size="xs" c="dimmed">
        {chosen.length === images.length ? t('compose.variants.allImages') : t('compose.variants.ownImages', { count: chosen.length, total: images.length })}
      </Text>
    </Stack>
  );
}
