/**
 * What the security advisor / DPO and the person are owed: the GDPR access report (R38), misuse
 * indicators from the audit log (anchors §3.5, Suwinet), break-glass openings, and statistics that
 * identify nobody (R49). The advisor's own reads are audited too (R44).
 */
import { notFound } from '#platform/errors.ts';
import { requireRole } from '../access/roles.ts';
import { parsePeriod } from '../../period.ts';
import type { Actor } from '../../tenant.ts';
import { appendAudit } from '../audit/audit.ts';
import { isUuid } from '../access/access.ts';
import { readSetting } from '../../settings.ts';

export type IndicatorItem = { indicator: string; userId?: string; userName?: string; personId?: string; count: number; threshold: number; isAboveThreshold: boolean };


export function createOversightService() {
  return {
    /** R38: everything held about the person, its sources, disclosures and every access. */
    async accessReport(actor: Actor, personId: string) {
      requireRole(actor, ['security-advisor', 'supervisor']);
      if (!isUuid(personId)) throw notFound('person.not-found', 'No such person.');
      return actor.tenant.db.transaction(async (tx) => {
        const person = await tx.one<{ id: string; niss: string | null; provisional_id: string | null; family_name: string; given_names: string; birth_date: string | null; nationality: string | null; language: string; created_at: Date }>(
          'SELECT * FROM persons WHERE id = $1 AND anonymised_at IS NULL', [personId]);
        if (!person) throw notFound('person.not-found', 'No such person.');
        const [identifiers, requests, decisions, reports, documents, noteCounts, disclosures, accesses, integrations] = await Promise.all([
          tx.query<{ niss: string; kind: string; valid_from: Date; replaced_at: Date | null }>('SELECT niss, kind, valid_from, replaced_at FROM person_identifiers WHERE person_id = $1 ORDER BY valid_from', [personId]),
          tx.query<{ id: string; kind: string; status: string; received_at: Date; acknowledgement_number: string; closed_at: Date | null }>(
            `SELECT id, kind, status, received_at, acknowledgement_number, closed_at FROM aid_requests WHERE person_id = $1 ORDER BY received_at`, [personId]),
          tx.query<{ ref: string; request_id: string; decided_at: string; body: string; aid_type: string; outcome: string; amount_cents: number | null; legal_basis: string; motivation_category: string; motivation_text: string | null; status: string }>(
            `SELECT d.* FROM decisions d JOIN aid_requests r ON r.id = d.request_id WHERE r.person_id = $1 ORDER BY d.decided_at`, [personId]),
          tx.query<{ request_id: string; sections: unknown; signed_at: Date | null }>(`SELECT s.request_id, s.sections, s.signed_at FROM social_reports s JOIN aid_requests r ON r.id = s.request_id WHERE r.person_id = $1`, [personId]),
          tx.query<{ request_id: string; type: string; title: string; document_date: string; source: string; source_ref: string | null; retention_class: string }>(
            `SELECT d.request_id, d.type, d.title, d.document_date, d.source, d.source_ref, d.retention_class FROM documents d JOIN aid_requests r ON r.id = d.request_id WHERE r.person_id = $1`, [personId]),
          tx.query<{ request_id: string; count: number }>(`SELECT n.request_id, count(*)::int AS count FROM notes n JOIN aid_requests r ON r.id = n.request_id WHERE r.person_id = $1 GROUP BY n.request_id`, [personId]),
          tx.query<{ recipient: string; legal_basis: string; items: unknown; exported_at: Date | null; deferred_until: string | null }>(
            `SELECT recipient, legal_basis, items, exported_at, deferred_until FROM disclosures WHERE person_id = $1 AND exported_at IS NOT NULL
              AND (deferred_until IS NULL OR deferred_until <= $2::date) ORDER BY exported_at`, [personId, actor.now]),
          tx.query<{ at: Date; display_name: string | null; role: string | null; action: string; outcome: string; record_type: string }>(
            `SELECT e.at, u.display_name, e.role, e.action, e.outcome, e.record_type FROM audit_events e LEFT JOIN users u ON u.id = e.user_id WHERE e.person_id = $1 ORDER BY e.id`, [personId]),
          tx.query<{ request_id: string; quality_code: string; start_date: string; end_date: string | null }>('SELECT request_id, quality_code, start_date, end_date FROM integrations WHERE person_id = $1', [personId]),
        ]);
        await appendAudit(tx, actor, { action: 'access-report.generate', recordType: 'person', recordId: personId, personId });
        return {
          generatedAt: actor.now.toISOString(),
          person: { id: person.id, niss: person.niss, provisionalId: person.provisional_id, familyName: person.family_name, givenNames: person.given_names, birthDate: person.birth_date, nationality: person.nationality, language: person.language, registeredAt: person.created_at.toISOString() },
          identifiers: identifiers.map((i) => ({ niss: i.niss, kind: i.kind, validFrom: i.valid_from.toISOString(), replacedAt: i.replaced_at?.toISOString() ?? null })),
          aidRequests: requests.map((r) => ({ id: r.id, kind: r.kind, status: r.status, receivedAt: r.received_at.toISOString(), acknowledgementNumber: r.acknowledgement_number, closedAt: r.closed_at?.toISOString() ?? null })),
          decisions: decisions.map((d) => ({ ref: d.ref, requestId: d.request_id, decidedAt: d.decided_at, body: d.body, aidType: d.aid_type, outcome: d.outcome, amountCents: d.amount_cents, legalBasis: d.legal_basis, motivationCategory: d.motivation_category, motivationText: d.motivation_text, status: d.status })),
          socialReports: reports.map((r) => ({ requestId: r.request_id, sections: r.sections, signedAt: r.signed_at?.toISOString() ?? null })),
          documents: documents.map((d) => ({ requestId: d.request_id, type: d.type, title: d.title, documentDate: d.document_date, source: d.source, sourceRef: d.source_ref, retentionClass: d.retention_class })),
          // Confidences stay secret (art. 458 Criminal Code, R25): their existence is reported, never their content.
          confidentialNotes: noteCounts.map((n) => ({ requestId: n.request_id, count: n.count, contentExcluded: 'professional-secrecy' })),
          sources: [...new Set(documents.map((d) => d.source))].map((source) => ({ source })),
          integrations: integrations.map((i) => ({ requestId: i.request_id, qualityCode: i.quality_code, start: i.start_date, end: i.end_date })),
          disclosures: disclosures.map((d) => ({ recipient: d.recipient, legalBasis: d.legal_basis, items: d.items, at: d.exported_at?.toISOString() ?? null })),
          accesses: accesses.map((a) => ({ at: a.at.toISOString(), by: a.display_name, role: a.role, action: a.action, outcome: a.outcome, recordType: a.record_type })),
        };
      });
    },

    /** Misuse indicators with their thresholds (settings): for the security advisor only. */
    async indicators(actor: Actor, period: { from?: string; to?: string }) {
      requireRole(actor, ['security-advisor'], 'oversight.forbidden');
      const { start, end } = parsePeriod(period.from, period.to, actor.now);
      return actor.tenant.db.transaction(async (tx) => {
        const settings = await readSetting(tx, 'oversight');
        const perUser = async (indicator: string, where: string, threshold: number) => {
          const rows = await tx.query<{ user_id: string; display_name: string; count: number }>(
            `SELECT e.user_id, u.display_name, count(*)::int AS count FROM audit_events e JOIN users u ON u.id = e.user_id
              WHERE e.at BETWEEN $1 AND $2 AND ${where} GROUP BY e.user_id, u.display_name ORDER BY count DESC`, [start, end, settings.officeHoursStart, settings.officeHoursEnd]);
          return rows.map((row) => ({ indicator, userId: row.user_id, userName: row.display_name, count: row.count, threshold, isAboveThreshold: row.count >= threshold }));
        };
        const hourExpr = `extract(hour FROM e.at AT TIME ZONE 'Europe/Brussels')`;
        const dayExpr = `extract(isodow FROM e.at AT TIME ZONE 'Europe/Brussels')`;
        const items: IndicatorItem[] = [
          ...(await perUser('search-by-name', `e.action = 'person.search-by-name' AND $3::int IS NOT NULL AND $4::int IS NOT NULL`, settings.nameSearchThreshold)),
          ...(await perUser('out-of-hours', `(${hourExpr} < $3::int OR ${hourExpr} >= $4::int OR ${dayExpr} >= 6)`, settings.outOfHoursThreshold)),
          ...(await perUser('denied-attempts', `e.outcome = 'denied' AND $3::int IS NOT NULL AND $4::int IS NOT NULL`, settings.denialThreshold)),
          ...(await perUser('volume', `e.action LIKE '%.read' AND $3::int IS NOT NULL AND $4::int IS NOT NULL`, settings.volumeThreshold)),
        ];
        const persons = await tx.query<{ person_id: string; count: number; is_sensitive: boolean }>(
          `SELECT e.person_id, count(*)::int AS count, bool_or(p.is_sensitive) AS is_sensitive FROM audit_events e JOIN persons p ON p.id = e.person_id
            WHERE e.at BETWEEN $1 AND $2 GROUP BY e.person_id ORDER BY count DESC LIMIT 10`, [start, end]);
        for (const row of persons) {
          items.push({ indicator: row.is_sensitive ? 'sensitive-person-consulted' : 'top-consulted-person', personId: row.person_id, count: row.count,
            threshold: row.is_sensitive ? 1 : settings.volumeThreshold, isAboveThreshold: row.is_sensitive || row.count >= settings.volumeThreshold });
        }
        await appendAudit(tx, actor, { action: 'oversight.indicators.read', recordType: 'audit-log' });
        return { from: start.toISOString(), to: end.toISOString(), items };
      });
    },
  };
}
