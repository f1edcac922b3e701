// Turns a brand_profile.updated audit entry's `changes` (src/domain/brand-profile-changes.ts)
// into short lines: which part changed, and the names, claims, words or rules involved.

export type ChangeKind =
  | 'name' | 'productsAdded' | 'productsRemoved' | 'productsChanged' | 'claimsAdded' | 'claimsRemoved'
  | 'claimsEvidenceChanged' | 'bannedWordsAdded' | 'bannedWordsRemoved' | 'severity' | 'reordered';

export interface ChangeLine {
  kind: ChangeKind;
  items: string[];
}

const listKinds: readonly ChangeKind[] = [
  'productsAdded', 'productsRemoved', 'productsChanged', 'claimsAdded', 'claimsRemoved', 'claimsEvidenceChanged', 'bannedWordsAdded', 'bannedWordsRemoved',
];

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

const shown = (value: unknown): string => (typeof value === 'string' ? value : '—');

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function summarizeBrandChanges(details: Record<string, unknown>): ChangeLine[] {
  const changes = isRecord(details.changes) ? details.changes : {};
  const lines: ChangeLine[] = [];
  if (isRecord(changes.name)) lines.push({ kind: 'name', items: [`${shown(changes.name.from)} → ${shown(changes.name.to)}`] });
  for (const kind of listKinds) {
    const items = strings(changes[kind]);
    if (items.length > 0) lines.push({ kind, items });
  }
  if (isRecord(changes.severity)) {
    const items = Object.entries(changes.severity).map(([rule, change]) =>
      isRecord(change) ? `${rule}: ${shown(change.from)} → ${shown(change.to)}` : rule);
    if (items.length > 0) lines.push({ kind: 'severity', items });
  }
  if (changes.reordered === true) lines.push({ kind: 'reordered', items: [] });
  return lines;
}
