import { Avatar, Box, Group, Image, Paper, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Channel, Network } from '../../api/types';
import { NetworkIcon } from '../../ui/NetworkIcon';
import { displayHandle, foldCaption, gridColumns, previewSegments, type SegmentKind } from './previewModel';

export interface PreviewImage {
  id: string;
  url: string;
  altText: string;
}

export interface PreviewItem {
  channel: Channel;
  text: string;
  threadParts: readonly string[];
  images: readonly PreviewImage[];
}

// Each network's own accent for links, tags and mentions (readable in light and dark).
const accent: Record<Network, string> = {
  x: 'var(--mantine-color-blue-6)', bluesky: 'var(--mantine-color-blue-5)', mastodon: 'var(--mantine-color-violet-5)',
  instagram: 'var(--mantine-color-indigo-4)', facebook: 'var(--mantine-color-blue-7)', threads: 'var(--mantine-color-text)',
  telegram: 'var(--mantine-color-cyan-6)', whatsapp: 'var(--mantine-color-teal-6)',
};

function Body({ text, network }: { text: string; network: Network }) {
  const { t } = useTranslation();
  const folded = foldCaption(text, network);
  const styleOf = (kind: SegmentKind) => (kind === 'text' ? undefined : { color: accent[network], fontWeight: network === 'instagram' || network === 'threads' ? 600 : undefined });
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="preview-text">
      {previewSegments(folded.shown, network).map((segment, index) => (
        <span key={index} style={styleOf(segment.kind)} data-kind={segment.kind === 'text' ? undefined : segment.kind}>
          {segment.text}
        </span>
      ))}
      {folded.folded && (
        <Text span c="dimmed" size="sm" data-testid="preview-more">
          {network === 'facebook' ? t('compose.preview.seeMore') : t('compose.preview.more')}
        </Text>
      )}
    </Text>
  );
}

function ImageGrid({ images }: { images: readonly PreviewImage[] }) {
  if (images.length === 0) return null;
  const shown = images.slice(0, 4);
  return (
    <SimpleGrid cols={gridColumns(shown.length)} spacing={2} style={{ borderRadius: 12, overflow: 'hidden' }} data-testid="preview-images">
      {shown.map((image) => (
        <Image key={image.id} src={image.url} alt={image.altText} h={shown.length === 1 ? 220 : 110} fit="cover" />
      ))}
    </SimpleGrid>
  );
}

/** One post as the network's feed shows it: who, the text with its entities, the images. */
function FeedPost({ channel, text, images, connector }: { channel: Channel; text: string; images: readonly PreviewImage[]; connector: boolean }) {
  const { t } = useTranslation();
  const name = channel.displayName || channel.handle;
  return (
    <Group align="flex-start" gap="sm" wrap="nowrap">
      <Stack gap={0} align="center" style={{ alignSelf: 'stretch' }}>
        <Avatar radius={channel.network === 'facebook' || channel.network === 'instagram' ? 'xl' : channel.network === 'mastodon' ? 'md' : 'xl'} color="initials" name={name} size={40} />
        {connector && <Box style={{ width: 2, flex: 1, minHeight: 12, background: 'var(--mantine-color-default-border)', marginTop: 4 }} />}
      </Stack>
      <Stack gap={6} style={{ flex: 1, minWidth: 0 }} pb={connector ? 'sm' : 0}>
        <Group gap={6} wrap="nowrap">
          <Text size="sm" fw={700} truncate>
            {name}
          </Text>
          <Text size="sm" c="dimmed" truncate>
            {displayHandle(channel.network, channel.handle, channel.settings.instanceUrl)} · {t('compose.preview.now')}
          </Text>
        </Group>
        <Body text={text} network={channel.network} />
        <ImageGrid images={images} />
      </Stack>
    </Group>
  );
}

function PreviewCard({ item }: { item: PreviewItem }) {
  const { t } = useTranslation();
  const parts = [item.text, ...item.threadParts.filter((part) => part.trim() !== '')];
  return (
    <Paper withBorder p="md" radius="md" data-testid={`preview-${item.channel.network}`}>
      <Stack gap="xs">
        <Group gap={6}>
          <NetworkIcon network={item.channel.network} size={14} />
          <Text size="xs" c="dimmed">
            {t(`network.${item.channel.network}`)}
            {parts.length > 1 ? ` · ${t('compose.preview.threadOf', { count: parts.length })}` : ''}
          </Text>
        </Group>
        {item.text.trim() === '' ? (
          <Text size="sm" c="dimmed">
            {t('compose.preview.empty')}
          </Text>
        ) : (
          <Stack gap={0} data-testid="preview-thread">
            {/* Instagram shows the image above the caption; the others put images under the text. */}
            {item.channel.network === 'instagram' && <ImageGrid images={item.images} />}
            {parts.map((part, index) => (
              <FeedPost key={index} channel={item.channel} text={part} images={index === 0 && item.channel.network !== 'instagram' ? item.images : []} connector={index < parts.length - 1} />
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

/** How each chosen channel's network will show the post, one tab each. */
export function PreviewPanel({ items, active, onActive }: { items: readonly PreviewItem[]; active: string | null; onActive: (channelId: string) => void }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  const current = items.some((item) => item.channel.id === active) ? active : (items[0]?.channel.id ?? null);
  return (
    <Paper withBorder p="md" component="section" aria-label={t('compose.preview.title')} data-testid="preview-panel">
      <Stack gap="sm">
        <Text fw={600}>{t('compose.preview.title')}</Text>
        <Tabs value={current} onChange={(value) => value !== null && onActive(value)} variant="pills">
          <Tabs.List>
            {items.map((item) => (
              <Tabs.Tab key={item.channel.id} value={item.channel.id} leftSection={<NetworkIcon network={item.channel.network} size={14} />} aria-label={t(`network.${item.channel.network}`)}>
                {t(`network.${item.channel.network}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {items.map((item) => (
            <Tabs.Panel key={item.channel.id} value={item.channel.id} pt="sm">
              <PreviewCard item={item} />
            </Tabs.Panel>
          ))}
        </Tabs>
      </Stack>
    </Paper>
  );
}
