/** SQL of the person record: details (migration 0021), their history, and the household (migration 0022). */
import type { Queryable } from '#platform/db.ts';
import type { Details } from './person-record.ts';

type DetailsRow = {
  sex: string | null;
  address_street: string | null;
  address_postal_code: string | null;
  address_municipality: string | null;
  address_country: string;
  phone: string | null;
  email: string | null;
  iban: string | null;
  residence_status: string | null;
  civil_status: string | null;
  updated_at: Date | null;
};

export type ChangeRow = {
  id: number;
  changed_at: Date;
  changed_by: string | null;
  display_name: string | null;
  changes: Record<string, unknown>;
};

export type MemberRow = {
  id: string;
  member_person_id: string | null;
  member_family_name: string | null;
  member_given_names: string | null;
  member_birth_date: string | null;
  described_name: string | null;
  described_birth_date: string | null;
  relationship: string;
  from_date: string;
  to_date: string | null;
  /** The member was a registered person since anonymised by the retention purge (R42). */
  member_removed: boolean;
};

const COLUMNS: Record<keyof Details, string> = {
  sex: 'sex',
  addressStreet: 'address_street',
  addressPostalCode: 'address_postal_code',
  addressMunicipality: 'address_municipality',
  addressCountry: 'address_country',
  phone: 'phone',
  email: 'email',
  iban: 'iban',
  residenceStatus: 'residence_status',
  civilStatus: 'civil_status',
};

export function personRecordRepository(tx: Queryable) {
  return {
    async details(personId: string): Promise<{ details: Details; updatedAt: Date | null }> {
      const row = (await tx.one<DetailsRow>(
        `SELECT sex, address_street, address_postal_code, address_municipality, address_country, phone, email, iban,
                residence_status, civil_status, updated_at FROM persons WHERE id = $1`,
        [personId],
      ))!;
      return {
        details: {
          sex: row.sex,
          addressStreet: row.address_street,
          addressPostalCode: row.address_postal_code,
          addressMunicipality: row.address_municipality,
          addressCountry: row.address_country,
          phone: row.phone,
          email: row.email,
          iban: row.iban,
          residenceStatus: row.residence_status,
          civilStatus: row.civil_status,
        },
        updatedAt: row.updated_at,
      };
    },

    async update(personId: string, values: Partial<Details>, at: Date): Promise<void> {
      const fields = Object.keys(values) as (keyof Details)[];
      const sets = fields.map((field, index) => `${COLUMNS[field]} = $${index + 3}`);
      await tx.query(`UPDATE persons SET updated_at = $2${sets.length > 0 ? ', ' + sets.join(', ') : ''} WHERE id = $1`, [
        personId,
        at,
        ...fields.map((field) => values[field]),
      ]);
    },

    recordChange: (personId: string, at: Date, userId: string, changes: Record<string, unknown>) =>
      tx.query('INSERT INTO person_changes (person_id, changed_at, changed_by, changes) VALUES ($1, $2, $3, $4)', [
        personId,
        at,
        userId,
        changes,
      ]),

    changes: (personId: string) =>
      tx.query<ChangeRow>(
        `SELECT c.id, c.changed_at, c.changed_by, u.display_name, c.changes FROM person_changes c LEFT JOIN users u ON u.id = c.changed_by
          WHERE c.person_id = $1 ORDER BY c.changed_at DESC, c.id DESC LIMIT 100`,
        [personId],
      ),

    household: (personId: string) =>
      tx.query<MemberRow>(
        `SELECT h.id, h.member_person_id, p.family_name AS member_family_name, p.given_names AS member_given_names,
                p.birth_date AS member_birth_date, h.described_name, h.described_birth_date, h.relationship, h.from_date, h.to_date,
                (h.member_person_id IS NOT NULL AND p.id IS NULL) AS member_removed
           FROM household_members h LEFT JOIN persons p ON p.id = h.member_person_id AND p.anonymised_at IS NULL
          WHERE h.person_id = $1 ORDER BY h.to_date IS NOT NULL, h.from_date, h.created_at`,
        [personId],
      ),

    member: (personId: string, memberId: string) =>
      tx.one<MemberRow>(
        `SELECT h.id, h.member_person_id, NULL AS member_family_name, NULL AS member_given_names, NULL AS member_birth_date,
                h.described_name, h.described_birth_date, h.relationship, h.from_date, h.to_date, false AS member_removed
           FROM household_members h WHERE h.id = $1 AND h.person_id = $2 FOR UPDATE`,
        [memberId, personId],
      ),

    isActivePerson: async (personId: string) =>
      Boolean(await tx.one('SELECT 1 FROM persons WHERE id = $1 AND anonymised_at IS NULL', [personId])),

    isCurrentMember: async (personId: string, memberPersonId: string) =>
      Boolean(
        await tx.one('SELECT 1 FROM household_members WHERE person_id = $1 AND member_person_id = $2 AND to_date IS NULL', [
          personId,
          memberPersonId,
        ]),
      ),

    addMember: async (member: {
      personId: string;
      memberPersonId: string | null;
      describedName: string | null;
      describedBirthDate: string | null;
      relationship: string;
      fromDate: string;
      toDate: string | null;
      createdBy: string;
    }) =>
      (await tx.one<{ id: string }>(
        `INSERT INTO household_members (person_id, member_person_id, described_name, described_birth_date, relationship, from_date, to_date, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [
          member.personId,
          member.memberPersonId,
          member.describedName,
          member.describedBirthDate,
          member.relationship,
          member.fromDate,
          member.toDate,
          member.createdBy,
        ],
      ))!.id,

    endMember: (memberId: string, toDate: string, userId: string) =>
      tx.query('UPDATE household_members SET to_date = $2, ended_by = $3 WHERE id = $1', [memberId, toDate, userId]),

    /** The person's open files (their cohabitants are integrated on each, 17-5). */
    openRequests: (personId: string, statuses: readonly string[]) =>
      tx.query<{ id: string; original_received_at: string }>(
        'SELECT id, original_received_at FROM aid_requests WHERE person_id = $1 AND status = ANY($2::text[])',
        [personId, statuses],
      ),
  };
}
