/** Pure rules of the person's requests: how the CPAS' answer to a statement or a contest reads to the person. */
import { AppError } from '#platform/errors.ts';

export type ForwardedRequest = { requestId: string; status: string; reasonCode: string | null; leafIndex: number };

/** The result of a statement or a contest; throws the problem the person is shown when it was not recorded. */
export function recordedOrProblem(result: ForwardedRequest, provider: { kbo: string; name: string }, decisionRef: string) {
  if (result.status === 'recorded')
    return { id: result.requestId, status: 'recorded' as const, provider, decisionRef, leafIndex: result.leafIndex };
  if (result.status === 'pending')
    throw new AppError(
      'person-request.provider-unreachable',
      503,
      'The CPAS cannot be reached right now; nothing was recorded. Try again later.',
    );
  if (result.reasonCode === 'person-request.decision-not-found')
    throw new AppError('person-request.decision-not-found', 404, 'This CPAS has no such decision about you.');
  throw new AppError('person-request.failed', 502, 'The CPAS could not record your message; nothing was recorded. Try again later.');
}
