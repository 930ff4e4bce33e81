/**
 * The hub operator's changes to the registry (issue 12, scope 2): register or update an institution,
 * rotate its keys, deactivate and reactivate it — each in one transaction with its row in
 * `institution_changes` (who, when, why, the previous entry; migration 0009), and the registry cache
 * of this process dropped. A deactivated institution's messages are refused (`signature.unknown-institution`)
 * and it is no longer a provider; its history stays.
 */
import type { Database, Queryable } from '#platform/db.ts';
import { importPublicJwks, type PublicJwks } from '#contracts/protocol/keys.ts';
import type { Institution, Registry } from './registry.service.ts';

export type InstitutionChange = {
  action: 'registered' | 'updated' | 'keys-rotated' | 'deactivated' | 'reactivated';
  operator: string;
  reason: string | null;
  previous: Record<string, unknown> | null;
  changedAt: string;
};

type Row = Institution & { is_active: boolean };

const kidsOf = (jwks: PublicJwks) => jwks.keys.map((key) => String((key as { kid?: unknown }).kid ?? '')).sort();

function assertOperator(operator: string, reason: string | null) {
  if (operator.trim().length === 0 || operator.length > 100) throw new Error('The operator’s name is required (at most 100 characters).');
  if (reason !== null && reason.length > 500) throw new Error('The reason has at most 500 characters.');
}

async function current(tx: Queryable, kbo: string): Promise<Row | undefined> {
  return tx.one<Row>('SELECT kbo, name, kind, endpoint, jwks, is_active FROM institutions WHERE kbo = $1 FOR UPDATE', [kbo]);
}

async function record(tx: Queryable, kbo: string, change: Omit<InstitutionChange, 'changedAt'>) {
  await tx.query('INSERT INTO institution_changes (kbo, action, operator, reason, previous) VALUES ($1, $2, $3, $4, $5)', [
    kbo,
    change.action,
    change.operator.trim(),
    change.reason,
    change.previous,
  ]);
}

const snapshot = (row: Row) => ({
  name: row.name,
  kind: row.kind,
  endpoint: row.endpoint,
  kids: kidsOf(row.jwks),
  isActive: row.is_active,
});

/** The keys the log must know as active: those of an active institution, none for an inactive one. */
const activeEntry = (row: Row | undefined): Institution | undefined => (row?.is_active ? row : undefined);

export function createRegistryOperations(db: Database, registry: Pick<Registry, 'invalidate' | 'keysChanged'>) {
  // Each change returns the institution's entry before and after it: the keys it added or removed
  // become entries of the hub's log once committed (key transparency, ADR 0017).
  const change = async <T>(kbo: string, work: (tx: Queryable) => Promise<{ result: T; before: Row | undefined }>): Promise<T> => {
    const { result, before } = await db.transaction(work);
    registry.invalidate();
    const after = await db.one<Row>('SELECT kbo, name, kind, endpoint, jwks, is_active FROM institutions WHERE kbo = $1', [kbo]);
    await registry.keysChanged(kbo, activeEntry(before), activeEntry(after));
    return result;
  };
  return {
    /** Registers a new institution, or updates one (a new JWKS alone is a key rotation); returns what was done. */
    async register(entry: Institution, operator: string, reason: string | null = null): Promise<InstitutionChange['action']> {
      assertOperator(operator, reason);
      const keys = importPublicJwks(entry.jwks);
      if (!keys.ok) throw new Error(`Invalid JWKS for ${entry.kbo}: ${keys.message}`);
      return change(entry.kbo, async (tx) => {
        const before = await current(tx, entry.kbo);
        await tx.query(
          `INSERT INTO institutions (kbo, name, kind, endpoint, jwks) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (kbo) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, endpoint = EXCLUDED.endpoint, jwks = EXCLUDED.jwks, is_active = true`,
          [entry.kbo, entry.name, entry.kind, entry.endpoint, entry.jwks],
        );
        const isKeysOnly =
          before !== undefined &&
          before.is_active &&
          before.name === entry.name &&
          before.kind === entry.kind &&
          before.endpoint === entry.endpoint &&
          JSON.stringify(kidsOf(before.jwks)) !== JSON.stringify(kidsOf(entry.jwks));
        const action = !before ? 'registered' : isKeysOnly ? 'keys-rotated' : before.is_active ? 'updated' : 'reactivated';
        await record(tx, entry.kbo, { action, operator, reason, previous: before ? snapshot(before) : null });
        return { result: action, before };
      });
    },

    /** Replaces the public keys of a registered, active institution with those it exported after generating new ones. */
    async rotateKeys(kbo: string, jwks: PublicJwks, operator: string, reason: string | null = null): Promise<void> {
      assertOperator(operator, reason);
      const keys = importPublicJwks(jwks);
      if (!keys.ok || keys.signing.length === 0) throw new Error(`Invalid JWKS for ${kbo}: ${keys.ok ? 'no signing key' : keys.message}`);
      await change(kbo, async (tx) => {
        const before = await current(tx, kbo);
        if (!before?.is_active) throw new Error(`No active institution ${kbo} in the registry.`);
        await tx.query('UPDATE institutions SET jwks = $2 WHERE kbo = $1', [kbo, jwks]);
        await record(tx, kbo, { action: 'keys-rotated', operator, reason, previous: snapshot(before) });
        return { result: undefined, before };
      });
    },

    /** Its messages are refused from now on; its history and the log's entries about it stay. */
    async deactivate(kbo: string, operator: string, reason: string): Promise<void> {
      assertOperator(operator, reason);
      if (reason.trim().length === 0) throw new Error('A deactivation needs its reason (--reason).');
      await change(kbo, async (tx) => {
        const before = await current(tx, kbo);
        if (!before?.is_active) throw new Error(`No active institution ${kbo} in the registry.`);
        if (before.kind === 'hub') throw new Error('The hub’s own entry is not deactivated.');
        await tx.query('UPDATE institutions SET is_active = false WHERE kbo = $1', [kbo]);
        await record(tx, kbo, { action: 'deactivated', operator, reason, previous: snapshot(before) });
        return { result: undefined, before };
      });
    },

    async reactivate(kbo: string, operator: string, reason: string | null = null): Promise<void> {
      assertOperator(operator, reason);
      await change(kbo, async (tx) => {
        const before = await current(tx, kbo);
        if (!before || before.is_active) throw new Error(`No deactivated institution ${kbo} in the registry.`);
        await tx.query('UPDATE institutions SET is_active = true WHERE kbo = $1', [kbo]);
        await record(tx, kbo, { action: 'reactivated', operator, reason, previous: snapshot(before) });
        return { result: undefined, before };
      });
    },

    /** Every institution, active or not, for the operator. */
    listAll: () =>
      db.query<{ kbo: string; name: string; kind: string; endpoint: string | null; is_active: boolean; registered_at: Date }>(
        'SELECT kbo, name, kind, endpoint, is_active, registered_at FROM institutions ORDER BY kbo',
      ),

    async history(kbo: string): Promise<InstitutionChange[]> {
      const rows = await db.query<{
        action: InstitutionChange['action'];
        operator: string;
        reason: string | null;
        previous: Record<string, unknown> | null;
        changed_at: Date;
      }>('SELECT action, operator, reason, previous, changed_at FROM institution_changes WHERE kbo = $1 ORDER BY id', [kbo]);
      return rows.map((row) => ({
        action: row.action,
        operator: row.operator,
        reason: row.reason,
        previous: row.previous,
        changedAt: row.changed_at.toISOString(),
      }));
    },
  };
}

export type RegistryOperations = ReturnType<typeof createRegistryOperations>;
