import type { Role } from '../store/schema.js';

const rank: Record<Role, number> = { viewer: 0, officer: 1, manager: 2, owner: 3 };

export function roleAtLeast(role: Role, minimum: Role): boolean {
  return rank[role] >= rank[minimum];
}

export function roleAtLeastManager(role: Role): boolean {
  return roleAtLeast(role, 'manager');
}
