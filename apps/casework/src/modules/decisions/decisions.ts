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
  /** RIS law art. 14 §1: the category the RIS amount is granted at (RIS and equivalent social aid only). */
  risCategory?: RisCategory;
  /** Set by the revision use case: what the decision does to an ongoing aid, and which decision granted it. */
  kind?: DecisionKind;
  revisesId?: string;
};

export type RisCategory = 'cohabiting' | 'isolated' | 'family';
export type DecisionKind = 'initial' | 'revision' | 'suspension' | 'stop';

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
  kind: DecisionKind;
  revises_id: string | null;
  ris_category: RisCategory | null;
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
    kind: row.kind,
    revisesId: row.revises_id,
    risCategory: row.ris_category,
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

/** The aid types whose amount depends on the RIS category (RIS law art. 14; equivalent social aid follows the same scale). */
export const RIS_CATEGORY_AID_TYPES = ['ris', 'equivalent-ris'];

export function requireRisCategoryFits(input: Pick<NewDecision, 'aidType' | 'risCategory'>, path = '/risCategory'): void {
  if (input.risCategory && !RIS_CATEGORY_AID_TYPES.includes(input.aidType))
    throw invalid('decision.ris-category-not-applicable', 'A RIS category applies to RIS and equivalent social aid only.', [
      { path, code: 'not-applicable', message: 'only for ris or equivalent-ris' },
    ]);
}

export type AidChange = {
  kind: 'revision' | 'suspension' | 'stop';
  decidedAt: string;
  body: string;
  effectiveFrom: string;
  until?: string;
  amountCents?: number;
  risCategory?: RisCategory;
  legalBasis: string;
  motivationCategory: string;
  motivationText?: string;
};

const dayBefore = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * An ongoing aid is a granted (or partly granted) decision, not annulled, not itself a suspension or
 * stop, whose period has not ended before the change takes effect.
 */
export function requireRunningAid(target: DecisionRow, change: Pick<AidChange, 'effectiveFrom'>, isStopped: boolean): void {
  const isGrant =
    (target.outcome === 'granted' || target.outcome === 'partial') && (target.kind === 'initial' || target.kind === 'revision');
  if (!isGrant || target.status === 'annulled' || isStopped)
    throw conflict('decision.not-running', 'Only an ongoing aid (granted, not annulled, not stopped) is revised, suspended or stopped.');
  if (target.period_to !== null && target.period_to < change.effectiveFrom)
    throw conflict('decision.not-running', 'This aid had already ended on the date the change takes effect.');
  if (target.period_from !== null && change.effectiveFrom < target.period_from)
    throw invalid('decision.effective-before-start', 'A change cannot take effect before the aid started.', [
      { path: '/effectiveFrom', code: 'before-start', message: 'must not be before the aid started' },
    ]);
}

/**
 * What a change of an ongoing aid does once it is notified (R10: a decision takes effect for the
 * person when it is notified, so nothing of it reaches the earlier aid, the summary or the hub
 * before): a revision or a stop ends the aid it names the day before it takes effect; a stop also
 * ends the applicant's integration at the hub that day. A suspension leaves both running.
 */
export function effectOnNotification(decision: Pick<DecisionRow, 'kind' | 'revises_id' | 'period_from'>): {
  endsAid: { decisionId: string; on: string } | null;
  endsIntegrationFrom: string | null;
} {
  if (!decision.revises_id || !decision.period_from || (decision.kind !== 'revision' && decision.kind !== 'stop'))
    return { endsAid: null, endsIntegrationFrom: null };
  return {
    endsAid: { decisionId: decision.revises_id, on: dayBefore(decision.period_from) },
    endsIntegrationFrom: decision.kind === 'stop' ? decision.period_from : null,
  };
}

/**
 * The decision that records a change of an ongoing aid, and the day the earlier aid ends (a revision
 * or a stop ends it the day before the change takes effect; a suspension leaves it running).
 */
