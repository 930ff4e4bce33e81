/**
 * Routing a consultation (flow 2): verify the signed request, check the requester's active
 * integration, the policy and the person's blocks, forward a signed summary request to every
 * institution with a current or recent integration, and answer with every provider's signed,
 * encrypted answer. The hub reads no summary: it routes ciphertext and logs metadata.
 */
import { dayInBrussels } from '#platform/brussels-time.ts';
import { randomUUID } from 'node:crypto';
import { AppError } from '#platform/errors.ts';
import type { Logger } from '#platform/logger.ts';
import { ConsultationRequest, SummaryAnswer, type ProviderResult } from '#contracts/protocol/messages.ts';
import type { MessageClaims } from '#contracts/protocol/envelope.ts';
import type { HubChannel, JoseRequestContext } from '../channel/index.ts';
import type { Registry } from '../registry/index.ts';
import type { ExchangeLog, LogLeg } from '../exchange-log/leg.ts';
import type { ConsultationChecks, ConsultationChecksInput } from './consultations.repository.ts';
import { consultationIdOf, selectProviders } from './consultations.ts';
import { monthsBefore, type Pseudonymiser } from '../directory/index.ts';

export type { ProviderResult, ProviderStatus } from '#contracts/protocol/messages.ts';

export type ConsultationDeps = {
  registry: Pick<Registry, 'find'>;
  pseudonymise: Pseudonymiser;
  exchangeLog: ExchangeLog;
  channel: Pick<HubChannel, 'receive' | 'sign' | 'signInBatch' | 'deliver'>;
  /** Relationship, policy, blocks and providers in one round trip, shared by concurrent consultations (consultations.repository.ts). */
  readChecks: (input: ConsultationChecksInput) => Promise<ConsultationChecks>;
  log: Logger;
  clock: () => Date;
  /** Told of each consultation refused before its sender was verified (the metrics count them). */
  onUnverified?: (code: string) => void;
  /** Integrations ended within this many months still make an institution a provider. */
  recentMonths: number;
};

function refuse(code: string, status: number, message: string): never {
  throw new AppError(code, status, message);
}

type RefusalContext = Record<string, unknown>;

