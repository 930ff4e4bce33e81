/** Break-glass's pure rules: a real reason, the letter's sending date, and how an opening reads for the team and the advisor. */
import { invalid } from '#platform/errors.ts';

export type ReviewStatus = 'pending' | 'reviewed';
export type Verdict = 'justified' | 'unjustified';
export type NoticeMethod = 'letter' | 'registered-letter' | 'ebox' | 'handed-over';

/** The smallest reason accepted: a word or two is not a reason. */
export const MIN_REASON_LENGTH = 10;

/** The stated reason, trimmed; refused when missing or too short. */
export function requireReason(reason: string | undefined): string {
  if (!reason || reason.trim().length < MIN_REASON_LENGTH) {
    throw invalid('break-glass.reason-required', `State why you must open this file (at least ${MIN_REASON_LENGTH} characters).`, [
      { path: '/reason', code: 'required', message: `a reason of at least ${MIN_REASON_LENGTH} characters` },
    ]);
  }
  return reason.trim();
}

/** An unjustified opening needs a comment saying why (it is the basis of any follow-up); returns the trimmed comment or null. */
export function requireReviewComment(verdict: Verdict, comment: string | undefined): string | null {
  const trimmed = comment?.trim() ?? '';
  if (verdict === 'unjustified' && trimmed === '') {
    throw invalid('break-glass.comment-required', 'Say why this opening was not justified.', [
      { path: '/comment', code: 'required', message: 'a comment for an unjustified opening' },
    ]);
  }
  return trimmed === '' ? null : trimmed;
}

/** The day in Brussels of a moment, as YYYY-MM-DD. */
export const brusselsDay = (moment: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(moment);

/** The letter went out between the opening and today (both Brussels days). */
export function requireSentInRange(sentAt: string, openedOn: string, today: string): void {
  if (sentAt < openedOn || sentAt > today) {
    throw invalid('break-glass.sent-at-invalid', 'The letter cannot have been sent before the opening or in the future.', [
      { path: '/sentAt', code: 'out-of-range', message: `between ${openedOn} and ${today}` },
    ]);
  }
}

export function addDays(ymd: string, days: number): string {
  return new Date(Date.parse(`${ymd}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export type OpeningRow = {
  id: string;
  request_id: string;
  user_id: string;
  reason: string;
  granted_at: Date;
  expires_at: Date;
  reviewed_at: Date | null;
  reviewed_by: string | null;
  review_verdict: Verdict | null;
  review_comment: string | null;
  person_id: string;
  family_name: string;
  given_names: string;
  opened_by_name: string;
  reviewed_by_name: string | null;
  notice_status: 'due' | 'sent' | null;
  notice_sent_at: string | null;
  notice_method: NoticeMethod | null;
  notice_language: 'fr' | 'nl' | 'de' | null;
};

export type GrantAction = { at: string; action: string; outcome: string };

export const noticeView = (row: OpeningRow) => ({
  status: row.notice_status ?? 'none',
  ...(row.notice_language ? { language: row.notice_language } : {}),
  ...(row.notice_sent_at ? { sentAt: row.notice_sent_at, method: row.notice_method } : {}),
});

/** What the file's team reads of an opening. */
export const teamView = (row: OpeningRow, now: Date) => ({
  id: row.id,
  requestId: row.request_id,
  openedBy: { id: row.user_id, displayName: row.opened_by_name },
  reason: row.reason,
  openedAt: row.granted_at.toISOString(),
  expiresAt: row.expires_at.toISOString(),
  isActive: row.expires_at > now,
  personNotice: noticeView(row),
});

/** What the security advisor reads of one opening: who, whose file, why, when, what was done — never content. */
export function reviewView(row: OpeningRow, actions: GrantAction[], now: Date) {
  return {
    id: row.id,
    requestId: row.request_id,
    person: { id: row.person_id, familyName: row.family_name, givenNames: row.given_names },
    openedBy: { id: row.user_id, displayName: row.opened_by_name },
    reason: row.reason,
    openedAt: row.granted_at.toISOString(),
    expiresAt: row.expires_at.toISOString(),
    isActive: row.expires_at > now,
    status: (row.reviewed_at ? 'reviewed' : 'pending') as ReviewStatus,
    ...(row.review_verdict ? { verdict: row.review_verdict } : {}),
    ...(row.review_comment ? { comment: row.review_comment } : {}),
    ...(row.reviewed_at
      ? { reviewedAt: row.reviewed_at.toISOString(), reviewedBy: { id: row.reviewed_by, displayName: row.reviewed_by_name } }
      : {}),
    actionsDuringGrant: actions.map((a) => ({ at: a.at, action: a.action, ...(a.outcome === 'denied' ? { outcome: a.outcome } : {}) })),
    personNotice: noticeView(row),
  };
}

/** The counts of one week's openings. */
export function weekCounts(items: { status: ReviewStatus; verdict?: Verdict }[]) {
  const count = (predicate: (item: { status: ReviewStatus; verdict?: Verdict }) => boolean) => items.filter(predicate).length;
  return {
    openings: items.length,
    reviewed: count((i) => i.status === 'reviewed'),
    justified: count((i) => i.verdict === 'justified'),
    unjustified: count((i) => i.verdict === 'unjustified'),
    pending: count((i) => i.status === 'pending'),
  };
}
