// Listening in the crisis radar: the public posts saved searches found in the window are judged
// as one more scope, 'listening', against listening's own usual share of negative or angry posts
// (its hourly rollup dimensions), with the same thresholds as the inbox. Judging them apart
// keeps a noisy hashtag from lowering or raising the inbox's baseline, and a storm that happens
// where nobody tags the brand still raises an alert.
import type { Kysely } from 'kysely';
import { messageFacts, type ProductNames } from '../../insights/message-facts.js';
import type { RadarHistoryRow } from '../../store/repositories/insights-alerts.js';
import { recentListeningPosts, type ListeningRadarRow } from '../../store/repositories/listening.js';
import type { Database } from '../../store/schema.js';
import type { ScopeWindow } from '../insights/radar-scopes.js';
import { listeningDimensions } from './listening-counts.js';

/** Posts found since `fromId` and sent in the window, by workspace (a post two searches found counts once). */
export async function recentListeningByWorkspace(db: Kysely<Database>, fromId: string, sentSince: number, now: number): Promise<Map<string, ListeningRadarRow[]>> {
  const byWorkspace = new Map<string, ListeningRadarRow[]>();
  for (const post of await recentListeningPosts(db, fromId, sentSince)) {
    if (post.sent_at > now) continue;
    const list = byWorkspace.get(post.workspace_id);
    if (list === undefined) byWorkspace.set(post.workspace_id, [post]);
    else list.push(post);
  }
  return byWorkspace;
}

export function listeningWindow(posts: readonly ListeningRadarRow[], products: readonly ProductNames[], history: readonly RadarHistoryRow[]): ScopeWindow | null {
  if (posts.length === 0) return null;
  const alarming = posts.filter((post) => messageFacts(post.text, post.analysis, products).alarm).sort((a, b) => b.sent_at - a.sent_at);
  const byHour = new Map<number, { hourAt: number; alarm: number; total: number }>();
  for (const row of history) {
    const isAlarm = row.dimension === listeningDimensions.alarm;
    if (!isAlarm && row.dimension !== listeningDimensions.volume) continue;
    const hour = byHour.get(row.hour_at) ?? { hourAt: row.hour_at, alarm: 0, total: 0 };
    if (isAlarm) hour.alarm += row.count;
    else hour.total += row.count;
    byHour.set(row.hour_at, hour);
  }
  return { scope: 'listening', key: '', alarm: alarming.length, total: posts.length, messageIds: alarming.map((post) => post.id), history: [...byHour.values()] };
}
