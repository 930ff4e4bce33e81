/**
 * What the security advisor / DPO and the person are owed: the GDPR access report (R38), misuse
 * indicators from the audit log and their monthly report (anchors §3.5, Suwinet), and the persons
 * under watch. The advisor's own reads are audited too (R44); the advisor never reads a
 * confidential note (notes are case-based, access.ts).
 */
import { invalid, notFound } from '#platform/errors.ts';
import { normaliseNiss } from '#contracts/niss.ts';
import { monthBounds, previousMonth } from '#platform/brussels-time.ts';
import { computeIndicators, type IndicatorReport } from './indicators.ts';
import { breakGlassOpeningsForPerson } from '../break-glass/index.ts';
import { requireRole } from '../access/index.ts';
import { parsePeriod } from '../../period.ts';
import type { Actor } from '../../tenant.ts';
import { appendAudit } from '../audit/index.ts';
import { isUuid } from '../access/index.ts';
import { readSetting } from '../../settings.ts';

/** Puts a person under watch (public figure, staff member…) or lifts it; every access by someone outside the file is then an indicator. */
async function setSensitivity(actor: Actor, personId: string, input: { isSensitive: boolean; reason?: string }) {
  requireRole(actor, ['security-advisor'], 'oversight.forbidden');
  const reason = input.reason?.trim() ?? '';
  if (input.isSensitive && reason.length < 3) {
    throw invalid('sensitivity.reason-required', 'Say why this person is under watch (for example: staff member, public figure).', [
      { path: '/reason', code: 'required', message: 'a reason' },
    ]);
  }
  if (!isUuid(personId)) throw notFound('person.not-found', 'No such person.');
  return actor.tenant.db.transaction(async (tx) => {
    const row = await tx.one<{ id: string; is_sensitive: boolean; sensitive_reason: string | null; sensitive_flagged_at: Date | null }>(
      `UPDATE persons SET is_sensitive = $2, sensitive_reason = CASE WHEN $2 THEN $3 END, sensitive_flagged_by = CASE WHEN $2 THEN $4::uuid END,
              sensitive_flagged_at = CASE WHEN $2 THEN $5::timestamptz END
        WHERE id = $1 AND anonymised_at IS NULL RETURNING id, is_sensitive, sensitive_reason, sensitive_flagged_at`,
      [personId, input.isSensitive, reason || null, actor.user.id, actor.now],
    );
    if (!row) throw notFound('person.not-found', 'No such person.');
    await appendAudit(tx, actor, {
      action: input.isSensitive ? 'person.watch.set' : 'person.watch.lift',
      recordType: 'person',
      recordId: personId,
      personId,
      reason: reason || null,
    });
    return {
      id: row.id,
      isSensitive: row.is_sensitive,
      reason: row.sensitive_reason,
      flaggedAt: row.sensitive_flagged_at?.toISOString() ?? null,
    };
  });
}

