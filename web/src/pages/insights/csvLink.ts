import { createContext, useContext } from 'react';
import { insightsCsvUrl, type InsightsFilter } from '../../api/insightsApi';

/** The workspace and filters a page's tables export for: the CSV comes from the server's route for the table. */
export const InsightsCsvContext = createContext<{ workspaceId: string; filter: InsightsFilter } | null>(null);

/** The link to the server's CSV of `table` in the interface language, or null outside an Insights page. */
export function useCsvUrl(table: string | undefined, extra: Record<string, string | undefined>, language: string): string | null {
  const scope = useContext(InsightsCsvContext);
  if (scope === null || table === undefined) return null;
  return insightsCsvUrl(scope.workspaceId, table, scope.filter, { ...extra, lang: language.startsWith('id') ? 'id' : 'en' });
}
