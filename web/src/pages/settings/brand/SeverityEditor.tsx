import { Badge, Select, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RULES, type RuleId, type SeverityOverride } from '../../../content-guard/guard';
import { localized } from '../../../content-guard/localized';
import { severityColor } from '../../compose/FindingList';

const choices: readonly SeverityOverride[] = ['info', 'warn', 'block', 'off'];
const DEFAULT = 'default';

interface SeverityEditorProps {
  overrides: Partial<Record<RuleId, SeverityOverride>>;
  disabled: boolean;
  onChange: (overrides: Partial<Record<RuleId, SeverityOverride>>) => void;
}

/** Every guard rule with its default severity, and this brand's own choice where it differs. */
export function SeverityEditor({ overrides, disabled, onChange }: SeverityEditorProps) {
  const { t, i18n } = useTranslation();
  const choose = (rule: RuleId, value: string | null) => {
    const next = { ...overrides };
    if (value === null || value === DEFAULT) delete next[rule];
    else next[rule] = value as SeverityOverride;
    onChange(next);
  };

  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs" data-testid="brand-severities">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('brand.severity.rule')}</Table.Th>
            <Table.Th w={110}>{t('brand.severity.default')}</Table.Th>
            <Table.Th w={170}>{t('brand.severity.forBrand')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {RULES.map((rule) => (
            <Table.Tr key={rule.id}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {rule.id}
                </Text>
                <Text size="xs" c="dimmed">
                  {localized(rule.message, i18n.language)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={severityColor[rule.defaultSeverity]}>
                  {t(`compose.guard.severity.${rule.defaultSeverity}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Select
                  size="xs"
                  aria-label={t('brand.severity.choose', { rule: rule.id })}
                  value={overrides[rule.id] ?? DEFAULT}
                  onChange={(value) => choose(rule.id, value)}
                  data={[{ value: DEFAULT, label: t('brand.severity.useDefault') }, ...choices.map((choice) => ({ value: choice, label: t(`brand.severity.choice.${choice}`) }))]}
                  allowDeselect={false}
                  disabled={disabled}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
