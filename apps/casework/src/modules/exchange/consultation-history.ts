/**
 * `GET /api/v1/aid-requests/{id}/rse-consultations`: the consultations of one request, newest first
 * (ids, purpose, when, how many answers per status), so a worker can come back to a result. The
 * same case-based access as every read of the file (R23), audited.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { Actor } from '../../tenant.ts';
import { typed } from '../../http-context.ts';
import { withRequest } from '../access/access.ts';

export function listConsultations(actor: Actor, requestId: string) {
  return withRequest(actor, requestId, { action: 'rse-consultation.list', mode: 'read' }, async (tx, request) => {
    const rows = await tx.query<{ id: string; purpose: string; requested_at: Date; statuses: Record<string, number> | null }>(
      `SELECT c.id, c.purpose, c.requested_at,
              (SELECT jsonb_object_agg(status, n)
                 FROM (SELECT status, count(*)::int AS n FROM consultation_responses WHERE consultation_id = c.id GROUP BY status) s
              ) AS statuses
         FROM consultations c WHERE c.request_id = $1 ORDER BY c.requested_at DESC`,
      [request.id],
    );
    return {
      items: rows.map((row) => ({
        id: row.id,
        purpose: row.purpose,
        requestedAt: row.requested_at.toISOString(),
        responseCounts: row.statuses ?? {},
      })),
    };
  });
}

export function registerConsultationHistoryRoute(app: FastifyInstance, actorOf: (request: FastifyRequest) => Promise<Actor>): void {
  typed(app).get(
    '/api/v1/aid-requests/:id/rse-consultations',
    { schema: { tags: ['rse'], params: Type.Object({ id: Type.String({ maxLength: 64 }) }, { additionalProperties: false }) } },
    async (request) => listConsultations(await actorOf(request), request.params.id),
  );
}
