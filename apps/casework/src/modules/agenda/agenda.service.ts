/**
 * The deciding body's agenda: the signed social reports on the agenda of the committee sessions a
 * member sits on (R24), readable from the moment the secretary puts them there until the session's
 * date plus `access.committeeAccessDays`; then the access lapses. A member reads only these reports,
 * read-only; nothing else of the social file (R15, R23: the report is written for the deciding body;
 * need-to-know). Every read is audited, and a request that is not on such an agenda is answered 404
 * like a file that does not exist.
 */
import { notFound } from '#platform/errors.ts';
import type { Actor } from '../../tenant.ts';
import { appendAudit, recordDenial } from '../audit/index.ts';
import { isUuid, requireRole } from '../access/index.ts';
import { listMissingSections, type Sections } from '../social-reports/index.ts';
import { memberAgenda, memberAgendaAccess } from '../committee/index.ts';

function requireCommittee(actor: Actor): void {
  requireRole(actor, ['committee-member'], 'access.role', 'The agenda is for members of the deciding body.');
}

export function createAgendaService() {
  return {
    async listAgenda(actor: Actor, page: { limit: number; offset: number }) {
      requireCommittee(actor);
      return actor.tenant.db.transaction(async (tx) => {
        const rows = await memberAgenda(tx, actor, page);
        await appendAudit(tx, actor, { action: 'agenda.read', recordType: 'agenda' });
        return {
          items: rows.map((row) => ({
            requestId: row.request_id,
            kind: row.kind,
            personName: `${row.given_names} ${row.family_name}`,
            originalReceivedAt: row.original_received_at,
            signedAt: row.signed_at?.toISOString() ?? null,
            sessionId: row.session_id,
            sessionDate: row.session_date,
            isDecided: row.decision_id !== null,
          })),
          total: Number(rows[0]?.total ?? 0),
          limit: page.limit,
          offset: page.offset,
        };
      });
    },

    async readAgendaReport(actor: Actor, requestId: string) {
      requireCommittee(actor);
      const deny = async (personId: string | null) => {
        await recordDenial(actor.tenant.db, actor, {
          action: 'agenda.report-read',
          recordType: 'social-report',
          recordId: requestId.slice(0, 64),
          personId,
        });
        return notFound('aid-request.not-found', 'No such aid request on the agenda.');
      };
      if (!isUuid(requestId)) throw await deny(null);
      const found = await actor.tenant.db.transaction(async (tx) => {
        const row = await tx.one<{
          id: string;
          person_id: string;
          kind: string;
          status: string;
          original_received_at: string;
          given_names: string;
          family_name: string;
          sections: Sections | null;
          signed_at: Date | null;
          signer: string | null;
        }>(
          `SELECT r.id, r.person_id, r.kind, r.status, r.original_received_at, p.given_names, p.family_name, s.sections, s.signed_at, u.display_name AS signer
             FROM aid_requests r JOIN persons p ON p.id = r.person_id LEFT JOIN social_reports s ON s.request_id = r.id LEFT JOIN users u ON u.id = s.signed_by
            WHERE r.id = $1`,
          [requestId],
        );
        const sessionDate = row ? await memberAgendaAccess(tx, actor, row.id) : undefined;
        if (!row || !row.signed_at || !sessionDate) return { report: null, personId: row ? row.person_id : null };
        await appendAudit(tx, actor, {
          action: 'agenda.report-read',
          recordType: 'social-report',
          recordId: row.id,
          personId: row.person_id,
        });
        return {
          personId: row.person_id,
          report: {
            requestId: row.id,
            kind: row.kind,
            personName: `${row.given_names} ${row.family_name}`,
            originalReceivedAt: row.original_received_at,
            sections: row.sections ?? {},
            signedAt: row.signed_at.toISOString(),
            signedBy: row.signer,
            sessionDate,
            missingSections: listMissingSections(row.sections ?? {}, row.kind),
          },
        };
      });
      if (found.report === null) throw await deny(found.personId);
      return found.report;
    },
  };
}
