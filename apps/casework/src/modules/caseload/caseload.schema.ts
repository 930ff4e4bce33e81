/** Request schemas of the caseload routes. */
import { Type } from '@sinclair/typebox';
import { strict } from '../../http-context.ts';

export const ReassignmentBody = strict({
  toUserId: Type.String({ maxLength: 64 }),
  fromUserId: Type.Optional(Type.String({ maxLength: 64 })),
});
