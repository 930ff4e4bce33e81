/**
 * The CPAS's register of persons (R1–R5). Identity is visible to the CPAS's workers (to avoid
 * duplicates); the files themselves are case-based. Every search is audited: a search by name
 * rather than by NISS is itself an oversight indicator.
 */
import { randomBytes } from 'node:crypto';
import { conflict, forbidden, invalid, notFound } from '#platform/errors.ts';
import type { Queryable } from '#platform/db.ts';
import { normaliseNiss, parseNiss } from '#contracts/niss.ts';
import type { Actor } from '../../tenant.ts';
import { appendAudit } from '../audit/index.ts';
import { isUuid } from '../access/index.ts';

export type PersonRow = {
  id: string;
  niss: string | null;
  provisional_id: string | null;
  family_name: string;
  given_names: string;
  birth_date: string | null;
  nationality: string | null;
  language: 'fr' | 'nl' | 'de';
  is_sensitive: boolean;
  created_at: Date;
};

export type Person = {
  id: string;
  niss: string | null;
  provisionalId: string | null;
  isUnidentified: boolean;
  familyName: string;
  givenNames: string;
  birthDate: string | null;
  nationality: string | null;
  language: 'fr' | 'nl' | 'de';
  createdAt: string;
};

export function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    niss: row.niss,
    provisionalId: row.provisional_id,
    isUnidentified: row.niss === null,
    familyName: row.family_name,
    givenNames: row.given_names,
    birthDate: row.birth_date,
    nationality: row.nationality,
    language: row.language,
    createdAt: row.created_at.toISOString(),
  };
}

export type NewPerson = {
  niss?: string;
  familyName: string;
  givenNames: string;
  birthDate?: string;
  nationality?: string;
  language?: 'fr' | 'nl' | 'de';
};

const CASEWORKERS = new Set(['social-worker', 'supervisor']);

function requireCaseworker(actor: Actor): void {
  if (!CASEWORKERS.has(actor.user.role)) throw forbidden('access.role', 'Only social workers and supervisors work with persons.');
}

function parseNissOrFail(value: string, path = '/niss'): { niss: string; kind: 'national-register' | 'bis' } {
  const parsed = parseNiss(value);
  if (!parsed.ok)
    throw invalid('niss.invalid', 'This is not a valid NISS or BIS number.', [{ path, code: parsed.code, message: parsed.message }]);
  return { niss: parsed.niss, kind: parsed.kind };
}

export async function findPersonIdByNiss(tx: Queryable, niss: string): Promise<string | null> {
  const row = await tx.one<{ person_id: string }>('SELECT person_id FROM person_identifiers WHERE niss = $1', [niss]);
  return row?.person_id ?? null;
}

