import { useMemo, useRef } from 'react';
import { ActionIcon, Alert, Badge, Button, Group, Stack, Tabs, Text, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconCircleCheck, IconMessagePlus, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { LimitProblem, NetworkLimits } from '../../../../src/channels/limits.js';
import type { Channel } from '../../api/types';
import type { Finding } from '../../content-guard/guard';
import { HighlightedTextarea } from '../../content-guard/HighlightedTextarea';
import { findingMarks } from '../../content-guard/highlightSegments';
import { NetworkIcon } from '../../ui/NetworkIcon';
import { maxDraftLength } from './DraftEditor';
import { FindingList } from './FindingList';
import { LimitProblemList } from './LimitProblemList';
import { lengthCount } from './networkLimits';
import { VariantImages, type PostImage } from './VariantImages';
import { addThreadPart, customise, effectiveText, isCustomised, problemThreadIndex, removeThreadPart, setThreadPart, updateVariant, inheritMainText, variantOf, type Draft } from './variantModel';

export interface ChannelCheck {
  channel: Channel;
  limits: NetworkLimits;
  problems: LimitProblem[];
  /** What the server said about this channel (saved problems, refused scheduling). */
  serverProblems: string[];
}

interface VariantEditorProps {
  draft: Draft;
  checks: readonly ChannelCheck[];
  active: string | null;
  onActive: (channelId: string) => void;
  onChange: (draft: Draft) => void;
  guard: (text: string) => readonly Finding[];
  /** The post's images, in order, for each channel to choose from. */
  images: readonly PostImage[];
}

function Counter({ text, limits, testId }: { text: string; limits: NetworkLimits; testId: string }) {
  const count = lengthCount(text, limits);
  const over = count.used > count.max;
  return (
    <Text size="xs" c={over ? 'red.7' : 'dimmed'} fw={over ? 700 : 400} data-testid={testId} data-over={over}>
      {count.used.toLocaleString()} / {count.max.toLocaleString()}
    </Text>
  );
}

function GuardedText({ id, value, onChange, guard, label, testIdPrefix }: { id: string; value: string; onChange: (text: string) => void; guard: (text: string) => readonly Finding[]; label: string; testIdPrefix: string }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const findings = useMemo(() => guard(value), [guard, value]);
  const marks = useMemo(() => findingMarks(findings), [findings]);
  return (
    <Stack gap={6}>
      <HighlightedTextarea id={id} value={value} onChange={onChange} marks={marks} placeholder="" label={label} maxLength={maxDraftLength} textareaRef={ref} testIdPrefix={testIdPrefix} size="sm" describedBy={`${id}-findings`} />
      <div id={`${id}-findings`}>
        {findings.length > 0 && (
          <FindingList
            findings={findings}
            compact
            onSelect={(finding) => {
              ref.current?.focus();
              ref.current?.setSelectionRange(finding.start, finding.end);
            }}
          />
        )}
      </div>
    </Stack>
  );
}

function VariantPanel({ draft, check, onChange, guard, images }: { draft: Draft; check: ChannelCheck; onChange: (draft: Draft) => void; guard: (text: string) => readonly Finding[]; images: readonly PostImage[] }) {
  const { t } = useTranslation();
  const { channel, limits, problems, serverProblems } = check;
  const network = t(`network.${channel.network}`);
  const variant = variantOf(draft, channel.id);
  const customised = isCustomised(draft, channel.id);
  const text = effectiveText(draft, channel.id);
  const threadAllowed = limits.maxThreadParts > 1;
  const partProblems = (index: number) => problems.filter((problem) => problemThreadIndex(problem.field) === index);
  const otherProblems = problems.filter((problem) => problemThreadIndex(problem.field) === null);

  return (
    <Stack gap="sm" pt="sm" data-testid={`variant-${channel.network}`} data-channel={channel.id}>
      {customised ? (
        <>
          <GuardedText id={`variant-${channel.id}-text`} label={t('compose.variants.ownText', { network })} value={variant.text ?? ''} onChange={(next) => onChange(updateVariant(draft, channel.id, { text: next }))} guard={guard} testIdPrefix={`variant-${channel.network}`} />
          <Group justify="space-between">
            <Button size="xs" variant="subtle" leftSection={<IconArrowBackUp size={14} aria-hidden />} onClick={() => onChange(inheritMainText(draft, channel.id))} data-testid="variant-use-main">
              {t('compose.variants.useMain')}
            </Button>
            <Counter text={text} limits={limits} testId={`variant-count-${channel.network}`} />
          </Group>
        </>
      ) : (
        <Group justify="space-between" align="center">
          <Text size="sm" c="dimmed">
            {t('compose.variants.inherits')}
          </Text>
          <Group gap="sm">
            <Counter text={text} limits={limits} testId={`variant-count-${channel.network}`} />
            <Button size="xs" variant="light" leftSection={<IconPencil size={14} aria-hidden />} onClick={() => onChange(customise(draft, channel.id))} data-testid="variant-customise">
              {t('compose.variants.customise', { network })}
            </Button>
          </Group>
        </Group>
      )}
      {variant.threadParts.map((part, index) => (
        <Stack key={index} gap={4} pl="md" style={{ borderLeft: '2px solid var(--mantine-color-default-border)' }} data-testid="thread-part">
          <GuardedText id={`variant-${channel.id}-part-${index}`} label={t('compose.variants.threadPart', { number: index + 2 })} value={part} onChange={(next) => onChange(setThreadPart(draft, channel.id, index, next))} guard={guard} testIdPrefix={`thread-${channel.network}-${index}`} />
          <Group justify="space-between">
            <Tooltip label={t('compose.variants.removePart', { number: index + 2 })}>
              <ActionIcon variant="subtle" color="red" size="sm" aria-label={t('compose.variants.removePart', { number: index + 2 })} onClick={() => onChange(removeThreadPart(draft, channel.id, index))}>
                <IconTrash size={14} aria-hidden />
              </ActionIcon>
            </Tooltip>
            <Counter text={part} limits={limits} testId={`thread-count-${channel.network}-${index}`} />
          </Group>
          <LimitProblemList network={channel.network} problems={partProblems(index)} testId="thread-part-problems" />
        </Stack>
      ))}
      {threadAllowed ? (
        variant.threadParts.length + 1 < limits.maxThreadParts && (
          <Button size="xs" variant="default" w="fit-content" leftSection={<IconMessagePlus size={14} aria-hidden />} onClick={() => onChange(addThreadPart(draft, channel.id))} data-testid="add-thread-part">
            {t('compose.variants.addToThread')}
          </Button>
        )
      ) : (
        <Text size="xs" c="dimmed">
          {t('compose.variants.noThreads', { network })}
        </Text>
      )}
      <VariantImages draft={draft} channelId={channel.id} network={network} images={images} onChange={onChange} />
      <LimitProblemList network={channel.network} problems={otherProblems} testId="variant-problems" />
      {serverProblems.length > 0 && (
        <Alert color="red" variant="light" title={t('compose.variants.serverSaid')} data-testid="variant-server-problems">
          <Stack gap={2}>
            {serverProblems.map((message) => (
              <Text key={message} size="sm">
                {message}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      {problems.length === 0 && serverProblems.length === 0 && (
        <Group gap={4} c="teal.7">
          <IconCircleCheck size={16} aria-hidden />
          <Text size="sm" c="teal.7">
            {t('compose.variants.fits', { network })}
          </Text>
        </Group>
      )}
    </Stack>
  );
}

/** Per chosen channel a tab: inherit or override the text, continue as a thread, and what its network would refuse. */
export function VariantEditor({ draft, checks, active, onActive, onChange, guard, images }: VariantEditorProps) {
  const { t } = useTranslation();
  if (checks.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('compose.variants.empty')}
      </Text>
    );
  }
  const current = checks.some((check) => check.channel.id === active) ? active : (checks[0]?.channel.id ?? null);
  return (
    <Stack gap={4} data-testid="variant-editor">
      <Text size="sm" fw={500}>
        {t('compose.variants.title')}
      </Text>
      <Tabs value={current} onChange={(value) => value !== null && onActive(value)} keepMounted={false}>
        <Tabs.List>
          {checks.map((check) => {
            const troubled = check.problems.length + check.serverProblems.length;
            return (
              <Tabs.Tab
                key={check.channel.id}
                value={check.channel.id}
                leftSection={<NetworkIcon network={check.channel.network} size={14} />}
                rightSection={troubled > 0 ? <Badge size="xs" color="red" circle>{troubled}</Badge> : isCustomised(draft, check.channel.id) ? <IconPencil size={12} aria-hidden /> : null}
                data-testid={`variant-tab-${check.channel.network}`}
              >
                {check.channel.handle}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        {checks.map((check) => (
          <Tabs.Panel key={check.channel.id} value={check.channel.id}>
            <VariantPanel draft={draft} check={check} onChange={onChange} guard={guard} images={images} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
