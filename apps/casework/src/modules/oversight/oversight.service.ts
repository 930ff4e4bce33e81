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
import { refreshAuditRollups } from './audit-rollup.ts';
import { breakGlassOpeningsForPerson } from '../break-glass/index.ts';
import { hasRole, requireRole } from '../access/index.ts';
import { parsePeriod } from '../../period.ts';
import type { Actor } from '../../tenant.ts';
import { appendAudit, recordDenial } from '../audit/index.ts';
import { isUuid } from '../access/index.ts';
import { readSetting } from '../../settings.ts';
import type { Queryable } from '#platform/db.ts';
import { oversightRepository, type OversightRepository } from './oversight.repository.ts';

/** What the use cases need besides the actor; tests pass fakes. */
export type OversightDeps = {
  repository: (db: Queryable) => OversightRepository;
  readSetting: typeof readSetting;
  computeIndicators: typeof computeIndicators;
  refreshAuditRollups: typeof refreshAuditRollups;
};

const officeHours = (settings: { officeHoursStart: number; officeHoursEnd: number }) => ({
  start: settings.officeHoursStart,
  end: settings.officeHoursEnd,
});

const realDeps: OversightDeps = { repository: oversightRepository, readSetting, computeIndicators, refreshAuditRollups };

export function createOversightService(overrides: Partial<OversightDeps> = {}) {
  const deps: OversightDeps = { ...realDeps, ...overrides };

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
      const row = await deps.repository(tx).setSensitivity(personId, input.isSensitive, reason || null, actor.user.id, actor.now);
      if (!row) throw notFound('person.not-found', 'No such person.');
      // R45: the typed reason lives in person_watch_reasons (purgeable); the chain holds its reference only.
      const reasonId =
        input.isSensitive && reason ? await deps.repository(tx).insertWatchReason(personId, reason, actor.user.id, actor.now) : null;
      await appendAudit(tx, actor, {
        action: input.isSensitive ? 'person.watch.set' : 'person.watch.lift',
        recordType: 'person',
        recordId: personId,
        personId,
        reason: reasonId ? `watch-reason:${reasonId}` : null,
      });
      return {
        id: row.id,
        isSensitive: row.is_sensitive,
        reason: row.sensitive_reason,
        flaggedAt: row.sensitive_flagged_at?.toISOString() ?? null,
      };
    });
  }

  return {
    /** R38: everything held about the person, its sources, disclosures and every access. */
    async accessReport(actor: Actor, personId: string) {
      requireRole(actor, ['security-advisor', 'supervisor']);
      if (!isUuid(personId)) throw notFound('person.not-found', 'No such person.');
      // R23/R44: the security advisor answers every person's request; a supervisor only for a person
      // whose file its team holds. Anyone else's attempt is audited as denied and sees "not found".
      if (!hasRole(actor, ['security-advisor']) && !(await deps.repository(actor.tenant.db).isPersonTeam(personId, actor.user.id))) {
        await recordDenial(actor.tenant.db, actor, {
          action: 'access-report.generate',
          recordType: 'person',
          recordId: personId,
          personId,
        });
        throw notFound('person.not-found', 'No such person.');
      }
      return actor.tenant.db.transaction(async (tx) => {
        const repository = deps.repository(tx);
        const person = await repository.person(personId);
        if (!person) throw notFound('person.not-found', 'No such person.');
        // One statement at a time: a transaction's client runs one query at once.
        const identifiers = await repository.identifiers(personId);
        const requests = await repository.requests(personId);
        const decisions = await repository.decisions(personId);
        const reports = await repository.socialReports(personId);
        const documents = await repository.documents(personId);
        const noteCounts = await repository.noteCounts(personId);
        const disclosures = await repository.exportedDisclosures(personId, actor.now);
        const accesses = await repository.accesses(personId, actor.now);
        const integrations = await repository.integrations(personId);
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
      const settings = await deps.readSetting(actor.tenant.db, 'oversight');
      await deps.refreshAuditRollups(actor.tenant.db, { from: start, to: end, now: actor.now, office: officeHours(settings) });
      return actor.tenant.db.transaction(async (tx) => {
        const report = await deps.computeIndicators(tx, settings, start, end, actor.now);
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
      const settings = await deps.readSetting(actor.tenant.db, 'oversight');
      await deps.refreshAuditRollups(actor.tenant.db, {
        from: bounds.start,
        to: bounds.end,
        now: actor.now,
        office: officeHours(settings),
      });
      return actor.tenant.db.transaction(async (tx) => {
        const report = await deps.computeIndicators(tx, settings, bounds.start, bounds.end, actor.now);
        const breakGlass = await deps.repository(tx).breakGlassCounts(bounds.start, bounds.end);
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
      const personId = await deps.repository(actor.tenant.db).activePersonIdByNiss(niss);
      if (!personId) throw notFound('person.not-found', 'Nobody is registered with this number at this CPAS.');
      return setSensitivity(actor, personId, { isSensitive: true, reason: input.reason });
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
        const repository = deps.repository(tx);
        const filter = { start, end, userId: query.userId ?? null, personId: query.personId ?? null };
        const rows = await repository.auditEvents(filter, query);
        const total = await repository.auditEventCount(filter);
        const subject = await repository.subjectNames(filter.userId, filter.personId);
        await appendAudit(tx, actor, {
          action: 'oversight.audit-log.read',
          recordType: 'audit-log',
          personId: query.personId ?? null,
          reason: query.userId ? `user ${query.userId}` : null,
        });
        return {
          from: start.toISOString(),
          to: end.toISOString(),
          total,
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
        const rows = await deps.repository(tx).sensitivePersons();
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
