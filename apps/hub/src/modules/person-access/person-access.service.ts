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
import { randomUUID, type KeyObject } from 'node:crypto';
import { AppError } from '#platform/errors.ts';
import type { Database } from '#platform/db.ts';
import type { Logger } from '#platform/logger.ts';
import { signMessage, verifyMessage, type ReplayGuard, type MessageClaims } from '#contracts/protocol/envelope.ts';
import { isValidNiss } from '#contracts/niss.ts';
import { isValidKbo } from '#contracts/kbo.ts';
import type { Registry, Institution } from '../registry/registry.service.ts';
import type { Pseudonymiser } from '../directory/pseudonym.ts';
import type { ExchangeLog } from '../exchange-log/leg.ts';
import type { SignedTreeHead } from '../exchange-log/exchange-log.service.ts';

export const PERSON_ACCESS_PURPOSE = 'person-access';
/** A decision reference as the CPAS writes it (`D-2026-000042`); the same alphabet as rse.summary/1. */
const DECISION_REF = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$/;
const MAX_CONTENT_LENGTH = 64 * 1024;
const MAX_REASON_LENGTH = 1_000;

export type PersonAccessDeps = {
  db: Database;
  registry: Registry;
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
  replay: ReplayGuard;
  signing: { kid: string; privateKey: KeyObject };
  log: Logger;
  clock: () => Date;
  providerTimeoutMs: number;
  /** Integrations ended within this many months still make an institution a provider. */
  recentMonths: number;
  fetch: typeof fetch;
};

const SIGNATURE_STATUS: Record<string, number> = { 'signature.malformed': 400, 'signature.replayed': 409 };

const monthsBefore = (date: Date, months: number) => {
  const copy = new Date(date);
  copy.setUTCMonth(copy.getUTCMonth() - months);
  return copy.toISOString().slice(0, 10);
};

type Verified = { claims: MessageClaims; portal: Institution; niss: string; subject: Buffer };

