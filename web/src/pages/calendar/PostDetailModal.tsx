import { Alert, Anchor, Badge, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCopy, IconExternalLink, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CalendarItem } from '../../api/calendarApi';
import { formatWorkspaceDateTime } from '../../time/formatTime';
import { composeLink, isMovable, stateColor } from './stateStyle';
import type { Network } from '../../api/types';

interface PostDetailModalProps {
  item: CalendarItem;
  workspaceId: string;
  timezone: string;
  canWrite: boolean;
  busy: boolean;
  onMove: () => void;
  onDuplicate: () => void;
  onNextSlot: () => void;
  onClose: () => void;
}

/** One post from the calendar: where it went (links), why it failed (with the way to fix it), and what can be done with it. */
export function PostDetailModal({ item, workspaceId, timezone, canWrite, busy, onMove, onDuplicate, onNextSlot, onClose }: PostDetailModalProps) {
  const { t, i18n } = useTranslation();
  const failed = item.variants.filter((variant) => variant.state === 'failed' || (item.state === 'failed' && variant.error !== null));
  return (
    <Modal opened onClose={onClose} title={<Badge color={stateColor[item.state]} variant="light">{t(`calendar.states.${item.state}`)}</Badge>} size="lg" data-testid="post-detail">
      <Stack gap="sm">
        <Text size="sm" fw={600}>{formatWorkspaceDateTime(item.at, { timezone, locale: i18n.language })} ({timezone})</Text>
        <Text size="xs" c="dimmed">{item.author?.name ? t('calendar.post.author', { name: item.author.name }) : t('calendar.post.unknownAuthor')}</Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{item.text}</Text>
        {item.rejection !== null && <Alert color="orange">{t('calendar.post.rejected', { comment: item.rejection.comment })}</Alert>}
        <Stack gap={4}>
          <Text size="xs" fw={600}>{t('calendar.post.channels')}</Text>
          {item.variants.map((variant) => (
            <Group key={variant.id} gap="xs">
              <Text size="sm">{variant.channel.handle} · {t(`network.${variant.channel.network as Network}`)}</Text>
              {variant.networkUrl !== null && (
                <Anchor href={variant.networkUrl} target="_blank" rel="noopener noreferrer" size="sm" data-testid="post-network-link">
                  <Group gap={2} component="span">{t('calendar.post.viewOnNetwork', { network: t(`network.${variant.channel.network as Network}`) })}<IconExternalLink size={14} aria-hidden /></Group>
                </Anchor>
              )}
            </Group>
          ))}
        </Stack>
        {item.state === 'failed' && (
          <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={t('calendar.post.failedBecause')} data-testid="post-failure">
            <Stack gap={4}>
              {(failed.length > 0 ? failed : item.variants).map((variant) => (
                <Text size="sm" key={variant.id}>{variant.channel.handle}: {variant.error ?? t('calendar.post.noReason')}</Text>
              ))}
              <Anchor component={Link} to={composeLink(workspaceId, item.id)} size="sm" data-testid="post-fix-link">{t('calendar.post.fixInCompose')}</Anchor>
            </Stack>
          </Alert>
        )}
        {canWrite && (
          <Group gap="xs">
            {isMovable(item.state) && <Button size="xs" variant="light" onClick={onMove} data-testid="post-move">{t('calendar.post.move')}</Button>}
            {item.state === 'draft' && <Button size="xs" variant="light" color="teal" loading={busy} onClick={onNextSlot} data-testid="post-next-slot">{t('calendar.post.nextSlot')}</Button>}
            <Button size="xs" variant="default" leftSection={<IconCopy size={14} aria-hidden />} loading={busy} onClick={onDuplicate} data-testid="post-duplicate">{t('calendar.post.duplicate')}</Button>
            {item.state !== 'failed' && (
              <Button size="xs" variant="subtle" component={Link} to={composeLink(workspaceId, item.id)} leftSection={<IconPencil size={14} aria-hidden />}>{t('calendar.post.openInCompose')}</Button>
            )}
          </Group>
        )}
        {!isMovable(item.state) && <Text size="xs" c="dimmed">{t('calendar.post.cannotMove')}</Text>}
      </Stack>
    </Modal>
  );
}
