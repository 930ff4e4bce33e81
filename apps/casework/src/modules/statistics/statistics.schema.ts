/** Request schemas of the statistics routes. */
import { Type } from '@sinclair/typebox';
import { DateString } from '../../http-context.ts';

const Format = Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('csv')], { description: 'json (default) or csv' }));
export const Period = Type.Object(
  { from: Type.Optional(DateString), to: Type.Optional(DateString), format: Format },
  { additionalProperties: false },
);
export const CsvPeriod = Type.Object({ from: Type.Optional(DateString), to: Type.Optional(DateString) }, { additionalProperties: false });
export const Quarter = Type.Object(
  {
    year: Type.Integer({ minimum: 2000, maximum: 2100 }),
    quarter: Type.Integer({ minimum: 1, maximum: 4 }),
    format: Format,
  },
  { additionalProperties: false },
);
