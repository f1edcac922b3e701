// The target monitor dates a breach when the first-response target was missed, not when it
// noticed: a conversation found hours late still lands on the day it breached.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestEvent } from './ingest.js';
import { monitorTargets } from './target-monitor.js';
import { insertChannel } from '../store/repositories/channels.js';
import { insertWorkspace } from '../store/repositories/workspaces.js';
import { databaseKinds } from '../test-support/databases.js';
import { buildInboundEvent, keywordUnderstanding } from '../test-support/factories.js';
import { createTestRuntime, type TestRuntime } from '../test-support/runtime.js';

describe.each(databaseKinds)('target monitor on %s', (kind) => {
  let test: TestRuntime;
  beforeEach(async () => { test = await createTestRuntime(kind); });
  afterEach(() => test.dispose());

  it('dates a breach at the missed target, however late it is noticed', async () => {
    const { db } = test.runtime.store;
    const workspaceId = (await insertWorkspace(db, { name: 'Glowria' })).id;
    const channel = await insertChannel(db, { workspaceId, network: 'facebook', handle: 'glowria', displayName: 'Glowria', simulated: true });
    const sentAt = Date.now() - 2 * 86_400_000;
    const outcome = await ingestEvent({ db, events: test.runtime.events, understand: keywordUnderstanding, now: () => sentAt + 1_000 }, channel, buildInboundEvent({ sentAt }));
    if (outcome.status !== 'stored') throw new Error('not stored');
    const conversation = await db.selectFrom('conversations').select(['first_response_due_at', 'awaiting_since']).where('id', '=', outcome.conversationId).executeTakeFirstOrThrow();
    const due = conversation.first_response_due_at ?? 0;
    expect(due).toBeGreaterThan(sentAt);

    expect(await monitorTargets(test.runtime, Date.now())).toMatchObject({ breached: 1 });
    const events = await db.selectFrom('reporting_events').select(['kind', 'at', 'duration_ms']).where('conversation_id', '=', outcome.conversationId).execute();
    expect(events).toEqual([{ kind: 'breach', at: due, duration_ms: due - (conversation.awaiting_since ?? 0) }]);
  });
});
