/** Request schemas of the transfer routes (R7). */
import { Type } from '@sinclair/typebox';
import { DateString, LangQuery, Page, strict, Text } from '../../http-context.ts';

export { LangQuery };
export const IncomingQuery = Type.Composite(
  [Page(50), strict({ status: Type.Optional(Type.Union([Type.Literal('received'), Type.Literal('accepted'), Type.Literal('disputed')])) })],
  { additionalProperties: false },
);
export const DisputeBody = strict({ reason: Text(2000) });
export const EscalationBody = strict({ escalatedAt: DateString, reference: Text(100) });
