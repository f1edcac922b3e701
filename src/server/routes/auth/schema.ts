import { Type } from '@fastify/type-provider-typebox';

export const Locale = Type.Union([Type.Literal('id'), Type.Literal('en')]);
export const ColorScheme = Type.Union([Type.Literal('light'), Type.Literal('dark'), Type.Literal('auto')]);
export const RoleSchema = Type.Union([Type.Literal('owner'), Type.Literal('manager'), Type.Literal('officer'), Type.Literal('viewer')]);

export const UserSchema = Type.Object({
  id: Type.String(),
  email: Type.String(),
  name: Type.String(),
  locale: Type.Union([Locale, Type.Null()]),
  colorScheme: ColorScheme,
});

export const WorkspaceSummary = Type.Object({
  id: Type.String(),
  name: Type.String(),
  role: RoleSchema,
  timezone: Type.String(),
  locale: Locale,
});

export const SignInBody = Type.Object({
  email: Type.String({ minLength: 3, maxLength: 320 }),
  password: Type.String({ minLength: 1, maxLength: 1024 }),
}, { additionalProperties: false });

export const SignInResponse = Type.Object({ user: UserSchema, csrfToken: Type.String() });

export const SessionResponse = Type.Object({
  user: UserSchema,
  csrfToken: Type.Union([Type.String(), Type.Null()]),
  workspaces: Type.Array(WorkspaceSummary),
});

export const UpdateMeBody = Type.Object({
  locale: Type.Optional(Locale),
  colorScheme: Type.Optional(ColorScheme),
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
}, { additionalProperties: false });

export const MeResponse = Type.Object({ user: UserSchema });
