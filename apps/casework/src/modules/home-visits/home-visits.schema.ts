/** Request schemas of the home-visit routes. */
import { Type } from '@sinclair/typebox';
import { DateString, strict, Text } from '../../http-context.ts';

export const HomeVisitBody = strict({
  visitedAt: DateString,
  visitedBy: Type.Optional(Text(200)),
  findings: Type.Optional(Text(20_000, 0)),
});
