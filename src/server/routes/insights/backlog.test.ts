// The backlog over time on both databases: the Insights tick's hourly snapshots of what waits
// for an answer (questions among it) per channel, read back per hour, filtered by channel,
// as CSV, and never across workspaces.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestEvent } from '../../../domain/ingest.js';
import { snapshotBacklog } from '../../../domain/insights/backlog.js';
import { insertChannel } from '../../../store/repositories/channels.js';
import { insertWorkspace } from '../../../store/repositories/workspaces.js';
import type { ChannelRow } from '../../../store/schema.js';
import { createTestApp, signInAs, type SignedInClient, type TestApp } from '../../../test-support/app.js';
import { databaseKinds } from '../../../test-support/databases.js';
import { buildInboundEvent, keywordUnderstanding } from '../../../test-support/factories.js';

const HOUR = 3_600_000;

describe.each(databaseKinds)('insights backlog API on %s', (kind) => {
  let testApp: TestApp;
  let viewer: SignedInClient;
  let base: string;
  let otherBase: string;
  let instagram: ChannelRow;
  let facebook: ChannelRow;
  let otherChannel: ChannelRow;
  // Half past the hour (the latest such moment not in the future), so "a minute later" in the
  // rewrite test stays inside the same hour whenever the suite runs (at hh:59 it did not).
  const now = Math.floor((Date.now() - 30 * 60_000) / HOUR) * HOUR + 30 * 60_000;
  const day = (at: number) => new Date(at + 7 * HOUR).toISOString().slice(0, 10);
  const range = `from=${day(now - 2 * 86_400_000)}&to=${day(now)}`;
  const hourOf = (at: number) => new Date(Math.floor(at / HOUR) * HOUR).toISOString();

  async function comment(channel: ChannelRow, text: string, at: number): Promise<void> {
    const { db } = testApp.context.store;
    const outcome = await ingestEvent({ db, events: testApp.context.events, understand: keywordUnderstanding }, channel,
      buildInboundEvent({ text, sentAt: at, rootPostNetworkId: `post-${text.length}-${at}`, author: { networkId: `u-${at}`, handle: `u${at}`, displayName: 'Follower' } }));
    if (outcome.status !== 'stored') throw new Error('not stored');
  }

  beforeAll(async () => {
    testApp = await createTestApp(kind);
    viewer = await signInAs(testApp, 'viewer');
    const { db } = testApp.context.store;
    base = `/api/workspaces/${testApp.workspaceId}/insights`;
    const other = await insertWorkspace(db, { name: 'Other brand' });
    otherBase = `/api/workspaces/${other.id}/insights`;
    instagram = await insertChannel(db, { workspaceId: testApp.workspaceId, network: 'instagram', handle: '@brand', displayName: 'Brand IG' });
    facebook = await insertChannel(db, { workspaceId: testApp.workspaceId, network: 'facebook', handle: 'brand', displayName: 'Brand FB' });
    otherChannel = await insertChannel(db, { workspaceId: other.id, network: 'instagram', handle: '@other', displayName: 'Other IG' });
    // Two hours ago one question waits on Instagram; an hour later a complaint joins it on Facebook.
    await comment(instagram, 'Kak, harganya berapa ya?', now - 2 * HOUR - 60_000);
    await comment(otherChannel, 'Kak, stoknya ada?', now - 2 * HOUR - 60_000);
    await snapshotBacklog(db, now - 2 * HOUR);
    await comment(facebook, 'Paketnya rusak, kecewa', now - HOUR - 60_000);
    await snapshotBacklog(db, now - HOUR);
  }, 60_000);
  afterAll(() => testApp.dispose());

  const get = (url: string) => testApp.app.inject({ method: 'GET', url, headers: { cookie: viewer.cookie } });

  it('gives each hour what waited, per channel, with questions among it', async () => {
    const response = await get(`${base}/backlog?${range}`);
    expect(response.statusCode).toBe(200);
    const body = response.json<{ hours: Array<{ at: string; waiting: number; questions: number; byChannel: Array<{ channelId: string; waiting: number; questions: number }> }>; peak: unknown }>();
    expect(body.hours.map((hour) => [hour.at, hour.waiting, hour.questions])).toEqual([[hourOf(now - 2 * HOUR), 1, 1], [hourOf(now - HOUR), 2, 1]]);
    // Every channel of the workspace has a figure, a zero included; the other workspace's none.
    expect(body.hours[0]?.byChannel).toEqual(expect.arrayContaining([
      { channelId: instagram.id, waiting: 1, questions: 1 }, { channelId: facebook.id, waiting: 0, questions: 0 },
    ]));
    expect(body.hours[0]?.byChannel).toHaveLength(2);
    expect(body.peak).toEqual({ at: hourOf(now - HOUR), waiting: 2 });
    const facebookOnly = (await get(`${base}/backlog?${range}&channelId=${facebook.id}`)).json<{ hours: Array<{ waiting: number }> }>();
    expect(facebookOnly.hours.map((hour) => hour.waiting)).toEqual([0, 1]);
  });

  it('rewrites the current hour on a later tick instead of adding a second row', async () => {
    const { db } = testApp.context.store;
    await snapshotBacklog(db, now - HOUR + 60_000);
    const body = (await get(`${base}/backlog?${range}`)).json<{ hours: Array<{ waiting: number }> }>();
    expect(body.hours.map((hour) => hour.waiting)).toEqual([1, 2]);
  });

  it('exports the hours as CSV in either language', async () => {
    const csv = await get(`${base}/backlog.csv?${range}&lang=id`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.replace(/^\ufeff/, '').trim().split(/\r?\n/);
    expect(lines[0]).toBe('Jam (UTC),Kanal,Menunggu,Pertanyaan');
    expect(lines).toContain(`${hourOf(now - 2 * HOUR)},Brand IG,1,1`);
    expect(lines.some((line) => line.includes('Other IG'))).toBe(false);
  });

  it('refuses bad input and keeps other workspaces out', async () => {
    expect((await get(`${base}/backlog?from=2026-13-01`)).statusCode).toBe(400);
    expect((await get(`${base}/backlog?channelId=${'x'.repeat(300)}`)).statusCode).toBe(400);
    // Another workspace's channel id filters this workspace's figures down to nothing.
    expect((await get(`${base}/backlog?${range}&channelId=${otherChannel.id}`)).json<{ hours: unknown[] }>().hours).toEqual([]);
    // Not a member there: the workspace itself is not found.
    expect((await get(`${otherBase}/backlog?${range}`)).statusCode).toBe(404);
    expect((await get(`${otherBase}/backlog.csv?${range}`)).statusCode).toBe(404);
  });
});
