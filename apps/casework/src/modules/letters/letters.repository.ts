/** What a letter needs from the CPAS's database: the addressee's postal address, the institution and its letter settings, the worker. */
import type { Queryable } from '#platform/db.ts';
import type { Language } from '#ui/i18n.ts';
import { readInstitution } from '../../institution.ts';
import { letterInstitution, type LetterInstitution, type LetterWorker } from './letters.ts';
import { postalAddressLines } from './messages.ts';
import type { LetterSettings } from './letters.schema.ts';

type PersonRow = {
  family_name: string;
  given_names: string;
  language: 'fr' | 'nl' | 'de';
  address_street: string | null;
  address_postal_code: string | null;
  address_municipality: string | null;
  address_country: string | null;
};

type WorkerRow = { display_name: string; contact_phone: string | null; contact_email: string | null };

export type LetterParties = {
  /** The person's language: a letter's default (laws on the use of languages in administrative matters). */
  personLanguage: 'fr' | 'nl' | 'de';
  person: (language: Language) => { familyName: string; givenNames: string; addressLines: string[] };
  institution: LetterInstitution;
  worker?: LetterWorker;
};

/**
 * Reads the parties of a letter about one request. The contact worker is the one printing it when
 * they are assigned to the file, otherwise the worker assigned first (R23: an active assignment).
 */
export async function readLetterParties(
  db: Queryable,
  ids: { personId: string; requestId: string; userId: string },
): Promise<LetterParties> {
  const person = (await db.one<PersonRow>(
    `SELECT family_name, given_names, language, address_street, address_postal_code, address_municipality, address_country
       FROM persons WHERE id = $1`,
    [ids.personId],
  ))!;
  const institution = await readInstitution(db);
  const settings = (await db.one<{ value: LetterSettings }>("SELECT value FROM settings WHERE key = 'letters'"))?.value ?? {};
  const worker = await db.one<WorkerRow>(
    `SELECT u.display_name, u.contact_phone, u.contact_email
       FROM assignments a JOIN users u ON u.id = a.user_id
      WHERE a.request_id = $1 AND a.ended_at IS NULL AND u.is_active AND u.role IN ('social-worker', 'supervisor')
      ORDER BY (u.id = $2) DESC, a.assigned_at, u.display_name
      LIMIT 1`,
    [ids.requestId, ids.userId],
  );
  return {
    personLanguage: person.language,
    person: (language) => ({
      familyName: person.family_name,
      givenNames: person.given_names,
      addressLines: postalAddressLines(language, {
        street: person.address_street,
        postalCode: person.address_postal_code,
        municipality: person.address_municipality,
        country: person.address_country,
      }),
    }),
    institution: letterInstitution(institution, settings),
    ...(worker
      ? {
          worker: {
            name: worker.display_name,
            ...(worker.contact_phone ? { phone: worker.contact_phone } : {}),
            ...(worker.contact_email ? { email: worker.contact_email } : {}),
          },
        }
      : {}),
  };
}

export type WorkerContact = { phone: string | null; email: string | null };

export const readWorkerContact = async (db: Queryable, userId: string): Promise<WorkerContact> =>
  (await db.one<WorkerContact>('SELECT contact_phone AS phone, contact_email AS email FROM users WHERE id = $1', [userId])) ?? {
    phone: null,
    email: null,
  };

export async function writeWorkerContact(db: Queryable, userId: string, contact: WorkerContact): Promise<void> {
  await db.query('UPDATE users SET contact_phone = $2, contact_email = $3 WHERE id = $1', [userId, contact.phone, contact.email]);
}
