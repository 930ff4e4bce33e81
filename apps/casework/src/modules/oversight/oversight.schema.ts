/** Request schemas of the oversight routes. */
import { Type } from '@sinclair/typebox';
import { DateString, strict } from '../../http-context.ts';

export const Period = strict({ from: Type.Optional(DateString), to: Type.Optional(DateString) });
export const MonthQuery = strict({
  month: Type.Optional(Type.String({ maxLength: 7, description: 'YYYY-MM; default: the previous month' })),
});
export const AuditEventsQuery = strict({
  userId: Type.Optional(Type.String({ maxLength: 64 })),
  personId: Type.Optional(Type.String({ maxLength: 64 })),
  from: Type.Optional(DateString),
  to: Type.Optional(DateString),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000_000, default: 0 })),
});
export const WatchBody = strict({ niss: Type.String({ maxLength: 32 }), reason: Type.Optional(Type.String({ maxLength: 500 })) });
export const SensitivityBody = strict({ isSensitive: Type.Boolean(), reason: Type.Optional(Type.String({ maxLength: 500 })) });
