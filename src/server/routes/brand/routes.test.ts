// Settings → Brand through HTTP: who may read and change the profile, 400s that name the
// field, and the change showing up in the audit list. On SQLite and PostgreSQL, a workspace per test.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addTestWorkspace, createTestApp, signInAs, type SignedInClient, type TestApp, type TestWorkspace } from '../../../test-support/app.js';
import { databaseKinds } from '../../../test-support/databases.js';

describe.each(databaseKinds)('brand profile API (%s)', (kind) => {
  let shared: TestApp;
  let testApp: TestWorkspace;
  let manager: SignedInClient;
  let officer: SignedInClient;
  let base: string;

  beforeAll(async () => { shared = await createTestApp(kind); });
  afterAll(() => shared.dispose());

  beforeEach(async () => {
    testApp = await addTestWorkspace(shared);
    manager = await signInAs(testApp, 'manager');
    officer = await signInAs(testApp, 'officer');
    base = `/api/workspaces/${testApp.workspaceId}`;
  });

  const get = (client: SignedInClient, url: string) => testApp.app.inject({ method: 'GET', url, headers: { cookie: client.cookie } });
  const put = (client: SignedInClient, payload: object) =>
    testApp.app.inject({ method: 'PUT', url: `${base}/brand-profile`, payload, headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken } });

  const profile = {
    name: 'Glowria',
    products: [{ name: 'Serum Cerah C10', aliases: ['C10'], limitations: ['Tidak untuk kulit luka'], requiredDisclaimers: ['Hasil bisa berbeda pada tiap orang.'] }],
    substantiatedClaims: [{ text: 'terdaftar di BPOM', evidence: 'NA18230100123' }],
    bannedWords: ['auto putih'],
    severityOverrides: { 'PRESSURE.TYPOGRAPHY': 'off' },
  };

  it('starts empty, with every list present', async () => {
    const response = await get(officer, `${base}/brand-profile`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ profile: { products: [], substantiatedClaims: [], bannedWords: [], severityOverrides: {} } });
  });

  it('lets a manager save it, and no one below', async () => {
    expect((await put(officer, profile)).statusCode).toBe(403);
    const saved = await put(manager, profile);
    expect(saved.statusCode).toBe(200);
    expect(saved.json<{ changes: object }>().changes).toMatchObject({ productsAdded: ['Serum Cerah C10'], name: { from: null, to: 'Glowria' } });
    expect((await get(officer, `${base}/brand-profile`)).json()).toEqual({ profile });
  });

  it('answers 400 naming the field that is wrong', async () => {
    const missingName = await put(manager, { products: [{ aliases: ['x'] }] });
    expect(missingName.statusCode).toBe(400);
    expect(missingName.json<{ message: string }>().message).toMatch(/products\[0\]\.name: required/);
    const badSeverity = await put(manager, { severityOverrides: { 'CLAIM.SUPERLATIVE': 'loud' } });
    expect(badSeverity.statusCode).toBe(400);
    expect(badSeverity.json<{ message: string }>().message).toMatch(/severityOverrides\.CLAIM\.SUPERLATIVE/);
    expect((await put(manager, { products: 'serum' })).statusCode).toBe(400);
  });

  it('shows the change in the audit list, to managers only', async () => {
    expect((await put(manager, profile)).statusCode).toBe(200);
    expect((await get(officer, `${base}/audit`)).statusCode).toBe(403);
    const audit = await get(manager, `${base}/audit?action=brand_profile.updated&limit=5`);
    expect(audit.statusCode).toBe(200);
    const items = audit.json<{ items: Array<{ action: string; actor: { name: string }; details: { changes: object } }> }>().items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ action: 'brand_profile.updated', actor: { name: 'manager' }, details: { changes: { bannedWordsAdded: ['auto putih'] } } });
    const everything = await get(manager, `${base}/audit`);
    expect(everything.json<{ items: unknown[] }>().items.length).toBeGreaterThan(1);
  });
});
