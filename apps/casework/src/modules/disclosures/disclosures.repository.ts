/** The SQL of the disclosure workflow: the register, each step's update, and the person's items (coded fields only, R25). */
import type { Queryable } from '#platform/db.ts';
import type { DisclosureItem, DisclosureStatus } from './disclosure.ts';

export type DisclosureRow = {
  id: string;
  person_id: string;
  recipient: string;
  recipient_name: string | null;
  recipient_language: 'fr' | 'nl' | 'de';
  legal_basis: string;
  legal_reference: string | null;
  request_reference: string | null;
  requested_at: string;
  stated_scope: string | null;
  items: DisclosureItem[];
  status: DisclosureStatus;
  created_by: string;
  created_at: Date;
  items_selected_by: string | null;
  items_selected_at: Date | null;
  reviewed_by: string | null;
  reviewed_at: Date | null;
  legal_assessment: string | null;
  refusal_reason: string | null;
  approved_by: string | null;
  approved_at: Date | null;
  exported_by: string | null;
  exported_at: Date | null;
  export_format: 'json' | 'pdf' | null;
  export_sha256: string | null;
  deferred_until: string | null;
  deferral_basis: string | null;
  deferral_reference: string | null;
  deferred_by: string | null;
  deferred_at: Date | null;
  family_name: string;
  given_names: string;
  created_by_name: string | null;
  reviewed_by_name: string | null;
  approved_by_name: string | null;
  exported_by_name: string | null;
};

const SELECT_DISCLOSURE = `
  SELECT d.*, p.family_name, p.given_names,
    (SELECT display_name FROM users WHERE id = d.created_by) AS created_by_name,
    (SELECT display_name FROM users WHERE id = d.reviewed_by) AS reviewed_by_name,
    (SELECT display_name FROM users WHERE id = d.approved_by) AS approved_by_name,
    (SELECT display_name FROM users WHERE id = d.exported_by) AS exported_by_name
  FROM disclosures d JOIN persons p ON p.id = d.person_id`;

export type NewDisclosureRow = {
  personId: string;
  recipient: string;
  recipientName: string | null;
  recipientLanguage: string;
  legalBasis: string;
  legalReference: string | null;
  requestReference: string;
  requestedAt: string;
  statedScope: string | null;
  createdBy: string;
  createdAt: Date;
};

export type IdentityRow = { family_name: string; given_names: string; niss: string | null; birth_date: string | null };
export type RequestItemRow = {
  id: string;
  kind: string;
  status: string;
  received_at: Date;
  acknowledgement_number: string;
  closed_at: Date | null;
};
export type DecisionItemRow = {
  ref: string;
  request_id: string;
  decided_at: string;
  body: string;
  aid_type: string;
  outcome: string;
  amount_cents: string | number | null;
  period_from: string | null;
  period_to: string | null;
  legal_basis: string;
  motivation_category: string;
  status: string;
};

