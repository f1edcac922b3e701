import { useEffect, useState } from 'react';
import { CloseButton, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export const INBOX_SEARCH_ID = 'inbox-search';

/** Search names and message text; the list follows a moment after the officer stops typing. */
export function InboxSearchBox({ value, onChange }: { value: string; onChange: (query: string) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  const commit = useDebouncedCallback(onChange, 300);

  // Back button or a cleared filter: show what the URL says (the URL keeps the query trimmed,
  // so a trailing space the officer just typed is not a difference).
  useEffect(() => setDraft((current) => (current.trim() === value ? current : value)), [value]);

  return (
    <TextInput
      id={INBOX_SEARCH_ID}
      size="xs"
      style={{ flex: 1 }}
      aria-label={t('inbox.search.label')}
      placeholder={t('inbox.search.placeholder')}
      leftSection={<IconSearch size={14} aria-hidden />}
      value={draft}
      maxLength={100}
      onChange={(event) => {
        setDraft(event.currentTarget.value);
        commit(event.currentTarget.value);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') event.currentTarget.blur();
      }}
      rightSection={
        draft ? (
          <CloseButton
            size="sm"
            aria-label={t('inbox.filters.clearAll')}
            onClick={() => {
              setDraft('');
              onChange('');
            }}
          />
        ) : undefined
      }
      data-testid="inbox-search"
    />
  );
}
