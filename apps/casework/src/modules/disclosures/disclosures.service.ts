/**
 * The disclosure workflow for lawful written requests (R26, R27; domain §4.1–4.2): record the
 * request with its legal basis, select the items, review by a second officer, export once, and
 * record a legal deferral. Each step is one transaction with its audit event (R43); a step out of
 * order is refused (409) and changes nothing.
 *
 * There is no other way out: nothing here sends anything by itself. The export is answered to the
 * officer who asks for it, who hands it to the recipient; the CPAS keeps the item list and the
 * SHA-256 of what was sent, not the content. The active duty to report (art. 46bis/1 §3 Code of
 * criminal procedure) was annulled by the Constitutional Court (44/2019): no proactive channel exists.
 */
import { dayInBrussels } from '#platform/brussels-time.ts';
import { createHash } from 'node:crypto';
import { conflict, forbidden, invalid, notFound } from '#platform/errors.ts';
import type { Queryable } from '#platform/db.ts';
import { normaliseNiss } from '#contracts/niss.ts';
import type { Actor, Role } from '../../tenant.ts';
import { appendAudit, recordDenial } from '../audit/index.ts';
import { hasRole, isUuid } from '../access/index.ts';
import { readCode } from '../../settings.ts';
import { isoDate } from '../../http-context.ts';
import {
  assertDocument,
  normaliseItems,
  isVisibleToPerson,
  itemKey,
  type DisclosureDocument,
  type DisclosureItem,
  type DisclosureStatus,
  type ExportedItem,
} from './disclosure.ts';
import { renderDisclosurePdf } from './disclosures.pdf.ts';
import { disclosureRepository, type DisclosureRepository, type DisclosureRow } from './disclosures.repository.ts';

/** Who may record, review, export and defer: the supervisor and the security advisor (R27: "legal-service review"). */
export const DISCLOSURE_OFFICERS: readonly Role[] = ['supervisor', 'security-advisor'];

export type NewDisclosure = {
  personId?: string;
  niss?: string;
  recipient: { authority: string; name?: string; language?: 'fr' | 'nl' | 'de' };
  legalBasis?: string;
  legalReference?: string;
  requestReference: string;
  requestDate: string;
  statedScope?: string;
};
export type Review = { verdict: 'approve' | 'refuse'; assessment?: string; reason?: string };
export type Deferral = { until: string; legalBasis: string; reference?: string };

const iso = (value: Date | null) => value?.toISOString() ?? null;
const today = (actor: Actor) => dayInBrussels(actor.now);
const trimmed = (value: string | undefined) => (value ?? '').trim();

function toView(row: DisclosureRow, now: string) {
  return {
    id: row.id,
    status: row.status,
    person: { id: row.person_id, familyName: row.family_name, givenNames: row.given_names },
    recipient: { authority: row.recipient, name: row.recipient_name, language: row.recipient_language },
    legalBasis: row.legal_basis,
    legalReference: row.legal_reference,
    writtenRequest: { reference: row.request_reference, date: row.requested_at, statedScope: row.stated_scope },
    items: row.items,
    recorded: { by: row.created_by_name, at: row.created_at.toISOString() },
    itemsSelectedAt: iso(row.items_selected_at),
    review: row.reviewed_at
      ? {
          by: row.reviewed_by_name,
          at: iso(row.reviewed_at),
          verdict: row.status === 'refused' ? 'refuse' : 'approve',
          assessment: row.legal_assessment,
          reason: row.refusal_reason,
        }
      : null,
    approvedBy: row.approved_by_name,
    approvedAt: iso(row.approved_at),
    export: row.exported_at
      ? { by: row.exported_by_name, at: iso(row.exported_at), format: row.export_format, sha256: row.export_sha256 }
      : null,
    deferral: row.deferred_until
      ? { until: row.deferred_until, legalBasis: row.deferral_basis, reference: row.deferral_reference, at: iso(row.deferred_at) }
      : null,
    isVisibleToPerson: isVisibleToPerson({ exportedAt: iso(row.exported_at), deferredUntil: row.deferred_until }, now),
  };
}
export type DisclosureView = ReturnType<typeof toView>;

