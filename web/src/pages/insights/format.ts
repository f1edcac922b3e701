import type { TFunction } from 'i18next';

/** Minutes under two hours, hours beyond; a dash when there is nothing to show. */
export function formatDuration(ms: number | null, t: TFunction): string {
  if (ms === null) return t('insights.none');
  const minutes = ms / 60_000;
  if (minutes < 120) return t('insights.minutes', { value: minutes < 10 ? minutes.toFixed(1) : Math.round(minutes) });
  return t('insights.hours', { value: (minutes / 60).toFixed(1) });
}

export function formatShare(share: number | null, t: TFunction): string {
  return share === null ? t('insights.none') : `${Math.round(share * 100)}%`;
}
