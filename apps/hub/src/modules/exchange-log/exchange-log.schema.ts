/** Query strings of the exchange log's public proofs. */
import { Type } from '@sinclair/typebox';

const Nat = Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER });

export const InclusionProofQuery = Type.Object({ leafIndex: Nat, treeSize: Nat }, { additionalProperties: false });
export const ConsistencyProofQuery = Type.Object({ first: Nat, second: Nat }, { additionalProperties: false });