export function createOversightService() {
  return {
    /** R38: everything held about the person, its sources, disclosures and every access. */
    async accessReport(actor: Actor, personId: string) {
      requireRole(actor, ['security-advisor', 'supervisor']);
      if (!isUuid(personId)) throw notFound('person.not-found', 'No such person.');
      return actor.tenant.db.transaction(async (tx) => {
        const person = await tx.one<{
          id: string;
          niss: string | null;
          provisional_id: string | null;
          family_name: string;
          given_names: string;
          birth_date: string | null;
          nationality: string | null;
          language: string;
          created_at: Date;
        }>('SELECT * FROM persons WHERE id = $1 AND anonymised_at IS NULL', [personId]);
        if (!person) throw notFound('person.not-found', 'No such person.');
        const [identifiers, requests, decisions, reports, documents, noteCounts, disclosures, accesses, integrations] = await Promise.all([
          tx.query<{ niss: string; kind: string; valid_from: Date; replaced_at: Date | null }>(
            'SELECT niss, kind, valid_from, replaced_at FROM person_identifiers WHERE person_id = $1 ORDER BY valid_from',
            [personId],
          ),
          tx.query<{ id: string; kind: string; status: string; received_at: Date; acknowledgement_number: string; closed_at: Date | null }>(
            `SELECT id, kind, status, received_at, acknowledgement_number, closed_at FROM aid_requests WHERE person_id = $1 ORDER BY received_at`,
            [personId],
          ),
          tx.query<{
            ref: string;
            request_id: string;
            decided_at: string;
            body: string;
            aid_type: string;
            outcome: string;
            amount_cents: number | null;
            legal_basis: string;
            motivation_category: string;
            motivation_text: string | null;
            status: string;
          }>(`SELECT d.* FROM decisions d JOIN aid_requests r ON r.id = d.request_id WHERE r.person_id = $1 ORDER BY d.decided_at`, [
            personId,
          ]),
          tx.query<{ request_id: string; sections: unknown; signed_at: Date | null }>(
            `SELECT s.request_id, s.sections, s.signed_at FROM social_reports s JOIN aid_requests r ON r.id = s.request_id WHERE r.person_id = $1`,
            [personId],
          ),
          tx.query<{
            request_id: string;
            type: string;
            title: string;
            document_date: string;
            source: string;
            source_ref: string | null;
            retention_class: string;
          }>(
            `SELECT d.request_id, d.type, d.title, d.document_date, d.source, d.source_ref, d.retention_class FROM documents d JOIN aid_requests r ON r.id = d.request_id WHERE r.person_id = $1`,
            [personId],
          ),
          tx.query<{ request_id: string; count: number }>(
            `SELECT n.request_id, count(*)::int AS count FROM notes n JOIN aid_requests r ON r.id = n.request_id WHERE r.person_id = $1 GROUP BY n.request_id`,
            [personId],
          ),
          tx.query<{ recipient: string; legal_basis: string; items: unknown; exported_at: Date | null; deferred_until: string | null }>(
            `SELECT recipient, legal_basis, items, exported_at, deferred_until FROM disclosures WHERE person_id = $1 AND exported_at IS NOT NULL
              AND (deferred_until IS NULL OR deferred_until <= $2::date) ORDER BY exported_at`,
            [personId, actor.now],
          ),
          tx.query<{ at: Date; display_name: string | null; role: string | null; action: string; outcome: string; record_type: string }>(
            // A disclosure under a legal deferral (e.g. secrecy of the investigation) stays out of the report, its log entries too, until the date.
            `SELECT e.at, u.display_name, e.role, e.action, e.outcome, e.record_type FROM audit_events e LEFT JOIN users u ON u.id = e.user_id
              WHERE e.person_id = $1
                AND NOT (e.record_type = 'disclosure' AND EXISTS (SELECT 1 FROM disclosures d WHERE d.id::text = e.record_id AND d.deferred_until > $2::date))
              ORDER BY e.id`,
            [personId, actor.now],
          ),
          tx.query<{ request_id: string; quality_code: string; start_date: string; end_date: string | null }>(
            'SELECT request_id, quality_code, start_date, end_date FROM integrations WHERE person_id = $1',
            [personId],
          ),
        ]);
        const breakGlass = await breakGlassOpeningsForPerson(tx, personId);
        await appendAudit(tx, actor, { action: 'access-report.generate', recordType: 'person', recordId: personId, personId });
        return {
          generatedAt: actor.now.toISOString(),
          person: {
            id: person.id,
            niss: person.niss,
            provisionalId: person.provisional_id,
            familyName: person.family_name,
            givenNames: person.given_names,
            birthDate: person.birth_date,
            nationality: person.nationality,
            language: person.language,
            registeredAt: person.created_at.toISOString(),
          },
          identifiers: identifiers.map((i) => ({
            niss: i.niss,
            kind: i.kind,
            validFrom: i.valid_from.toISOString(),
            replacedAt: i.replaced_at?.toISOString() ?? null,
          })),
          aidRequests: requests.map((r) => ({
            id: r.id,
            kind: r.kind,
            status: r.status,
            receivedAt: r.received_at.toISOString(),
            acknowledgementNumber: r.acknowledgement_number,
            closedAt: r.closed_at?.toISOString() ?? null,
          })),
          decisions: decisions.map((d) => ({
            ref: d.ref,
            requestId: d.request_id,
            decidedAt: d.decided_at,
            body: d.body,
            aidType: d.aid_type,
            outcome: d.outcome,
            amountCents: d.amount_cents,
            legalBasis: d.legal_basis,
            motivationCategory: d.motivation_category,
            motivationText: d.motivation_text,
            status: d.status,
          })),
          socialReports: reports.map((r) => ({
            requestId: r.request_id,
            sections: r.sections,
            signedAt: r.signed_at?.toISOString() ?? null,
          })),
          documents: documents.map((d) => ({
            requestId: d.request_id,
            type: d.type,
            title: d.title,
            documentDate: d.document_date,
            source: d.source,
            sourceRef: d.source_ref,
            retentionClass: d.retention_class,
          })),
          // Confidences stay secret (art. 458 Criminal Code, R25): their existence is reported, never their content.
          confidentialNotes: noteCounts.map((n) => ({ requestId: n.request_id, count: n.count, contentExcluded: 'professional-secrecy' })),
          sources: [...new Set(documents.map((d) => d.source))].map((source) => ({ source })),
          integrations: integrations.map((i) => ({
            requestId: i.request_id,
            qualityCode: i.quality_code,
            start: i.start_date,
            end: i.end_date,
          })),
          disclosures: disclosures.map((d) => ({
            recipient: d.recipient,
            legalBasis: d.legal_basis,
            items: d.items,
            at: d.exported_at?.toISOString() ?? null,
          })),
          // Every emergency opening of the person's files (R23), with its reason and the advisor's verdict.
          breakGlass: breakGlass.map((opening) => ({
            requestId: opening.requestId,
            openedAt: opening.openedAt,
            expiresAt: opening.expiresAt,
            by: opening.openedBy,
            reason: opening.reason,
            verdict: opening.verdict ?? 'pending-review',
          })),
          accesses: accesses.map((a) => ({
            at: a.at.toISOString(),
            by: a.display_name,
            role: a.role,
            action: a.action,
            outcome: a.outcome,
            recordType: a.record_type,
          })),
        };
      });
    },

    /** Misuse indicators with their thresholds (settings): for the security advisor only; the read is audited (R44). */
    async indicators(actor: Actor, period: { from?: string; to?: string }): Promise<IndicatorReport> {
      requireRole(actor, ['security-advisor'], 'oversight.forbidden');
      const { start, end } = parsePeriod(period.from, period.to, actor.now);
      return actor.tenant.db.transaction(async (tx) => {
        const report = await computeIndicators(tx, await readSetting(tx, 'oversight'), start, end);
        await appendAudit(tx, actor, {
          action: 'oversight.indicators.read',
          recordType: 'audit-log',
          reason: `${period.from ?? ''}..${period.to ?? ''}`,
        });
        return report;
      });
    },

    /**
     * The monthly report (Suwinet's pattern): a generic part that points to nobody, then the
     * specific part — every indicator raised, the heaviest users and the most-consulted persons,
     * break-glass openings and their review. Months are calendar months in Europe/Brussels.
     */
    async monthlyReport(actor: Actor, month: string | undefined) {
      requireRole(actor, ['security-advisor'], 'oversight.forbidden');
      const chosen = month ?? previousMonth(actor.now);
      const bounds = monthBounds(chosen);
      if (!bounds)
        throw invalid('period.invalid', 'The month is invalid: write it as YYYY-MM.', [
          { path: '/query/month', code: 'format', message: 'YYYY-MM' },
        ]);
      return actor.tenant.db.transaction(async (tx) => {
        const settings = await readSetting(tx, 'oversight');
        const report = await computeIndicators(tx, settings, bounds.start, bounds.end);
        const breakGlass = (await tx.one<{ opened: number; reviewed: number; unjustified: number }>(
          `SELECT count(*)::int AS opened, count(*) FILTER (WHERE reviewed_at IS NOT NULL)::int AS reviewed,
                  count(*) FILTER (WHERE review_verdict = 'unjustified')::int AS unjustified
             FROM access_grants WHERE kind = 'break-glass' AND granted_at BETWEEN $1 AND $2`,
          [bounds.start, bounds.end],
        ))!;
        await appendAudit(tx, actor, { action: 'oversight.monthly-report.read', recordType: 'audit-log', reason: chosen });
        return {
          month: chosen,
          from: report.from,
          to: report.to,
          generatedAt: actor.now.toISOString(),
          institution: { kbo: actor.tenant.kbo, name: actor.tenant.name },
          generic: {
            ...report.usage,
            breakGlassOpenings: breakGlass.opened,
            breakGlassReviewed: breakGlass.reviewed,
            breakGlassUnjustified: breakGlass.unjustified,
          },
          specific: { thresholds: report.thresholds, indicators: report.items, rankings: report.rankings },
        };
      });
    },

    /** Puts a person under watch (public figure, staff member…) or lifts it; every access by someone outside the file is then an indicator. */
    setSensitivity,

    /** Puts the person with this NISS (or an earlier number of theirs, R4) under watch. */
    async watchByNiss(actor: Actor, input: { niss: string; reason?: string }) {
      requireRole(actor, ['security-advisor'], 'oversight.forbidden');
      const niss = normaliseNiss(input.niss);
      if (niss === null)
        throw invalid('niss.invalid', 'Give the 11 digits of a NISS or BIS number.', [
          { path: '/niss', code: 'niss.invalid-format', message: 'expected 11 digits' },
        ]);
      const person = await actor.tenant.db.one<{ id: string }>(
        'SELECT p.id FROM persons p JOIN person_identifiers i ON i.person_id = p.id WHERE i.niss = $1 AND p.anonymised_at IS NULL',
        [niss],
      );
      if (!person) throw notFound('person.not-found', 'Nobody is registered with this number at this CPAS.');
      return setSensitivity(actor, person.id, { isSensitive: true, reason: input.reason });
    },

    /**
     * The audit log itself, for an investigation (anchors §3.5: on suspicion, the report that names
     * users, searches and persons): the events of one user, or on one person, in a period, newest
     * first. Identifiers and action names only (R45: no content in the log); the read is audited.
     */
    async auditEvents(
      actor: Actor,
      query: { userId?: string; personId?: string; from?: string; to?: string; limit: number; offset: number },
    ) {
      requireRole(actor, ['security-advisor'], 'oversight.forbidden');
      if (!query.userId && !query.personId) {
        throw invalid('audit-log.filter-required', 'Name a user or a person: the log is read for one of them at a time.', [
          { path: '/query/userId', code: 'required', message: 'userId or personId' },
        ]);
      }
      for (const [name, value] of [
        ['userId', query.userId],
        ['personId', query.personId],
      ] as const) {
        if (value !== undefined && !isUuid(value))
          throw invalid('validation.failed', `${name} is not an id.`, [
            { path: `/query/${name}`, code: 'invalid-format', message: 'a UUID' },
          ]);
      }
      const { start, end } = parsePeriod(query.from, query.to, actor.now);
      return actor.tenant.db.transaction(async (tx) => {
        const where = `e.at >= $1 AND e.at <= $2 AND ($3::uuid IS NULL OR e.user_id = $3) AND ($4::uuid IS NULL OR e.person_id = $4)`;
        const params = [start, end, query.userId ?? null, query.personId ?? null];
        const [rows, total, subject] = await Promise.all([
          tx.query<{
            id: string;
            at: Date;
            user_id: string | null;
            display_name: string | null;
            role: string | null;
            action: string;
            record_type: string;
            record_id: string | null;
            person_id: string | null;
            family_name: string | null;
            given_names: string | null;
            outcome: string;
            request_id: string | null;
          }>(
            `SELECT e.id, e.at, e.user_id, u.display_name, e.role, e.action, e.record_type, e.record_id, e.person_id, p.family_name, p.given_names, e.outcome, e.request_id
               FROM audit_events e LEFT JOIN users u ON u.id = e.user_id LEFT JOIN persons p ON p.id = e.person_id
              WHERE ${where} ORDER BY e.at DESC, e.id DESC LIMIT $5 OFFSET $6`,
            [...params, query.limit, query.offset],
          ),
          tx.one<{ n: number }>(`SELECT count(*)::int AS n FROM audit_events e WHERE ${where}`, params),
          tx.one<{ user_name: string | null; person_name: string | null }>(
            `SELECT (SELECT display_name FROM users WHERE id = $1::uuid) AS user_name, (SELECT family_name || ' ' || given_names FROM persons WHERE id = $2::uuid) AS person_name`,
            [query.userId ?? null, query.personId ?? null],
          ),
        ]);
        await appendAudit(tx, actor, {
          action: 'oversight.audit-log.read',
          recordType: 'audit-log',
          personId: query.personId ?? null,
          reason: query.userId ? `user ${query.userId}` : null,
        });
        return {
          from: start.toISOString(),
          to: end.toISOString(),
          total: total?.n ?? 0,
          limit: query.limit,
          offset: query.offset,
          user: query.userId ? { id: query.userId, displayName: subject?.user_name ?? null } : null,
          person: query.personId ? { id: query.personId, name: subject?.person_name ?? null } : null,
          items: rows.map((row) => ({
            id: Number(row.id),
            at: row.at.toISOString(),
            user: row.user_id ? { id: row.user_id, displayName: row.display_name } : null,
            role: row.role,
            action: row.action,
            recordType: row.record_type,
            recordId: row.record_id,
            outcome: row.outcome,
            requestId: row.request_id,
            person: row.person_id
              ? { id: row.person_id, name: row.family_name === null ? null : `${row.family_name} ${row.given_names ?? ''}`.trim() }
              : null,
          })),
        };
      });
    },

    /** The persons under watch, with who put them there and why. */
    async listSensitive(actor: Actor) {
      requireRole(actor, ['security-advisor'], 'oversight.forbidden');
      return actor.tenant.db.transaction(async (tx) => {
        const rows = await tx.query<{
          id: string;
          family_name: string;
          given_names: string;
          sensitive_reason: string | null;
          sensitive_flagged_at: Date | null;
          flagged_by: string | null;
        }>(
          `SELECT p.id, p.family_name, p.given_names, p.sensitive_reason, p.sensitive_flagged_at, u.display_name AS flagged_by
             FROM persons p LEFT JOIN users u ON u.id = p.sensitive_flagged_by
            WHERE p.is_sensitive AND p.anonymised_at IS NULL ORDER BY p.family_name, p.given_names`,
        );
        await appendAudit(tx, actor, { action: 'person.watch.list', recordType: 'person' });
        return {
          items: rows.map((row) => ({
            id: row.id,
            familyName: row.family_name,
            givenNames: row.given_names,
            reason: row.sensitive_reason,
            flaggedAt: row.sensitive_flagged_at?.toISOString() ?? null,
            flaggedBy: row.flagged_by,
          })),
        };
      });
    },
  };
}

export type OversightService = ReturnType<typeof createOversightService>;
