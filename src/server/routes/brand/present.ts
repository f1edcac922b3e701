import type { Static } from '@fastify/type-provider-typebox';
import type { BrandProfile } from '../../../guard/index.js';
import type { BrandProfileSchema } from './schema.js';

/** Every list present, so clients never have to tell "absent" from "empty". */
export function presentBrandProfile(profile: BrandProfile): Static<typeof BrandProfileSchema> {
  return {
    ...(profile.name === undefined ? {} : { name: profile.name }),
    products: (profile.products ?? []).map((product) => ({
      name: product.name, aliases: product.aliases ?? [], limitations: product.limitations ?? [], requiredDisclaimers: product.requiredDisclaimers ?? [],
    })),
    substantiatedClaims: (profile.substantiatedClaims ?? []).map((claim) => ({ text: claim.text, evidence: claim.evidence })),
    bannedWords: profile.bannedWords ?? [],
    severityOverrides: { ...profile.severityOverrides },
  };
}
