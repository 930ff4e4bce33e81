/**
 * Saving and signing the social report; only a qualified social worker signs (domain §3.3, [S42]).
 * The home-visit section is the file's latest home visit (R13, module home-visits): a date entered in
 * the report is recorded as a home visit (so it feeds the yearly deadline), and an unsigned report
 * always shows the latest visit — one entry, two uses. A signed report keeps what it was signed with.
 */
import { dayInBrussels } from '#platform/brussels-time.ts';
import { AppError, conflict, forbidden, invalid } from '#platform/errors.ts';
import type { Queryable } from '#platform/db.ts';
import type { Actor } from '../../tenant.ts';
import { withRequest } from '../access/index.ts';
import { requireOpen } from '../aid-requests/index.ts';
import { homeVisitSection, insertVisit, visitsOf } from '../home-visits/index.ts';
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

/** The sections with the home-visit section taken from the visits (unsigned reports only). */
async function withVisits(tx: Queryable, requestId: string, row: ReportRow): Promise<ReportRow> {
  if (row.signed_at) return row;
  const section = homeVisitSection(await visitsOf(tx, requestId));
  return section ? { ...row, sections: { ...row.sections, homeVisit: section } } : row;
}

/** A home-visit date typed into the report becomes a visit record, unless that visit is already recorded. */
async function recordReportVisit(tx: Queryable, actor: Actor, requestId: string, sections: Sections): Promise<Sections> {
  const visitedAt = sections.homeVisit?.visitedAt;
  if (!visitedAt) return sections;
  if (visitedAt > dayInBrussels(actor.now))
    throw invalid('home-visit.in-future', 'A home visit cannot be dated in the future.', [
      { path: '/sections/homeVisit/visitedAt', code: 'in-future', message: 'after today' },
    ]);
  const findings = sections.homeVisit?.findings?.trim() || null;
  const known = (await visitsOf(tx, requestId)).some((visit) => visit.visitedAt === visitedAt && (visit.findings ?? null) === findings);
  if (!known) await insertVisit(tx, { requestId, visitedAt, visitedBy: actor.user.displayName, findings, createdBy: actor.user.id });
  return sections;
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
          await recordReportVisit(tx, actor, request.id, sections);
          const row = await tx.one<ReportRow>(
            `INSERT INTO social_reports (request_id, sections, updated_by) VALUES ($1, $2, $3)
           ON CONFLICT (request_id) DO UPDATE SET sections = EXCLUDED.sections, updated_by = EXCLUDED.updated_by, updated_at = now() RETURNING *`,
            [request.id, sections, actor.user.id],
          );
          if (request.status === 'received')
            await tx.query(`UPDATE aid_requests SET status = 'investigating', updated_at = now() WHERE id = $1`, [request.id]);
          return toView(request.id, request.kind, await withVisits(tx, request.id, row!));
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
          const report = row ?? {
            sections: {},
            updated_at: request.created_at,
            updated_by: request.created_by,
            signed_at: null,
            signed_by: null,
          };
          return toView(request.id, request.kind, await withVisits(tx, request.id, report));
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
          const stored = await tx.one<ReportRow>('SELECT * FROM social_reports WHERE request_id = $1', [request.id]);
          if (stored?.signed_at) throw conflict('report.signed', 'The report is already signed.');
          // The report is signed with the latest home visit in it: the signed text is what the committee reads.
          const row = stored ? await withVisits(tx, request.id, stored) : undefined;
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
            'UPDATE social_reports SET signed_at = $2, signed_by = $3, sections = $4 WHERE request_id = $1 RETURNING *',
            [request.id, actor.now, actor.user.id, row.sections],
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
