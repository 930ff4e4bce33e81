/** Request schemas of the PIIS routes. */
import { Type } from '@sinclair/typebox';
import { DateString, Id, strict, Text } from '../../http-context.ts';

export const PiisBody = strict({
  signedAt: DateString,
  kind: Type.Optional(Type.Union([Type.Literal('employment'), Type.Literal('studies'), Type.Literal('social-integration')])),
  durationMonths: Type.Optional(Type.Integer({ minimum: 1, maximum: 120 })),
  objectives: Type.Optional(Type.Array(Text(2000, 0), { minItems: 1, maxItems: 20 })),
});
export const EvaluationBody = strict({
  evaluatedAt: DateString,
  outcome: Type.Union([Type.Literal('on-track'), Type.Literal('partly-met'), Type.Literal('not-met'), Type.Literal('met')]),
  summary: Type.Optional(Text(20_000, 0)),
});
export const AmendmentBody = strict({
  signedAt: DateString,
  reason: Text(5000),
  addObjectives: Type.Optional(Type.Array(Text(2000, 0), { maxItems: 20 })),
  withdrawObjectiveIds: Type.Optional(Type.Array(Id, { maxItems: 20 })),
});
