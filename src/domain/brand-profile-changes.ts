// What changed between two brand profiles, for the audit log: names of products, texts of
// claims, words and rule severities — enough for a manager to see who changed what, without
// copying whole profiles (evidence texts can be long) into every entry.
import type { BrandProduct, BrandProfile, RuleId, SeverityOverride } from '../guard/index.js';

export interface BrandProfileChanges {
  name?: { from: string | null; to: string | null };
  productsAdded?: string[];
  productsRemoved?: string[];
  productsChanged?: string[];
  claimsAdded?: string[];
  claimsRemoved?: string[];
  /** Claims whose text stayed but whose evidence changed. */
  claimsEvidenceChanged?: string[];
  bannedWordsAdded?: string[];
  bannedWordsRemoved?: string[];
  severity?: Partial<Record<RuleId, { from: SeverityOverride | 'default'; to: SeverityOverride | 'default' }>>;
  /** Only the order of entries changed. */
  reordered?: true;
}

function added(before: string[], after: string[]): string[] {
  const old = new Set(before);
  return after.filter((item) => !old.has(item));
}

function productChanged(a: BrandProduct, b: BrandProduct): boolean {
  return JSON.stringify([a.aliases ?? [], a.limitations ?? [], a.requiredDisclaimers ?? []])
    !== JSON.stringify([b.aliases ?? [], b.limitations ?? [], b.requiredDisclaimers ?? []]);
}

function severityChanges(before: BrandProfile['severityOverrides'] = {}, after: BrandProfile['severityOverrides'] = {}): BrandProfileChanges['severity'] {
  const out: NonNullable<BrandProfileChanges['severity']> = {};
  for (const rule of new Set([...Object.keys(before), ...Object.keys(after)]) as Set<RuleId>) {
    const from = before[rule] ?? 'default';
    const to = after[rule] ?? 'default';
    if (from !== to) out[rule] = { from, to };
  }
  return out;
}

/** Only the parts that changed are present; an empty object means nothing changed. */
export function brandProfileChanges(before: BrandProfile, after: BrandProfile): BrandProfileChanges {
  const changes: BrandProfileChanges = {};
  if ((before.name ?? null) !== (after.name ?? null)) changes.name = { from: before.name ?? null, to: after.name ?? null };
  const productsBefore = before.products ?? [];
  const productsAfter = after.products ?? [];
  const lists: Array<[keyof BrandProfileChanges, string[]]> = [
    ['productsAdded', added(productsBefore.map((p) => p.name), productsAfter.map((p) => p.name))],
    ['productsRemoved', added(productsAfter.map((p) => p.name), productsBefore.map((p) => p.name))],
    ['productsChanged', productsAfter.filter((p) => {
      const old = productsBefore.find((o) => o.name === p.name);
      return old !== undefined && productChanged(old, p);
    }).map((p) => p.name)],
    ['claimsAdded', added((before.substantiatedClaims ?? []).map((c) => c.text), (after.substantiatedClaims ?? []).map((c) => c.text))],
    ['claimsRemoved', added((after.substantiatedClaims ?? []).map((c) => c.text), (before.substantiatedClaims ?? []).map((c) => c.text))],
    ['claimsEvidenceChanged', (after.substantiatedClaims ?? []).filter((c) => {
      const old = (before.substantiatedClaims ?? []).find((o) => o.text === c.text);
      return old !== undefined && old.evidence !== c.evidence;
    }).map((c) => c.text)],
    ['bannedWordsAdded', added(before.bannedWords ?? [], after.bannedWords ?? [])],
    ['bannedWordsRemoved', added(after.bannedWords ?? [], before.bannedWords ?? [])],
  ];
  for (const [key, items] of lists) if (items.length > 0) Object.assign(changes, { [key]: items });
  const severity = severityChanges(before.severityOverrides, after.severityOverrides);
  if (severity !== undefined && Object.keys(severity).length > 0) changes.severity = severity;
  if (Object.keys(changes).length === 0 && JSON.stringify(before) !== JSON.stringify(after)) changes.reordered = true;
  return changes;
}
