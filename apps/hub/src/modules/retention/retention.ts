/**
 * The hub's record classes and what their retention removes (R42, issue 12 F6). Periods are days in
 * `retention_settings` (migration 0008); the exchange log is not among them: it is append-only by
 * design and holds pseudonyms and metadata only (ADR 0016).
 */
import type { Queryable } from '#platform/db.ts';
import type { RecordClass } from '#platform/retention.ts';
import type { Sealer } from '#platform/sealing.ts';

/** Ended integrations still make a CPAS a provider for 24 months (consultations' `recentMonths`): never removed earlier. */
export const MIN_ENDED_INTEGRATION_DAYS = 731;

/** What a block's sealed reason is bound to: its person and its CPAS (a sealed reason moved to another row does not open). */
export const blockReasonBinding = (subject: Buffer, institutionKbo: string) =>
  `block:${subject.toString('base64')}:${institutionKbo.trim()}`;

const earlier = (a: Date, b: Date) => (a < b ? a : b);

export function hubRecordClasses(sealer: Sealer): RecordClass[] {
  return [
    {
      name: 'ended-integrations',
      purge: async (tx, cutoff, now) => {
        const floor = new Date(now.getTime() - MIN_ENDED_INTEGRATION_DAYS * 86_400_000);
        const rows = await tx.query('DELETE FROM integrations WHERE end_date IS NOT NULL AND end_date < $1::date RETURNING 1', [
          earlier(cutoff, floor).toISOString().slice(0, 10),
        ]);
        return rows.length;
      },
    },
    {
      name: 'lifted-blocks',
      purge: async (tx, cutoff) => {
        // A lifted block's reason serves no one any more: erased at once; the row goes after its period.
        await tx.query(
          'UPDATE blocks SET reason = NULL, reason_sealed = NULL WHERE lifted_at IS NOT NULL AND (reason IS NOT NULL OR reason_sealed IS NOT NULL)',
        );
        await sealPlainReasons(tx, sealer);
        const rows = await tx.query('DELETE FROM blocks WHERE lifted_at < $1 RETURNING 1', [cutoff]);
        return rows.length;
      },
    },
    {
      name: 'delivered-correction-notices',
      purge: async (tx, cutoff) => (await tx.query('DELETE FROM correction_notices WHERE delivered_at < $1 RETURNING 1', [cutoff])).length,
    },
    {
      name: 'expired-replay-ids',
      purge: async (tx, cutoff) => (await tx.query('DELETE FROM seen_messages WHERE expires_at < $1 RETURNING 1', [cutoff])).length,
    },
    {
      // The operator's web sessions (ADR 0020): ended or idle past a day, then removed after the period.
      name: 'ended-operator-sessions',
      purge: async (tx, cutoff, now) => {
        await tx.query(
          `UPDATE hub_operator_sessions SET ended_at = $1 WHERE ended_at IS NULL AND last_seen_at < $1::timestamptz - interval '1 day'`,
          [now],
        );
        return (await tx.query('DELETE FROM hub_operator_sessions WHERE ended_at < $1 RETURNING 1', [cutoff])).length;
      },
    },
    {
      // A person's request and the CPAS's replies to it, relayed to the portal (migration 0017).
      name: 'person-replies',
      purge: async (tx, cutoff) => (await tx.query('DELETE FROM person_requests WHERE created_at < $1 RETURNING 1', [cutoff])).length,
    },
    {
      name: 'purge-runs',
      purge: async (tx, cutoff) => (await tx.query('DELETE FROM purge_runs WHERE ran_at < $1 RETURNING 1', [cutoff])).length,
    },
  ];
}

/** Reasons written in plain text before migration 0008 are sealed (one statement at a time: one connection). */
async function sealPlainReasons(tx: Queryable, sealer: Sealer): Promise<void> {
  const rows = await tx.query<{ id: number; person_pseudonym: Buffer; institution_kbo: string; reason: string }>(
    'SELECT id, person_pseudonym, institution_kbo, reason FROM blocks WHERE reason IS NOT NULL AND lifted_at IS NULL',
  );
  for (const row of rows) {
    await tx.query('UPDATE blocks SET reason_sealed = $2, reason = NULL WHERE id = $1', [
      row.id,
      sealer.seal(row.reason, blockReasonBinding(row.person_pseudonym, row.institution_kbo)),
    ]);
  }
}
