import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconMessageCircleHeart } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export function BrandMark() {
  const { t } = useTranslation();
  return (
    <Group gap={8} wrap="nowrap">
      <ThemeIcon size="md" radius="md" aria-hidden>
        <IconMessageCircleHeart size={18} />
      </ThemeIcon>
      <Text fw={700} fz="lg" component="span">
        {t('app.name')}
      </Text>
    </Group>
  );
}