export function createPersonService() {
  return {
    async registerPerson(actor: Actor, input: NewPerson): Promise<Person> {
      requireCaseworker(actor);
      const identity = input.niss !== undefined ? parseNissOrFail(input.niss) : null;
      return actor.tenant.db.transaction(async (tx) => {
        if (identity && (await findPersonIdByNiss(tx, identity.niss))) {
          throw conflict('person.exists', 'A person with this NISS is already registered; search by NISS to open it.');
        }
        const row = await tx.one<PersonRow>(
          `INSERT INTO persons (niss, provisional_id, family_name, given_names, birth_date, nationality, language, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
          [
            identity?.niss ?? null,
            identity ? null : `P-${randomBytes(6).toString('hex').toUpperCase()}`,
            input.familyName.trim(),
            input.givenNames.trim(),
            input.birthDate ?? null,
            input.nationality ?? null,
            input.language ?? actor.tenant.language,
            actor.user.id,
          ],
        );
        if (identity) {
          await tx.query('INSERT INTO person_identifiers (niss, person_id, kind) VALUES ($1, $2, $3)', [
            identity.niss,
            row!.id,
            identity.kind,
          ]);
        }
        await appendAudit(tx, actor, { action: 'person.create', recordType: 'person', recordId: row!.id, personId: row!.id });
        return toPerson(row!);
      });
    },

    async searchByNiss(actor: Actor, rawNiss: string): Promise<Person[]> {
      requireCaseworker(actor);
      const niss = normaliseNiss(rawNiss);
      if (niss === null)
        throw invalid('niss.invalid', 'Search with the 11 digits of a NISS or BIS number.', [
          { path: '/query/niss', code: 'niss.invalid-format', message: 'expected 11 digits' },
        ]);
      return actor.tenant.db.transaction(async (tx) => {
        // Old numbers resolve to the person's current record (R4).
        const rows = await tx.query<PersonRow>(
          `SELECT p.* FROM persons p JOIN person_identifiers i ON i.person_id = p.id WHERE i.niss = $1 AND p.anonymised_at IS NULL`,
          [niss],
        );
        await appendAudit(tx, actor, {
          action: 'person.search-by-niss',
          recordType: 'person',
          recordId: rows[0]?.id ?? null,
          personId: rows[0]?.id ?? null,
        });
        return rows.map(toPerson);
      });
    },

    async searchByName(actor: Actor, familyName: string): Promise<Person[]> {
      requireCaseworker(actor);
      return actor.tenant.db.transaction(async (tx) => {
        const rows = await tx.query<PersonRow>(
          `SELECT * FROM persons WHERE lower(family_name) = lower($1) AND anonymised_at IS NULL ORDER BY given_names LIMIT 50`,
          [familyName.trim()],
        );
        await appendAudit(
          tx,
          actor,
          rows.length > 0
            ? rows.map((row) => ({ action: 'person.search-by-name', recordType: 'person', recordId: row.id, personId: row.id }))
            : [{ action: 'person.search-by-name', recordType: 'person' }],
        );
        return rows.map(toPerson);
      });
    },

    async getPerson(
      actor: Actor,
      personId: string,
    ): Promise<Person & { identifiers: { niss: string; kind: string; validFrom: string; replacedAt: string | null }[] }> {
      requireCaseworker(actor);
      if (!isUuid(personId)) throw notFound('person.not-found', 'No such person.');
      return actor.tenant.db.transaction(async (tx) => {
        const row = await tx.one<PersonRow>('SELECT * FROM persons WHERE id = $1 AND anonymised_at IS NULL', [personId]);
        if (!row) throw notFound('person.not-found', 'No such person.');
        const identifiers = await tx.query<{ niss: string; kind: string; valid_from: Date; replaced_at: Date | null }>(
          'SELECT niss, kind, valid_from, replaced_at FROM person_identifiers WHERE person_id = $1 ORDER BY valid_from',
          [personId],
        );
        await appendAudit(tx, actor, { action: 'person.read', recordType: 'person', recordId: personId, personId });
        return {
          ...toPerson(row),
          identifiers: identifiers.map((i) => ({
            niss: i.niss,
            kind: i.kind,
            validFrom: i.valid_from.toISOString(),
            replacedAt: i.replaced_at?.toISOString() ?? null,
          })),
        };
      });
    },

    /** R4: a new number (BIS → national register, or a replaced number) keeps every file linked. */
    async replaceNiss(actor: Actor, personId: string, input: { niss: string; reason: string }): Promise<Person> {
      requireCaseworker(actor);
      if (!isUuid(personId)) throw notFound('person.not-found', 'No such person.');
      const identity = parseNissOrFail(input.niss);
      return actor.tenant.db.transaction(async (tx) => {
        const row = await tx.one<PersonRow>('SELECT * FROM persons WHERE id = $1 AND anonymised_at IS NULL FOR UPDATE', [personId]);
        if (!row) throw notFound('person.not-found', 'No such person.');
        const owner = await findPersonIdByNiss(tx, identity.niss);
        if (owner && owner !== personId) throw conflict('person.exists', 'This NISS belongs to another registered person.');
        if (row.niss === identity.niss) return toPerson(row);
        if (row.niss) {
          await tx.query('UPDATE person_identifiers SET replaced_at = $2, replaced_by = $3, reason = $4 WHERE niss = $1', [
            row.niss,
            actor.now,
            identity.niss,
            input.reason,
          ]);
        }
        if (!owner)
          await tx.query('INSERT INTO person_identifiers (niss, person_id, kind) VALUES ($1, $2, $3)', [
            identity.niss,
            personId,
            identity.kind,
          ]);
        const updated = await tx.one<PersonRow>('UPDATE persons SET niss = $2, provisional_id = NULL WHERE id = $1 RETURNING *', [
          personId,
          identity.niss,
        ]);
        // The hub keys integrations by the number: it is told of the replacement (quality code 999).
        if (row.niss)
          await tx.query(`INSERT INTO outbox (topic, payload) VALUES ('integration.niss-replaced', $1)`, [
            { oldNiss: row.niss, newNiss: identity.niss },
          ]);
        await appendAudit(tx, actor, {
          action: 'person.replace-niss',
          recordType: 'person',
          recordId: personId,
          personId,
          reason: input.reason,
        });
        return toPerson(updated!);
      });
    },
  };
}

export type PersonService = ReturnType<typeof createPersonService>;
