/** Request schemas of the user routes. */
import { Type } from '@sinclair/typebox';
import { strict, Text } from '../../http-context.ts';
import { USERNAME_PATTERN } from './users.ts';

const Role = Type.Union(['social-worker', 'supervisor', 'committee-member', 'security-advisor', 'admin'].map((role) => Type.Literal(role)));
const RoleName = Type.Union([
  Type.Literal('social-worker'),
  Type.Literal('supervisor'),
  Type.Literal('committee-member'),
  Type.Literal('security-advisor'),
  Type.Literal('admin'),
]);
const Language = Type.Union([Type.Literal('fr'), Type.Literal('nl'), Type.Literal('de'), Type.Literal('en')]);
const UserId = Type.String({ format: 'uuid' });

export const UsersQuery = strict({
  role: Type.Optional(Role),
  includeInactive: Type.Optional(Type.Boolean()),
  view: Type.Optional(Type.Literal('admin')),
});
export const LanguageBody = strict({ language: Language });
export const UserParams = strict({ id: Type.String({ maxLength: 64 }) });

export const NewUserBody = strict({
  username: Type.String({ pattern: USERNAME_PATTERN, maxLength: 100 }),
  displayName: Text(200),
  role: RoleName,
  isQualifiedSocialWorker: Type.Optional(Type.Boolean()),
  supervisorId: Type.Optional(Type.Union([UserId, Type.Null()])),
  language: Type.Optional(Language),
});

export const UserChangeBody = strict({
  displayName: Type.Optional(Text(200)),
  role: Type.Optional(RoleName),
  isQualifiedSocialWorker: Type.Optional(Type.Boolean()),
  supervisorId: Type.Optional(Type.Union([UserId, Type.Null()])),
  language: Type.Optional(Language),
});

export const ActiveBody = strict({ isActive: Type.Boolean() });
export const TransferBody = strict({ toUserId: UserId });
export const PasswordBody = strict({ currentPassword: Text(500), newPassword: Text(500) });
export const MappingsBody = strict({
  items: Type.Array(strict({ groupValue: Text(200), role: RoleName, isQualifiedSocialWorker: Type.Boolean() }), { maxItems: 100 }),
});
