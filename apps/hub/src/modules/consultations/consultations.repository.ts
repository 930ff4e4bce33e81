/**
 * The hub's checks of one consultation in one round trip (principle 3; R20–R22, R31, R33): the
 * requester's active integration for this file, what the policy allows its quality code for this
 * purpose, whether the person blocked the requester, and the institutions with a current or recent
 * integration. The rules are those of directory.service.ts (findActiveIntegration, allowedItems,
 * isBlocked, findProviders), asked together so a consultation costs one statement instead of four —
 * five with the person's current pseudonym: a number replaced at a CPAS resolves to its replacement
 * (R4; resolvePseudonym of directory.service.ts), here in the same statement.
 */
import type { Queryable } from '#platform/db.ts';
import { createBatchedRead } from '#platform/batched-read.ts';

export type ConsultationChecks =
  | { hasIntegration: false }
  | { hasIntegration: true; qualityCode: string; items: string[] | null; isBlocked: boolean; providers: string[] };

/** `subject`: the pseudonym of the NISS the requester sent, replaced or not. */
export type ConsultationChecksInput = {
  subject: Buffer;
  requesterKbo: string;
  fileRef: string;
  purpose: string;
  today: string;
  since: string;
};

type ChecksRow = { quality_code: string; items: string[] | null; is_blocked: boolean; providers: string[] };

const CHECKS_SQL = `SELECT i.quality_code,
            (SELECT p.items FROM policy_rules p WHERE p.requester_quality_code = i.quality_code AND p.purpose = $5) AS items,
            EXISTS (SELECT 1 FROM blocks b WHERE b.person_pseudonym = s.subject AND b.institution_kbo = $2 AND b.lifted_at IS NULL) AS is_blocked,
            ARRAY(SELECT DISTINCT o.institution_kbo FROM integrations o
                   WHERE o.person_pseudonym = s.subject AND o.institution_kbo <> $2 AND (o.end_date IS NULL OR o.end_date >= $6::date)
                   ORDER BY o.institution_kbo) AS providers
       FROM (SELECT coalesce((SELECT new_pseudonym FROM pseudonym_replacements WHERE old_pseudonym = $1), $1::bytea) AS subject OFFSET 0) s
       CROSS JOIN LATERAL (SELECT quality_code FROM integrations WHERE person_pseudonym = s.subject AND institution_kbo = $2 AND file_ref = $3
               AND start_date <= $4::date AND (end_date IS NULL OR end_date > $4::date) ORDER BY start_date DESC LIMIT 1) i`;
const CHECKS_TYPES = ['bytea', 'text', 'text', 'date', 'text', 'date'];

const paramsOf = (input: ConsultationChecksInput) => [
  input.subject,
  input.requesterKbo,
  input.fileRef,
  input.today,
  input.purpose,
  input.since,
];

function toChecks(row: ChecksRow | undefined): ConsultationChecks {
  if (!row) return { hasIntegration: false };
  return {
    hasIntegration: true,
    qualityCode: row.quality_code,
    items: row.items,
    isBlocked: row.is_blocked,
    providers: row.providers.map((kbo) => kbo.trim()),
  };
}

export async function readConsultationChecks(tx: Queryable, input: ConsultationChecksInput): Promise<ConsultationChecks> {
  return toChecks(await tx.one<ChecksRow>(CHECKS_SQL, paramsOf(input)));
}

/**
 * The same checks for the hub's concurrent consultations, asked in one statement (ADR 0024): each
 * consultation gets exactly its own row, and a hub at rest asks each alone.
 */
export function createConsultationChecksReader(db: Queryable): (input: ConsultationChecksInput) => Promise<ConsultationChecks> {
  const read = createBatchedRead<ChecksRow>(db, CHECKS_SQL, CHECKS_TYPES);
  return async (input) => toChecks(await read(paramsOf(input)));
}
