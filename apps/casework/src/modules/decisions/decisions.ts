/** The decision's pure rules: its reference, what a valid decision is, how it reads in the API. */
import { conflict, invalid } from '#platform/errors.ts';

export type NewDecision = {
  decidedAt: string;
  body: string;
  aidType: string;
  outcome: 'granted' | 'refused' | 'partial' | 'withdrawn';
  amountCents?: number;
  period?: { from: string; to?: string };
  legalBasis: string;
  motivationCategory: string;
  motivationText?: string;
};

export type DecisionRow = {
  id: string;
  ref: string;
  request_id: string;
  decided_at: string;
  body: string;
  aid_type: string;
  outcome: NewDecision['outcome'];
  amount_cents: number | null;
  period_from: string | null;
  period_to: string | null;
  legal_basis: string;
  motivation_category: string;
  motivation_text: string | null;
  status: string;
  created_at: Date;
};

export type NotificationRow = { sent_at: string; method: string; proof_ref: string | null };

export function toDecision(row: DecisionRow, notification?: NotificationRow | null) {
  return {
    id: row.id,
    ref: row.ref,
    requestId: row.request_id,
    decidedAt: row.decided_at,
    body: row.body,
    aidType: row.aid_type,
    outcome: row.outcome,
    amountCents: row.amount_cents,
    period: row.period_from ? { from: row.period_from, to: row.period_to } : null,
    legalBasis: row.legal_basis,
    motivationCategory: row.motivation_category,
    motivationText: row.motivation_text,
    status: row.status,
    createdAt: row.created_at.toISOString(),
    notification: notification ? { sentAt: notification.sent_at, method: notification.method, proofRef: notification.proof_ref } : null,
  };
}

/** `D-<year decided>-<sequence on 6 digits>`. */
export const decisionRef = (decidedAt: string, sequence: number) => `D-${decidedAt.slice(0, 4)}-${String(sequence).padStart(6, '0')}`;

/** The dates of a decision: a period that ends after it starts, a decision not dated after today. */
export function requireValidDates(input: Pick<NewDecision, 'decidedAt' | 'period'>, today: string): void {
  if (input.period?.to && input.period.to < input.period.from)
    throw invalid('decision.period-invalid', 'The period ends before it starts.', [
      { path: '/period/to', code: 'before-start', message: 'must not be before period.from' },
    ]);
  if (input.decidedAt > today)
    throw invalid('decision.in-future', 'A decision cannot be dated in the future.', [
      { path: '/decidedAt', code: 'in-future', message: 'must not be in the future' },
    ]);
}

/**
 * Findings not in a signed report are only "information" (domain §3.3, [S43]); only the president
 * deciding in urgency may decide before the report is signed.
 */
export function requireSignedReport(isReportSigned: boolean, body: string): void {
  if (!isReportSigned && body !== 'president-urgency')
    throw conflict('decision.report-not-signed', 'Sign the social report before the decision is recorded.');
}

/** R11 (RIS law art. 20): a RIS refusal is not final while a requested hearing has not taken place. */
export const needsHearingFirst = (input: Pick<NewDecision, 'aidType' | 'outcome'>) =>
  input.aidType === 'ris' && input.outcome === 'refused';

/** A granted (or partly granted) aid moves the integration to the aid's quality code. */
export const movesIntegration = (outcome: NewDecision['outcome']) => outcome === 'granted' || outcome === 'partial';

export const isLateAppeal = (filedAt: string, appealDeadline: string | null) => appealDeadline !== null && filedAt > appealDeadline;
