import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Body of a first-response target notification; "Open" only when it is about one conversation. */
export function TargetWarningMessage({ text, onOpen }: { text: string; onOpen: (() => void) | undefined }) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" gap="xs" wrap="nowrap" data-testid="target-warning">
      <Text size="sm">{text}</Text>
      {onOpen && (
        <Button size="compact-xs" variant="light" onClick={onOpen}>
          {t('inbox.targets.open')}
        </Button>
      )}
    </Group>
  );
}
