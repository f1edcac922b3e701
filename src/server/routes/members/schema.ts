import { Type } from '@fastify/type-provider-typebox';
import { RoleSchema } from '../auth/schema.js';
import { Id } from '../workspaces/schema.js';

export const Member = Type.Object({ id: Type.String(), name: Type.String(), email: Type.String(), role: RoleSchema, joinedAt: Type.String() });
export const MemberListResponse = Type.Object({ items: Type.Array(Member) });
export const MemberParams = Type.Object({ workspaceId: Id, userId: Id });
export const ChangeRoleBody = Type.Object({ role: RoleSchema }, { additionalProperties: false });
