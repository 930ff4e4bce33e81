/** SQL of the caseload and the team view. */
import type { Queryable } from '#platform/db.ts';
import { openAssignedRequestIds, openTeamRequestIds, requestsAmong, type AidRequestRow } from '../access/index.ts';
import { DEADLINE_FACTS_JOINS, LISTED_DEADLINE_FACTS_COLUMNS, type DeadlineFile, type ListedDeadlineFacts } from '../aid-requests/index.ts';

export type CaseRow = DeadlineFile &
  ListedDeadlineFacts &
  Pick<AidRequestRow, 'person_id' | 'acknowledgement_number'> & {
    family_name: string;
    given_names: string;
    assignee_ids: string[];
    assignee_names: string[];
  };

// What the lists show and the deadlines read, not every column of each file (a team has ≈ 650 open files): the
// file's assignees in one lookup, and the deadlines' facts (`CASE_JOINS` after the list's own joins).
const CASE_COLUMNS = `r.id, r.person_id, r.kind, r.status, r.original_received_at, r.acknowledgement_number, r.last_home_visit_at,
  r.is_new_ris_beneficiary, r.piis_signed_at, p.family_name, p.given_names, asg.assignee_ids, asg.assignee_names,
  ${LISTED_DEADLINE_FACTS_COLUMNS}`;
// The two arrays in the same order (the user's id breaks a tie between two assignments made at the same moment).
const CASE_JOINS = `CROSS JOIN LATERAL (SELECT coalesce(array_agg(a.user_id::text ORDER BY a.assigned_at, a.user_id), '{}') AS assignee_ids,
                                  coalesce(array_agg(u.display_name ORDER BY a.assigned_at, a.user_id), '{}') AS assignee_names
                             FROM assignments a JOIN users u ON u.id = a.user_id WHERE a.request_id = r.id AND a.ended_at IS NULL) asg
  ${DEADLINE_FACTS_JOINS}`;

export function caseloadRepository(tx: Queryable) {
  return {
    /** The open files assigned to the user (assignment not ended), read from the user's assignments on open files (one per file). */
    assignedTo: (userId: string, statuses: readonly string[]) =>
      tx.query<CaseRow>(
        `SELECT ${CASE_COLUMNS}
           FROM ${requestsAmong(openAssignedRequestIds('$1'), 'r', '$2')}
           JOIN persons p ON p.id = r.person_id ${CASE_JOINS} ORDER BY r.original_received_at`,
        [userId, statuses],
      ),
    /** The open files of the supervisor's team (assigned to one of the workers they supervise). */
    teamFiles: (supervisorId: string, statuses: readonly string[]) =>
      tx.query<CaseRow>(
        `SELECT ${CASE_COLUMNS} FROM ${requestsAmong(openTeamRequestIds('$1'), 'r', '$2')} JOIN persons p ON p.id = r.person_id
           ${CASE_JOINS} ORDER BY r.original_received_at`,
        [supervisorId, statuses],
      ),
    /**
     * Open files nobody is assigned to (registered by a supervisor or at the desk, or whose worker was taken off): the
     * open files' ids in order from their index, less those with an assignment on an open file (migration 0061), and
     * only the first 200 read in full — not every open file of the CPAS fetched to test it.
     */
    unassigned: () =>
      tx.query<CaseRow>(
        `SELECT ${CASE_COLUMNS}
           FROM (SELECT o.id FROM aid_requests o
                  WHERE is_open_request_status(o.status)
                    AND o.id NOT IN (SELECT a.request_id FROM assignments a WHERE a.ended_at IS NULL AND a.request_open)
                  ORDER BY o.original_received_at LIMIT 200) u
           JOIN aid_requests r ON r.id = u.id JOIN persons p ON p.id = r.person_id ${CASE_JOINS}
          ORDER BY r.original_received_at`,
      ),
    /** The active social workers the supervisor supervises. */
    team: (supervisorId: string) =>
      tx.query<{ id: string; display_name: string }>(
        `SELECT id, display_name FROM users WHERE supervisor_id = $1 AND is_active AND role = 'social-worker' ORDER BY display_name`,
        [supervisorId],
      ),
    requestForReassignment: (requestId: string, supervisorId: string) =>
      tx.one<{ id: string; person_id: string; status: string; is_team: boolean; has_assignee: boolean }>(
        `SELECT r.id, r.person_id, r.status, is_request_team(r.id, $2) AS is_team,
                EXISTS (SELECT 1 FROM assignments a WHERE a.request_id = r.id AND a.ended_at IS NULL) AS has_assignee
           FROM aid_requests r WHERE r.id = $1 FOR UPDATE`,
        [requestId, supervisorId],
      ),
    activeWorker: (userId: string) =>
      tx.one<{ id: string; display_name: string }>(
        `SELECT id, display_name FROM users WHERE id = $1 AND is_active AND role = 'social-worker'`,
        [userId],
      ),
    endAssignments: (requestId: string, at: Date, exceptUserId: string, onlyUserId: string | null) =>
      tx.query<{ user_id: string }>(
        `UPDATE assignments SET ended_at = $2 WHERE request_id = $1 AND ended_at IS NULL AND user_id <> $3 AND ($4::uuid IS NULL OR user_id = $4)
         RETURNING user_id`,
        [requestId, at, exceptUserId, onlyUserId],
      ),
    assign: (requestId: string, userId: string, by: string, at: Date) =>
      tx.query(
        `INSERT INTO assignments (request_id, user_id, assigned_by, assigned_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (request_id, user_id) DO UPDATE SET ended_at = NULL, assigned_at = $4, assigned_by = $3`,
        [requestId, userId, by, at],
      ),
  };
}
