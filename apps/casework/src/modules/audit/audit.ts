/**
 * The local audit log (R43, R44): every read and write of a file, allowed or denied, in an
 * append-only, hash-chained table written inside the same transaction as the change it records.
 */
import { createHash } from 'node:crypto';
import type { Database, Queryable } from '#platform/db.ts';
import type { Actor } from '../../tenant.ts';

export type AuditEntry = {
  action: string;
  recordType: string;
  recordId?: string | null;
  personId?: string | null;
  outcome?: 'allowed' | 'denied';
  reason?: string | null;
};

const GENESIS: Buffer = Buffer.alloc(32);

function hashEvent(previous: Buffer, fields: unknown[]): Buffer {
  return createHash('sha256').update(previous).update(JSON.stringify(fields)).digest();
}

type AuditActor = Pick<Actor, 'requestId'> & { user: { id: string; role: string } | null; now?: Date };

/**
 * The call that extends the chain with `entries` (migration 0013), its parameters numbered from
 * `$first`: for a statement that changes data and audits it atomically, in one round trip.
 */
export function auditCall(actor: AuditActor, entries: AuditEntry | AuditEntry[], first = 1): { sql: string; params: unknown[] } {
  const list = Array.isArray(entries) ? entries : [entries];
  const rows = list.map((entry) => [
    (actor.now ?? new Date()).toISOString(),
    actor.user?.id ?? null,
    actor.user?.role ?? null,
    entry.action,
    entry.recordType,
    entry.recordId ?? null,
    entry.personId ?? null,
    entry.outcome ?? 'allowed',
    entry.reason ?? null,
    actor.requestId ?? null,
  ]);
  const types = ['timestamptz', 'uuid', 'text', 'text', 'text', 'text', 'uuid', 'text', 'text', 'text', 'text'];
  // The function takes the chain's lock (held until the transaction ends), reads the last hash and
  // inserts the events, each hashed as hashEvent does over the canonical JSON written here.
  return {
    sql: `append_audit_events(${types.map((type, index) => `$${first + index}::${type}[]`).join(', ')})`,
    params: [...types.slice(0, 10).map((_, index) => rows.map((fields) => fields[index])), rows.map((fields) => JSON.stringify(fields))],
  };
}

/** Appends entries to the chain, in one round trip; call inside the transaction of the change (or alone: one statement is atomic). */
export async function appendAudit(tx: Queryable, actor: AuditActor, entries: AuditEntry | AuditEntry[]): Promise<void> {
  if (Array.isArray(entries) && entries.length === 0) return;
  const call = auditCall(actor, entries);
  await tx.query(`SELECT ${call.sql}`, call.params);
}

/** Records a refused attempt in its own transaction, so the refusal stays even though the command fails. */
export async function recordDenial(db: Database, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await db.transaction((tx) => appendAudit(tx, actor, { ...entry, outcome: 'denied' }));
}

export type ChainVerification = { isIntact: true; count: number } | { isIntact: false; brokenAtId: number; count: number };

/** Recomputes the chain from the genesis or the last retention checkpoint; names the first event whose hash does not match (R44). */
export async function verifyAuditChain(db: Queryable): Promise<ChainVerification> {
  const rows = await db.query<{
    id: number;
    at: Date;
    user_id: string | null;
    role: string | null;
    action: string;
    record_type: string;
    record_id: string | null;
    person_id: string | null;
    outcome: string;
    reason: string | null;
    request_id: string | null;
    prev_hash: Buffer;
    hash: Buffer;
  }>('SELECT * FROM audit_events ORDER BY id');
  // After a retention purge the chain starts at the last checkpoint's hash (migration 0018).
  const checkpoint = await db.one<{ last_purged_hash: Buffer }>('SELECT last_purged_hash FROM audit_checkpoints ORDER BY id DESC LIMIT 1');
  let previous: Buffer = checkpoint?.last_purged_hash ?? GENESIS;
  for (const row of rows) {
    const fields = [
      row.at.toISOString(),
      row.user_id,
      row.role,
      row.action,
      row.record_type,
      row.record_id,
      row.person_id,
      row.outcome,
      row.reason,
      row.request_id,
    ];
    const expected = hashEvent(previous, fields);
    if (!row.prev_hash.equals(previous) || !row.hash.equals(expected)) return { isIntact: false, brokenAtId: row.id, count: rows.length };
    previous = row.hash;
  }
  return { isIntact: true, count: rows.length };
}
