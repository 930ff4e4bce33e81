/**
 * Deriving the shareable summary (principle 2, R30, R36, R37): from the coded fields the worker
 * already recorded for each decision — no new input, no free text of a worker. The closed
 * `rse.summary/1` schema is checked before anything leaves the node.
 */
import { dayInBrussels } from '#platform/brussels-time.ts';
import type { Queryable } from '#platform/db.ts';
import { createBatchedRead } from '#platform/batched-read.ts';
import { validateSummary, type ShareableSummary } from '#contracts/summary/summary.schema.ts';
import type { Settings } from '../../settings.ts';

export type SummaryOutcome =
  | { status: 'answered'; summary: ShareableSummary; personId: string }
  | { status: 'no-file'; personId: string | null }
  | { status: 'withheld'; reasonCode: string; personId: string };

type DecisionRow = {
  id: string;
  ref: string;
  decided_at: string;
  aid_type: string;
  outcome: ShareableSummary['decisions'][number]['outcome'];
  amount_cents: number | null;
  period_from: string | null;
  period_to: string | null;
  legal_basis: string;
  motivation_category: string;
  ris_category: ShareableSummary['decisions'][number]['risCategory'] | null;
  status: ShareableSummary['decisions'][number]['status'];
  has_statements: boolean;
};

type PersonRow = {
  id: string;
  niss: string;
  withheld_reason: string | null;
  sharing: Settings['sharing'] | null;
  latest_id: string | null;
  piis_signed_at: string | null;
  kbo: string;
  name: string;
  service_phone: string | null;
  service_email: string | null;
  decisions: DecisionRow[] | null;
};

// The person, any withholding, the sharing settings, the latest file, this CPAS and the decisions
// that may be shared, in one round trip (issue 14). R36: only decisions inside the window (default
// 24 months, counted back from today in Brussels; a day past the end of a shorter month is its last
// day) ever leave the CPAS, never those of an excluded aid type. R10: a decision takes effect for
// the person when it is notified; before that it is not shared as final (a withdrawal decided but
// not yet notified must not reach another CPAS before the person).
// The decisions are read through the person's files (index on aid_requests.person_id, then on
// decisions.request_id); `OFFSET 0` keeps PostgreSQL from flattening that into a plain join, whose
// plan the statistics chose: on a CPAS of 80 persons (tables of a few pages), expecting one decision
// in the window, PostgreSQL scanned every decision of the CPAS and, for each, the whole aid_requests
// table (80 × 80 rows, 0.9 ms a summary against 0.3 ms this way; docs/benchmarks.md, 2026-12-05).
const PERSON_SQL = `SELECT p.id, p.niss, w.reason_code AS withheld_reason, s.value AS sharing, r.id AS latest_id, r.piis_signed_at,
            inst.kbo, inst.name, inst.service_phone, inst.service_email,
            CASE WHEN $2::boolean AND w.reason_code IS NULL AND r.id IS NOT NULL THEN
              (SELECT coalesce(json_agg(json_build_object(
                        'id', d.id, 'ref', d.ref, 'decided_at', d.decided_at, 'aid_type', d.aid_type, 'outcome', d.outcome,
                        'amount_cents', d.amount_cents, 'period_from', d.period_from, 'period_to', d.period_to,
                        'legal_basis', d.legal_basis, 'motivation_category', d.motivation_category, 'ris_category', d.ris_category,
                        'status', d.status,
                        'has_statements', EXISTS (SELECT 1 FROM person_statements ps WHERE ps.decision_id = d.id))
                      ORDER BY d.decided_at, d.ref), '[]'::json)
                 FROM aid_requests dr CROSS JOIN LATERAL (SELECT * FROM decisions WHERE request_id = dr.id OFFSET 0) d
                WHERE dr.person_id = p.id
                  AND d.decided_at >= ($3::date - make_interval(months => (s.value->>'windowMonths')::int))::date
                  AND NOT (d.aid_type = ANY (ARRAY(SELECT jsonb_array_elements_text(s.value->'excludedAidTypes'))))
                  AND EXISTS (SELECT 1 FROM notifications n WHERE n.decision_id = d.id))
            END AS decisions
       FROM person_identifiers i JOIN persons p ON p.id = i.person_id
       LEFT JOIN withholdings w ON w.person_id = p.id
       LEFT JOIN settings s ON s.key = 'sharing'
       LEFT JOIN LATERAL (SELECT id, piis_signed_at FROM aid_requests WHERE person_id = p.id ORDER BY received_at DESC LIMIT 1) r ON true
       LEFT JOIN institution inst ON true
      WHERE i.niss = $1 AND p.anonymised_at IS NULL`;
