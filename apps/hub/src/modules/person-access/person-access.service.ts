/**
 * The hub's person-facing side (flow 4, principle 7; R38–R40): what the citizen portal — a
 * registered institution of kind `portal`, acting for a person it has authenticated — may ask.
 *
 * - `exchanges`: every leaf of the exchange log about the person's pseudonym, as the stored leaf
 *   bytes, each with its inclusion proof against one signed tree head, so the portal verifies them
 *   itself (it trusts no "verified" flag of the hub's).
 * - `summaries`: a signed summary request to every CPAS with a current or recent integration, for
 *   the purpose `person-access`; each CPAS encrypts its summary to the portal, the hub stays blind.
 * - `requests`: a statement (R40) or a contest (R39) for one decision, forwarded to that CPAS with the
 *   person's words encrypted to that CPAS by the portal.
 * - `blocks`: the person asks that a named CPAS no longer receive their summary; consultations by
 *   that CPAS are then refused (`consultation.blocked`) and logged.
 *
 * Every message is a JWS signed by the portal and every answer a JWS signed by the hub. Every leg is
 * a leaf of the log, so the person sees their own look too.
 */
import { randomUUID } from 'node:crypto';
import type { Static, TSchema } from '@sinclair/typebox';
import { AppError } from '#platform/errors.ts';
import type { Logger } from '#platform/logger.ts';
import {
  MAX_BLOCK_REASON_LENGTH,
  PersonAccessQuery,
  PersonBlockAddition,
  PersonReplyMessage,
  PersonRequestAck,
  PersonRequestSubmission,
  SummaryAnswer,
  parseMessage,
  type MessageDefinition,
  type ProviderResult,
} from '#contracts/protocol/messages.ts';
import type { MessageClaims } from '#contracts/protocol/envelope.ts';
import type { HubChannel } from '../channel/index.ts';
import type { Registry, Institution } from '../registry/index.ts';
import { monthsBefore, type Pseudonymiser } from '../directory/index.ts';
import type { ExchangeLog } from '../exchange-log/leg.ts';
import type { SignedTreeHead } from '../exchange-log/exchange-log.service.ts';
import type { PersonAccessRepository } from './person-access.repository.ts';

export const PERSON_ACCESS_PURPOSE = 'person-access';

export type PersonAccessDeps = {
  repository: PersonAccessRepository;
  registry: Pick<Registry, 'find'>;
  pseudonymise: Pseudonymiser;
  exchangeLog: ExchangeLog;
  treeHead: () => Promise<SignedTreeHead>;
  inclusionProof: (
    leafIndex: number,
    treeSize: number,
  ) => Promise<
    | { ok: true; proof: { leafIndex: number; treeSize: number; leafHash: string; auditPath: string[] } }
    | { ok: false; code: string; message: string }
  >;
  channel: Pick<HubChannel, 'receive' | 'sign' | 'deliver'>;
  log: Logger;
  clock: () => Date;
  /** Integrations ended within this many months still make an institution a provider. */
  recentMonths: number;
};

type Verified = { claims: MessageClaims; portal: Institution; niss: string; subject: Buffer };

function malformed(message: string): AppError {
  return new AppError('person-access.malformed', 422, message);
}

