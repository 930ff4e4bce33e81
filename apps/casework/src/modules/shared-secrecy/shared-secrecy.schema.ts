/** Request schemas of the shared-secrecy routes. */
import { Type } from '@sinclair/typebox';
import { DateString, strict, Text } from '../../http-context.ts';
import { SHAREABLE_ITEMS } from './shared-secrecy.ts';

export const ShareBody = strict({
  recipientName: Text(200),
  recipientOrganisation: Text(200),
  recipientProfession: Text(200),
  personInformedAt: DateString,
  personInformedMethod: Type.Union([Type.Literal('in-person'), Type.Literal('phone'), Type.Literal('letter'), Type.Literal('email')]),
  personAgrees: Type.Boolean(),
  recipientBoundBySecrecy: Type.Boolean(),
  commonMission: Text(2000, 0),
  onlyNecessary: Type.Boolean(),
  items: Type.Array(Type.Union(SHAREABLE_ITEMS.map((item) => Type.Literal(item))), { maxItems: SHAREABLE_ITEMS.length, uniqueItems: true }),
  sharedAt: DateString,
});
