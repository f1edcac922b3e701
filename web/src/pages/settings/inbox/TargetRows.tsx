import { ActionIcon, Button, NumberInput, Select, Table } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PolicyIntent, ResponseTarget } from '../../../api/inboxTypes';
import type { Network } from '../../../api/types';
import { MAX_TARGET_MINUTES, nextTarget, policyIntents } from './responsePolicyForm';

const networks: readonly Network[] = ['facebook', 'instagram', 'x', 'bluesky', 'mastodon', 'telegram', 'whatsapp', 'threads'];

interface TargetRowsProps {
  targets: readonly ResponseTarget[];
  onChange: (targets: ResponseTarget[]) => void;
  disabled: boolean;
}

/** One row per network and intent: how many minutes a follower may wait for a first answer. */
export function TargetRows({ targets, onChange, disabled }: TargetRowsProps) {
  const { t } = useTranslation();
  const update = (index: number, changes: Partial<ResponseTarget>) => onChange(targets.map((target, at) => (at === index ? { ...target, ...changes } : target)));
  const networkOptions = [{ value: '*', label: t('inbox.settings.anyNetwork') }, ...networks.map((network) => ({ value: network, label: t(`network.${network}`) }))];
  const intentOptions = policyIntents.map((intent) => ({ value: intent, label: t(`inbox.settings.intents.${intent}`) }));

  return (
    <div>
      <Table verticalSpacing={4} data-testid="target-rows">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('inbox.settings.network')}</Table.Th>
            <Table.Th>{t('inbox.settings.intent')}</Table.Th>
            <Table.Th w={120}>{t('inbox.settings.minutes')}</Table.Th>
            <Table.Th w={40} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {targets.map((target, index) => (
            <Table.Tr key={index} data-testid="target-row">
              <Table.Td>
                <Select size="xs" data={networkOptions} value={target.network} onChange={(network) => network && update(index, { network })} allowDeselect={false} disabled={disabled} aria-label={t('inbox.settings.network')} />
              </Table.Td>
              <Table.Td>
                <Select
                  size="xs"
                  data={intentOptions}
                  value={target.intent}
                  onChange={(intent) => {
                    const known = policyIntents.find((candidate): candidate is PolicyIntent => candidate === intent);
                    if (known) update(index, { intent: known });
                  }}
                  allowDeselect={false}
                  disabled={disabled}
                  aria-label={t('inbox.settings.intent')}
                />
              </Table.Td>
              <Table.Td>
                <NumberInput size="xs" min={1} max={MAX_TARGET_MINUTES} value={target.minutes} onChange={(value) => update(index, { minutes: Number(value) || 0 })} disabled={disabled} aria-label={t('inbox.settings.minutes')} data-testid="target-minutes" />
              </Table.Td>
              <Table.Td>
                <ActionIcon variant="subtle" color="red" onClick={() => onChange(targets.filter((_, at) => at !== index))} disabled={disabled} aria-label={t('inbox.settings.removeTarget')}>
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {!disabled && (
        <Button size="xs" variant="subtle" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => onChange([...targets, nextTarget(targets)])} mt="xs">
          {t('inbox.settings.addTarget')}
        </Button>
      )}
    </div>
  );
}
