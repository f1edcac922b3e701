import { List, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { LimitProblem } from '../../../../src/channels/limits.js';
import type { Network } from '../../api/types';
import { problemImageIndex, problemThreadIndex } from './variantModel';

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;
const shortType = (type: string) => type.replace('image/', '').toUpperCase();

function where(t: TFunction, field: string): string {
  const thread = problemThreadIndex(field);
  if (thread !== null) return t('compose.problems.field.thread', { number: thread + 2 });
  const image = problemImageIndex(field);
  if (image !== null) return t('compose.problems.field.image', { number: image + 1 });
  return field.startsWith('images') ? t('compose.problems.field.images') : t('compose.problems.field.text');
}

/** One sentence per problem in the officer's language, from the same codes the server uses. */
export function describeLimitProblem(t: TFunction, network: Network, problem: LimitProblem): string {
  const base = { network: t(`network.${network}`), where: where(t, problem.field) };
  switch (problem.code) {
    case 'empty': return t('compose.problems.empty', base);
    case 'too_long': return t('compose.problems.too_long', { ...base, measured: problem.measured.toLocaleString(), max: problem.max.toLocaleString(), unit: t(`compose.problems.unit.${problem.unit}`) });
    case 'thread_unsupported': return t('compose.problems.thread_unsupported', { ...base, max: problem.max });
    case 'image_required': return t('compose.problems.image_required', base);
    case 'too_many_images': return t('compose.problems.too_many_images', { ...base, count: problem.count, max: problem.max });
    case 'image_type': return t('compose.problems.image_type', { ...base, type: shortType(problem.contentType), allowed: problem.allowed.map(shortType).join(', ') });
    case 'image_too_large': return t('compose.problems.image_too_large', { ...base, size: megabytes(problem.bytes), max: megabytes(problem.max) });
    case 'image_aspect': return t('compose.problems.image_aspect', { ...base, aspect: problem.aspect.toFixed(2), min: problem.min.toFixed(2), max: problem.max.toFixed(2) });
    case 'image_dimensions': return t('compose.problems.image_dimensions', { ...base, max: problem.max });
    case 'alt_required': return t('compose.problems.alt_required', base);
    case 'alt_too_long': return t('compose.problems.alt_too_long', { ...base, max: problem.max });
  }
}

/** What the network would refuse, in red, right where the officer is editing. */
export function LimitProblemList({ network, problems, testId }: { network: Network; problems: readonly LimitProblem[]; testId: string }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <List size="sm" c="red.7" spacing={2} data-testid={testId} role="status">
      {problems.map((problem) => (
        <List.Item key={`${problem.code}:${problem.field}`} data-code={problem.code}>
          <Text size="sm" c="red.7" component="span">
            {describeLimitProblem(t, network, problem)}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
