// The brand profile: validated by the guard library, every change audited, and applied by
// the server-side check (a claim the brand substantiates stops being flagged).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertWorkspace } from '../store/repositories/workspaces.js';
import { databaseKinds } from '../test-support/databases.js';
import { createTestRuntime, type TestRuntime } from '../test-support/runtime.js';
import { createUser } from './accounts.js';
import { DomainError } from './errors.js';
import { brandProfileUpdatedAction, checkWithBrand, getBrandProfile, updateBrandProfile } from './brand-profile.js';

describe.each(databaseKinds)('brand profile on %s', (kind) => {
  let test: TestRuntime;
  let workspaceId: string;
  let userId: string;

  beforeEach(async () => {
    test = await createTestRuntime(kind);
    const { db } = test.runtime.store;
    workspaceId = (await insertWorkspace(db, { name: 'Glowria' })).id;
    userId = (await createUser(db, { email: 'm@test.local', name: 'Manager', password: 'password123', workspaceId, role: 'manager' })).id;
  });
  afterEach(() => test.dispose());

  const brandAudit = () => test.runtime.store.db.selectFrom('audit_log').selectAll().where('action', '=', brandProfileUpdatedAction).execute();

  it('refuses an invalid profile, naming the field, and stores nothing', async () => {
    const { db } = test.runtime.store;
    const error = await updateBrandProfile(db, { workspaceId, userId, profile: { products: [{ aliases: ['c10'] }], severityOverrides: { 'CLAIM.NOPE': 'warn' } } }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).message).toMatch(/products\[0\]\.name: required/);
    expect((error as DomainError).message).toMatch(/severityOverrides\.CLAIM\.NOPE/);
    expect(await getBrandProfile(db, workspaceId)).toEqual({ products: [], substantiatedClaims: [], bannedWords: [], severityOverrides: {} });
    expect(await brandAudit()).toHaveLength(0);
  });

  it('records what changed in the audit log, and nothing when nothing changed', async () => {
    const { db } = test.runtime.store;
    const profile = {
      products: [{ name: 'Serum Cerah C10', limitations: ['Tidak untuk kulit luka'] }],
      bannedWords: ['auto putih'], severityOverrides: { 'PRESSURE.CTA_STACK': 'off' },
    };
    await updateBrandProfile(db, { workspaceId, userId, profile });
    await updateBrandProfile(db, { workspaceId, userId, profile });
    const entries = await brandAudit();
    expect(entries).toHaveLength(1);
    expect(JSON.parse(entries[0]?.details ?? '{}')).toEqual({
      changes: { productsAdded: ['Serum Cerah C10'], bannedWordsAdded: ['auto putih'], severity: { 'PRESSURE.CTA_STACK': { from: 'default', to: 'off' } } },
    });
    expect(entries[0]?.actor_user_id).toBe(userId);
  });

  it('lets a substantiated claim pass once it is in the profile', async () => {
    const { db } = test.runtime.store;
    const text = 'Serum Cerah C10 terlaris di kategori serum.';
    const before = await checkWithBrand(db, workspaceId, { text, kind: 'post' });
    expect(before.findings.map((f) => f.rule)).toContain('CLAIM.SUPERLATIVE');
    await updateBrandProfile(db, { workspaceId, userId, profile: { substantiatedClaims: [{ text: 'terlaris di kategori serum', evidence: 'Data penjualan Shopee Jan–Mar 2025' }] } });
    const after = await checkWithBrand(db, workspaceId, { text, kind: 'post' });
    expect(after.findings.map((f) => f.rule)).not.toContain('CLAIM.SUPERLATIVE');
    const [entry] = await brandAudit();
    expect(JSON.parse(entry?.details ?? '{}')).toEqual({ changes: { claimsAdded: ['terlaris di kategori serum'] } });
  });
});
