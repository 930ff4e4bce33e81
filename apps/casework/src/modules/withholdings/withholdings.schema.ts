/** Request schemas of the withholding routes (R31). */
import { Type } from '@sinclair/typebox';
import { strict } from '../../http-context.ts';

export const WithholdBody = strict({
  reasonCode: Type.Union([
    Type.Literal('victim-protection'),
    Type.Literal('legal-proceedings'),
    Type.Literal('person-request'),
    Type.Literal('other'),
  ]),
  note: Type.Optional(Type.String({ maxLength: 1000 })),
});
export const LiftBody = strict({ note: Type.Optional(Type.String({ maxLength: 1000 })) });
