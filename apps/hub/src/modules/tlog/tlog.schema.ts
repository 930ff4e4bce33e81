/** Query strings of the key-transparency reads. */
import { Type } from '@sinclair/typebox';

const Kbo = Type.String({ pattern: '^[0-9]{10}$' });

export const KeyProofQuery = Type.Object({ kbo: Kbo, kid: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false });
export const KeyEntriesQuery = Type.Object({ kbo: Kbo }, { additionalProperties: false });
export const OfflineProofQuery = Type.Object(
  { leafIndex: Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER }) },
  { additionalProperties: false },
);
