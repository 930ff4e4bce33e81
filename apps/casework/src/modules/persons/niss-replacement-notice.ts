/**
 * R4, received: another CPAS replaced the number of a person this CPAS also holds, and the hub tells
 * this node. The person's record takes the new number (the old one keeps resolving to it), so that a
 * summary request under the new number finds the file. A number this CPAS gave to someone else is left
 * alone (0 matched): a worker sorts it out. Audited as a system action; nothing is sent back to the hub.
 */
import { parseNiss } from '#contracts/niss.ts';
import type { Tenant } from '../../tenant.ts';
import { appendAudit } from '../audit/index.ts';

export async function applyNissReplacementNotice(
  tenant: Tenant,
  notice: { oldNiss: string; newNiss: string },
  requestId: string,
  now: Date,
): Promise<number> {
  const parsed = parseNiss(notice.newNiss);
  if (!parsed.ok) return 0;
  return tenant.db.transaction(async (tx) => {
    const old = await tx.one<{ person_id: string }>('SELECT person_id FROM person_identifiers WHERE niss = $1', [notice.oldNiss]);
    if (!old) return 0;
    const person = await tx.one<{ id: string; niss: string | null }>(
      'SELECT id, niss FROM persons WHERE id = $1 AND anonymised_at IS NULL FOR UPDATE',
      [old.person_id],
    );
    if (!person) return 0;
    const owner = await tx.one<{ person_id: string }>('SELECT person_id FROM person_identifiers WHERE niss = $1', [parsed.niss]);
    if (owner && owner.person_id !== person.id) return 0;
    if (person.niss === parsed.niss) return 1;
    await tx.query(
      `UPDATE person_identifiers SET replaced_at = $2, replaced_by = $3, reason = 'replaced at another CPAS (notice of the hub)'
        WHERE niss = $1 AND replaced_at IS NULL`,
      [notice.oldNiss, now, parsed.niss],
    );
    if (!owner)
      await tx.query('INSERT INTO person_identifiers (niss, person_id, kind) VALUES ($1, $2, $3)', [parsed.niss, person.id, parsed.kind]);
    if (person.niss === notice.oldNiss) {
      await tx.query('UPDATE persons SET niss = $2, provisional_id = NULL, updated_at = $3 WHERE id = $1', [person.id, parsed.niss, now]);
      await tx.query('INSERT INTO person_changes (person_id, changed_at, changed_by, changes) VALUES ($1, $2, NULL, $3)', [
        person.id,
        now,
        { niss: { from: notice.oldNiss, to: parsed.niss } },
      ]);
    }
    await appendAudit(
      tx,
      { requestId, user: null },
      { action: 'person.niss-replaced-elsewhere', recordType: 'person', recordId: person.id, personId: person.id },
    );
    return 1;
  });
}