export function changeDecision(target: DecisionRow, change: AidChange): { decision: NewDecision } {
  const common = {
    decidedAt: change.decidedAt,
    body: change.body,
    aidType: target.aid_type,
    legalBasis: change.legalBasis,
    motivationCategory: change.motivationCategory,
    motivationText: change.motivationText,
    kind: change.kind,
    revisesId: target.id,
  };
  const category = change.risCategory ?? target.ris_category ?? undefined;
  if (change.kind === 'suspension') {
    if (!change.until)
      throw invalid('decision.until-required', 'A suspension names the last day it lasts.', [
        { path: '/until', code: 'required', message: 'required for a suspension' },
      ]);
    if (change.until < change.effectiveFrom)
      throw invalid('decision.period-invalid', 'The period ends before it starts.', [
        { path: '/until', code: 'before-start', message: 'must not be before effectiveFrom' },
      ]);
    return {
      decision: { ...common, outcome: 'refused', period: { from: change.effectiveFrom, to: change.until } },
    };
  }
  if (change.until)
    throw invalid('decision.until-not-applicable', 'Only a suspension has an end date.', [
      { path: '/until', code: 'not-applicable', message: 'only for a suspension' },
    ]);
  if (change.kind === 'stop') return { decision: { ...common, outcome: 'withdrawn', period: { from: change.effectiveFrom } } };
  if (change.amountCents === undefined && change.risCategory === undefined)
    throw invalid('decision.revision-empty', 'A revision changes the amount or the RIS category.', [
      { path: '/amountCents', code: 'required', message: 'give the new amount or the new category' },
    ]);
  return {
    decision: {
      ...common,
      outcome: target.outcome,
      amountCents: change.amountCents ?? target.amount_cents ?? undefined,
      period: { from: change.effectiveFrom, ...(target.period_to ? { to: target.period_to } : {}) },
      ...(category ? { risCategory: category } : {}),
    },
  };
}

/** R10: a notification is recorded once it was sent: today (Brussels) is accepted, a later day is not — it would move the appeal deadline. */
export function requireNotificationNotInFuture(sentAt: string, today: string): void {
  if (sentAt > today)
    throw invalid('notification.in-future', 'A notification cannot be dated after today.', [
      { path: '/sentAt', code: 'in-future', message: 'must not be after today' },
    ]);
}

export type AppealOutcome = 'upheld' | 'annulled' | 'reformed' | 'withdrawn';

const inFuture = (path: string) =>
  invalid('appeal.in-future', 'An appeal date cannot be after today.', [{ path, code: 'in-future', message: 'must not be after today' }]);

/** R12: an appeal is filed after the decision it contests, and not after today. */
export function requireAppealDate(filedAt: string, decidedAt: string, today: string): void {
  if (filedAt > today) throw inFuture('/filedAt');
  if (filedAt < decidedAt)
    throw invalid('appeal.before-decision', 'An appeal cannot be filed before the decision.', [
      { path: '/filedAt', code: 'before-decision', message: 'must not be before the decision date' },
    ]);
}

/** R12: the appeal against the absence of a decision lies once the decision deadline has passed. */
export function requireAbsenceAppealDate(filedAt: string, decisionDue: string, today: string): void {
  if (filedAt > today) throw inFuture('/filedAt');
  if (filedAt <= decisionDue)
    throw invalid('appeal.before-decision-due', 'The decision deadline has not passed yet on that date.', [
      { path: '/filedAt', code: 'before-due', message: 'must be after the decision deadline' },
    ]);
}

export function requireOutcomeDate(outcomeAt: string, filedAt: string, today: string): void {
  if (outcomeAt > today) throw inFuture('/outcomeAt');
  if (outcomeAt < filedAt)
    throw invalid('appeal.outcome-before-filing', 'An outcome cannot precede the appeal.', [
      { path: '/outcomeAt', code: 'before-filing', message: 'must not be before the filing date' },
    ]);
}
