/**
 * Transfer to the competent CPAS (R7; law of 2 April 1965, art. 9bis; domain §3.2), both ends.
 *
 * The first CPAS (POST /aid-requests/:id/transfer, aid-requests module) forwards the request within
 * 5 days and informs the person in writing — the letter is printed here (`renderNotice`). The request
 * travels to the receiving CPAS through the hub as a signed `transfer` message (outbox topic
 * `transfer`; the person's data encrypted to the recipient, `queueTransfer`). The receiving CPAS sees
 * it among its incoming transfers and either accepts it — a new request at its end, keeping the
 * original date — or disputes its competence and refers the conflict to the SPP IS within 5 working
 * days. Its answer goes back the same way; the first CPAS's workers find it on their worklist.
 */
import { dayInBrussels } from '#platform/brussels-time.ts';
import type { Queryable } from '#platform/db.ts';
import { invalid, notFound } from '#platform/errors.ts';
import { decryptJsonWith } from '#contracts/protocol/encryption.ts';
import type { TransferNotice } from '#contracts/protocol/messages.ts';
import type { Actor, Tenant } from '../../tenant.ts';
import { readInstitution } from '../../institution.ts';
import { appendAudit } from '../audit/index.ts';
import { isUuid, requireCaseworker, type withRequest, type AidRequestRow } from '../access/index.ts';
import { renderTransferNotice, type ExchangeProof, type TransferNoticeInput } from '../letters/index.ts';
import type { AidRequestService } from '../aid-requests/index.ts';
import type { PersonService } from '../persons/index.ts';
import { identityOf, type HubClient } from '../exchange/hub-client.ts';
import { transferRepository, type IncomingTransferRow } from './transfers.repository.ts';
import {
  addWorkingDays,
  ESCALATION_WORKING_DAYS,
  isTransferAnswerContent,
  isTransferContent,
  requireDisputed,
  requireUndecided,
  type TransferAnswerContent,
} from './transfers.ts';

/**
 * Queues the transfer message for the hub, in the transaction of the transfer. A person without a
 * NISS cannot be named to the receiving CPAS through the hub: the transfer stays `not-sent` (the
 * worker sends the file by post) and the letter to the person is printed all the same.
 */
export async function queueTransfer(
  tx: Queryable,
  request: AidRequestRow,
  transfer: { id: string; toKbo: string; reason: string; startedAt: string },
): Promise<'queued' | 'not-sent'> {
  const repository = transferRepository(tx);
  const person = await repository.personForLetter(request.person_id);
  if (!person?.niss) {
    await repository.setHubStatus(transfer.id, 'not-sent');
    return 'not-sent';
  }
  await repository.queue({
    kind: 'transfer',
    transferId: transfer.id,
    toKbo: transfer.toKbo,
    niss: person.niss,
    content: {
      niss: person.niss,
      familyName: person.family_name,
      givenNames: person.given_names,
      birthDate: person.birth_date,
      language: person.language,
      kind: request.kind,
      originalReceivedAt: request.original_received_at.slice(0, 10),
      startedAt: transfer.startedAt,
      reason: transfer.reason,
      fileRef: request.acknowledgement_number,
    },
  });
  await repository.setHubStatus(transfer.id, 'queued');
  return 'queued';
}

/** The hub's log entry of a transfer this CPAS sent (`transfer.forwarded`), from its signed answer (outbox relay; ADR 0017). */
export async function recordTransferLogEntry(tx: Queryable, transferId: string, leafIndex: number): Promise<void> {
  await transferRepository(tx).setLeafIndex(transferId, leafIndex);
}

const addressOf = (person: { address_street: string | null; address_postal_code: string | null; address_municipality: string | null }) => {
  const town = [person.address_postal_code, person.address_municipality].filter(Boolean).join(' ');
  const lines = [person.address_street, town].filter((line): line is string => typeof line === 'string' && line.trim() !== '');
  return lines.length > 0 ? lines.join('\n') : undefined;
};

function viewIncoming(row: IncomingTransferRow, today: string) {
  const escalationDue = addWorkingDays(dayInBrussels(row.received_at), ESCALATION_WORKING_DAYS);
  return {
    id: row.id,
    from: { kbo: row.from_kbo, name: row.from_name },
    person: { niss: row.niss, familyName: row.family_name, givenNames: row.given_names, birthDate: row.birth_date, language: row.language },
    kind: row.kind,
    originalReceivedAt: row.original_received_at,
    startedAt: row.started_at,
    reason: row.reason,
    receivedAt: row.received_at.toISOString(),
    status: row.status,
    requestId: row.request_id,
    disputeReason: row.dispute_reason,
    escalationDue,
    escalatedAt: row.escalated_at,
    escalationRef: row.escalation_ref,
    /** Undecided or disputed without a referral past the 5 working days. */
    isOverdue: row.escalated_at === null && row.status !== 'accepted' && today > escalationDue,
    decidedAt: row.decided_at?.toISOString() ?? null,
  };
}

