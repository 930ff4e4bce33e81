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
import { isUuid, readsWithAudit } from '../access/index.ts';
import { registerPendingIntegrations } from '../integrations/index.ts';
import { withPersonFile } from './person-file.ts';

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

/** What a search may combine; `q` is free text: a NISS, a provisional id or words of the name. */
export type PersonSearch = { q?: string; familyName?: string; birthDate?: string; provisionalId?: string };

const SEARCH_LIMIT = 50;
const PROVISIONAL_ID = /^P-[0-9A-F]{12}$/i;

/** The words of a folded name (SQL `person_name_key`), at most five, each at least one character. */
export function nameWords(folded: string): string[] {
  return folded
    .split(' ')
    .filter((word) => word.length > 0)
    .slice(0, 5);
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * `person_name_key` (migration 0022) of a text typed in printable ASCII, computed here rather than asked of the
 * database (one round trip fewer per search, issue 14): unaccent maps no ASCII character, so the key is the text in
 * lower case with each run of anything but letters and digits one space, trimmed. Any other text: null, the database
 * folds it.
 */
export function asciiNameKey(text: string): string | null {
  if (!PRINTABLE_ASCII.test(text)) return null;
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Reads the free text: a provisional id is searched as such; anything else is words of the name. */
export function searchCriteria(query: PersonSearch): { familyName?: string; text?: string; birthDate?: string; provisionalId?: string } {
  const q = query.q?.trim();
  const criteria: { familyName?: string; text?: string; birthDate?: string; provisionalId?: string } = {};
  if (query.familyName !== undefined && query.familyName.trim()) criteria.familyName = query.familyName.trim();
  if (query.birthDate !== undefined) criteria.birthDate = query.birthDate;
  if (query.provisionalId !== undefined && query.provisionalId.trim()) criteria.provisionalId = query.provisionalId.trim();
  if (q) {
    if (PROVISIONAL_ID.test(q)) criteria.provisionalId = q;
    else criteria.text = q;
  }
  return criteria;
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

    /**
     * Search by name (accent- and case-insensitive, partial: every word typed is part of the name), by birth
     * date, by provisional id (R5), or by family name exactly (the original API). Criteria combine. Each
     * person shown is an audited read: a search by name rather than by number is an oversight indicator.
     */
    async search(actor: Actor, query: PersonSearch): Promise<Person[]> {
      requireCaseworker(actor);
      const criteria = searchCriteria(query);
      const db = readsWithAudit(actor);
      const conditions = ['anonymised_at IS NULL'];
      const params: unknown[] = [];
      const param = (value: unknown) => {
        params.push(value);
        return `$${params.length}`;
      };
      if (criteria.familyName !== undefined) conditions.push(`lower(family_name) = lower(${param(criteria.familyName)})`);
      if (criteria.text !== undefined) {
        const key =
          asciiNameKey(criteria.text) ??
          (await db.one<{ key: string | null }>('SELECT person_name_key($1) AS key', [criteria.text]))?.key ??
          '';
        const words = nameWords(key);
        if (words.length === 0) return [];
        // `name_key` is person_name_key(family_name || ' ' || given_names), stored and trigram-indexed (migration 0055).
        for (const word of words) conditions.push(`name_key LIKE ${param(`%${word}%`)}`);
      }
      if (criteria.birthDate !== undefined) conditions.push(`birth_date = ${param(criteria.birthDate)}::date`);
      if (criteria.provisionalId !== undefined) conditions.push(`upper(provisional_id) = upper(${param(criteria.provisionalId)})`);
      const rows = await db.query<PersonRow>(
        `SELECT * FROM persons WHERE ${conditions.join(' AND ')} ORDER BY family_name, given_names, birth_date LIMIT ${SEARCH_LIMIT}`,
        params,
      );
      await appendAudit(
        db,
        actor,
        rows.length > 0
          ? rows.map((row) => ({ action: 'person.search-by-name', recordType: 'person', recordId: row.id, personId: row.id }))
          : [{ action: 'person.search-by-name', recordType: 'person' }],
      );
      return rows.map(toPerson);
    },

    searchByName(actor: Actor, familyName: string): Promise<Person[]> {
      return this.search(actor, { familyName });
    },

    /** `GET /api/v1/persons`: by NISS (exact; `niss`, or a `q` that is a NISS) or by the other criteria; nothing asked, nothing found. */
    async find(actor: Actor, query: PersonSearch & { niss?: string }): Promise<Person[]> {
      for (const [name, value] of Object.entries(query))
        if (typeof value === 'string' && [...value].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f))
          throw invalid('person.search-invalid', 'The search contains control characters.', [
            { path: `/query/${name}`, code: 'invalid-character', message: 'control characters are not allowed' },
          ]);
      if (query.niss !== undefined) return this.searchByNiss(actor, query.niss);
      const q = query.q?.trim();
      if (q && /^[0-9 .\-/]+$/.test(q) && normaliseNiss(q) !== null) return this.searchByNiss(actor, q);
      const criteria = searchCriteria(query);
      if (Object.keys(criteria).length === 0) {
        requireCaseworker(actor);
        return [];
      }
      return this.search(actor, query);
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

    /**
     * R4: a new number (BIS → national register, or a replaced number) keeps every file linked. Only a
     * worker who may open one of the person's files replaces it (R23; finding F1): anyone else gets 404.
     * The hub is told in the same transaction (outbox topic `integration.niss-replaced`): it moves the
     * person's integrations to the new pseudonym, so a consultation under the new number is answered.
     */
    async replaceNiss(actor: Actor, personId: string, input: { niss: string; reason: string }): Promise<Person> {
      requireCaseworker(actor);
      const identity = parseNissOrFail(input.niss);
      if (!input.reason.trim())
        throw invalid('niss-replacement.reason-required', 'Say why the number changes.', [
          { path: '/reason', code: 'required', message: 'a reason is required' },
        ]);
      return withPersonFile(actor, personId, { action: 'person.replace-niss', mode: 'write' }, async (tx) => {
        const row = (await tx.one<PersonRow>('SELECT * FROM persons WHERE id = $1', [personId]))!;
        const owner = await findPersonIdByNiss(tx, identity.niss);
        if (owner && owner !== personId) throw conflict('person.exists', 'This NISS belongs to another registered person.');
        if (row.niss === identity.niss) throw conflict('niss-replacement.same-number', 'This is already the person’s current number.');
        if (row.niss) {
          await tx.query('UPDATE person_identifiers SET replaced_at = $2, replaced_by = $3, reason = $4 WHERE niss = $1', [
            row.niss,
            actor.now,
            identity.niss,
            input.reason.trim(),
          ]);
        }
        if (!owner)
          await tx.query('INSERT INTO person_identifiers (niss, person_id, kind) VALUES ($1, $2, $3)', [
            identity.niss,
            personId,
            identity.kind,
          ]);
        const updated = await tx.one<PersonRow>(
          'UPDATE persons SET niss = $2, provisional_id = NULL, updated_at = $3 WHERE id = $1 RETURNING *',
          [personId, identity.niss, actor.now],
        );
        await tx.query('INSERT INTO person_changes (person_id, changed_at, changed_by, changes) VALUES ($1, $2, $3, $4)', [
          personId,
          actor.now,
          actor.user.id,
          { niss: { from: row.niss ?? row.provisional_id, to: identity.niss } },
        ]);
        if (row.niss) {
          // The hub keys integrations by the number: it is told of the replacement (quality code 999).
          await tx.query(`INSERT INTO outbox (topic, payload) VALUES ('integration.niss-replaced', $1)`, [
            { oldNiss: row.niss, newNiss: identity.niss },
          ]);
        } else {
          // A provisional id was never known at the hub (R5): the person's open integrations are registered now.
          await registerPendingIntegrations(tx, personId);
        }
        return toPerson(updated!);
      });
    },
  };
}

export type PersonService = ReturnType<typeof createPersonService>;