export function createPersonAccessService(deps: PersonAccessDeps) {
  /** Only a registered portal speaks for a person; the NISS is that of the person it authenticated. */
  async function verifyPortal(jws: unknown): Promise<Verified> {
    const verified = await verifyMessage(jws, {
      resolveKey: (iss, kid) => deps.registry.signingKey(iss, kid),
      expectedAudience: 'hub',
      replay: deps.replay,
      now: deps.clock(),
    });
    if (!verified.ok) throw new AppError(verified.code, SIGNATURE_STATUS[verified.code] ?? 401, verified.message);
    const portal = await deps.registry.find(verified.claims.iss);
    if (portal?.kind !== 'portal')
      throw new AppError('person-access.not-a-portal', 403, 'Only the citizen portal asks on behalf of a person.');
    const niss = verified.claims.niss;
    if (typeof niss !== 'string' || !isValidNiss(niss)) throw new AppError('person-access.malformed', 422, 'A valid niss is required.');
    return { claims: verified.claims, portal, niss, subject: deps.pseudonymise(niss) };
  }

  function answer(portal: Institution, payload: Record<string, unknown>): string {
    return signMessage({
      payload,
      issuer: 'hub',
      audience: portal.kbo,
      signingKey: deps.signing.privateKey,
      kid: deps.signing.kid,
      now: deps.clock(),
    });
  }

  /** Posts a hub-signed message to an institution's endpoint; returns its verified signed answer or a status. */
  async function post(institution: Institution, payload: Record<string, unknown>, expectedAudience: string) {
    if (!institution.endpoint) return { ok: false as const, status: 'error' as const, reasonCode: 'provider.no-endpoint' };
    const message = signMessage({
      payload,
      issuer: 'hub',
      audience: institution.kbo,
      signingKey: deps.signing.privateKey,
      kid: deps.signing.kid,
      now: deps.clock(),
    });
    let text: string;
    try {
      const response = await deps.fetch(institution.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/jose' },
        body: message,
        signal: AbortSignal.timeout(deps.providerTimeoutMs),
      });
      text = await response.text();
      if (response.status >= 500) return { ok: false as const, status: 'pending' as const, reasonCode: `provider.http-${response.status}` };
      if (response.status !== 200) {
        let code = `provider.http-${response.status}`;
        try {
          code = (JSON.parse(text) as { code?: string }).code ?? code;
        } catch {
          /* not a problem document */
        }
        return { ok: false as const, status: 'error' as const, reasonCode: code };
      }
    } catch {
      return { ok: false as const, status: 'pending' as const, reasonCode: 'provider.unreachable' };
    }
    const verified = await verifyMessage(text, {
      resolveKey: (iss, kid) => (iss === institution.kbo ? deps.registry.signingKey(iss, kid) : undefined),
      expectedAudience,
      replay: deps.replay,
      now: deps.clock(),
    });
    if (!verified.ok) return { ok: false as const, status: 'error' as const, reasonCode: verified.code };
    return { ok: true as const, text, claims: verified.claims };
  }

  async function providersOf(subject: Buffer): Promise<string[]> {
    const rows = await deps.db.query<{ institution_kbo: string }>(
      `SELECT DISTINCT i.institution_kbo FROM integrations i JOIN institutions n ON n.kbo = i.institution_kbo
        WHERE i.person_pseudonym = $1 AND n.kind = 'cpas' AND n.is_active AND (i.end_date IS NULL OR i.end_date >= $2::date) ORDER BY i.institution_kbo`,
      [subject, monthsBefore(deps.clock(), deps.recentMonths)],
    );
    return rows.map((row) => row.institution_kbo.trim());
  }

  async function activeBlocks(subject: Buffer) {
    const rows = await deps.db.query<{ institution_kbo: string; reason: string; created_at: Date }>(
      'SELECT institution_kbo, reason, created_at FROM blocks WHERE person_pseudonym = $1 AND lifted_at IS NULL ORDER BY created_at',
      [subject],
    );
    return rows.map((row) => ({ institutionKbo: row.institution_kbo.trim(), reason: row.reason, createdAt: row.created_at.toISOString() }));
  }

  return {
    /** `POST /hub/v1/person-access/exchanges`: the person's leaves with their proofs against one signed tree head. */
    async exchanges(jws: unknown): Promise<string> {
      const { portal, subject } = await verifyPortal(jws);
      const treeHead = await deps.treeHead();
      const rows = await deps.db.query<{ leaf_index: string; leaf: Buffer }>(
        'SELECT leaf_index, leaf FROM log_leaves WHERE person_pseudonym = $1 AND leaf_index < $2 ORDER BY leaf_index',
        [subject, treeHead.treeSize],
      );
      const entries = [];
      for (const row of rows) {
        const leafIndex = Number(row.leaf_index);
        const proof = await deps.inclusionProof(leafIndex, treeHead.treeSize);
        entries.push({ leafIndex, leaf: row.leaf.toString('base64'), auditPath: proof.ok ? proof.proof.auditPath : [] });
      }
      return answer(portal, {
        type: 'person-exchanges',
        subject: subject.toString('base64'),
        treeHead,
        entries,
        blocks: await activeBlocks(subject),
      });
    },

    /** `POST /hub/v1/person-access/summaries`: what each CPAS would share about the person, encrypted to the portal. */
    async summaries(jws: unknown): Promise<string> {
      const { portal, niss, subject } = await verifyPortal(jws);
      const policy = await deps.db.one<{ items: string[] }>(
        'SELECT items FROM kind_policy_rules WHERE requester_kind = $1 AND purpose = $2',
        ['portal', PERSON_ACCESS_PURPOSE],
      );
      if (!policy)
        throw new AppError('consultation.purpose-not-allowed', 403, 'The policy has no rule for the portal and purpose person-access.');
      const consultationId = randomUUID();
      const kbos = await providersOf(subject);
      const requester = { kbo: portal.kbo, name: portal.name };
      const results = await Promise.all(
        kbos.map(async (kbo) => {
          const provider = (await deps.registry.find(kbo))!;
          const reply = await post(
            provider,
            { type: 'summary-request', consultationId, niss, purpose: PERSON_ACCESS_PURPOSE, items: policy.items, requester },
            portal.kbo,
          );
          if (!reply.ok)
            return { provider: { kbo, name: provider.name }, status: reply.status, answer: null, reasonCode: reply.reasonCode };
          const claims = reply.claims as { consultationId?: unknown; status?: unknown; reasonCode?: unknown };
          if (claims.consultationId !== consultationId || !['answered', 'no-file', 'withheld'].includes(String(claims.status))) {
            return {
              provider: { kbo, name: provider.name },
              status: 'error' as const,
              answer: null,
              reasonCode: 'provider.malformed-answer',
            };
          }
          return {
            provider: { kbo, name: provider.name },
            status: claims.status as string,
            answer: reply.text,
            reasonCode: typeof claims.reasonCode === 'string' ? claims.reasonCode : null,
          };
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
      const kind = claims.kind;
      const { providerKbo, decisionRef, content } = claims as { providerKbo?: unknown; decisionRef?: unknown; content?: unknown };
      if (
        (kind !== 'statement' && kind !== 'contest') ||
        typeof providerKbo !== 'string' ||
        !isValidKbo(providerKbo) ||
        typeof decisionRef !== 'string' ||
        !DECISION_REF.test(decisionRef) ||
        typeof content !== 'string' ||
        content.length === 0 ||
        content.length > MAX_CONTENT_LENGTH
      ) {
        throw new AppError(
          'person-access.malformed',
          422,
          'kind (statement or contest), providerKbo, decisionRef and the encrypted content are required.',
        );
      }
      const provider = await deps.registry.find(providerKbo);
      // Only a CPAS that holds (or recently held) a file on the person receives the person's words.
      if (provider?.kind !== 'cpas' || !(await providersOf(subject)).includes(providerKbo)) {
        throw new AppError('person-request.no-file', 404, 'This CPAS holds no file on you that it could share.');
      }
      const requestId = randomUUID();
      const reply = await post(
        provider,
        { type: 'person-request', requestId, kind, niss, decisionRef, content, portal: { kbo: portal.kbo, name: portal.name } },
        'hub',
      );
      let status: string;
      let reasonCode: string | null = null;
      if (!reply.ok) {
        status = reply.status;
        reasonCode = reply.reasonCode;
      } else {
        const ack = reply.claims as { requestId?: unknown; status?: unknown; reasonCode?: unknown };
        if (ack.requestId !== requestId || (ack.status !== 'recorded' && ack.status !== 'refused')) {
          status = 'error';
          reasonCode = 'provider.malformed-answer';
        } else {
          status = ack.status;
          reasonCode = typeof ack.reasonCode === 'string' ? ack.reasonCode : null;
        }
      }
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

    /** `POST /hub/v1/person-access/blocks`: `action: "add"` records a block; `action: "list"` lists the active ones. */
    async blocks(jws: unknown): Promise<string> {
      const { claims, portal, subject } = await verifyPortal(jws);
      if (claims.action === 'list') return answer(portal, { type: 'person-blocks', blocks: await activeBlocks(subject) });
      const { institutionKbo, reason } = claims as { institutionKbo?: unknown; reason?: unknown };
      if (
        claims.action !== 'add' ||
        typeof institutionKbo !== 'string' ||
        !isValidKbo(institutionKbo) ||
        typeof reason !== 'string' ||
        reason.trim().length === 0 ||
        reason.length > MAX_REASON_LENGTH
      ) {
        throw new AppError(
          'person-access.malformed',
          422,
          `action, institutionKbo and a reason (1 to ${MAX_REASON_LENGTH} characters) are required.`,
        );
      }
      const institution = await deps.registry.find(institutionKbo);
      if (institution?.kind !== 'cpas')
        throw new AppError('block.unknown-institution', 404, 'No CPAS with this enterprise number is registered.');
      const inserted = await deps.db.one<{ created_at: Date }>(
        `INSERT INTO blocks (person_pseudonym, institution_kbo, reason, requested_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (person_pseudonym, institution_kbo) WHERE lifted_at IS NULL DO NOTHING RETURNING created_at`,
        [subject, institutionKbo, reason.trim(), portal.kbo],
      );
      let leafIndex: number | null = null;
      if (inserted) {
        [leafIndex] = (await deps.exchangeLog.append(
          [
            {
              type: 'block.recorded',
              at: inserted.created_at.toISOString(),
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
        status: inserted ? 'recorded' : 'exists',
        institution: { kbo: institution.kbo, name: institution.name },
        leafIndex,
        blocks: await activeBlocks(subject),
      });
    },
  };
}

export type PersonAccessService = ReturnType<typeof createPersonAccessService>;
