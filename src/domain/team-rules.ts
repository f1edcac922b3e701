// Who may do what to whom in a team. Owners manage everyone; managers manage the people who
// do the daily work (officers and viewers) and cannot hand out a role as high as their own.
import type { Role } from '../store/schema.js';

/** May `actor` change the role of, or remove, a member who now has `target`? */
export function mayManageMember(actor: Role, target: Role): boolean {
  if (actor === 'owner') return true;
  return actor === 'manager' && (target === 'officer' || target === 'viewer');
}

/** May `actor` give someone `role` (by a role change or an invite)? */
export function mayGrantRole(actor: Role, role: Role): boolean {
  return mayManageMember(actor, role);
}

/** Whether a change leaves the workspace without an owner. */
export function leavesNoOwner(current: Role, next: Role | null, ownerCount: number): boolean {
  return current === 'owner' && next !== 'owner' && ownerCount <= 1;
}
