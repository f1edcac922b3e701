import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Body of a first-response target notification; "Open" only when it is about one conversation. */
export function TargetWarningMessage({ text, onOpen }: { text: string; onOpen: (() => void) | undefined }) {
  const { t } = useTranslation();
  return (
    <Stack gap={6} align="flex-start" data-testid="target-warning">
      <Text size="sm">{text}</Text>
      {onOpen && (
        <Button size="compact-xs" variant="light" onClick={onOpen}>
          {t('inbox.targets.open')}
        </Button>
      )}
    </Stack>
  );
}
