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

/** Appends entries to the chain; call inside the transaction of the change. */
export async function appendAudit(tx: Queryable, actor: AuditActor, entries: AuditEntry | AuditEntry[]): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  // One writer at a time extends the chain; the lock is held only until this transaction ends.
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext('rse.audit_events'))`);
  const last = await tx.one<{ hash: Buffer }>('SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1');
  let previous: Buffer = last?.hash ?? GENESIS;
  const rows: unknown[][] = [];
  for (const entry of list) {
    const at = new Date().toISOString();
    const fields = [at, actor.user?.id ?? null, actor.user?.role ?? null, entry.action, entry.recordType, entry.recordId ?? null,
      entry.personId ?? null, entry.outcome ?? 'allowed', entry.reason ?? null, actor.requestId];
    const hash = hashEvent(previous, fields);
    rows.push([...fields, previous, hash]);
    previous = hash;
  }
  const columns = ['at', 'user_id', 'role', 'action', 'record_type', 'record_id', 'person_id', 'outcome', 'reason', 'request_id', 'prev_hash', 'hash'];
  const placeholders = rows.map((_, r) => `(${columns.map((__, c) => `$${r * columns.length + c + 1}`).join(', ')})`).join(', ');
  await tx.query(`INSERT INTO audit_events (${columns.join(', ')}) VALUES ${placeholders}`, rows.flat());
}

/** Records a refused attempt in its own transaction, so the refusal stays even though the command fails. */
export async function recordDenial(db: Database, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await db.transaction((tx) => appendAudit(tx, actor, { ...entry, outcome: 'denied' }));
}

export type ChainVerification = { isIntact: true; count: number } | { isIntact: false; brokenAtId: number; count: number };

/** Recomputes the chain; names the first event whose hash does not match (R44). */
export async function verifyAuditChain(db: Queryable): Promise<ChainVerification> {
  const rows = await db.query<{
    id: number; at: Date; user_id: string | null; role: string | null; action: string; record_type: string; record_id: string | null;
    person_id: string | null; outcome: string; reason: string | null; request_id: string | null; prev_hash: Buffer; hash: Buffer;
  }>('SELECT * FROM audit_events ORDER BY id');
  let previous: Buffer = GENESIS;
  for (const row of rows) {
    const fields = [row.at.toISOString(), row.user_id, row.role, row.action, row.record_type, row.record_id, row.person_id, row.outcome, row.reason, row.request_id];
    const expected = hashEvent(previous, fields);
    if (!row.prev_hash.equals(previous) || !row.hash.equals(expected)) return { isIntact: false, brokenAtId: row.id, count: rows.length };
    previous = row.hash;
  }
  return { isIntact: true, count: rows.length };
}
