// The seeded demo on a real database: Insights → "By officer" shows the demo team by name,
// because seeded replies are attributed to the officer and the owner (they were anonymous).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catchUpRollups } from '../domain/insights/rollup.js';
import { proximityReport } from '../domain/insights/proximity.js';
import { createTestRuntime, type TestRuntime } from '../test-support/runtime.js';
import { demoWorkspaceId, ensureDemoWorkspace } from './seed.js';

describe('the seeded demo', { timeout: 120_000 }, () => {
  let test: TestRuntime;

  beforeAll(async () => {
    test = await createTestRuntime('sqlite');
    await ensureDemoWorkspace(test.runtime, () => undefined);
    await catchUpRollups(test.runtime.store.db, { now: Date.now() + 60_000 });
  });
  afterAll(() => test.dispose());

  it('answers as its team: first responses by the officer and the owner, none unattributed', async () => {
    const now = Date.now();
    const report = await proximityReport(test.runtime.store.db, { workspaceId: demoWorkspaceId, from: now - 8 * 86_400_000, to: now + 60_000, channelId: null });
    const officers = report.byOfficer.filter((row) => row.count > 0);
    expect(officers.map((row) => row.userId)).not.toContain(null);
    expect(officers).toHaveLength(2);
    const [busiest, other] = [...officers].sort((a, b) => b.count - a.count);
    expect(busiest?.name).not.toBeNull();
    expect(other?.name).not.toBeNull();
    expect(busiest?.count ?? 0).toBeGreaterThan(other?.count ?? 0);
  });
});
