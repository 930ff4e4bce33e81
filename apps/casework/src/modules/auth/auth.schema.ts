/** Request schemas of the session routes. */
import { Type } from '@sinclair/typebox';
import { strict, Text } from '../../http-context.ts';

/** `institution`: the KBO number of the user's CPAS (required when the username exists in several CPAS of this node). */
export const LoginBody = strict({
  username: Text(200),
  password: Text(500),
  institution: Type.Optional(Type.String({ pattern: '^[0-9]{10}$' })),
});
