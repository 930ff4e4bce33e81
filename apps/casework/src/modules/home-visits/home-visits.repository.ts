/** The SQL of home visits. Inserting a visit moves aid_requests.last_home_visit_at (trigger, migration 0025). */
import type { Queryable } from '#platform/db.ts';
import type { HomeVisit } from './home-visits.ts';

type HomeVisitRow = { id: string; visited_at: string; visited_by: string; findings: string | null; created_at: Date };

const toVisit = (row: HomeVisitRow): HomeVisit => ({
  id: row.id,
  visitedAt: row.visited_at,
  visitedBy: row.visited_by,
  findings: row.findings,
  createdAt: row.created_at.toISOString(),
});

export function homeVisitRepository(db: Queryable) {
  return {
    list: async (requestId: string) =>
      (
        await db.query<HomeVisitRow>(
          'SELECT id, visited_at, visited_by, findings, created_at FROM home_visits WHERE request_id = $1 ORDER BY visited_at DESC, created_at DESC',
          [requestId],
        )
      ).map(toVisit),
    insert: async (visit: { requestId: string; visitedAt: string; visitedBy: string; findings: string | null; createdBy: string }) =>
      toVisit(
        (await db.one<HomeVisitRow>(
          `INSERT INTO home_visits (request_id, visited_at, visited_by, findings, created_by) VALUES ($1, $2, $3, $4, $5)
           RETURNING id, visited_at, visited_by, findings, created_at`,
          [visit.requestId, visit.visitedAt, visit.visitedBy, visit.findings, visit.createdBy],
        ))!,
      ),
  };
}

export type HomeVisitRepository = ReturnType<typeof homeVisitRepository>;