const PERSON_TYPES = ['text', 'boolean', 'date'];

type SummaryInput = { niss: string; items: string[]; now: Date };

const paramsOf = (input: SummaryInput) => [input.niss, input.items.includes('decisions'), dayInBrussels(input.now)];

/**
 * Derives the summaries of one CPAS: the first reads of concurrent summary requests are one statement
 * (ADR 0024), each request getting exactly the row it gets alone; a request alone runs it as written.
 */
export function createSummaryDeriver(db: Queryable): (input: SummaryInput) => Promise<SummaryOutcome> {
  const read = createBatchedRead<PersonRow>(db, PERSON_SQL, PERSON_TYPES);
  return async (input) => summaryOf(db, input, await read(paramsOf(input)));
}

async function summaryOf(tx: Queryable, input: SummaryInput, person: PersonRow | undefined): Promise<SummaryOutcome> {
  if (!person) return { status: 'no-file', personId: null };
  // R31: this CPAS may withhold its answer for a person (e.g. to protect a victim), with a reason code.
  if (person.withheld_reason) return { status: 'withheld', reasonCode: person.withheld_reason, personId: person.id };
  const sharing = person.sharing;
  if (!sharing) throw new Error('Setting sharing is missing: run the migrations');
  const latest = person.latest_id ? { id: person.latest_id, piis_signed_at: person.piis_signed_at } : null;
  if (!latest) return { status: 'no-file', personId: person.id };
  const institution = { kbo: person.kbo, name: person.name, service_phone: person.service_phone, service_email: person.service_email };
  const decisions = person.decisions ?? [];
  const statements =
    input.items.includes('statements') && decisions.some((d) => d.has_statements)
      ? await tx.query<{ decision_id: string; text: string; created_at: Date }>(
          'SELECT decision_id, text, created_at FROM person_statements WHERE decision_id = ANY($1::uuid[]) ORDER BY created_at',
          [decisions.map((d) => d.id)],
        )
      : [];
  const refOf = new Map(decisions.map((d) => [d.id, d.ref]));
  const summary: ShareableSummary = {
    schema: 'rse.summary/1',
    generatedAt: input.now.toISOString(),
    provider: {
      kbo: institution.kbo,
      name: institution.name,
      serviceContact: {
        ...(input.items.includes('contact') && institution.service_phone ? { phone: institution.service_phone } : {}),
        ...(input.items.includes('contact') && institution.service_email ? { email: institution.service_email } : {}),
      },
    },
    fileRef: latest.id,
    person: { niss: person.niss },
    decisions: decisions.map((d) => ({
      ref: d.ref,
      decidedAt: d.decided_at,
      aidType: d.aid_type,
      outcome: d.outcome,
      ...(d.period_from ? { period: { from: d.period_from, ...(d.period_to ? { to: d.period_to } : {}) } } : {}),
      ...(sharing.shareAmounts && d.amount_cents !== null ? { amountCents: d.amount_cents } : {}),
      legalBasis: d.legal_basis,
      motivationCategory: d.motivation_category,
      ...(d.ris_category ? { risCategory: d.ris_category } : {}),
      status: d.status,
    })),
    ...(sharing.sharePiis && input.items.includes('piis')
      ? { piis: { exists: latest.piis_signed_at !== null, ...(latest.piis_signed_at ? { signedAt: latest.piis_signed_at } : {}) } }
      : {}),
    statements: statements.map((s) => ({ decisionRef: refOf.get(s.decision_id)!, at: s.created_at.toISOString(), text: s.text })),
  };
  const checked = validateSummary(summary);
  if (!checked.ok) throw new Error(`derived summary failed its own schema: ${checked.errors.map((e) => e.path).join(', ')}`);
  return { status: 'answered', summary: checked.summary, personId: person.id };
}
