import { ActionIcon, Button, Group, Paper, Stack, TagsInput, Text, TextInput, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { emptyProduct, type ProductRow } from './brandForm';

interface ProductsEditorProps {
  products: ProductRow[];
  disabled: boolean;
  onChange: (products: ProductRow[]) => void;
}

/** Each product with the names posts use for it, what it cannot do, and what a post must say. */
export function ProductsEditor({ products, disabled, onChange }: ProductsEditorProps) {
  const { t } = useTranslation();
  const update = (key: string, change: Partial<ProductRow>) => onChange(products.map((p) => (p.key === key ? { ...p, ...change } : p)));

  return (
    <Stack gap="sm" data-testid="brand-products">
      {products.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('brand.products.empty')}
        </Text>
      )}
      {products.map((product, index) => (
        <Paper key={product.key} withBorder p="sm" data-testid="brand-product">
          <Stack gap="xs">
            <Group align="flex-end" wrap="nowrap" gap="xs">
              <TextInput
                style={{ flex: 1 }}
                label={t('brand.products.name')}
                value={product.name}
                onChange={(event) => update(product.key, { name: event.currentTarget.value })}
                disabled={disabled}
                maxLength={500}
              />
              <Tooltip label={t('brand.products.remove')}>
                <ActionIcon variant="subtle" color="red" size="lg" aria-label={t('brand.products.removeNamed', { name: product.name || index + 1 })} onClick={() => onChange(products.filter((p) => p.key !== product.key))} disabled={disabled}>
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Tooltip>
            </Group>
            <TagsInput label={t('brand.products.aliases')} description={t('brand.products.aliasesHint')} value={product.aliases} onChange={(aliases) => update(product.key, { aliases })} disabled={disabled} clearable />
            <TagsInput label={t('brand.products.limitations')} description={t('brand.products.limitationsHint')} value={product.limitations} onChange={(limitations) => update(product.key, { limitations })} disabled={disabled} clearable />
            <TagsInput label={t('brand.products.disclaimers')} description={t('brand.products.disclaimersHint')} value={product.requiredDisclaimers} onChange={(requiredDisclaimers) => update(product.key, { requiredDisclaimers })} disabled={disabled} clearable />
          </Stack>
        </Paper>
      ))}
      {!disabled && (
        <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} w="fit-content" onClick={() => onChange([...products, emptyProduct()])} data-testid="brand-add-product">
          {t('brand.products.add')}
        </Button>
      )}
    </Stack>
  );
}
