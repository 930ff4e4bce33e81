/**
 * Deriving the shareable summary (principle 2, R30, R36, R37): from the coded fields the worker
 * already recorded for each decision — no new input, no free text of a worker. The closed
 * `rse.summary/1` schema is checked before anything leaves the node.
 */
import type { Queryable } from '#platform/db.ts';
import { validateSummary, type ShareableSummary } from '#contracts/summary/summary.schema.ts';
import { readSetting } from '../../settings.ts';
import { addMonths } from '../aid-requests/deadlines.ts';

export type SummaryOutcome =
  | { status: 'answered'; summary: ShareableSummary; personId: string }
  | { status: 'no-file'; personId: string | null }
  | { status: 'withheld'; reasonCode: string; personId: string };

export async function deriveSummary(tx: Queryable, input: { niss: string; items: string[]; now: Date }): Promise<SummaryOutcome> {
  const person = await tx.one<{ id: string; niss: string }>(
    `SELECT p.id, p.niss FROM person_identifiers i JOIN persons p ON p.id = i.person_id WHERE i.niss = $1 AND p.anonymised_at IS NULL`, [input.niss]);
  if (!person) return { status: 'no-file', personId: null };
  // R31: this CPAS may withhold its answer for a person (e.g. to protect a victim), with a reason code.
  const withheld = await tx.one<{ reason_code: string }>('SELECT reason_code FROM withholdings WHERE person_id = $1', [person.id]);
  if (withheld) return { status: 'withheld', reasonCode: withheld.reason_code, personId: person.id };
  const sharing = await readSetting(tx, 'sharing');
  const today = input.now.toISOString().slice(0, 10);
  // R36: only decisions inside the window (default 24 months) ever leave the CPAS.
  const windowStart = addMonths(today, -sharing.windowMonths);
  const latest = await tx.one<{ id: string; piis_signed_at: string | null }>(
    'SELECT id, piis_signed_at FROM aid_requests WHERE person_id = $1 ORDER BY received_at DESC LIMIT 1', [person.id]);
  if (!latest) return { status: 'no-file', personId: person.id };
  const decisions = input.items.includes('decisions') ? await tx.query<{
    id: string; ref: string; decided_at: string; aid_type: string; outcome: ShareableSummary['decisions'][number]['outcome']; amount_cents: number | null;
    period_from: string | null; period_to: string | null; legal_basis: string; motivation_category: string; status: ShareableSummary['decisions'][number]['status'];
  }>(
    `SELECT d.id, d.ref, d.decided_at, d.aid_type, d.outcome, d.amount_cents, d.period_from, d.period_to, d.legal_basis, d.motivation_category, d.status
       FROM decisions d JOIN aid_requests r ON r.id = d.request_id
      WHERE r.person_id = $1 AND d.decided_at >= $2::date AND NOT (d.aid_type = ANY($3::text[])) ORDER BY d.decided_at, d.ref`,
    [person.id, windowStart, sharing.excludedAidTypes]) : [];
  const statements = input.items.includes('statements') && decisions.length > 0
    ? await tx.query<{ decision_id: string; text: string; created_at: Date }>(
      'SELECT decision_id, text, created_at FROM person_statements WHERE decision_id = ANY($1::uuid[]) ORDER BY created_at', [decisions.map((d) => d.id)])
    : [];
  const institution = await tx.one<{ kbo: string; name: string; service_phone: string | null; service_email: string | null }>('SELECT kbo, name, service_phone, service_email FROM institution');
  const refOf = new Map(decisions.map((d) => [d.id, d.ref]));
  const summary: ShareableSummary = {
    schema: 'rse.summary/1',
    generatedAt: input.now.toISOString(),
    provider: {
      kbo: institution!.kbo, name: institution!.name,
      serviceContact: {
        ...(input.items.includes('contact') && institution!.service_phone ? { phone: institution!.service_phone } : {}),
        ...(input.items.includes('contact') && institution!.service_email ? { email: institution!.service_email } : {}),
      },
    },
    fileRef: latest.id,
    person: { niss: person.niss },
    decisions: decisions.map((d) => ({
      ref: d.ref, decidedAt: d.decided_at, aidType: d.aid_type, outcome: d.outcome,
      ...(d.period_from ? { period: { from: d.period_from, ...(d.period_to ? { to: d.period_to } : {}) } } : {}),
      ...(sharing.shareAmounts && d.amount_cents !== null ? { amountCents: d.amount_cents } : {}),
      legalBasis: d.legal_basis, motivationCategory: d.motivation_category, status: d.status,
    })),
    ...(sharing.sharePiis && input.items.includes('piis') ? { piis: { exists: latest.piis_signed_at !== null, ...(latest.piis_signed_at ? { signedAt: latest.piis_signed_at } : {}) } } : {}),
    statements: statements.map((s) => ({ decisionRef: refOf.get(s.decision_id)!, at: s.created_at.toISOString(), text: s.text })),
  };
  const checked = validateSummary(summary);
  if (!checked.ok) throw new Error(`derived summary failed its own schema: ${checked.errors.map((e) => e.path).join(', ')}`);
  return { status: 'answered', summary: checked.summary, personId: person.id };
}
