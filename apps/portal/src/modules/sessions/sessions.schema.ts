/** Bodies of the portal's session API. */
import { Type } from '@sinclair/typebox';

const strict = <T extends Parameters<typeof Type.Object>[0]>(properties: T) => Type.Object(properties, { additionalProperties: false });

export const SessionBody = Type.Union([
  strict({ niss: Type.String({ minLength: 1, maxLength: 32, description: 'demo mode only: the NISS of a demo person' }) }),
  strict({ oidc: strict({ code: Type.String({ minLength: 1, maxLength: 2048 }), state: Type.String({ minLength: 1, maxLength: 256 }) }) }),
]);
