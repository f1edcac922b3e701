// The server's team rules, run in the page so the controls offer only what will be allowed.
export { leavesNoOwner, mayGrantRole, mayManageMember } from '../../../../../src/domain/team-rules';
import type { WorkspaceRole } from '../../../api/types';

export const allRoles: readonly WorkspaceRole[] = ['owner', 'manager', 'officer', 'viewer'];