export function createConsultationService(deps: ConsultationDeps) {
  /** Refusals are legs too: they are logged before the error is returned. */
  async function logRefusal(requester: string | undefined, request: RefusalContext, subject: Buffer | null, code: string) {
    await deps.exchangeLog.append(
      [
        {
          type: 'consultation.refused',
          at: deps.clock().toISOString(),
          requester,
          purpose: typeof request.purpose === 'string' ? request.purpose.slice(0, 64) : undefined,
          outcome: code,
          subject: subject?.toString('base64'),
          consultationId: typeof request.consultationId === 'string' ? request.consultationId.slice(0, 64) : undefined,
        },
      ],
      [subject],
    );
  }

  async function askProvider(
    kbo: string,
    consultationId: string,
    request: ConsultationRequest,
    requester: { kbo: string; name: string },
    items: string[],
    acceptsBatch: boolean,
  ): Promise<Pick<ProviderResult, 'status' | 'answer' | 'reasonCode'>> {
    const provider = await deps.registry.find(kbo);
    if (!provider?.endpoint) return { status: 'error', answer: null, reasonCode: 'provider.no-endpoint' };
    // The provider's answer is addressed to the requester: the hub checks it, then carries it unopened,
    // so it may come in the batch form only when the requester verifies that form too.
    const delivery = await deps.channel.deliver(
      provider,
      { type: 'summary-request', consultationId, niss: request.niss, purpose: request.purpose, items, requester },
      SummaryAnswer,
      { role: 'provider', answerAudience: requester.kbo, acceptsBatch },
    );
    if (!delivery.ok) return { status: delivery.isPending ? 'pending' : 'error', answer: null, reasonCode: delivery.reasonCode };
    if (delivery.claims.consultationId !== consultationId)
      return { status: 'error', answer: null, reasonCode: 'provider.malformed-answer' };
    return { status: delivery.claims.status, answer: delivery.token, reasonCode: delivery.claims.reasonCode ?? null };
  }

  return {
    /** Handles `POST /hub/v1/consultations`; returns the hub's signed answer for the requester (batch-signed when it accepts that form). */
    async consult(jws: unknown, context: JoseRequestContext = { acceptsBatch: false }): Promise<string> {
      const now = deps.clock();
      // Relationship, policy, blocks and providers in one round trip (refused below in this order), read while the
      // replay guard's insert is in flight: a consultation waits for one round trip where it waited for two.
      const checksOf = (claims: ConsultationRequest & MessageClaims) =>
        deps.readChecks({
          subject: deps.pseudonymise(claims.niss),
          requesterKbo: claims.iss,
          fileRef: claims.fileRef,
          purpose: claims.purpose,
          today: dayInBrussels(now),
          since: monthsBefore(now, deps.recentMonths),
        });
      let received;
      try {
        received = await deps.channel.receive(jws, ConsultationRequest, checksOf);
      } catch (error) {
        // A message the signed channel refused (unsigned, unknown institution, bad signature, and also
        // stale, replayed or addressed elsewhere: anyone holding an old token can repost it) is not a
        // leg of the permanent log, or any caller could grow it (issue 12, F2). It is counted and told
        // to the operator's log; refusals of a verified, fresh message from an institution are logged below.
        if (error instanceof AppError) {
          deps.onUnverified?.(error.code);
          deps.log.warn({ code: error.code }, 'consultation refused before verification');
        }
        throw error;
      }
      const requester = await deps.registry.find(received.claims.iss);
      if (!requester || requester.kind !== 'cpas') {
        await logRefusal(received.claims.iss, received.claims, null, 'consultation.not-a-cpas');
        refuse('consultation.not-a-cpas', 403, 'Only a CPAS consults summaries.');
      }
      if (!received.ok) {
        await logRefusal(received.claims.iss, received.claims, null, 'consultation.malformed');
        refuse('consultation.malformed', 422, 'niss, purpose, fileRef and workerRef are required.');
      }
      const claims = received.claims;
      const subject = deps.pseudonymise(claims.niss);
      if (typeof claims.personInformedAt !== 'string' || Number.isNaN(Date.parse(claims.personInformedAt))) {
        await logRefusal(claims.iss, claims, subject, 'consultation.person-not-informed');
        refuse('consultation.person-not-informed', 409, 'The person must be informed before a consultation (R33).');
      }
      const checks = received.alongside ?? (await checksOf(claims));
      if (!checks.hasIntegration) {
        await logRefusal(claims.iss, claims, subject, 'consultation.no-integration');
        refuse('consultation.no-integration', 403, 'No active integration of this person for this file at the requesting CPAS.');
      }
      const items = checks.items;
      if (!items) {
        await logRefusal(claims.iss, claims, subject, 'consultation.purpose-not-allowed');
        refuse(
          'consultation.purpose-not-allowed',
          403,
          `The policy does not allow purpose "${claims.purpose}" for quality code ${checks.qualityCode}.`,
        );
      }
      if (checks.isBlocked) {
        await logRefusal(claims.iss, claims, subject, 'consultation.blocked');
        refuse('consultation.blocked', 403, 'The person has asked that this CPAS no longer receive their summary.');
      }
      const consultationId = consultationIdOf(claims.consultationId) ?? randomUUID();
      const providers = selectProviders(checks.providers, claims.providers);
      const requesterRef = { kbo: requester.kbo, name: requester.name };
      const answers = await Promise.all(
        providers.map((kbo) => askProvider(kbo, consultationId, claims, requesterRef, items, context.acceptsBatch)),
      );
      const at = deps.clock().toISOString();
      const base = { consultationId, requester: claims.iss, purpose: claims.purpose, subject: subject.toString('base64') };
      const legs: LogLeg[] = [{ ...base, type: 'consultation.accepted', at, outcome: `providers:${providers.length}` }];
      providers.forEach((kbo, index) => {
        legs.push({ ...base, type: 'summary.forwarded', at, provider: kbo, outcome: 'forwarded' });
        legs.push({ ...base, type: 'summary.answered', at, provider: kbo, outcome: answers[index]!.status });
      });
      const indices = await deps.exchangeLog.append(
        legs,
        legs.map(() => subject),
      );
      const results: ProviderResult[] = await Promise.all(
        providers.map(async (kbo, index) => ({
          provider: { kbo, name: (await deps.registry.find(kbo))?.name ?? kbo },
          status: answers[index]!.status,
          answer: answers[index]!.answer,
          reasonCode: answers[index]!.reasonCode,
          leafIndex: indices[2 + index * 2]!,
        })),
      );
      deps.log.info({ consultationId, providers: providers.length }, 'consultation routed');
      const result = { type: 'consultation-result', consultationId, leafIndex: indices[0], results };
      return context.acceptsBatch ? deps.channel.signInBatch(claims.iss, result) : deps.channel.sign(claims.iss, result);
    },
  };
}

export type ConsultationService = ReturnType<typeof createConsultationService>;
