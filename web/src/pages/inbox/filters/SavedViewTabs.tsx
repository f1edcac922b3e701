import { Badge, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConversationCounts } from '../../../api/inboxTypes';
import { savedViews, type SavedView } from './inboxFilters';

// The count a tab carries, when the counts endpoint knows it.
const viewCounts: Partial<Record<SavedView, keyof ConversationCounts>> = {
  unanswered_questions: 'unansweredQuestions',
  breaching: 'breaching',
  mine: 'mine',
};
const countColors: Partial<Record<SavedView, string>> = { unanswered_questions: 'orange', breaching: 'red', mine: 'cyan' };

interface SavedViewTabsProps {
  value: SavedView;
  onChange: (view: SavedView) => void;
  counts: ConversationCounts | undefined;
}

/** "All", "Unanswered questions", "Complaints", "Breaching target", "Mine": the officer's usual queues. */
export function SavedViewTabs({ value, onChange, counts }: SavedViewTabsProps) {
  const { t } = useTranslation();
  return (
    <Tabs value={value} onChange={(next) => onChange(savedViews.find((view) => view === next) ?? 'all')} variant="pills" radius="xl" activateTabWithKeyboard>
      {/* One line that scrolls sideways on a phone, rather than three lines of tabs. */}
      <Tabs.List aria-label={t('inbox.views.label')} style={{ flexWrap: 'nowrap', gap: 4, overflowX: 'auto', scrollbarWidth: 'none' }}>
        {savedViews.map((view) => {
          const countKey = viewCounts[view];
          const count = countKey && counts ? counts[countKey] : undefined;
          return (
            <Tabs.Tab
              key={view}
              value={view}
              style={{ flexShrink: 0 }}
              data-testid={`view-${view}`}
              rightSection={
                count !== undefined && count > 0 ? (
                  <Badge size="xs" circle={count < 10} variant={view === value ? 'white' : 'light'} color={countColors[view]} data-testid={`view-count-${view}`}>
                    {count}
                  </Badge>
                ) : undefined
              }
            >
              {t(`inbox.views.${view}`)}
            </Tabs.Tab>
          );
        })}
      </Tabs.List>
    </Tabs>
  );
}