/** The items of the person a disclosure may carry (the catalogue shown for selection). */
async function selectableItems(repository: DisclosureRepository, personId: string) {
  const requests = await repository.requestsOfPerson(personId);
  const decisions = await repository.decisionsOfPerson(personId);
  return [
    { key: 'identity', item: { type: 'identity' as const } },
    ...requests.map((r) => ({
      key: `aid-request:${r.id}`,
      item: { type: 'aid-request' as const, id: r.id },
      kind: r.kind,
      status: r.status,
      receivedAt: isoDate(r.received_at),
      acknowledgementNumber: r.acknowledgement_number,
    })),
    ...decisions.map((d) => ({
      key: `decision:${d.ref}`,
      item: { type: 'decision' as const, ref: d.ref },
      requestId: d.request_id,
      decidedAt: d.decided_at,
      aidType: d.aid_type,
      outcome: d.outcome,
      status: d.status,
    })),
  ];
}

/** The exported content of the selected items, read now, coded fields only (R25). */
async function exportedItems(
  repository: DisclosureRepository,
  personId: string,
  items: readonly DisclosureItem[],
): Promise<ExportedItem[]> {
  const result: ExportedItem[] = [];
  for (const item of items) {
    if (item.type === 'identity') {
      const p = await repository.identity(personId);
      if (!p) throw conflict('disclosure.item-gone', 'The person is no longer in the file.');
      result.push({ type: 'identity', familyName: p.family_name, givenNames: p.given_names, niss: p.niss, birthDate: p.birth_date });
    } else if (item.type === 'aid-request') {
      const r = await repository.requestOfPerson(item.id, personId);
      if (!r) throw conflict('disclosure.item-gone', 'A selected aid request is no longer in the file.');
      result.push({
        type: 'aid-request',
        id: r.id,
        kind: r.kind,
        status: r.status,
        receivedAt: isoDate(r.received_at)!,
        acknowledgementNumber: r.acknowledgement_number,
        closedAt: isoDate(r.closed_at),
      });
    } else {
      const d = await repository.decisionOfPerson(item.ref, personId);
      if (!d) throw conflict('disclosure.item-gone', 'A selected decision is no longer in the file.');
      result.push({
        type: 'decision',
        ref: d.ref,
        requestId: d.request_id,
        decidedAt: d.decided_at,
        body: d.body,
        aidType: d.aid_type,
        outcome: d.outcome,
        amountCents: d.amount_cents === null ? null : Number(d.amount_cents),
        period: d.period_from ? { from: d.period_from, to: d.period_to } : null,
        legalBasis: d.legal_basis,
        motivationCategory: d.motivation_category,
        status: d.status,
      });
    }
  }
  return result;
}

/** What the use cases need besides the actor; tests pass fakes. */
export type DisclosureDeps = {
  repository: (db: Queryable) => DisclosureRepository;
  readCode: typeof readCode;
  renderPdf: typeof renderDisclosurePdf;
};

const realDeps: DisclosureDeps = { repository: disclosureRepository, readCode, renderPdf: renderDisclosurePdf };

