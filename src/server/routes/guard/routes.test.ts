// The server-side check through HTTP: the library's result with the brand profile applied,
// bounded input, officers and up. On SQLite and PostgreSQL, a workspace per test.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { writeBrandProfile } from '../../../store/repositories/brand-profiles.js';
import { addTestWorkspace, createTestApp, signInAs, type SignedInClient, type TestApp, type TestWorkspace } from '../../../test-support/app.js';
import { databaseKinds } from '../../../test-support/databases.js';

describe.each(databaseKinds)('guard check API (%s)', (kind) => {
  let shared: TestApp;
  let testApp: TestWorkspace;
  let officer: SignedInClient;
  let url: string;

  beforeAll(async () => { shared = await createTestApp(kind); });
  afterAll(() => shared.dispose());

  beforeEach(async () => {
    testApp = await addTestWorkspace(shared);
    officer = await signInAs(testApp, 'officer');
    url = `/api/workspaces/${testApp.workspaceId}/guard/check`;
  });

  const post = (client: SignedInClient, payload: object) =>
    testApp.app.inject({ method: 'POST', url, payload, headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken } });

  it('returns findings with spans, messages in both languages and the soft-sell score', async () => {
    const text = 'Dijamin 100% sembuh total! Buruan checkout sekarang!!!';
    const response = await post(officer, { text, kind: 'post' });
    expect(response.statusCode).toBe(200);
    const result = response.json<{ findings: Array<{ rule: string; severity: string; start: number; end: number; excerpt: string; message: { id: string; en: string } }>; softSellScore: number }>();
    expect(result.findings.some((f) => f.severity === 'block')).toBe(true);
    for (const finding of result.findings) {
      expect(text.slice(finding.start, finding.end)).toBe(finding.excerpt);
      expect(finding.message.id.length * finding.message.en.length).toBeGreaterThan(0);
    }
    expect(result.softSellScore).toBeLessThan(50);
  });

  it('applies the workspace brand profile', async () => {
    const text = 'Serum ini auto putih.';
    const without = (await post(officer, { text, kind: 'reply' })).json<{ findings: Array<{ rule: string }> }>();
    expect(without.findings.map((f) => f.rule)).not.toContain('BRAND.BANNED_WORD');
    await writeBrandProfile(testApp.database.store.db, testApp.workspaceId, { bannedWords: ['auto putih'] }, null);
    const withProfile = (await post(officer, { text, kind: 'reply' })).json<{ findings: Array<{ rule: string }> }>();
    expect(withProfile.findings.map((f) => f.rule)).toContain('BRAND.BANNED_WORD');
  });

  it('bounds the text and refuses viewers', async () => {
    const tooLong = await post(officer, { text: 'a'.repeat(20_001), kind: 'post' });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json<{ message: string }>().message).toMatch(/text must NOT have more than 20000 characters/);
    const huge = await post(officer, { text: 'a'.repeat(300_000), kind: 'post' });
    expect(huge.statusCode).toBe(413);
    expect((await post(officer, { text: 'hi', kind: 'tweet' })).statusCode).toBe(400);
    const viewer = await signInAs(testApp, 'viewer');
    expect((await post(viewer, { text: 'hi', kind: 'post' })).statusCode).toBe(403);
  });
});
