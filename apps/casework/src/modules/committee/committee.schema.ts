/** Request schemas of the committee-session routes (R24). */
import { Type } from '@sinclair/typebox';
import { DateString, Id, strict, Text } from '../../http-context.ts';

const Outcome = Type.Union([Type.Literal('granted'), Type.Literal('refused'), Type.Literal('partial'), Type.Literal('withdrawn')]);
const Amount = Type.Integer({ minimum: 0, maximum: 100_000_000 });
const Period = strict({ from: DateString, to: Type.Optional(DateString) });

export const NewSessionBody = strict({
  sessionDate: DateString,
  body: Type.Union([Type.Literal('council'), Type.Literal('special-committee'), Type.Literal('bcsd')]),
  place: Type.Optional(Text(200, 0)),
  memberIds: Type.Array(Type.String({ maxLength: 64 }), { minItems: 1, maxItems: 50 }),
});
export const AgendaItemBody = strict({ requestId: Type.String({ maxLength: 64 }) });
export const ItemParams = strict({ id: Id, requestId: Id });
export const AttendanceBody = strict({
  members: Type.Array(
    strict({
      userId: Type.String({ maxLength: 64 }),
      attendance: Type.Union([Type.Literal('present'), Type.Literal('excused'), Type.Literal('absent')]),
    }),
    { minItems: 1, maxItems: 50 },
  ),
});
export const SessionDecisionBody = strict({
  aidType: Text(64),
  outcome: Outcome,
  amountCents: Type.Optional(Amount),
  period: Type.Optional(Period),
  legalBasis: Text(64),
  motivationCategory: Text(64),
  motivationText: Type.Optional(Text(10_000, 0)),
  risCategory: Type.Optional(Type.Union([Type.Literal('cohabiting'), Type.Literal('isolated'), Type.Literal('family')])),
});