export function createDisclosureService(overrides: Partial<DisclosureDeps> = {}) {
  const deps: DisclosureDeps = { ...realDeps, ...overrides };
  /** Role check of every step; a refusal is audited too (R43). */
  async function requireOfficer(actor: Actor, action: string, recordId?: string): Promise<void> {
    if (hasRole(actor, DISCLOSURE_OFFICERS)) return;
    await recordDenial(actor.tenant.db, actor, { action, recordType: 'disclosure', recordId: recordId?.slice(0, 64) ?? null });
    throw forbidden('disclosure.forbidden', 'Only a supervisor or the security advisor handles disclosures.');
  }

  /** Runs one step on one disclosure, locked, inside a transaction, with its audit event. */
  async function withDisclosure<T>(
    actor: Actor,
    id: string,
    action: string,
    work: (tx: Queryable, row: DisclosureRow) => Promise<{ result: T; reason?: string }>,
  ): Promise<T> {
    await requireOfficer(actor, action, id);
    if (!isUuid(id)) throw notFound('disclosure.not-found', 'No such disclosure.');
    return actor.tenant.db.transaction(async (tx) => {
      const repository = deps.repository(tx);
      if (!(await repository.lock(id))) throw notFound('disclosure.not-found', 'No such disclosure.');
      const row = await repository.byId(id);
      const { result, reason } = await work(tx, row);
      await appendAudit(tx, actor, { action, recordType: 'disclosure', recordId: id, personId: row.person_id, reason: reason ?? null });
      return result;
    });
  }

  const reload = async (tx: Queryable, actor: Actor, id: string) => toView(await deps.repository(tx).byId(id), today(actor));

  async function checkLegalBasis(
    tx: Queryable,
    list: string,
    code: string | undefined,
    reference: string | undefined,
    paths: { code: string; reference: string },
    codes: { required: string; reference: string },
  ) {
    const basis = code ? await deps.readCode(tx, list, code) : undefined;
    if (!basis)
      throw invalid(codes.required, 'State the legal basis of the disclosure from the code list.', [
        { path: paths.code, code: 'required', message: 'a legal basis from the code list' },
      ]);
    if (basis.attributes.requiresReference === true && trimmed(reference).length < 3) {
      throw invalid(codes.reference, 'This legal basis needs the provision named in words.', [
        { path: paths.reference, code: 'required', message: 'the legal provision, in words' },
      ]);
    }
  }

  return {
    /** R26 step 1: a written request, recorded with its recipient and legal basis (status `recorded`). */
    async record(actor: Actor, input: NewDisclosure): Promise<DisclosureView> {
      await requireOfficer(actor, 'disclosure.record');
      if (trimmed(input.recipient.authority).length < 3)
        throw invalid('disclosure.recipient-required', 'Name the authority that asks (e.g. Procureur du Roi de Bruxelles).', [
          { path: '/recipient/authority', code: 'required', message: 'the requesting authority' },
        ]);
      if (trimmed(input.requestReference).length === 0)
        throw invalid('disclosure.request-reference-required', 'Give the reference of the written request.', [
          { path: '/requestReference', code: 'required', message: 'the reference of the written request' },
        ]);
      if (input.requestDate > today(actor))
        throw invalid('disclosure.request-date-future', 'The written request cannot be dated in the future.', [
          { path: '/requestDate', code: 'invalid', message: 'a date not after today' },
        ]);
      return actor.tenant.db.transaction(async (tx) => {
        await checkLegalBasis(
          tx,
          'disclosure-legal-basis',
          input.legalBasis,
          input.legalReference,
          { code: '/legalBasis', reference: '/legalReference' },
          { required: 'disclosure.legal-basis-required', reference: 'disclosure.legal-reference-required' },
        );
        const repository = deps.repository(tx);
        let personId: string | undefined;
        if (input.personId !== undefined) {
          personId = isUuid(input.personId) ? await repository.activePersonId(input.personId) : undefined;
          if (!personId)
            throw invalid('disclosure.person-unknown', 'No such person in this CPAS.', [
              { path: '/personId', code: 'unknown', message: 'no such person' },
            ]);
        } else if (input.niss !== undefined) {
          const niss = normaliseNiss(input.niss);
          if (niss === null)
            throw invalid('niss.invalid', 'Give the 11 digits of a NISS or BIS number.', [
              { path: '/niss', code: 'niss.invalid-format', message: 'expected 11 digits' },
            ]);
          personId = await repository.activePersonIdByNiss(niss);
          if (!personId)
            throw invalid('disclosure.person-unknown', 'No person with this number in this CPAS.', [
              { path: '/niss', code: 'unknown', message: 'no such person' },
            ]);
        } else {
          throw invalid('disclosure.person-required', 'Name the person concerned, by id or NISS.', [
            { path: '/niss', code: 'required', message: 'the person concerned' },
          ]);
        }
        const id = await repository.insert({
          personId,
          recipient: trimmed(input.recipient.authority),
          recipientName: trimmed(input.recipient.name) || null,
          recipientLanguage: input.recipient.language ?? actor.tenant.language,
          legalBasis: input.legalBasis!,
          legalReference: trimmed(input.legalReference) || null,
          requestReference: trimmed(input.requestReference),
          requestedAt: input.requestDate,
          statedScope: trimmed(input.statedScope) || null,
          createdBy: actor.user.id,
          createdAt: actor.now,
        });
        await appendAudit(tx, actor, {
          action: 'disclosure.record',
          recordType: 'disclosure',
          recordId: id,
          personId,
          reason: input.legalBasis,
        });
        return reload(tx, actor, id);
      });
    },

    /** R26 step 2: the items, chosen explicitly from the person's catalogue; at least one. */
    async selectItems(actor: Actor, id: string, items: DisclosureItem[]): Promise<DisclosureView> {
      return withDisclosure(actor, id, 'disclosure.items', async (tx, row) => {
        if (row.status !== 'recorded')
          throw conflict('disclosure.wrong-status', `Items are chosen before the review; this disclosure is ${row.status}.`);
        if (items.length === 0)
          throw invalid('disclosure.items-required', 'Select at least one item: nothing is disclosed by default.', [
            { path: '/items', code: 'too-few', message: 'at least one item' },
          ]);
        const selectable = new Set((await selectableItems(deps.repository(tx), row.person_id)).map((entry) => entry.key));
        const unknown = items.findIndex((item) => !selectable.has(itemKey(item)));
        if (unknown >= 0)
          throw invalid('disclosure.item-unknown', 'An item is not in this person’s file.', [
            { path: `/items/${unknown}`, code: 'unknown', message: 'not an item of this person' },
          ]);
        const chosen = normaliseItems(items);
        await deps.repository(tx).setItems(id, chosen, actor.user.id, actor.now);
        return { result: await reload(tx, actor, id), reason: `${chosen.length} item(s)` };
      });
    },

    /** R26 step 3: review by a named officer other than the one who recorded it or chose the items (four-eyes). */
    async review(actor: Actor, id: string, input: Review): Promise<DisclosureView> {
      return withDisclosure(actor, id, 'disclosure.review', async (tx, row) => {
        if (row.status !== 'recorded')
          throw conflict('disclosure.wrong-status', `Only a recorded disclosure is reviewed; this one is ${row.status}.`);
        if (row.items.length === 0)
          throw invalid('disclosure.items-required', 'Select the items before the review.', [
            { path: '/items', code: 'too-few', message: 'at least one item' },
          ]);
        if (!(await deps.readCode(tx, 'disclosure-legal-basis', row.legal_basis)))
          throw invalid('disclosure.legal-basis-required', 'The legal basis of this disclosure is no longer a valid code.', [
            { path: '/legalBasis', code: 'required', message: 'a valid legal basis' },
          ]);
        if (row.created_by === actor.user.id || row.items_selected_by === actor.user.id)
          throw conflict(
            'disclosure.same-officer',
            'Another officer than the one who recorded the request or chose the items must review it.',
          );
        if (trimmed(input.assessment).length < 10)
          throw invalid('disclosure.assessment-required', 'Write the legal assessment (at least 10 characters).', [
            { path: '/assessment', code: 'required', message: 'the legal assessment' },
          ]);
        if (input.verdict === 'refuse' && trimmed(input.reason).length < 3)
          throw invalid('disclosure.refusal-reason-required', 'State why the disclosure is refused.', [
            { path: '/reason', code: 'required', message: 'the reason of the refusal' },
          ]);
        const repository = deps.repository(tx);
        if (input.verdict === 'approve') await repository.approve(id, actor.user.id, actor.now, trimmed(input.assessment));
        else await repository.refuse(id, actor.user.id, actor.now, trimmed(input.assessment), trimmed(input.reason));
        return { result: await reload(tx, actor, id), reason: input.verdict };
      });
    },

    /**
     * R26 step 4: the one export of an approved disclosure — the selected items only, validated
     * against the closed `rse.disclosure/1` schema; the audit event `disclosure.export` names the
     * person (R43). Only the item list and the document's SHA-256 are kept.
     */
    async exportOnce(
      actor: Actor,
      id: string,
      format: 'json' | 'pdf',
    ): Promise<
      { view: DisclosureView; sha256: string } & ({ format: 'json'; document: DisclosureDocument } | { format: 'pdf'; pdf: Buffer })
    > {
      return withDisclosure(actor, id, 'disclosure.export', async (tx, row) => {
        if (row.status === 'exported')
          throw conflict('disclosure.already-exported', 'This disclosure was already exported; it is exported once only.');
        if (row.status !== 'approved')
          throw conflict('disclosure.wrong-status', `Only an approved disclosure is exported; this one is ${row.status}.`);
        const document: DisclosureDocument = {
          schema: 'rse.disclosure/1',
          disclosureId: row.id,
          institution: { kbo: actor.tenant.kbo, name: actor.tenant.name },
          recipient: { authority: row.recipient, name: row.recipient_name },
          legalBasis: { code: row.legal_basis, reference: row.legal_reference },
          writtenRequest: { reference: row.request_reference ?? '', date: row.requested_at },
          approval: { approvedBy: row.approved_by_name ?? '', approvedAt: row.approved_at!.toISOString() },
          exportedAt: actor.now.toISOString(),
          items: await exportedItems(deps.repository(tx), row.person_id, row.items),
        };
        assertDocument(document);
        const bytes =
          format === 'pdf' ? await deps.renderPdf(document, row.recipient_language) : Buffer.from(JSON.stringify(document), 'utf8');
        const sha256 = createHash('sha256').update(bytes).digest('hex');
        await deps.repository(tx).markExported(id, actor.now, actor.user.id, format, sha256);
        const view = await reload(tx, actor, id);
        return { result: format === 'pdf' ? { format, pdf: bytes, view, sha256 } : { format, document, view, sha256 }, reason: format };
      });
    },

    /** R26 step 5: a legal deferral keeps the disclosure out of the person's access report until its date (anchors §7). */
    async defer(actor: Actor, id: string, input: Deferral): Promise<DisclosureView> {
      return withDisclosure(actor, id, 'disclosure.defer', async (tx, row) => {
        if (row.status === 'refused')
          throw conflict('disclosure.wrong-status', 'A refused disclosure discloses nothing: there is nothing to defer.');
        if (input.until <= today(actor))
          throw invalid('disclosure.deferral-in-past', 'A deferral ends after today.', [
            { path: '/until', code: 'too-small', message: 'a date after today' },
          ]);
        await checkLegalBasis(
          tx,
          'disclosure-deferral-basis',
          input.legalBasis,
          input.reference,
          { code: '/legalBasis', reference: '/reference' },
          { required: 'disclosure.deferral-basis-required', reference: 'disclosure.legal-reference-required' },
        );
        await deps
          .repository(tx)
          .defer(
            id,
            { until: input.until, legalBasis: input.legalBasis, reference: trimmed(input.reference) || null },
            actor.user.id,
            actor.now,
          );
        return { result: await reload(tx, actor, id), reason: `${input.legalBasis} until ${input.until}` };
      });
    },

    /** One disclosure, with the person's selectable items while it is still `recorded`. */
    async get(actor: Actor, id: string) {
      return withDisclosure(actor, id, 'disclosure.read', async (tx, row) => {
        const view = toView(row, today(actor));
        const selectable = row.status === 'recorded' ? await selectableItems(deps.repository(tx), row.person_id) : null;
        return { result: { ...view, selectable } };
      });
    },

    /** The register of disclosures (metadata, no file content), newest first; the read is audited. */
    async list(actor: Actor, query: { status?: DisclosureStatus; limit: number; offset: number }) {
      await requireOfficer(actor, 'disclosure.list');
      return actor.tenant.db.transaction(async (tx) => {
        const repository = deps.repository(tx);
        const rows = await repository.page(query);
        const total = await repository.count(query.status);
        await appendAudit(tx, actor, { action: 'disclosure.list', recordType: 'disclosure', reason: query.status ?? null });
        return { items: rows.map((row) => toView(row, today(actor))), total };
      });
    },
  };
}
