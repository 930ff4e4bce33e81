/**
 * Parked outbox messages (issue 12: never parked silently): a message the hub refused for good, or
 * whose topic has no route yet, waits for the CPAS's IT administrator, who sends it again (after the
 * cause is fixed: an institution registered, a route deployed) or resolves it with a reason. What the
 * administrator sees names the file, never the person (the payload's NISS stays in the database).
 */
export const RESOLUTIONS = ['sent-otherwise', 'no-longer-needed'] as const;
export type Resolution = (typeof RESOLUTIONS)[number];

export type ParkedMessage = {
  id: number;
  topic: string;
  /** What the message was about: `register`/`end` of an integration, a correction, a number replaced. */
  action: string | null;
  /** The aid request (file) the message concerns, when it names one. */
  fileRef: string | null;
  createdAt: string;
  attempts: number;
  reason: string | null;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The administrator's view of a parked row: the file reference when it is one, the action, no personal data. */
export function describeParked(row: {
  id: number;
  topic: string;
  payload: Record<string, unknown>;
  created_at: Date;
  attempts: number;
  last_error: string | null;
}): ParkedMessage {
  const fileRef = typeof row.payload.fileRef === 'string' && UUID.test(row.payload.fileRef) ? row.payload.fileRef : null;
  const action = typeof row.payload.action === 'string' && /^[a-z-]{1,32}$/.test(row.payload.action) ? row.payload.action : null;
  return {
    id: Number(row.id),
    topic: row.topic,
    action,
    fileRef,
    createdAt: row.created_at.toISOString(),
    attempts: row.attempts,
    reason: row.last_error ? row.last_error.slice(0, 200) : null,
  };
}
