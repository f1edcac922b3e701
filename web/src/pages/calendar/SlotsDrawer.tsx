import { useState } from 'react';
import { ActionIcon, Button, Drawer, Group, Select, Stack, Table, Text } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { addPostingSlot, calendarKeys, deletePostingSlot, fetchPostingSlots } from '../../api/calendarApi';
import type { Channel } from '../../api/types';

type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
const weekdays: Weekday[] = [1, 2, 3, 4, 5, 6, 7];
const clock = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

interface SlotsDrawerProps { workspaceId: string; timezone: string; channels: Channel[]; canEdit: boolean; onClose: () => void }

/** Each channel's usual posting times; managers add and remove them, everyone sees them. */
export function SlotsDrawer({ workspaceId, timezone, channels, canEdit, onClose }: SlotsDrawerProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const slots = useQuery({ queryKey: calendarKeys.slots(workspaceId), queryFn: ({ signal }) => fetchPostingSlots(workspaceId, signal) });
  const [channelId, setChannelId] = useState<string | null>(channels[0]?.id ?? null);
  const [weekday, setWeekday] = useState<string | null>('1');
  const [time, setTime] = useState('09:00');
  const refresh = () => queryClient.invalidateQueries({ queryKey: calendarKeys.slots(workspaceId) });
  const add = useMutation({ mutationFn: addPostingSlot.bind(null, workspaceId), onSuccess: refresh });
  const remove = useMutation({ mutationFn: (slotId: string) => deletePostingSlot(workspaceId, slotId), onSuccess: refresh });
  const handle = (id: string) => channels.find((channel) => channel.id === id)?.handle ?? id;
  const day = (value: number) => t(`calendar.weekdaysShort.w${value as Weekday}`);
  const [hh, mm] = time.split(':').map(Number);
  const minuteOfDay = (hh ?? NaN) * 60 + (mm ?? NaN);

  return (
    <Drawer opened onClose={onClose} position="right" size="md" title={t('calendar.slots.title')} data-testid="slots-drawer">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">{t('calendar.slots.intro', { zone: timezone })}</Text>
        {canEdit ? (
          <Stack gap="xs">
            <Select label={t('calendar.slots.channel')} data={channels.map((channel) => ({ value: channel.id, label: `${channel.handle} · ${channel.network}` }))} value={channelId} onChange={setChannelId} allowDeselect={false} data-testid="slot-channel" />
            <Group grow>
              <Select label={t('calendar.slots.weekday')} data={weekdays.map((value) => ({ value: String(value), label: day(value) }))} value={weekday} onChange={setWeekday} allowDeselect={false} data-testid="slot-weekday" />
              <TimeInput label={t('calendar.slots.time')} value={time} onChange={(event) => setTime(event.currentTarget.value)} data-testid="slot-time" />
            </Group>
            <Button w="fit-content" loading={add.isPending} disabled={channelId === null || weekday === null || !Number.isFinite(minuteOfDay)} data-testid="slot-add"
              onClick={() => { if (channelId !== null && weekday !== null) add.mutate({ channelId, weekday: Number(weekday), minuteOfDay }); }}>
              {t('calendar.slots.add')}
            </Button>
          </Stack>
        ) : <Text size="sm">{t('calendar.slots.managersOnly')}</Text>}
        {slots.data?.length === 0 && <Text size="sm" c="dimmed">{t('calendar.slots.empty')}</Text>}
        {slots.data !== undefined && slots.data.length > 0 && (
          <Table striped data-testid="slot-list">
            <Table.Thead><Table.Tr><Table.Th>{t('calendar.slots.weekday')}</Table.Th><Table.Th>{t('calendar.slots.time')}</Table.Th><Table.Th>{t('calendar.slots.channel')}</Table.Th><Table.Th /></Table.Tr></Table.Thead>
            <Table.Tbody>
              {slots.data.map((slot) => (
                <Table.Tr key={slot.id}>
                  <Table.Td>{day(slot.weekday)}</Table.Td>
                  <Table.Td>{clock(slot.minuteOfDay)}</Table.Td>
                  <Table.Td>{handle(slot.channelId)}</Table.Td>
                  <Table.Td>
                    {canEdit && (
                      <ActionIcon variant="subtle" color="red" aria-label={t('calendar.slots.remove', { slot: `${day(slot.weekday)} ${clock(slot.minuteOfDay)} ${handle(slot.channelId)}` })} onClick={() => remove.mutate(slot.id)}>
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Drawer>
  );
}