export function createPersonAccessService(deps: PersonAccessDeps) {
  /** Only a registered portal speaks for a person; the NISS is that of the person it authenticated. */
  async function verifyPortal(jws: unknown): Promise<Verified> {
    const received = await deps.channel.receive(jws, PersonAccessQuery);
    const portal = await deps.registry.find(received.claims.iss);
    if (portal?.kind !== 'portal')
      throw new AppError('person-access.not-a-portal', 403, 'Only the citizen portal asks on behalf of a person.');
    if (!received.ok) throw malformed('A valid niss is required.');
    const niss = received.claims.niss;
    return { claims: received.claims, portal, niss, subject: deps.pseudonymise(niss) };
  }

  /** The part of the portal's message specific to one endpoint. */
  function read<S extends TSchema>(definition: MessageDefinition<S>, claims: MessageClaims, message: string): Static<S> {
    const parsed = parseMessage(definition, claims);
    if (!parsed.ok) throw malformed(message);
    return parsed.message;
  }

  const answer = (portal: Institution, payload: Record<string, unknown>) => deps.channel.sign(portal.kbo, payload);
  const providersOf = (subject: Buffer) => deps.repository.providersOf(subject, monthsBefore(deps.clock(), deps.recentMonths));

  return {
    /** `POST /hub/v1/person-access/exchanges`: the person's leaves with their proofs against one signed tree head. */
    async exchanges(jws: unknown): Promise<string> {
      const { portal, subject } = await verifyPortal(jws);
      const treeHead = await deps.treeHead();
      const entries = [];
      for (const row of await deps.repository.leavesAbout(subject, treeHead.treeSize)) {
        const proof = await deps.inclusionProof(row.leafIndex, treeHead.treeSize);
        // The opening of the entry's commitment goes to the person only (ADR 0017).
        entries.push({
          leafIndex: row.leafIndex,
          leaf: row.leaf.toString('base64'),
          auditPath: proof.ok ? proof.proof.auditPath : [],
          ...(row.opening ? { opening: row.opening.toString('base64') } : {}),
        });
      }
      return answer(portal, {
        type: 'person-exchanges',
        subject: subject.toString('base64'),
        treeHead,
        entries,
        blocks: await deps.repository.activeBlocks(subject),
      });
    },

    /** `POST /hub/v1/person-access/summaries`: what each CPAS would share about the person, encrypted to the portal. */
    async summaries(jws: unknown): Promise<string> {
      const { portal, niss, subject } = await verifyPortal(jws);
      const items = await deps.repository.kindPolicyItems('portal', PERSON_ACCESS_PURPOSE);
      if (!items)
        throw new AppError('consultation.purpose-not-allowed', 403, 'The policy has no rule for the portal and purpose person-access.');
      const consultationId = randomUUID();
      const requester = { kbo: portal.kbo, name: portal.name };
      const results = await Promise.all(
        (await providersOf(subject)).map(async (kbo): Promise<Omit<ProviderResult, 'leafIndex'>> => {
          const provider = (await deps.registry.find(kbo))!;
          const ref = { kbo, name: provider.name };
          // Each CPAS signs its answer to the portal and encrypts the summary to it: the hub carries it unopened.
          const delivery = await deps.channel.deliver(
            provider,
            { type: 'summary-request', consultationId, niss, purpose: PERSON_ACCESS_PURPOSE, items, requester },
            SummaryAnswer,
            { role: 'provider', answerAudience: portal.kbo, isProblemCodeKept: true },
          );
          if (!delivery.ok)
            return { provider: ref, status: delivery.isPending ? 'pending' : 'error', answer: null, reasonCode: delivery.reasonCode };
          if (delivery.claims.consultationId !== consultationId)
            return { provider: ref, status: 'error', answer: null, reasonCode: 'provider.malformed-answer' };
          return { provider: ref, status: delivery.claims.status, answer: delivery.token, reasonCode: delivery.claims.reasonCode ?? null };
        }),
      );
      const at = deps.clock().toISOString();
      const indices = await deps.exchangeLog.append(
        results.map((result) => ({
          type: 'person-access.answered' as const,
          at,
          consultationId,
          requester: portal.kbo,
          provider: result.provider.kbo,
          purpose: PERSON_ACCESS_PURPOSE,
          outcome: result.status,
          subject: subject.toString('base64'),
        })),
        results.map(() => subject),
      );
      deps.log.info({ consultationId, providers: results.length }, 'person access: summaries asked');
      return answer(portal, {
        type: 'person-summaries',
        consultationId,
        results: results.map((result, index) => ({ ...result, leafIndex: indices[index] })),
      });
    },

    /** `POST /hub/v1/person-access/requests`: a statement or a contest, forwarded to the CPAS that made the decision. */
    async request(jws: unknown): Promise<string> {
      const { claims, portal, niss, subject } = await verifyPortal(jws);
      const { kind, providerKbo, decisionRef, content } = read(
        PersonRequestSubmission,
        claims,
        'kind (statement or contest), providerKbo, decisionRef and the encrypted content are required.',
      );
      const provider = await deps.registry.find(providerKbo);
      // Only a CPAS that holds (or recently held) a file on the person receives the person's words.
      if (provider?.kind !== 'cpas' || !(await providersOf(subject)).includes(providerKbo)) {
        throw new AppError('person-request.no-file', 404, 'This CPAS holds no file on you that it could share.');
      }
      const requestId = randomUUID();
      const delivery = await deps.channel.deliver(
        provider,
        { type: 'person-request', requestId, kind, niss, decisionRef, content, portal: { kbo: portal.kbo, name: portal.name } },
        PersonRequestAck,
        { role: 'provider', isProblemCodeKept: true },
      );
      let status: string;
      let reasonCode: string | null = null;
      if (!delivery.ok) {
        status = delivery.isPending ? 'pending' : 'error';
        reasonCode = delivery.reasonCode;
      } else if (delivery.claims.requestId !== requestId) {
        status = 'error';
        reasonCode = 'provider.malformed-answer';
      } else {
        status = delivery.claims.status;
        reasonCode = delivery.claims.reasonCode ?? null;
      }
      // The way back for the CPAS's answer or the contest's outcome (R39, R40; migration 0017).
      if (status === 'recorded') await deps.repository.recordRequest({ requestId, subject, providerKbo, portalKbo: portal.kbo, kind });
      const [leafIndex] = await deps.exchangeLog.append(
        [
          {
            type: kind === 'statement' ? 'statement.forwarded' : 'contest.forwarded',
            at: deps.clock().toISOString(),
            consultationId: requestId,
            requester: portal.kbo,
            provider: providerKbo,
            purpose: PERSON_ACCESS_PURPOSE,
            outcome: reasonCode ?? status,
            subject: subject.toString('base64'),
          },
        ],
        [subject],
      );
      return answer(portal, { type: 'person-request-result', requestId, status, reasonCode, leafIndex });
    },

    /**
     * `POST /hub/v1/person-replies` (node → hub): the CPAS's answer to the person's statement or the
     * outcome of their contest, encrypted by the CPAS to the portal. Only the CPAS the request went to
     * answers it, and only to the portal that sent it; kept until the portal fetches it.
     */
    async reply(jws: unknown): Promise<string> {
      const received = await deps.channel.receive(jws, PersonReplyMessage);
      const sender = await deps.registry.find(received.claims.iss);
      if (sender?.kind !== 'cpas') throw new AppError('person-reply.not-a-cpas', 403, 'Only a CPAS answers a person’s request.');
      if (!received.ok) throw new AppError('person-reply.malformed', 422, 'requestId, kind, toKbo and the encrypted content are required.');
      const claims = received.claims;
      const request = await deps.repository.requestById(claims.requestId);
      const expected = claims.kind === 'statement-reply' ? 'statement' : 'contest';
      if (!request || request.provider_kbo !== claims.iss || request.portal_kbo !== claims.toKbo || request.kind !== expected)
        throw new AppError('person-reply.unknown-request', 404, 'No request of the person was sent to this CPAS with this id.');
      await deps.repository.addReply(claims.requestId, claims.kind, claims.content);
      return deps.channel.sign(claims.iss, { type: 'person-reply-result', requestId: claims.requestId, status: 'queued' });
    },

    /** `POST /hub/v1/person-access/replies`: the replies to the person's requests, encrypted to the portal. */
    async replies(jws: unknown): Promise<string> {
      const { portal, subject } = await verifyPortal(jws);
      const rows = await deps.repository.repliesFor(subject, portal.kbo, deps.clock());
      const replies = [];
      for (const row of rows) {
        const provider = await deps.registry.find(row.provider_kbo);
        replies.push({
          replyId: row.id,
          requestId: row.request_id,
          kind: row.kind,
          provider: { kbo: row.provider_kbo, name: provider?.name ?? row.provider_kbo },
          content: row.content,
          createdAt: row.created_at.toISOString(),
        });
      }
      return answer(portal, { type: 'person-replies', replies });
    },

    /** `POST /hub/v1/person-access/blocks`: `action: "add"` records a block; `action: "list"` lists the active ones. */
    async blocks(jws: unknown): Promise<string> {
      const { claims, portal, subject } = await verifyPortal(jws);
      if (claims.action === 'list') return answer(portal, { type: 'person-blocks', blocks: await deps.repository.activeBlocks(subject) });
      const { institutionKbo, reason } = read(
        PersonBlockAddition,
        claims,
        `action, institutionKbo and a reason (1 to ${MAX_BLOCK_REASON_LENGTH} characters) are required.`,
      );
      const institution = await deps.registry.find(institutionKbo);
      if (institution?.kind !== 'cpas')
        throw new AppError('block.unknown-institution', 404, 'No CPAS with this enterprise number is registered.');
      const createdAt = await deps.repository.addBlock(subject, institutionKbo, reason.trim(), portal.kbo);
      let leafIndex: number | null = null;
      if (createdAt) {
        [leafIndex] = (await deps.exchangeLog.append(
          [
            {
              type: 'block.recorded',
              at: createdAt.toISOString(),
              requester: portal.kbo,
              provider: institutionKbo,
              purpose: PERSON_ACCESS_PURPOSE,
              outcome: 'blocked',
              subject: subject.toString('base64'),
            },
          ],
          [subject],
        )) as [number];
      }
      return answer(portal, {
        type: 'person-block-result',
        status: createdAt ? 'recorded' : 'exists',
        institution: { kbo: institution.kbo, name: institution.name },
        leafIndex,
        blocks: await deps.repository.activeBlocks(subject),
      });
    },
  };
}

export type PersonAccessService = ReturnType<typeof createPersonAccessService>;
