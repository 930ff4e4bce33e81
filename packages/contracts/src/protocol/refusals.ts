/**
 * The one map from a refused signature to an HTTP answer, used by every receiver (hub, nodes,
 * portal): a token that is not a token is the sender's mistake (400), a replayed id is a conflict
 * (409), every other failure means the sender is not who or when it says (401). The problem `code`
 * is the failure code itself (`signature.invalid`, …), stable for clients.
 */
import type { VerifyFailureCode } from './envelope.ts';

export const REFUSAL_STATUS: Readonly<Record<VerifyFailureCode, number>> = {
  'signature.malformed': 400,
  'signature.unknown-institution': 401,
  'signature.invalid': 401,
  'signature.wrong-audience': 401,
  'signature.stale': 401,
  'signature.missing-claims': 401,
  'signature.replayed': 409,
};

export type Refusal = { code: VerifyFailureCode; status: number; message: string };

export function refusalOf(failure: { code: VerifyFailureCode; message: string }): Refusal {
  return { code: failure.code, status: REFUSAL_STATUS[failure.code], message: failure.message };
}
