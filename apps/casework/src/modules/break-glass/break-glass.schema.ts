/** Request schemas of the break-glass routes. */
import { Type } from '@sinclair/typebox';
import { DateString, Id, strict } from '../../http-context.ts';

export const OpeningParams = strict({ id: Id, grantId: Id });
export const OpenBody = strict({ reason: Type.Optional(Type.String({ maxLength: 2000 })) });
export const NoticeSentBody = strict({
  sentAt: DateString,
  method: Type.Union([Type.Literal('letter'), Type.Literal('registered-letter'), Type.Literal('ebox'), Type.Literal('handed-over')]),
});
export const QueueQuery = strict({
  status: Type.Optional(Type.Union([Type.Literal('pending'), Type.Literal('reviewed'), Type.Literal('all')])),
});
export const ReviewBody = strict({
  verdict: Type.Union([Type.Literal('justified'), Type.Literal('unjustified')]),
  comment: Type.Optional(Type.String({ maxLength: 2000 })),
});
export const WeeklyQuery = strict({
  weeks: Type.Optional(Type.Integer({ minimum: 1, maximum: 104 })),
  week: Type.Optional(Type.String({ pattern: '^\\d{4}-W\\d{2}$' })),
});
