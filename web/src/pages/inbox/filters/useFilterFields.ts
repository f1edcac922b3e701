import { useTranslation } from 'react-i18next';
import type { Member } from '../../../api/inboxTypes';
import type { Channel } from '../../../api/types';
import { emotionOptions, intentOptions, languageOptions, loyaltyStageOptions, sentimentOptions, targetOptions, urgencyOptions, type RefiningFilterKey } from './inboxFilters';

export interface FilterOption {
  value: string;
  label: string;
}

export interface FilterField {
  key: Exclude<RefiningFilterKey, 'tag' | 'spam'>;
  label: string;
  options: FilterOption[];
}

/** The choice filters with their options in the officer's language (channels and members from the workspace). */
export function useFilterFields(channels: readonly Channel[], members: readonly Member[]): FilterField[] {
  const { t } = useTranslation();
  const field = (key: FilterField['key'], options: FilterOption[]): FilterField => ({ key, label: t(`inbox.filters.${key}`), options });

  return [
    field('channelId', channels.map((channel) => ({ value: channel.id, label: `${t(`network.${channel.network}`)} · ${channel.handle}` }))),
    field('intent', intentOptions.map((value) => ({ value, label: t(`intent.${value}`) }))),
    field('target', targetOptions.map((value) => ({ value, label: t(`inbox.filters.targets.${value}`) }))),
    field('assignee', [
      { value: 'me', label: t('inbox.filters.assigneeMe') },
      { value: 'none', label: t('inbox.filters.assigneeNone') },
      ...members.map((member) => ({ value: member.id, label: member.name })),
    ]),
    field('urgency', urgencyOptions.map((value) => ({ value, label: t(`urgency.${value}`) }))),
    field('sentiment', sentimentOptions.map((value) => ({ value, label: t(`sentiment.${value}`) }))),
    field('emotion', emotionOptions.map((value) => ({ value, label: value === 'none' ? t('inbox.filters.emotionNone') : t(`emotion.${value}`) }))),
    field('language', languageOptions.map((value) => ({ value, label: t(`inbox.filters.languages.${value}`) }))),
    field('loyaltyStage', loyaltyStageOptions.map((value) => ({ value, label: t(`insights.loyalty.stages.${value}`) }))),
  ];
}
