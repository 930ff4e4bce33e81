/** Request schemas of the disclosure routes. */
import { Type } from '@sinclair/typebox';
import { DateString, LanguageCode, strict, Text as BoundedText } from '../../http-context.ts';
import { DISCLOSURE_STATUSES, itemSchema } from './disclosure.ts';

const Text = (max: number, min = 0) => BoundedText(max, min);

export const NewDisclosureBody = strict({
  personId: Type.Optional(Type.String({ maxLength: 64 })),
  niss: Type.Optional(Type.String({ maxLength: 32, description: '11 digits; dots, dashes and spaces accepted' })),
  recipient: strict({ authority: Text(300), name: Type.Optional(Text(300)), language: Type.Optional(LanguageCode) }),
  legalBasis: Type.Optional(Text(64)),
  legalReference: Type.Optional(Text(1000)),
  requestReference: Text(200),
  requestDate: DateString,
  statedScope: Type.Optional(Text(4000)),
});
export const ItemsBody = strict({ items: Type.Array(itemSchema, { maxItems: 200 }) });
export const ReviewBody = strict({
  verdict: Type.Union([Type.Literal('approve'), Type.Literal('refuse')]),
  assessment: Type.Optional(Text(10_000)),
  reason: Type.Optional(Text(4000)),
});
export const ExportBody = strict({ format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('pdf')])) });
export const DeferralBody = strict({ until: DateString, legalBasis: Text(64), reference: Type.Optional(Text(1000)) });
export const ListQuery = strict({
  status: Type.Optional(Type.Union(DISCLOSURE_STATUSES.map((status) => Type.Literal(status)))),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
});
