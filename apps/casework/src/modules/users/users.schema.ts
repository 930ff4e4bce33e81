/** Request schemas of the user routes. */
import { Type } from '@sinclair/typebox';
import { strict } from '../../http-context.ts';

const Role = Type.Union(['social-worker', 'supervisor', 'committee-member', 'security-advisor', 'admin'].map((role) => Type.Literal(role)));

export const UsersQuery = strict({ role: Type.Optional(Role) });
export const LanguageBody = strict({
  language: Type.Union([Type.Literal('fr'), Type.Literal('nl'), Type.Literal('de'), Type.Literal('en')]),
});
