/**
 * Case-based access (R23), in one place: a file is read or written only by its assigned workers,
 * their supervisor, or a user holding an unexpired grant (a supervisor's grant with a reason, or a
 * break-glass opening). Anyone else gets 404 — the same answer as for a file that does not exist —
 * and the attempt is written to the audit log.
 */
import { notFound } from '#platform/errors.ts';
import type { Queryable } from '#platform/db.ts';
import type { Actor } from '../../tenant.ts';
import { appendAudit, recordDenial } from '../audit/index.ts';
import { CASEWORK_ROLES, hasRole } from './roles.ts';

export type AidRequestRow = {
  id: string;
  person_id: string;
  kind: string;
  status: string;
  received_at: Date;
  original_received_at: string;
  transferred_from_kbo: string | null;
  acknowledgement_number: string;
  acknowledgement_issued_at: Date;
  is_new_ris_beneficiary: boolean;
  last_home_visit_at: string | null;
  piis_signed_at: string | null;
  closed_at: Date | null;
  close_reason: string | null;
  created_by: string;
  created_at: Date;
  updated_at: Date;
};

type AccessRow = AidRequestRow & { can_access: boolean };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);

class AccessDeniedSignal extends Error {
  constructor(readonly personId: string | null) {
    super('denied');
  }
}

// The rule itself is the database function can_access_request (migration 0020), also used by the lists.
const ACCESS_SQL = 'SELECT r.*, can_access_request(r.id, $2, $3) AS can_access FROM aid_requests r WHERE r.id = $1';

export type AccessMode = 'read' | 'write';

/** SQL predicate (for list queries) matching the same rule as `withRequest`; $user and $now are parameters. */
export function accessibleRequestsPredicate(alias: string, userParam: string, nowParam: string): string {
  return `can_access_request(${alias}.id, ${userParam}, ${nowParam})`;
}

/**
 * SQL source of the ids of the files the user may open at a moment (the same rule as `accessibleRequestsPredicate`,
 * as a set: `accessible_request_ids`), an id once per way the user reaches it (migration 0063). A list joins it with
 * a smaller set and makes its own rows distinct: a supervisor reaches ≈ 6,500 files of the team's ten years.
 */
export function accessibleRequestIdPaths(userParam: string, nowParam: string): string {
  return `accessible_request_id_paths(${userParam}, ${nowParam})`;
}

/**
 * SQL source of the ids of the open files the user may open at a moment (`accessible_request_ids` among the open
 * files, migration 0061): a list of open files starts from the user's assignments on open files, not from every
 * file the user or the team was ever assigned (an assignment stays when its file closes).
 */
export function openAccessibleRequestIds(userParam: string, nowParam: string): string {
  return `open_accessible_request_ids(${userParam}, ${nowParam})`;
}

/**
 * SQL source of the aid requests (as `alias`, every column) among a set of ids (`idsSql`, a relation with a
 * `request_id` column) whose status is one of `statusesParam`: each id looked up by the primary key. The fence
 * (`OFFSET 0`) keeps the planner from scanning every open file of the CPAS to join them with a worker's few
 * dozen (50,000 in a large CPAS: 4 × slower, issue 14).
 */
export function requestsAmong(idsSql: string, alias: string, statusesParam: string): string {
  return (
    `${idsSql} ids CROSS JOIN LATERAL ` +
    `(SELECT * FROM aid_requests r0 WHERE r0.id = ids.request_id AND r0.status = ANY(${statusesParam}::text[]) OFFSET 0) ${alias}`
  );
}

/** SQL source of the ids of the files whose team the user is on (as `requestTeamPredicate`, as a set). */
export function teamRequestIds(userParam: string): string {
  return `team_request_ids(${userParam})`;
}

/** SQL source of the ids of the open files whose team the user is on (`teamRequestIds` among the open files). */
export function openTeamRequestIds(userParam: string): string {
  return `open_team_request_ids(${userParam})`;
}

/** SQL source of the ids of the open files assigned to the user (assignment not ended, file open). */
export function openAssignedRequestIds(userParam: string): string {
  return `(SELECT request_id FROM assignments WHERE user_id = ${userParam} AND ended_at IS NULL AND request_open)`;
}

/** SQL predicate: the user is on the file's team (assigned, or the supervisor of an assignee), grants aside. */
export function requestTeamPredicate(requestIdSql: string, userParam: string): string {
  return `is_request_team(${requestIdSql}, ${userParam})`;
}

/**
 * The database as a read-only list or search and its audit use it (worklist, caseload, team view, search by name):
 * no transaction. Under READ COMMITTED each statement reads its own snapshot inside a transaction too; the audit is
 * one statement, atomic on its own; and the answer leaves only once the audit is written. Two round trips fewer
 * (BEGIN, COMMIT), and no connection held while the application computes between two statements (issue 14).
 */
export const readsWithAudit = (actor: Actor): Queryable => actor.tenant.db;

const canAccess = (actor: Actor, row: AccessRow): boolean => hasRole(actor, CASEWORK_ROLES) && row.can_access;

/**
 * Runs `work` on one aid request inside a transaction, after the access check, with the audit
 * event written in the same transaction. Writes lock the row so two commands never interleave.
 */
export async function withRequest<T>(
  actor: Actor,
  requestId: string,
  audit: { action: string; mode: AccessMode; recordType?: string; recordId?: string },
  work: (tx: Queryable, request: AidRequestRow) => Promise<T>,
): Promise<T> {
  const recordType = audit.recordType ?? 'aid-request';
  if (!isUuid(requestId)) {
    await recordDenial(actor.tenant.db, actor, { action: audit.action, recordType, recordId: audit.recordId ?? requestId.slice(0, 64) });
    throw notFound('aid-request.not-found', 'No such aid request.');
  }
  try {
    return await actor.tenant.db.transaction(async (tx) => {
      const row = await tx.one<AccessRow>(audit.mode === 'write' ? `${ACCESS_SQL} FOR UPDATE OF r` : ACCESS_SQL, [
        requestId,
        actor.user.id,
        actor.now,
      ]);
      if (!row || !canAccess(actor, row)) throw new AccessDeniedSignal(row?.person_id ?? null);
      await appendAudit(tx, actor, { action: audit.action, recordType, recordId: audit.recordId ?? requestId, personId: row.person_id });
      return work(tx, row);
    });
  } catch (error) {
    if (error instanceof AccessDeniedSignal) {
      await recordDenial(actor.tenant.db, actor, {
        action: audit.action,
        recordType,
        recordId: audit.recordId ?? requestId,
        personId: error.personId,
      });
      throw notFound('aid-request.not-found', 'No such aid request.');
    }
    throw error;
  }
}
