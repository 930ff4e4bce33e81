/**
 * The deciding body's agenda: the requests whose social report is signed and awaiting a decision
 * (status `report-signed`). A committee member reads only these reports, read-only; nothing else of
 * the social file (R15, R23: the report is written for the deciding body; need-to-know). Every read
 * is audited, and a request that is not on the agenda is answered 404 like a file that does not exist.
 */
import { notFound } from '#platform/errors.ts';
import type { Actor } from '../../tenant.ts';
import { appendAudit, recordDenial } from '../audit/index.ts';
import { isUuid, requireRole } from '../access/index.ts';
import { listMissingSections, type Sections } from '../social-reports/index.ts';

function requireCommittee(actor: Actor): void {
  requireRole(actor, ['committee-member'], 'access.role', 'The agenda is for members of the deciding body.');
}

export function createAgendaService() {
  return {
    async listAgenda(actor: Actor, page: { limit: number; offset: number }) {
      requireCommittee(actor);
      return actor.tenant.db.transaction(async (tx) => {
        const rows = await tx.query<{
          id: string;
          kind: string;
          original_received_at: string;
          given_names: string;
          family_name: string;
          signed_at: Date;
          total: string;
        }>(
          `SELECT r.id, r.kind, r.original_received_at, p.given_names, p.family_name, s.signed_at, count(*) OVER () AS total
             FROM aid_requests r JOIN persons p ON p.id = r.person_id JOIN social_reports s ON s.request_id = r.id
            WHERE r.status = 'report-signed' AND s.signed_at IS NOT NULL ORDER BY s.signed_at, r.id LIMIT $1 OFFSET $2`,
          [page.limit, page.offset],
        );
        await appendAudit(tx, actor, { action: 'agenda.read', recordType: 'agenda' });
        return {
          items: rows.map((row) => ({
            requestId: row.id,
            kind: row.kind,
            personName: `${row.given_names} ${row.family_name}`,
            originalReceivedAt: row.original_received_at,
            signedAt: row.signed_at.toISOString(),
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
        if (!row || row.status !== 'report-signed' || !row.signed_at) return { report: null, personId: row ? row.person_id : null };
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
            missingSections: listMissingSections(row.sections ?? {}, row.kind),
          },
        };
      });
      if (found.report === null) throw await deny(found.personId);
      return found.report;
    },
  };
}
