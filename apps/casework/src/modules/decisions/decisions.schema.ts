/** Request schemas of the decision routes (a decision, its correction, notification and appeals). */
import { Type } from '@sinclair/typebox';
import { DateString, strict, Text } from '../../http-context.ts';

const Outcome = Type.Union([Type.Literal('granted'), Type.Literal('refused'), Type.Literal('partial'), Type.Literal('withdrawn')]);
const Amount = Type.Integer({ minimum: 0, maximum: 100_000_000 });
const Period = strict({ from: DateString, to: Type.Optional(DateString) });
/** RIS law art. 14 §1. */
export const RisCategory = Type.Union([Type.Literal('cohabiting'), Type.Literal('isolated'), Type.Literal('family')]);

export const NewDecisionBody = strict({
  decidedAt: DateString,
  body: Text(64),
  aidType: Text(64),
  outcome: Outcome,
  amountCents: Type.Optional(Amount),
  period: Type.Optional(Period),
  legalBasis: Text(64),
  motivationCategory: Text(64),
  motivationText: Type.Optional(Text(10_000, 0)),
  risCategory: Type.Optional(RisCategory),
});
export const CorrectionBody = strict({
  kind: Type.Union([Type.Literal('corrected'), Type.Literal('annulled')]),
  reasonCode: Text(64),
  changes: Type.Optional(
    strict({
      aidType: Type.Optional(Text(64)),
      outcome: Type.Optional(Outcome),
      amountCents: Type.Optional(Type.Union([Amount, Type.Null()])),
      period: Type.Optional(Type.Union([Period, Type.Null()])),
      legalBasis: Type.Optional(Text(64)),
      motivationCategory: Type.Optional(Text(64)),
      motivationText: Type.Optional(Text(10_000, 0)),
    }),
  ),
});
export const NotificationBody = strict({ sentAt: DateString, method: Text(64), proofRef: Type.Optional(Text(300)) });
export const NotificationCorrectionBody = strict({
  sentAt: DateString,
  method: Text(64),
  proofRef: Type.Optional(Text(300)),
  reason: Text(1000, 5),
});
export const AppealBody = strict({
  kind: Type.Union([Type.Literal('internal-review'), Type.Literal('labour-court')]),
  filedAt: DateString,
});
export const AidChangeBody = strict({
  kind: Type.Union([Type.Literal('revision'), Type.Literal('suspension'), Type.Literal('stop')]),
  decidedAt: DateString,
  body: Text(64),
  effectiveFrom: DateString,
  until: Type.Optional(DateString),
  amountCents: Type.Optional(Amount),
  risCategory: Type.Optional(RisCategory),
  legalBasis: Text(64),
  motivationCategory: Text(64),
  motivationText: Type.Optional(Text(10_000, 0)),
});
export const AbsenceAppealBody = strict({ filedAt: DateString });
export const AppealParams = strict({ id: Type.String({ maxLength: 64 }), appealId: Type.String({ maxLength: 64 }) });
export const AppealOutcomeBody = strict({
  outcome: Type.Union([Type.Literal('upheld'), Type.Literal('annulled'), Type.Literal('reformed'), Type.Literal('withdrawn')]),
  outcomeAt: DateString,
});
