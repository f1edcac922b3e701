import { describe, expect, it } from 'vitest';
import { wibHour } from './daily-rhythm.js';
import { generateHistory } from './history.js';

const NOW = Date.UTC(2026, 10, 20, 5, 0, 0); // 12:00 WIB
const DAY = 24 * 60 * 60 * 1000;

describe('generateHistory', () => {
  const history = generateHistory({ days: 7, now: NOW, seed: 'history', messagesPerDay: 150 });

  it('is deterministic for a seed', () => {
    expect(generateHistory({ days: 7, now: NOW, seed: 'history', messagesPerDay: 150 })).toEqual(history);
    expect(generateHistory({ days: 7, now: NOW, seed: 'other', messagesPerDay: 150 }).events[0]).not.toEqual(history.events[0]);
  });

  it('spreads events over the last 7 days, oldest first', () => {
    const times = history.events.map((item) => item.event.sentAt);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(Math.min(...times)).toBeGreaterThanOrEqual(NOW - 7 * DAY);
    expect(Math.max(...times)).toBeLessThan(NOW);
    const days = new Set(times.map((time) => Math.floor((NOW - time) / DAY)));
    expect(days).toEqual(new Set([0, 1, 2, 3, 4, 5, 6]));
    expect(history.events.length).toBeGreaterThan(7 * 150 * 0.9);
  });

  it('peaks in the WIB evening and goes quiet at night', () => {
    const byHour = new Array<number>(24).fill(0);
    for (const item of history.events) byHour[wibHour(item.event.sentAt)] = (byHour[wibHour(item.event.sentAt)] ?? 0) + 1;
    const evening = (byHour[19] ?? 0) + (byHour[20] ?? 0) + (byHour[21] ?? 0);
    const night = (byHour[2] ?? 0) + (byHour[3] ?? 0) + (byHour[4] ?? 0);
    expect(evening).toBeGreaterThan(night * 5);
    const busiest = byHour.indexOf(Math.max(...byHour));
    expect(busiest).toBeGreaterThanOrEqual(18);
    expect(busiest).toBeLessThanOrEqual(22);
  });

  it('answers most answerable messages, after a delay and before now, and leaves the newest mostly open', () => {
    const answerable = history.events.filter((item) => item.category !== undefined && item.category !== 'spam' && item.category !== 'thanks' && ['comment', 'reply', 'mention', 'quote', 'direct_message'].includes(item.event.kind));
    const answered = answerable.filter((item) => item.reply !== undefined);
    expect(answered.length / answerable.length).toBeGreaterThan(0.6);
    expect(answered.length / answerable.length).toBeLessThan(0.95);
    for (const item of answered) {
      expect(item.reply?.delayMs).toBeGreaterThan(0);
      expect(item.reply?.sentAt).toBe(item.event.sentAt + (item.reply?.delayMs ?? 0));
      expect(item.reply?.sentAt).toBeLessThan(NOW);
      expect(item.reply?.text.length).toBeGreaterThan(0);
    }
    expect(history.events.filter((item) => item.category === 'spam').every((item) => item.reply === undefined)).toBe(true);
    const lastHours = answerable.filter((item) => NOW - item.event.sentAt < 2 * 60 * 60 * 1000);
    expect(lastHours.filter((item) => item.reply === undefined).length).toBeGreaterThan(lastHours.length / 2);
  });

  it('answers night messages the next working morning', () => {
    const night = history.events.filter((item) => item.reply !== undefined && wibHour(item.event.sentAt) >= 1 && wibHour(item.event.sentAt) < 5);
    expect(night.length).toBeGreaterThan(0);
    for (const item of night) expect(wibHour(item.reply?.sentAt ?? 0)).toBeGreaterThanOrEqual(8);
  });

  it('hangs comments under brand posts published before them', () => {
    const posts = new Map(history.posts.map((post) => [`${post.network}:${post.networkId}`, post]));
    expect(history.posts.length).toBeGreaterThan(20);
    for (const item of history.events.filter((candidate) => candidate.event.kind === 'comment')) {
      const post = posts.get(`${item.network}:${item.event.rootPostNetworkId ?? ''}`);
      expect(post).toBeDefined();
      expect(post?.publishedAt).toBeLessThanOrEqual(item.event.sentAt);
      expect(item.event.rootPostText).toBe(post?.text);
    }
  });
});
