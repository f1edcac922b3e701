import { Button, Menu } from '@mantine/core';
import { IconCheck, IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../api/types';
import { supportedLocales } from '../i18n';

interface LanguageMenuProps {
  locale: Locale;
  onChange: (locale: Locale) => void;
}

/** "ID" / "EN" button with a menu; stateless so the sign-in page can use it before there is an account. */
export function LanguageMenu({ locale, onChange }: LanguageMenuProps) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          size="compact-sm"
          leftSection={<IconLanguage size={16} aria-hidden />}
          aria-label={`${t('header.language')}: ${t(`languages.${locale}`)}`}
          data-testid="language-menu"
        >
          {locale.toUpperCase()}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('header.language')}</Menu.Label>
        {supportedLocales.map((candidate) => (
          <Menu.Item
            key={candidate}
            lang={candidate}
            onClick={() => onChange(candidate)}
            rightSection={candidate === locale ? <IconCheck size={14} aria-hidden /> : null}
            aria-current={candidate === locale ? 'true' : undefined}
          >
            {t(`languages.${candidate}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
