/**
 * Routing a consultation (flow 2): verify the signed request, check the requester's active
 * integration, the policy and the person's blocks, forward a signed summary request to every
 * institution with a current or recent integration, and answer with every provider's signed,
 * encrypted answer. The hub reads no summary: it routes ciphertext and logs metadata.
 */
import { randomUUID, type KeyObject } from 'node:crypto';
import { AppError } from '#platform/errors.ts';
import type { Database } from '#platform/db.ts';
import type { Logger } from '#platform/logger.ts';
import type { RequestText } from '#platform/http-client.ts';
import { signMessage, verifyMessage, type ReplayGuard } from '#contracts/protocol/envelope.ts';
import { isValidNiss } from '#contracts/niss.ts';
import type { Registry } from '../registry/registry.service.ts';
import type { Pseudonymiser } from '../directory/pseudonym.ts';
import { readConsultationChecks } from './consultations.repository.ts';
import type { ExchangeLog, LogLeg } from '../exchange-log/leg.ts';

export type ProviderStatus = 'answered' | 'no-file' | 'withheld' | 'pending' | 'error';

export type ProviderResult = {
  provider: { kbo: string; name: string };
  status: ProviderStatus;
  answer: string | null;
  reasonCode: string | null;
  leafIndex: number;
};

export type ConsultationDeps = {
  db: Database;
  registry: Registry;
  pseudonymise: Pseudonymiser;
  exchangeLog: ExchangeLog;
  replay: ReplayGuard;
  signing: { kid: string; privateKey: KeyObject };
  log: Logger;
  clock: () => Date;
  /** How long a provider may take before its answer is `pending`. */
  providerTimeoutMs: number;
  /** Integrations ended within this many months still make an institution a provider. */
  recentMonths: number;
  /** Posts a signed message and reads the answer (requestText; `fetch` fits too). */
  fetch: RequestText;
};

const SIGNATURE_STATUS: Record<string, number> = { 'signature.malformed': 400, 'signature.replayed': 409 };

function refuse(code: string, status: number, message: string): never {
  throw new AppError(code, status, message);
}

const monthsBefore = (date: Date, months: number) => {
  const copy = new Date(date);
  copy.setUTCMonth(copy.getUTCMonth() - months);
  return copy.toISOString().slice(0, 10);
};

type ConsultationRequest = {
  niss: string;
  purpose: string;
  fileRef: string;
  workerRef: string;
  personInformedAt?: string;
  consultationId?: string;
  providers?: string[];
};

export function createConsultationService(deps: ConsultationDeps) {
  /** Refusals are legs too: they are logged before the error is returned. */
  async function logRefusal(requester: string | undefined, request: Partial<ConsultationRequest>, subject: Buffer | null, code: string) {
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
  ) {
    const provider = await deps.registry.find(kbo);
    if (!provider?.endpoint) return { status: 'error' as const, answer: null, reasonCode: 'provider.no-endpoint' };
    const message = signMessage({
      payload: { type: 'summary-request', consultationId, niss: request.niss, purpose: request.purpose, items, requester },
      issuer: 'hub',
      audience: kbo,
      signingKey: deps.signing.privateKey,
      kid: deps.signing.kid,
      now: deps.clock(),
    });
    let text: string;
    try {
      const response = await deps.fetch(provider.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/jose' },
        body: message,
        signal: AbortSignal.timeout(deps.providerTimeoutMs),
      });
      text = await response.text();
      if (response.status >= 500) return { status: 'pending' as const, answer: null, reasonCode: `provider.http-${response.status}` };
      if (response.status !== 200) return { status: 'error' as const, answer: null, reasonCode: `provider.http-${response.status}` };
    } catch {
      // Down, unreachable or too slow: the requester sees `pending` and retries; nothing is lost.
      return { status: 'pending' as const, answer: null, reasonCode: 'provider.unreachable' };
    }
    const verified = await verifyMessage(text, {
      resolveKey: (iss, kid) => (iss === kbo ? deps.registry.signingKey(iss, kid) : undefined),
      expectedAudience: requester.kbo,
      replay: deps.replay,
      now: deps.clock(),
    });
    if (!verified.ok) return { status: 'error' as const, answer: null, reasonCode: verified.code };
    const claims = verified.claims as { consultationId?: unknown; status?: unknown; reasonCode?: unknown };
    if (claims.consultationId !== consultationId || !['answered', 'no-file', 'withheld'].includes(String(claims.status))) {
      return { status: 'error' as const, answer: null, reasonCode: 'provider.malformed-answer' };
    }
    return {
      status: claims.status as 'answered' | 'no-file' | 'withheld',
      answer: text,
      reasonCode: typeof claims.reasonCode === 'string' ? claims.reasonCode : null,
    };
  }

  return {
    /** Handles `POST /hub/v1/consultations`; returns the hub's signed answer for the requester. */
    async consult(jws: unknown): Promise<string> {
      const verified = await verifyMessage(jws, {
        resolveKey: (iss, kid) => deps.registry.signingKey(iss, kid),
        expectedAudience: 'hub',
        replay: deps.replay,
        now: deps.clock(),
      });
      if (!verified.ok) {
        await logRefusal(undefined, {}, null, verified.code);
        refuse(verified.code, SIGNATURE_STATUS[verified.code] ?? 401, verified.message);
      }
      const claims = verified.claims as unknown as ConsultationRequest & { iss: string };
      const requester = await deps.registry.find(claims.iss);
      if (!requester || requester.kind !== 'cpas') {
        await logRefusal(claims.iss, claims, null, 'consultation.not-a-cpas');
        refuse('consultation.not-a-cpas', 403, 'Only a CPAS consults summaries.');
      }
      if (
        typeof claims.niss !== 'string' ||
        !isValidNiss(claims.niss) ||
        typeof claims.purpose !== 'string' ||
        typeof claims.fileRef !== 'string' ||
        typeof claims.workerRef !== 'string'
      ) {
        await logRefusal(claims.iss, claims, null, 'consultation.malformed');
        refuse('consultation.malformed', 422, 'niss, purpose, fileRef and workerRef are required.');
      }
      const subject = deps.pseudonymise(claims.niss);
      if (typeof claims.personInformedAt !== 'string' || Number.isNaN(Date.parse(claims.personInformedAt))) {
        await logRefusal(claims.iss, claims, subject, 'consultation.person-not-informed');
        refuse('consultation.person-not-informed', 409, 'The person must be informed before a consultation (R33).');
      }
      const now = deps.clock();
      // Relationship, policy, blocks and providers in one round trip; refused in this order.
      const checks = await readConsultationChecks(deps.db, {
        subject,
        requesterKbo: claims.iss,
        fileRef: claims.fileRef,
        purpose: claims.purpose,
        today: now.toISOString().slice(0, 10),
        since: monthsBefore(now, deps.recentMonths),
      });
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
      const consultationId =
        typeof claims.consultationId === 'string' && /^[0-9a-f-]{36}$/.test(claims.consultationId) ? claims.consultationId : randomUUID();
      let providers = checks.providers;
      if (Array.isArray(claims.providers)) providers = providers.filter((kbo) => claims.providers!.includes(kbo));
      const requesterRef = { kbo: requester.kbo, name: requester.name };
      const answers = await Promise.all(providers.map((kbo) => askProvider(kbo, consultationId, claims, requesterRef, items)));
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
      return signMessage({
        payload: { type: 'consultation-result', consultationId, leafIndex: indices[0], results },
        issuer: 'hub',
        audience: claims.iss,
        signingKey: deps.signing.privateKey,
        kid: deps.signing.kid,
        now: deps.clock(),
      });
    },
  };
}
