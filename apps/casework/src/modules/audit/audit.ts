/**
 * The local audit log (R43, R44): every read and write of a file, allowed or denied, in an
 * append-only, hash-chained table written inside the same transaction as the change it records.
 */
import { createHash } from 'node:crypto';
import { asTransaction, type Database, type Queryable, type Transaction } from '#platform/db.ts';
import { createCoalescer } from '#platform/coalesce.ts';
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
  return auditCallOf(
    list.map((entry) => ({ actor, entry })),
    first,
  );
}

/** auditCall for events of several actors (concurrent requests stored together), in this order. */
export function auditCallOf(events: { actor: AuditActor; entry: AuditEntry }[], first = 1): { sql: string; params: unknown[] } {
  const rows = events.map(({ actor, entry }) => [
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

/**
 * The statement that stages events in a transaction (migration 0064, ADR 0028): inserted into `audit_pending` in
 * their order, without the chain's lock; PostgreSQL chains them at the transaction's COMMIT.
 */
function stageCallOf(events: { actor: AuditActor; entry: AuditEntry }[]): { sql: string; params: unknown[] } {
  const call = auditCallOf(events);
  return {
    sql: `INSERT INTO audit_pending (at, user_id, role, action, record_type, record_id, person_id, outcome, reason, request_id, canonical)
          SELECT at, user_id, role, action, record_type, record_id, person_id, outcome, reason, request_id, canonical
            FROM unnest($1::timestamptz[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::uuid[], $8::text[], $9::text[],
                        $10::text[], $11::text[])
                 WITH ORDINALITY AS e (at, user_id, role, action, record_type, record_id, person_id, outcome, reason, request_id, canonical, n)
           ORDER BY n`,
    params: call.params,
  };
}

/** The events a transaction has recorded and not yet staged, in the order they were recorded. */
const deferred = new WeakMap<Transaction, { actor: AuditActor; entry: AuditEntry }[]>();

/**
 * Appends entries to the chain; call inside the transaction of the change (or alone: one statement is atomic, and
 * takes the chain's lock only for itself and its commit). Inside a transaction the events are staged just before
 * its commit, all of them in one statement, in the order they were recorded, and PostgreSQL chains them at the
 * COMMIT (migration 0064, ADR 0028): the same transaction, so the change and its audit still commit or fail
 * together, but the chain's lock — which every audited request takes in turn — is held for the chaining and the
 * commit only, neither for the whole command (ADR 0027) nor for a round trip to this process (ADR 0028).
 * Nothing reads a transaction's own audit events back before it commits.
 */
export async function appendAudit(tx: Queryable, actor: AuditActor, entries: AuditEntry | AuditEntry[]): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  const transaction = asTransaction(tx);
  if (!transaction) {
    const call = auditCall(actor, list);
    await tx.query(`SELECT ${call.sql}`, call.params);
    return;
  }
  let events = deferred.get(transaction);
  if (!events) {
    const queued: { actor: AuditActor; entry: AuditEntry }[] = [];
    deferred.set(transaction, queued);
    transaction.beforeCommit(async () => {
      deferred.delete(transaction);
      const call = stageCallOf(queued);
      await transaction.query(call.sql, call.params);
    });
    events = queued;
  }
  for (const entry of list) events.push({ actor, entry });
}

/**
 * Group commit of the audit chain (ADR 0022): events appended alone (not inside the transaction of
 * a change), e.g. a provider's disclosure, are queued while one append is in flight and written
 * together by the next (coalesce.ts, ADR 0024) — one call of `append_audit_events`, one commit (synchronous_commit stays on),
 * one hold of the chain's lock — instead of one of each per request. `append` resolves only after the
 * commit that holds its events, so whatever the caller does next (send the summary) still happens
 * after its audit is durable. When a batch fails, each request of it is appended again on its own, so
 * a bad event refuses only its own request; the chain stays what `verifyAuditChain` recomputes.
 */
export function createAuditBatcher(db: Queryable, options: { maxRequests?: number } = {}) {
  type Request = { actor: AuditActor; entries: AuditEntry[] };
  const write = createCoalescer(
    async (requests: Request[]) => {
      const call = auditCallOf(requests.flatMap(({ actor, entries }) => entries.map((entry) => ({ actor, entry }))));
      await db.query(`SELECT ${call.sql}`, call.params);
      return requests.map(() => undefined);
    },
    { maxBatch: options.maxRequests ?? 100 },
  );
  return {
    /** Appends `entries` for `actor`; resolves once they are committed. */
    async append(actor: AuditActor, entries: AuditEntry | AuditEntry[]): Promise<void> {
      const list = Array.isArray(entries) ? entries : [entries];
      if (list.length > 0) await write({ actor, entries: list });
    },
    /** How many batches were written and how many requests they carried (for tests and metrics). */
    stats: () => write.stats(),
  };
}

export type AuditBatcher = ReturnType<typeof createAuditBatcher>;

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
