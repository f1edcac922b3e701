import { useState } from 'react';
import { Button, Group, Popover, TextInput } from '@mantine/core';
import { IconTag } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** A small "add this tag" form for the bulk bar; tags are lower-cased by the server. */
export function BulkTagMenu({ onAdd, disabled }: { onAdd: (tag: string) => void; disabled: boolean }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [tag, setTag] = useState('');
  const cleaned = tag.trim().toLowerCase().slice(0, 40);

  const submit = () => {
    if (cleaned === '') return;
    onAdd(cleaned);
    setTag('');
    setOpened(false);
  };

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" withinPortal trapFocus>
      <Popover.Target>
        <Button size="compact-xs" variant="light" leftSection={<IconTag size={14} aria-hidden />} onClick={() => setOpened((open) => !open)} disabled={disabled} data-testid="bulk-tag">
          {t('inbox.bulk.tag')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <Group gap="xs" align="flex-end">
            <TextInput size="xs" label={t('inbox.bulk.tagPlaceholder')} value={tag} onChange={(event) => setTag(event.currentTarget.value)} data-testid="bulk-tag-input" data-autofocus />
            <Button size="xs" type="submit" disabled={cleaned === ''} data-testid="bulk-tag-add">
              {t('inbox.bulk.addTag')}
            </Button>
          </Group>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}
