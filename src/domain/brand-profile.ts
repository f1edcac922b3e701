// The brand profile (Settings → Brand): read with defaults, and changed only through the
// guard library's own validation, with every change in the audit log.
import type { Kysely } from 'kysely';
import { check, defaultBrandProfile, validateBrandProfile, type BrandProfile, type ContentKind, type GuardResult } from '../guard/index.js';
import { recordAudit } from '../store/repositories/audit.js';
import { readBrandProfile, writeBrandProfile } from '../store/repositories/brand-profiles.js';
import type { Database } from '../store/schema.js';
import { DomainError } from './errors.js';
import { brandProfileChanges, type BrandProfileChanges } from './brand-profile-changes.js';
import { inTransaction } from '../store/transaction.js';

export const brandProfileUpdatedAction = 'brand_profile.updated';

/** The workspace's profile, cleaned; an empty one when none was saved (or a stored row is broken). */
export async function getBrandProfile(db: Kysely<Database>, workspaceId: string): Promise<BrandProfile> {
  const stored = await readBrandProfile(db, workspaceId);
  if (stored === null) return defaultBrandProfile();
  const validation = validateBrandProfile(stored);
  return validation.ok ? validation.profile : defaultBrandProfile();
}

export interface BrandProfileUpdate {
  profile: BrandProfile;
  changes: BrandProfileChanges;
}

/** Validates an untrusted profile; 400 names every field that is wrong. Saving the same profile records nothing. */
export async function updateBrandProfile(
  db: Kysely<Database>, input: { workspaceId: string; userId: string | null; profile: unknown }, now = Date.now(),
): Promise<BrandProfileUpdate> {
  const validation = validateBrandProfile(input.profile);
  if (!validation.ok) throw new DomainError('invalid_input', validation.errors.join('; '));
  const before = await getBrandProfile(db, input.workspaceId);
  const changes = brandProfileChanges(before, validation.profile);
  if (Object.keys(changes).length === 0) return { profile: validation.profile, changes };
  await inTransaction(db, async (trx) => {
    await writeBrandProfile(trx, input.workspaceId, validation.profile, input.userId, now);
    await recordAudit(trx, {
      workspaceId: input.workspaceId, actorUserId: input.userId, action: brandProfileUpdatedAction,
      targetType: 'brand_profile', targetId: input.workspaceId, details: { changes },
    }, now);
  });
  return { profile: validation.profile, changes };
}

/** The guard as the server runs it: the library's check with this workspace's brand profile applied. */
export async function checkWithBrand(db: Kysely<Database>, workspaceId: string, input: { text: string; kind: ContentKind; paid?: boolean }): Promise<GuardResult> {
  return check(input.text, { kind: input.kind, paid: input.paid === true, brand: await getBrandProfile(db, workspaceId) });
}
