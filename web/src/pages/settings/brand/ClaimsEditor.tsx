import { ActionIcon, Button, Group, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { emptyClaim, type ClaimRow } from './brandForm';

interface ClaimsEditorProps {
  claims: ClaimRow[];
  disabled: boolean;
  onChange: (claims: ClaimRow[]) => void;
}

/** Claims the brand can prove, each with its evidence; the guard then lets them pass. */
export function ClaimsEditor({ claims, disabled, onChange }: ClaimsEditorProps) {
  const { t } = useTranslation();
  const update = (key: string, change: Partial<ClaimRow>) => onChange(claims.map((c) => (c.key === key ? { ...c, ...change } : c)));

  return (
    <Stack gap="xs" data-testid="brand-claims">
      {claims.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('brand.claims.empty')}
        </Text>
      )}
      {claims.map((claim, index) => (
        <Group key={claim.key} align="flex-end" wrap="nowrap" gap="xs" data-testid="brand-claim">
          <TextInput style={{ flex: 1 }} label={index === 0 ? t('brand.claims.text') : undefined} aria-label={t('brand.claims.text')} placeholder={t('brand.claims.textPlaceholder')} value={claim.text} onChange={(event) => update(claim.key, { text: event.currentTarget.value })} disabled={disabled} maxLength={500} />
          <TextInput style={{ flex: 1 }} label={index === 0 ? t('brand.claims.evidence') : undefined} aria-label={t('brand.claims.evidence')} placeholder={t('brand.claims.evidencePlaceholder')} value={claim.evidence} onChange={(event) => update(claim.key, { evidence: event.currentTarget.value })} disabled={disabled} maxLength={500} />
          <Tooltip label={t('brand.claims.remove')}>
            <ActionIcon variant="subtle" color="red" size="lg" aria-label={t('brand.claims.remove')} onClick={() => onChange(claims.filter((c) => c.key !== claim.key))} disabled={disabled}>
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Group>
      ))}
      {!disabled && (
        <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} w="fit-content" onClick={() => onChange([...claims, emptyClaim()])} data-testid="brand-add-claim">
          {t('brand.claims.add')}
        </Button>
      )}
    </Stack>
  );
}
