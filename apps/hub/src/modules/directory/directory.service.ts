/**
 * The person directory (flow 1; R19–R22): which institution holds a file on which pseudonymised
 * person, in which capacity, for which period — and the checks of principle 3 built on it.
 */
import type { Queryable } from '#platform/db.ts';
import type { IntegrationMessage as WireIntegration } from '#contracts/protocol/messages.ts';

/** What the directory needs of an integration message (the wire schema is in packages/contracts). */
export type IntegrationMessage = Omit<WireIntegration, 'niss'>;

export type IntegrationOutcome =
  | { ok: true; status: 'registered' | 'ended' }
  | { ok: false; code: 'integration.unknown-quality-code' | 'integration.not-found' | 'integration.invalid-period'; message: string };

export async function applyIntegration(
  tx: Queryable,
  pseudonym: Buffer,
  institutionKbo: string,
  message: IntegrationMessage,
): Promise<IntegrationOutcome> {
  // Sent under a replaced number (a CPAS that does not know the new one yet): the same person (R4).
  pseudonym = await resolvePseudonym(tx, pseudonym);
  const code = await tx.one('SELECT 1 FROM quality_codes WHERE code = $1 AND is_active', [message.qualityCode]);
  if (!code) return { ok: false, code: 'integration.unknown-quality-code', message: `Unknown quality code ${message.qualityCode}.` };
  if (message.end && message.end < message.start)
    return { ok: false, code: 'integration.invalid-period', message: 'The integration ends before it starts.' };
  if (message.action === 'register') {
    await tx.query(
      `INSERT INTO integrations (person_pseudonym, institution_kbo, quality_code, file_ref, start_date, end_date) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (institution_kbo, file_ref, person_pseudonym, quality_code, start_date) DO UPDATE SET end_date = EXCLUDED.end_date, updated_at = now()`,
      [pseudonym, institutionKbo, message.qualityCode, message.fileRef, message.start, message.end ?? null],
    );
    return { ok: true, status: 'registered' };
  }
  const ended = await tx.query(
    `UPDATE integrations SET end_date = $5, updated_at = now()
      WHERE person_pseudonym = $1 AND institution_kbo = $2 AND file_ref = $3 AND quality_code = $4 AND (end_date IS NULL OR end_date > $5) RETURNING id`,
    [pseudonym, institutionKbo, message.fileRef, message.qualityCode, message.end ?? message.start],
  );
  // Ending what is already ended (a retried outbox message) is not an error.
  if (ended.length === 0) {
    const known = await tx.one('SELECT 1 FROM integrations WHERE person_pseudonym = $1 AND institution_kbo = $2 AND file_ref = $3', [
      pseudonym,
      institutionKbo,
      message.fileRef,
    ]);
    if (!known) return { ok: false, code: 'integration.not-found', message: 'No such integration to end.' };
  }
  return { ok: true, status: 'ended' };
}

/** The requester's active integration for this file, if any (principle 3). The end date is exclusive: ended today means no longer active. */
export async function findActiveIntegration(
  tx: Queryable,
  pseudonym: Buffer,
  institutionKbo: string,
  fileRef: string,
  today: string,
): Promise<{ qualityCode: string } | null> {
  const row = await tx.one<{ quality_code: string }>(
    `SELECT quality_code FROM integrations WHERE person_pseudonym = $1 AND institution_kbo = $2 AND file_ref = $3
       AND start_date <= $4::date AND (end_date IS NULL OR end_date > $4::date) ORDER BY start_date DESC LIMIT 1`,
    [pseudonym, institutionKbo, fileRef, today],
  );
  return row ? { qualityCode: row.quality_code } : null;
}

/** Institutions with a current or recent integration for the person, the requester excluded. */
export async function findProviders(tx: Queryable, pseudonym: Buffer, requesterKbo: string, since: string): Promise<string[]> {
  const rows = await tx.query<{ institution_kbo: string }>(
    `SELECT DISTINCT institution_kbo FROM integrations
      WHERE person_pseudonym = $1 AND institution_kbo <> $2 AND (end_date IS NULL OR end_date >= $3::date) ORDER BY institution_kbo`,
    [pseudonym, requesterKbo, since],
  );
  return rows.map((row) => row.institution_kbo);
}

export async function isBlocked(tx: Queryable, pseudonym: Buffer, requesterKbo: string): Promise<boolean> {
  return Boolean(
    await tx.one('SELECT 1 FROM blocks WHERE person_pseudonym = $1 AND institution_kbo = $2 AND lifted_at IS NULL', [
      pseudonym,
      requesterKbo,
    ]),
  );
}

export async function allowedItems(tx: Queryable, qualityCode: string, purpose: string): Promise<string[] | null> {
  const row = await tx.one<{ items: string[] }>('SELECT items FROM policy_rules WHERE requester_quality_code = $1 AND purpose = $2', [
    qualityCode,
    purpose,
  ]);
  return row?.items ?? null;
}