export function disclosureRepository(db: Queryable) {
  return {
    lock: async (id: string) => (await db.one<{ id: string }>('SELECT id FROM disclosures WHERE id = $1 FOR UPDATE', [id])) !== undefined,
    byId: async (id: string) => (await db.one<DisclosureRow>(`${SELECT_DISCLOSURE} WHERE d.id = $1`, [id]))!,
    page: (query: { status?: DisclosureStatus; limit: number; offset: number }) => {
      const where = query.status ? 'WHERE d.status = $3' : 'WHERE $3::text IS NULL';
      return db.query<DisclosureRow>(`${SELECT_DISCLOSURE} ${where} ORDER BY d.created_at DESC, d.id LIMIT $1 OFFSET $2`, [
        query.limit,
        query.offset,
        query.status ?? null,
      ]);
    },
    count: async (status: DisclosureStatus | undefined) => {
      const where = status ? 'WHERE d.status = $1' : 'WHERE $1::text IS NULL';
      return (await db.one<{ count: number }>(`SELECT count(*)::int AS count FROM disclosures d ${where}`, [status ?? null]))?.count ?? 0;
    },
    activePersonId: async (personId: string) =>
      (await db.one<{ id: string }>('SELECT id FROM persons WHERE id = $1 AND anonymised_at IS NULL', [personId]))?.id,
    activePersonIdByNiss: async (niss: string) =>
      (
        await db.one<{ id: string }>(
          'SELECT p.id FROM persons p JOIN person_identifiers i ON i.person_id = p.id WHERE i.niss = $1 AND p.anonymised_at IS NULL',
          [niss],
        )
      )?.id,
    insert: async (row: NewDisclosureRow) =>
      (await db.one<{ id: string }>(
        `INSERT INTO disclosures (person_id, recipient, recipient_name, recipient_language, legal_basis, legal_reference, request_reference,
           requested_at, stated_scope, items, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, '[]'::jsonb, $10, $11) RETURNING id`,
        [
          row.personId,
          row.recipient,
          row.recipientName,
          row.recipientLanguage,
          row.legalBasis,
          row.legalReference,
          row.requestReference,
          row.requestedAt,
          row.statedScope,
          row.createdBy,
          row.createdAt,
        ],
      ))!.id,
    setItems: (id: string, items: DisclosureItem[], userId: string, at: Date) =>
      db.query('UPDATE disclosures SET items = $2::jsonb, items_selected_by = $3, items_selected_at = $4 WHERE id = $1', [
        id,
        JSON.stringify(items),
        userId,
        at,
      ]),
    approve: (id: string, userId: string, at: Date, assessment: string) =>
      db.query(
        `UPDATE disclosures SET status = 'approved', reviewed_by = $2, reviewed_at = $3, approved_by = $2, approved_at = $3, legal_assessment = $4
           WHERE id = $1`,
        [id, userId, at, assessment],
      ),
    refuse: (id: string, userId: string, at: Date, assessment: string, reason: string) =>
      db.query(
        `UPDATE disclosures SET status = 'refused', reviewed_by = $2, reviewed_at = $3, legal_assessment = $4, refusal_reason = $5 WHERE id = $1`,
        [id, userId, at, assessment, reason],
      ),
    markExported: (id: string, at: Date, userId: string, format: 'json' | 'pdf', sha256: string) =>
      db.query(
        `UPDATE disclosures SET status = 'exported', exported_at = $2, exported_by = $3, export_format = $4, export_sha256 = $5 WHERE id = $1`,
        [id, at, userId, format, sha256],
      ),
    defer: (id: string, deferral: { until: string; legalBasis: string; reference: string | null }, userId: string, at: Date) =>
      db.query(
        'UPDATE disclosures SET deferred_until = $2, deferral_basis = $3, deferral_reference = $4, deferred_by = $5, deferred_at = $6 WHERE id = $1',
        [id, deferral.until, deferral.legalBasis, deferral.reference, userId, at],
      ),

    // The person's items
    requestsOfPerson: (personId: string) =>
      db.query<{ id: string; kind: string; status: string; received_at: Date; acknowledgement_number: string }>(
        'SELECT id, kind, status, received_at, acknowledgement_number FROM aid_requests WHERE person_id = $1 ORDER BY received_at',
        [personId],
      ),
    decisionsOfPerson: (personId: string) =>
      db.query<{ ref: string; request_id: string; decided_at: string; aid_type: string; outcome: string; status: string }>(
        `SELECT d.ref, d.request_id, d.decided_at, d.aid_type, d.outcome, d.status FROM decisions d JOIN aid_requests r ON r.id = d.request_id
          WHERE r.person_id = $1 ORDER BY d.decided_at, d.ref`,
        [personId],
      ),
    identity: (personId: string) =>
      db.one<IdentityRow>('SELECT family_name, given_names, niss, birth_date FROM persons WHERE id = $1', [personId]),
    requestOfPerson: (requestId: string, personId: string) =>
      db.one<RequestItemRow>(
        'SELECT id, kind, status, received_at, acknowledgement_number, closed_at FROM aid_requests WHERE id = $1 AND person_id = $2',
        [requestId, personId],
      ),
    /** Coded fields only: the local motivation text is free text written for the person's letter and is not read here. */
    decisionOfPerson: (ref: string, personId: string) =>
      db.one<DecisionItemRow>(
        `SELECT d.ref, d.request_id, d.decided_at, d.body, d.aid_type, d.outcome, d.amount_cents, d.period_from, d.period_to, d.legal_basis,
           d.motivation_category, d.status
           FROM decisions d JOIN aid_requests r ON r.id = d.request_id WHERE d.ref = $1 AND r.person_id = $2`,
        [ref, personId],
      ),
  };
}

export type DisclosureRepository = ReturnType<typeof disclosureRepository>;