export type IncomingTransferView = ReturnType<typeof viewIncoming>;

export type TransferDeps = {
  withRequest: typeof withRequest;
  aidRequests: Pick<AidRequestService, 'registerRequest'>;
  persons: Pick<PersonService, 'registerPerson'>;
  hub: HubClient | null;
  clock: () => Date;
};

export function createTransferService(deps: TransferDeps) {
  const today = (actor: Actor) => dayInBrussels(actor.now);

  /**
   * The offline proof of the transfer's log entry, asked of the hub outside any transaction (a public
   * read). Not known yet (not sent, no index from the hub), not in a witnessed checkpoint yet, or the
   * hub down: the letter says the proof will be in the portal — printing never fails for it.
   */
  async function exchangeProof(leafIndex: number | null): Promise<ExchangeProof> {
    if (leafIndex === null || !deps.hub) return { pending: true };
    const text = await deps.hub.readProof(leafIndex).catch(() => null);
    return text === null ? { pending: true } : { text };
  }

  async function answerIncoming(tx: Queryable, row: IncomingTransferRow, answer: TransferAnswerContent): Promise<void> {
    await transferRepository(tx).queue({
      kind: 'transfer-answer',
      transferId: row.hub_transfer_id,
      toKbo: row.from_kbo,
      niss: row.niss,
      content: answer,
    });
  }

  async function lockedIncoming(tx: Queryable, id: string): Promise<IncomingTransferRow> {
    const row = isUuid(id) ? await transferRepository(tx).incomingById(id, true) : undefined;
    if (!row) throw notFound('incoming-transfer.not-found', 'No such incoming transfer.');
    return row;
  }

  /** What arrived from the hub: a transfer to this CPAS, or the answer to one it sent. Both recorded once. */
  async function record(
    tenant: Tenant,
    claims: TransferNotice,
    httpRequestId: string,
  ): Promise<{ status: 'recorded' } | { status: 'refused'; reasonCode: string }> {
    const opened = decryptJsonWith(tenant.keys.encryption.privateKey, claims.content);
    if (!opened.ok) return { status: 'refused', reasonCode: opened.code };
    const now = deps.clock();
    const system = { requestId: httpRequestId, user: null, now };
    if (claims.kind === 'transfer') {
      if (!isTransferContent.Check(opened.value)) return { status: 'refused', reasonCode: 'transfer.content-invalid' };
      const content = opened.value;
      return tenant.db.transaction(async (tx) => {
        const id = await transferRepository(tx).insertIncoming({ transferId: claims.transferId, from: claims.from, content, at: now });
        if (id) {
          await appendAudit(tx, system, {
            action: 'transfer.received',
            recordType: 'incoming-transfer',
            recordId: id,
            reason: `transfer ${claims.transferId} from ${claims.from.kbo}`,
          });
        }
        return { status: 'recorded' as const };
      });
    }
    if (!isTransferAnswerContent.Check(opened.value)) return { status: 'refused', reasonCode: 'transfer.content-invalid' };
    const answer = opened.value;
    return tenant.db.transaction(async (tx) => {
      const repository = transferRepository(tx);
      const transfer = await repository.outgoingById(claims.transferId, claims.from.kbo);
      if (!transfer) return { status: 'refused' as const, reasonCode: 'transfer.not-found' };
      if (transfer.hub_status === answer.outcome) return { status: 'recorded' as const };
      await repository.recordAnswer(transfer.id, answer, now);
      await repository.notice(
        transfer.request_id,
        `transfer-${answer.outcome}`,
        { toKbo: transfer.to_kbo, toName: transfer.to_name, ...(answer.reason ? { reason: answer.reason } : {}) },
        now,
      );
      const request = await tx.one<{ person_id: string }>('SELECT person_id FROM aid_requests WHERE id = $1', [transfer.request_id]);
      await appendAudit(tx, system, {
        action: `transfer.${answer.outcome}`,
        recordType: 'aid-request',
        recordId: transfer.request_id,
        personId: request?.person_id ?? null,
        reason: `answer of ${claims.from.kbo} to transfer ${claims.transferId}`,
      });
      return { status: 'recorded' as const };
    });
  }

  return {
    /** A verified `transfer-notice` from the hub for one tenant of this node; answers a signed acknowledgement. */
    async receive(tenant: Tenant, claims: TransferNotice, httpRequestId: string): Promise<string> {
      if (!deps.hub) throw new Error('the transfer service has no hub link');
      const ack = await record(tenant, claims, httpRequestId);
      return deps.hub.channel.sign(identityOf(tenant), 'hub', { type: 'transfer-ack', transferId: claims.transferId, ...ack });
    },

    /** The CPAS the request can be transferred to: every CPAS registered at the hub but this one. */
    async destinations(actor: Actor) {
      requireCaseworker(actor);
      if (!deps.hub) return [];
      const names = await deps.hub.names().catch(() => new Map<string, string>());
      const items: { kbo: string; name: string }[] = [];
      for (const [kbo, name] of names) {
        if (kbo === actor.tenant.kbo) continue;
        const entry = await deps.hub.institution(kbo).catch(() => undefined);
        if (entry?.kind === 'cpas') items.push({ kbo, name });
      }
      return items.sort((a, b) => a.name.localeCompare(b.name));
    },

    /** The transfer of a request as the first CPAS sees it. */
    async outgoing(actor: Actor, requestId: string) {
      return deps.withRequest(actor, requestId, { action: 'transfer.read', mode: 'read' }, async (tx, request) => {
        const transfer = await transferRepository(tx).outgoing(request.id);
        if (!transfer) throw notFound('transfer.not-found', 'This request has not been transferred.');
        return {
          id: transfer.id,
          requestId: request.id,
          toKbo: transfer.to_kbo,
          toName: transfer.to_name,
          reason: transfer.reason,
          startedAt: transfer.started_at,
          applicantInformedAt: transfer.applicant_informed_at,
          isOverdue: transfer.is_overdue,
          hubStatus: transfer.hub_status,
          answeredAt: transfer.answered_at?.toISOString() ?? null,
          answerReason: transfer.answer_reason,
        };
      });
    },

    /** R7: the written notice to the person, in their language (or the one asked). */
    async renderNotice(actor: Actor, requestId: string, language: 'fr' | 'nl' | 'de' | undefined): Promise<Buffer> {
      const { input, hubStatus, leafIndex } = await deps.withRequest(
        actor,
        requestId,
        { action: 'transfer.notice-print', mode: 'read' },
        async (tx, request) => {
          const repository = transferRepository(tx);
          const transfer = await repository.outgoing(request.id);
          if (!transfer) throw notFound('transfer.not-found', 'This request has not been transferred.');
          const person = (await repository.personForLetter(request.person_id))!;
          const institution = await readInstitution(tx);
          const address = addressOf(person);
          const input: TransferNoticeInput = {
            language: language ?? person.language,
            institution: {
              name: institution.name,
              kbo: institution.kbo,
              ...(institution.address ? { address: institution.address } : {}),
              serviceContact: {
                ...(institution.service_phone ? { phone: institution.service_phone } : {}),
                ...(institution.service_email ? { email: institution.service_email } : {}),
              },
            },
            person: { familyName: person.family_name, givenNames: person.given_names, ...(address ? { address } : {}) },
            fileRef: request.acknowledgement_number,
            kind: request.kind,
            originalReceivedAt: request.original_received_at.slice(0, 10),
            startedAt: transfer.started_at,
            to: { name: transfer.to_name, kbo: transfer.to_kbo },
            reason: transfer.reason,
            generatedAt: actor.now.toISOString(),
          };
          return {
            input,
            hubStatus: transfer.hub_status,
            leafIndex: transfer.hub_leaf_index === null ? null : Number(transfer.hub_leaf_index),
          };
        },
      );
      if (hubStatus === 'not-sent') return renderTransferNotice(input);
      return renderTransferNotice({ ...input, exchangeProof: await exchangeProof(leafIndex) });
    },

    /** The transfers received by this CPAS (a worker or a supervisor takes them up). */
    async listIncoming(actor: Actor, query: { status?: 'received' | 'accepted' | 'disputed'; limit: number; offset: number }) {
      requireCaseworker(actor);
      return actor.tenant.db.transaction(async (tx) => {
        const rows = await transferRepository(tx).incoming(query.status ?? null, query.limit, query.offset);
        await appendAudit(tx, actor, { action: 'incoming-transfer.list', recordType: 'incoming-transfer' });
        return { items: rows.map((row) => viewIncoming(row, today(actor))), limit: query.limit, offset: query.offset };
      });
    },

    async getIncoming(actor: Actor, id: string) {
      requireCaseworker(actor);
      return actor.tenant.db.transaction(async (tx) => {
        const row = isUuid(id) ? await transferRepository(tx).incomingById(id) : undefined;
        if (!row) throw notFound('incoming-transfer.not-found', 'No such incoming transfer.');
        await appendAudit(tx, actor, { action: 'incoming-transfer.read', recordType: 'incoming-transfer', recordId: row.id });
        return viewIncoming(row, today(actor));
      });
    },

    /**
     * The receiving CPAS accepts its competence: the person (found by NISS, or registered) gets a request
     * here that keeps the original date (R7), and the first CPAS is told. Safe to retry: the request is
     * registered under an idempotency key of the transfer.
     */
    async accept(actor: Actor, id: string) {
      requireCaseworker(actor);
      const row = isUuid(id) ? await transferRepository(actor.tenant.db).incomingById(id) : undefined;
      if (!row) throw notFound('incoming-transfer.not-found', 'No such incoming transfer.');
      requireUndecided(row.status);
      const existing = await actor.tenant.db.one<{ person_id: string }>('SELECT person_id FROM person_identifiers WHERE niss = $1', [
        row.niss,
      ]);
      const personId =
        existing?.person_id ??
        (
          await deps.persons.registerPerson(actor, {
            niss: row.niss,
            familyName: row.family_name,
            givenNames: row.given_names,
            ...(row.birth_date ? { birthDate: row.birth_date } : {}),
            language: row.language,
          })
        ).id;
      const registered = await deps.aidRequests.registerRequest(
        actor,
        {
          personId,
          kind: row.kind,
          receivedAt: actor.now.toISOString(),
          transferredFrom: { kbo: row.from_kbo, receivedAt: row.original_received_at },
        },
        `transfer-${row.hub_transfer_id}`,
      );
      return actor.tenant.db.transaction(async (tx) => {
        const locked = await lockedIncoming(tx, id);
        requireUndecided(locked.status);
        await transferRepository(tx).markAccepted(locked.id, registered.view.id, actor.user.id, actor.now);
        await answerIncoming(tx, locked, { outcome: 'accepted', answeredAt: actor.now.toISOString() });
        await appendAudit(tx, actor, {
          action: 'incoming-transfer.accept',
          recordType: 'incoming-transfer',
          recordId: locked.id,
          personId,
          reason: `request ${registered.view.id}`,
        });
        return { ...viewIncoming({ ...locked, status: 'accepted', request_id: registered.view.id, decided_at: actor.now }, today(actor)) };
      });
    },

    /** The receiving CPAS disputes its competence (with its reason); the first CPAS is told, and the SPP IS must be seized. */
    async dispute(actor: Actor, id: string, input: { reason: string }) {
      requireCaseworker(actor);
      return actor.tenant.db.transaction(async (tx) => {
        const row = await lockedIncoming(tx, id);
        requireUndecided(row.status);
        const reason = input.reason.trim();
        if (reason.length === 0)
          throw invalid('incoming-transfer.reason-required', 'Say why this CPAS is not competent.', [
            { path: '/reason', code: 'required', message: 'a reason is required' },
          ]);
        await transferRepository(tx).markDisputed(row.id, reason, actor.user.id, actor.now);
        await answerIncoming(tx, row, { outcome: 'disputed', answeredAt: actor.now.toISOString(), reason });
        await appendAudit(tx, actor, { action: 'incoming-transfer.dispute', recordType: 'incoming-transfer', recordId: row.id });
        return viewIncoming({ ...row, status: 'disputed', dispute_reason: reason, decided_at: actor.now }, today(actor));
      });
    },

    /** The referral of the conflict of competence to the SPP IS (its date and reference), within 5 working days. */
    async escalate(actor: Actor, id: string, input: { escalatedAt: string; reference: string }) {
      requireCaseworker(actor);
      if (input.escalatedAt > today(actor))
        throw invalid('incoming-transfer.escalated-in-future', 'The referral cannot be dated in the future.', [
          { path: '/escalatedAt', code: 'in-future', message: 'must not be in the future' },
        ]);
      return actor.tenant.db.transaction(async (tx) => {
        const row = await lockedIncoming(tx, id);
        requireDisputed(row.status, row.escalated_at);
        await transferRepository(tx).markEscalated(row.id, input.escalatedAt, input.reference.trim());
        await appendAudit(tx, actor, { action: 'incoming-transfer.escalate', recordType: 'incoming-transfer', recordId: row.id });
        return viewIncoming({ ...row, escalated_at: input.escalatedAt, escalation_ref: input.reference.trim() }, today(actor));
      });
    },
  };
}

export type TransferService = ReturnType<typeof createTransferService>;
