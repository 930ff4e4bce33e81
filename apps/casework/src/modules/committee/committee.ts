/**
 * The committee session's pure rules (R24, ADR 0014): when a member's access to the agenda lapses,
 * when a session may decide (held, attendance recorded, quorum), what its views look like.
 */
import { conflict, invalid } from '#platform/errors.ts';

export type Attendance = 'present' | 'excused' | 'absent';
export type SessionStatus = 'planned' | 'closed';
export type DecidingBody = 'council' | 'special-committee' | 'bcsd';

export type SessionRow = {
  id: string;
  session_date: string;
  body: DecidingBody;
  place: string | null;
  status: SessionStatus;
  access_until: string;
  secretary_id: string;
  secretary_name: string;
  closed_at: Date | null;
  created_at: Date;
};
export type MemberRow = { user_id: string; display_name: string; attendance: Attendance | null };
export type ItemRow = {
  request_id: string;
  position: number;
  kind: string;
  status: string;
  given_names: string;
  family_name: string;
  signed_at: Date | null;
  decision_id: string | null;
  decision_ref: string | null;
  decision_outcome: string | null;
};

/** The default number of days after its session a member still reads the agenda (setting `access.committeeAccessDays`). */
export const DEFAULT_ACCESS_DAYS = 2;

const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** R24: "after the meeting date + configurable period, access lapses". */
export const accessUntil = (sessionDate: string, days: number) => addDays(sessionDate, Math.max(0, days));

/** A member reads the session's agenda up to and including `access_until` (a Brussels calendar day). */
export const isMemberAccessOpen = (session: Pick<SessionRow, 'access_until'>, today: string) => today <= session.access_until;

/** A session is planned at most a year ahead, and recorded at most a year after it was held. */
export function requirePlausibleDate(sessionDate: string, today: string): void {
  if (sessionDate > addDays(today, 366) || sessionDate < addDays(today, -366))
    throw invalid('committee.date-implausible', 'A session is planned at most a year ahead and recorded at most a year after.', [
      { path: '/sessionDate', code: 'out-of-range', message: 'must be within a year of today' },
    ]);
}

export function requirePlanned(session: Pick<SessionRow, 'status'>): void {
  if (session.status !== 'planned') throw conflict('committee.session-closed', 'This session is closed; plan a new session.');
}

/** Decisions and the closing are recorded once the session has taken place, not before its date. */
export function requireHeld(session: Pick<SessionRow, 'session_date'>, today: string): void {
  if (session.session_date > today)
    throw conflict('committee.session-not-held', 'The session has not taken place yet: record its decisions on or after its date.');
}

/**
 * The body deliberates validly only when the majority of its members is present (organic law of
 * 8 July 1976 on CPAS [FROM GENERAL KNOWLEDGE]); the attendance must be recorded first.
 */
export function requireQuorum(members: readonly Pick<MemberRow, 'attendance'>[]): void {
  if (members.some((m) => m.attendance === null))
    throw conflict('committee.attendance-missing', 'Record the attendance of every member before the session decides.');
  const present = members.filter((m) => m.attendance === 'present').length;
  if (present * 2 <= members.length)
    throw conflict('committee.no-quorum', 'Fewer than half of the members were present: the session cannot decide.');
}

export const hasQuorum = (members: readonly Pick<MemberRow, 'attendance'>[]) =>
  members.length > 0 &&
  members.every((m) => m.attendance !== null) &&
  members.filter((m) => m.attendance === 'present').length * 2 > members.length;

export function toSession(session: SessionRow, members: MemberRow[], items: ItemRow[], today: string) {
  return {
    id: session.id,
    sessionDate: session.session_date,
    body: session.body,
    place: session.place,
    status: session.status,
    accessUntil: session.access_until,
    isAccessOpen: isMemberAccessOpen(session, today),
    secretary: { id: session.secretary_id, displayName: session.secretary_name },
    closedAt: session.closed_at?.toISOString() ?? null,
    hasQuorum: hasQuorum(members),
    members: members.map((m) => ({ userId: m.user_id, displayName: m.display_name, attendance: m.attendance })),
    items: items.map((item) => ({
      requestId: item.request_id,
      position: item.position,
      kind: item.kind,
      personName: `${item.given_names} ${item.family_name}`,
      signedAt: item.signed_at?.toISOString() ?? null,
      decision: item.decision_id ? { id: item.decision_id, ref: item.decision_ref!, outcome: item.decision_outcome! } : null,
      // Pending while the session is open; postponed when it closed without deciding the item.
      state: item.decision_id ? 'decided' : session.status === 'closed' ? 'postponed' : 'pending',
    })),
  };
}
