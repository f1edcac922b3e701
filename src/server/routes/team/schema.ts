import { Type } from '@fastify/type-provider-typebox';
import { OneOf } from '../../schema-helpers.js';
import { Locale, RoleSchema, UserSchema, WorkspaceSummary } from '../auth/schema.js';
import { Id } from '../workspaces/schema.js';

export const InviteStatusSchema = OneOf(['active', 'used', 'expired', 'revoked']);

export const Invite = Type.Object({
  id: Type.String(),
  role: RoleSchema,
  singleUse: Type.Boolean(),
  status: InviteStatusSchema,
  useCount: Type.Integer(),
  createdAt: Type.String(),
  expiresAt: Type.String(),
  lastUsedAt: Type.Union([Type.String(), Type.Null()]),
});

export const InviteListResponse = Type.Object({ items: Type.Array(Invite) });

export const CreateInviteBody = Type.Object({
  role: RoleSchema,
  expiresInDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 30, description: 'Default 7.' })),
  singleUse: Type.Optional(Type.Boolean({ description: 'Default true: the first person to join uses it up.' })),
}, { additionalProperties: false });

export const CreatedInvite = Type.Object({
  invite: Invite,
  code: Type.String({ description: 'Shown once (only its hash is stored); can be typed on the sign-in page.' }),
  joinPath: Type.String({ description: 'Path of the join page; prefix the public address of Sapa.' }),
});

export const InviteParams = Type.Object({ workspaceId: Id, inviteId: Id });
export const CodeParams = Type.Object({ code: Type.String({ minLength: 1, maxLength: 40 }) });

export const InvitePreview = Type.Object({
  status: InviteStatusSchema,
  workspaceName: Type.Union([Type.String(), Type.Null()], { description: 'Only while the invite can be used.' }),
  role: RoleSchema,
  expiresAt: Type.String(),
});

export const JoinedResponse = Type.Object({ workspaceId: Type.String(), role: RoleSchema });

export const SignUpBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 200 }),
  email: Type.String({ minLength: 3, maxLength: 320 }),
  password: Type.String({ minLength: 1, maxLength: 1024 }),
}, { additionalProperties: false });

export const SignedUpResponse = Type.Object({ user: UserSchema, csrfToken: Type.String(), workspaceId: Type.String(), role: RoleSchema });

export const CreateWorkspaceBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 100 }),
  timezone: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'IANA time zone; default Asia/Jakarta.' })),
  locale: Type.Optional(Locale),
}, { additionalProperties: false });

export const CreatedWorkspace = WorkspaceSummary;
