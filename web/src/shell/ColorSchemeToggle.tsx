import { ActionIcon, Tooltip, useComputedColorScheme } from '@mantine/core';
import { IconMoon, IconSun } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ColorSchemePreference } from '../api/types';

/** Flips between light and dark from what is on screen now (even when the preference is "auto"). */
export function ColorSchemeToggle({ onChange }: { onChange: (scheme: ColorSchemePreference) => void }) {
  const { t } = useTranslation();
  const computed = useComputedColorScheme('light');
  const next = computed === 'dark' ? 'light' : 'dark';
  const label = next === 'dark' ? t('header.switchToDark') : t('header.switchToLight');

  return (
    <Tooltip label={label}>
      <ActionIcon variant="subtle" color="gray" size="lg" onClick={() => onChange(next)} aria-label={label} data-testid="color-scheme-toggle">
        {next === 'dark' ? <IconMoon size={18} aria-hidden /> : <IconSun size={18} aria-hidden />}
      </ActionIcon>
    </Tooltip>
  );
}