/** The person's current pseudonym: a replaced number resolves to its replacement (R4; migration 0005). */
export async function resolvePseudonym(tx: Queryable, pseudonym: Buffer): Promise<Buffer> {
  const row = await tx.one<{ new_pseudonym: Buffer }>('SELECT new_pseudonym FROM pseudonym_replacements WHERE old_pseudonym = $1', [
    pseudonym,
  ]);
  return row?.new_pseudonym ?? pseudonym;
}

export type NissReplacementOutcome =
  | { ok: true; integrations: number; otherHolders: string[] }
  | { ok: false; code: 'niss-replacement.no-integration' | 'niss-replacement.number-in-use'; message: string };

/**
 * R4: the person known under `oldPseudonym` is now known under `newPseudonym`. Only an institution that
 * holds (or held) an integration of the person may say so; its integrations, everyone's, and the blocks
 * move to the new pseudonym, and the old one resolves to the new one from then on. Retried, it is a no-op.
 */
export async function replacePseudonym(
  tx: Queryable,
  oldPseudonym: Buffer,
  newPseudonym: Buffer,
  institutionKbo: string,
): Promise<NissReplacementOutcome> {
  const done = await tx.one<{ new_pseudonym: Buffer }>('SELECT new_pseudonym FROM pseudonym_replacements WHERE old_pseudonym = $1', [
    oldPseudonym,
  ]);
  if (done && done.new_pseudonym.equals(newPseudonym)) return { ok: true, integrations: 0, otherHolders: [] };
  const current = done?.new_pseudonym ?? oldPseudonym;
  const holds = await tx.one('SELECT 1 FROM integrations WHERE person_pseudonym = $1 AND institution_kbo = $2 LIMIT 1', [
    current,
    institutionKbo,
  ]);
  if (!holds)
    return {
      ok: false,
      code: 'niss-replacement.no-integration',
      message: 'The institution has no integration of this person under the old number.',
    };
  // A number another institution already holds for someone is not taken over: merging two known persons would let
  // consultations about one reach the other's files. Refused with its reason (the node parks it for an administrator).
  const inUse = await tx.one('SELECT 1 FROM integrations WHERE person_pseudonym = $1 AND institution_kbo <> $2 LIMIT 1', [
    newPseudonym,
    institutionKbo,
  ]);
  if (inUse)
    return {
      ok: false,
      code: 'niss-replacement.number-in-use',
      message: 'Another institution already holds a person under the new number: the replacement is checked by hand.',
    };
  // No cycle: the new number cannot itself resolve elsewhere; earlier replacements now lead to the newest one.
  await tx.query('DELETE FROM pseudonym_replacements WHERE old_pseudonym = $1', [newPseudonym]);
  await tx.query('UPDATE pseudonym_replacements SET new_pseudonym = $2 WHERE new_pseudonym = $1', [current, newPseudonym]);
  await tx.query(
    `INSERT INTO pseudonym_replacements (old_pseudonym, new_pseudonym, reported_by) VALUES ($1, $2, $3)
     ON CONFLICT (old_pseudonym) DO UPDATE SET new_pseudonym = EXCLUDED.new_pseudonym, reported_by = EXCLUDED.reported_by, replaced_at = now()`,
    [current, newPseudonym, institutionKbo],
  );
  if (!current.equals(oldPseudonym))
    await tx.query(
      `INSERT INTO pseudonym_replacements (old_pseudonym, new_pseudonym, reported_by) VALUES ($1, $2, $3)
       ON CONFLICT (old_pseudonym) DO UPDATE SET new_pseudonym = EXCLUDED.new_pseudonym`,
      [oldPseudonym, newPseudonym, institutionKbo],
    );
  // An integration already registered under the new number (a retried outbox message) is kept once.
  await tx.query(
    `DELETE FROM integrations o WHERE o.person_pseudonym = $1 AND EXISTS (
       SELECT 1 FROM integrations n WHERE n.person_pseudonym = $2 AND n.institution_kbo = o.institution_kbo AND n.file_ref = o.file_ref
          AND n.quality_code = o.quality_code AND n.start_date = o.start_date)`,
    [current, newPseudonym],
  );
  const moved = await tx.query(
    'UPDATE integrations SET person_pseudonym = $2, updated_at = now() WHERE person_pseudonym = $1 RETURNING id',
    [current, newPseudonym],
  );
  await tx.query('UPDATE blocks SET person_pseudonym = $2 WHERE person_pseudonym = $1', [current, newPseudonym]);
  const others = await tx.query<{ institution_kbo: string }>(
    'SELECT DISTINCT institution_kbo FROM integrations WHERE person_pseudonym = $1 AND institution_kbo <> $2 ORDER BY institution_kbo',
    [newPseudonym, institutionKbo],
  );
  return { ok: true, integrations: moved.length, otherHolders: others.map((row) => row.institution_kbo.trim()) };
}
