/** Saving and signing the social report; only a qualified social worker signs (domain §3.3, [S42]). */
import { AppError, conflict, forbidden } from '#platform/errors.ts';
import type { Actor } from '../../tenant.ts';
import { withRequest } from '../access/index.ts';
import { requireOpen } from '../aid-requests/index.ts';
import { listMissingSections, type Sections } from './social-report.ts';

type ReportRow = { sections: Sections; updated_at: Date; updated_by: string; signed_at: Date | null; signed_by: string | null };

function toView(requestId: string, kind: string, row: ReportRow) {
  return {
    requestId,
    sections: row.sections,
    updatedAt: row.updated_at.toISOString(),
    isSigned: row.signed_at !== null,
    signedAt: row.signed_at?.toISOString() ?? null,
    signedBy: row.signed_by,
    missingSections: listMissingSections(row.sections, kind),
  };
}

export function createSocialReportService() {
  return {
    async saveReport(actor: Actor, requestId: string, sections: Sections) {
      return withRequest(
        actor,
        requestId,
        { action: 'social-report.update', mode: 'write', recordType: 'social-report' },
        async (tx, request) => {
          requireOpen(request);
          const existing = await tx.one<ReportRow>('SELECT * FROM social_reports WHERE request_id = $1', [request.id]);
          if (existing?.signed_at) throw conflict('report.signed', 'The report is signed; it can no longer be changed.');
          const row = await tx.one<ReportRow>(
            `INSERT INTO social_reports (request_id, sections, updated_by) VALUES ($1, $2, $3)
           ON CONFLICT (request_id) DO UPDATE SET sections = EXCLUDED.sections, updated_by = EXCLUDED.updated_by, updated_at = now() RETURNING *`,
            [request.id, sections, actor.user.id],
          );
          if (request.status === 'received')
            await tx.query(`UPDATE aid_requests SET status = 'investigating', updated_at = now() WHERE id = $1`, [request.id]);
          return toView(request.id, request.kind, row!);
        },
      );
    },

    async getReport(actor: Actor, requestId: string) {
      return withRequest(
        actor,
        requestId,
        { action: 'social-report.read', mode: 'read', recordType: 'social-report' },
        async (tx, request) => {
          const row = await tx.one<ReportRow>('SELECT * FROM social_reports WHERE request_id = $1', [request.id]);
          return toView(
            request.id,
            request.kind,
            row ?? { sections: {}, updated_at: request.created_at, updated_by: request.created_by, signed_at: null, signed_by: null },
          );
        },
      );
    },

    async signReport(actor: Actor, requestId: string) {
      if (!actor.user.isQualifiedSocialWorker)
        throw forbidden('report.not-qualified', 'Only a qualified social worker signs a social report.');
      return withRequest(
        actor,
        requestId,
        { action: 'social-report.sign', mode: 'write', recordType: 'social-report' },
        async (tx, request) => {
          requireOpen(request);
          const row = await tx.one<ReportRow>('SELECT * FROM social_reports WHERE request_id = $1', [request.id]);
          if (row?.signed_at) throw conflict('report.signed', 'The report is already signed.');
          const missing = listMissingSections(row?.sections ?? {}, request.kind);
          if (!row || missing.length > 0) {
            throw new AppError(
              'report.incomplete',
              409,
              `Complete these sections before signing: ${missing.join(', ')}.`,
              missing.map((name) => ({ path: `/sections/${name}`, code: 'required', message: 'mandatory section is empty' })),
            );
          }
          const signed = await tx.one<ReportRow>(
            'UPDATE social_reports SET signed_at = $2, signed_by = $3 WHERE request_id = $1 RETURNING *',
            [request.id, actor.now, actor.user.id],
          );
          if (request.status === 'received' || request.status === 'investigating')
            await tx.query(`UPDATE aid_requests SET status = 'report-signed', updated_at = now() WHERE id = $1`, [request.id]);
          return toView(request.id, request.kind, signed!);
        },
      );
    },
  };
}

export type SocialReportService = ReturnType<typeof createSocialReportService>;
