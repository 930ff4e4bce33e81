/** Request schemas of the aid-request routes. */
import { Type } from '@sinclair/typebox';
import { DateString, DateTimeString, strict, Text } from '../../http-context.ts';

export const NewAidRequestBody = strict({
  personId: Type.String({ maxLength: 64 }),
  kind: Text(64),
  receivedAt: DateTimeString,
  cohabitantIds: Type.Optional(Type.Array(Type.String({ maxLength: 64 }), { maxItems: 20 })),
  transferredFrom: Type.Optional(strict({ kbo: Type.String({ maxLength: 20 }), receivedAt: DateString })),
  isNewRisBeneficiary: Type.Optional(Type.Boolean()),
});
export const IdempotencyHeaders = Type.Object({ 'idempotency-key': Type.Optional(Type.String({ minLength: 8, maxLength: 128 })) });
export const PersonIdQuery = strict({ personId: Type.String({ maxLength: 64 }) });
export const AssignmentBody = strict({ userId: Type.String({ maxLength: 64 }) });
export const AccessGrantBody = strict({
  userId: Type.String({ maxLength: 64 }),
  reason: Text(1000, 10),
  hours: Type.Integer({ minimum: 1, maximum: 720 }),
});
export const TransferBody = strict({
  toKbo: Type.String({ maxLength: 20 }),
  toName: Text(200),
  reason: Text(2000),
  startedAt: DateString,
  applicantInformedAt: DateString,
});
export const PersonInformedBody = strict({
  informedAt: DateTimeString,
  method: Type.Union([
    Type.Literal('in-person'),
    Type.Literal('letter'),
    Type.Literal('phone'),
    Type.Literal('email'),
    Type.Literal('ebox'),
  ]),
});
export const CloseBody = strict({ reason: Text(1000) });
