/** Request schemas of the attached received items (R35). */
import { Type } from '@sinclair/typebox';
import { strict, Text } from '../../http-context.ts';

export const AttachBody = strict({
  consultationId: Type.String({ maxLength: 64 }),
  providerKbo: Type.String({ maxLength: 20 }),
  decisionRef: Type.String({ minLength: 1, maxLength: 128 }),
  justification: Text(1000, 10),
});
