/** The SQL of hearings (table from migration 0001, outcome columns from 0025). */
import type { Queryable } from '#platform/db.ts';
import { stateOf } from './hearings.ts';

type HearingRow = {
  id: string;
  requested_at: string;
  scheduled_at: string | null;
  held_at: string | null;
  not_held_at: string | null;
  not_held_reason: string | null;
  attendees: string | null;
  assisted_by: string | null;
  minutes_summary: string | null;
  created_at: Date;
};

export const toHearing = (row: HearingRow) => ({
  id: row.id,
  state: stateOf({ scheduledAt: row.scheduled_at, heldAt: row.held_at, notHeldAt: row.not_held_at }),
  requestedAt: row.requested_at,
  scheduledAt: row.scheduled_at,
  heldAt: row.held_at,
  notHeldAt: row.not_held_at,
  notHeldReason: row.not_held_reason,
  attendees: row.attendees,
  assistedBy: row.assisted_by,
  minutesSummary: row.minutes_summary,
  createdAt: row.created_at.toISOString(),
});

export type Hearing = ReturnType<typeof toHearing>;

const COLUMNS =
  'id, requested_at, scheduled_at, held_at, not_held_at, not_held_reason, attendees, assisted_by, minutes_summary, created_at';

export function hearingRepository(db: Queryable) {
  return {
    list: async (requestId: string) =>
      (
        await db.query<HearingRow>(`SELECT ${COLUMNS} FROM hearings WHERE request_id = $1 ORDER BY requested_at, created_at`, [requestId])
      ).map(toHearing),
    /** Locks the hearing: two outcomes recorded at once cannot both pass the pending check. */
    byId: async (requestId: string, hearingId: string) => {
      const row = await db.one<HearingRow>(`SELECT ${COLUMNS} FROM hearings WHERE id = $1 AND request_id = $2 FOR UPDATE`, [
        hearingId,
        requestId,
      ]);
      return row ? toHearing(row) : undefined;
    },
    insert: async (requestId: string, requestedAt: string, scheduledAt: string | null, createdBy: string) =>
      toHearing(
        (await db.one<HearingRow>(
          `INSERT INTO hearings (request_id, requested_at, scheduled_at, created_by) VALUES ($1, $2, $3, $4) RETURNING ${COLUMNS}`,
          [requestId, requestedAt, scheduledAt, createdBy],
        ))!,
      ),
    schedule: async (hearingId: string, scheduledAt: string) =>
      toHearing(
        (await db.one<HearingRow>(`UPDATE hearings SET scheduled_at = $2, updated_at = now() WHERE id = $1 RETURNING ${COLUMNS}`, [
          hearingId,
          scheduledAt,
        ]))!,
      ),
    held: async (
      hearingId: string,
      held: { heldAt: string; attendees: string; assistedBy: string | null; minutesSummary: string | null },
    ) =>
      toHearing(
        (await db.one<HearingRow>(
          `UPDATE hearings SET held_at = $2, attendees = $3, assisted_by = $4, minutes_summary = $5, updated_at = now() WHERE id = $1 RETURNING ${COLUMNS}`,
          [hearingId, held.heldAt, held.attendees, held.assistedBy, held.minutesSummary],
        ))!,
      ),
    notHeld: async (hearingId: string, notHeldAt: string, reason: string) =>
      toHearing(
        (await db.one<HearingRow>(
          `UPDATE hearings SET not_held_at = $2, not_held_reason = $3, updated_at = now() WHERE id = $1 RETURNING ${COLUMNS}`,
          [hearingId, notHeldAt, reason],
        ))!,
      ),
  };
}

export type HearingRepository = ReturnType<typeof hearingRepository>;
