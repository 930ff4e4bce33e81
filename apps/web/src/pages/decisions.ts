/**
 * The decision (R9: motivated, legal basis; coded fields become the shareable summary, principle
 * 10), its notification (R10: within 8 days; the appeal deadline R12 runs from it) and the letter
 * in the person's language with the appeal paragraph (R11, R12).
 */
import {
  button,
  errorSummary,
  formatDate,
  html,
  parseAmountToCents,
  postForm,
  selectField,
  textField,
  type FieldMessage,
} from '#ui/index.ts';
import type { Ctx } from '../context.ts';
import type { ActionOutcome } from '../idempotency.ts';
import { errorOf, isDate, problemMessages, todayInBrussels, values } from '../forms.ts';
import { codeLabel, options } from '../labels.ts';
import { requestHeader, type AidRequest } from './requests.ts';
import { failurePage } from './errors.ts';
import { decisionFields, notificationFields } from './decision-fields.ts';

const DECISION_FIELDS = [
  'decidedAt',
  'body',
  'aidType',
  'outcome',
  'amount',
  'periodFrom',
  'periodTo',
  'legalBasis',
  'motivationCategory',
  'motivationText',
  'risCategory',
] as const;
const PATHS = {
  '/decidedAt': 'decidedAt',
  '/body': 'body',
  '/aidType': 'aidType',
  '/outcome': 'outcome',
  '/amountCents': 'amount',
  '/period/from': 'periodFrom',
  '/period/to': 'periodTo',
  '/period': 'periodFrom',
  '/legalBasis': 'legalBasis',
  '/motivationCategory': 'motivationCategory',
  '/motivationText': 'motivationText',
  '/risCategory': 'risCategory',
};

export function renderDecision(
  ctx: Ctx,
  request: AidRequest,
  state: { values?: Record<string, string>; errors?: FieldMessage[]; status?: number; idempotencyKey: string },
): ActionOutcome {
  const { t } = ctx;
  const v = state.values ?? {
    decidedAt: todayInBrussels(),
    body: 'special-committee',
    aidType: request.kind,
    periodFrom: todayInBrussels(),
  };
  const errors = state.errors ?? [];
  return ctx.page({
    title: t('decision.title'),
    status: state.status,
    main: html`${requestHeader(ctx, request)}<h1>${t('decision.title')}</h1>
<p>${t('decision.intro')}</p>
${errorSummary({ errors, t, targets: { outcome: 'field-outcome-first' } })}
${postForm({
  action: `/requests/${request.id}/decision`,
  csrfToken: ctx.csrf(),
  idempotencyKey: state.idempotencyKey,
  label: t('decision.title'),
  body: html`
${textField({
  name: 'decidedAt',
  label: t('decision.decidedAt'),
  type: 'date',
  value: v.decidedAt,
  error: errorOf(errors, 'decidedAt'),
  width: 'medium',
  required: true,
  t,
})}
${selectField({ name: 'body', label: t('decision.body'), value: v.body, options: options(t, 'body'), error: errorOf(errors, 'body'), t })}
${decisionFields(ctx, v, errors)}
<div class="actions">${button({ label: t('decision.submit') })}</div>`,
})}`,
  });
}

export async function recordDecision(ctx: Ctx, request: AidRequest, key: string): Promise<ActionOutcome> {
  const { t } = ctx;
  const v = values(ctx.request.body, DECISION_FIELDS);
  const errors: FieldMessage[] = [];
  if (!isDate(v.decidedAt!)) errors.push({ field: 'decidedAt', message: t('field.invalid-format') });
  if (!v.outcome) errors.push({ field: 'outcome', message: t('decision.outcome.required') });
  if (!v.legalBasis) errors.push({ field: 'legalBasis', message: t('decision.legalBasis.required') });
  if (!v.motivationCategory) errors.push({ field: 'motivationCategory', message: t('decision.motivation.required') });
  const cents = v.amount ? parseAmountToCents(v.amount) : null;
  if (v.amount && cents === null) errors.push({ field: 'amount', message: t('field.amount') });
  if (v.periodFrom && !isDate(v.periodFrom)) errors.push({ field: 'periodFrom', message: t('field.invalid-format') });
  if (v.periodTo && !isDate(v.periodTo)) errors.push({ field: 'periodTo', message: t('field.invalid-format') });
  if (v.periodTo && !v.periodFrom) errors.push({ field: 'periodFrom', message: t('decision.periodFrom.required') });
  if (errors.length > 0) return renderDecision(ctx, request, { values: v, errors, status: 422, idempotencyKey: key });
  const result = await ctx.api('POST', `/api/v1/aid-requests/${request.id}/decisions`, {
    decidedAt: v.decidedAt,
    body: v.body,
    aidType: v.aidType,
    outcome: v.outcome,
    legalBasis: v.legalBasis,
    motivationCategory: v.motivationCategory,
    ...(cents !== null ? { amountCents: cents } : {}),
    ...(v.periodFrom ? { period: { from: v.periodFrom, ...(v.periodTo ? { to: v.periodTo } : {}) } } : {}),
    ...(v.motivationText ? { motivationText: v.motivationText } : {}),
    ...(v.risCategory ? { risCategory: v.risCategory } : {}),
  });
  if (result.status === 201) return { redirect: `/requests/${request.id}?done=decided` };
  return renderDecision(ctx, request, {
    values: v,
    errors: problemMessages(result, t, PATHS, 'decidedAt'),
    status: result.status,
    idempotencyKey: key,
  });
}

export function renderNotification(
  ctx: Ctx,
  request: AidRequest,
  decisionId: string,
  state: { values?: Record<string, string>; errors?: FieldMessage[]; status?: number; idempotencyKey: string },
): ActionOutcome {
  const { t } = ctx;
  const decision = request.decisions.find((d) => d.id === decisionId)!;
  const v = state.values ?? { sentAt: todayInBrussels(), method: 'registered-letter' };
  const errors = state.errors ?? [];
  return ctx.page({
    title: t('notification.title'),
    status: state.status,
    main: html`${requestHeader(ctx, request)}<h1>${t('notification.title')}</h1>
<p>${t('notification.intro', { date: formatDate(t.language, decision.decidedAt), outcome: codeLabel(t, 'outcome', decision.outcome) })}</p>
${errorSummary({ errors, t })}
${postForm({
  action: `/requests/${request.id}/decisions/${decisionId}/notification`,
  csrfToken: ctx.csrf(),
  idempotencyKey: state.idempotencyKey,
  label: t('notification.title'),
  body: html`
${notificationFields(t, v, errors, { isSentAtRequired: true, hasProofHint: true })}
<div class="actions">${button({ label: t('notification.submit') })}</div>`,
})}`,
  });
}

export async function recordNotification(ctx: Ctx, request: AidRequest, decisionId: string, key: string): Promise<ActionOutcome> {
  const v = values(ctx.request.body, ['sentAt', 'method', 'proofRef']);
  if (!isDate(v.sentAt!))
    return renderNotification(ctx, request, decisionId, {
      values: v,
      errors: [{ field: 'sentAt', message: ctx.t('field.invalid-format') }],
      status: 422,
      idempotencyKey: key,
    });
  const result = await ctx.api('POST', `/api/v1/decisions/${encodeURIComponent(decisionId)}/notification`, {
    sentAt: v.sentAt,
    method: v.method,
    ...(v.proofRef ? { proofRef: v.proofRef } : {}),
  });
  if (result.status === 201) return { redirect: `/requests/${request.id}?done=notified` };
  return renderNotification(ctx, request, decisionId, {
    values: v,
    errors: problemMessages(result, ctx.t, { '/sentAt': 'sentAt', '/method': 'method', '/proofRef': 'proofRef' }, 'sentAt'),
    status: result.status,
    idempotencyKey: key,
  });
}

/** A PDF of the API (letter, acknowledgement) passed through with the user's own token: access control and audit stay the API's. */
export async function sendPdf(ctx: Ctx, apiUrl: string, filename: string) {
  const result = await ctx.api('GET', apiUrl);
  if (result.status !== 200 || !result.contentType.startsWith('application/pdf')) return failurePage(ctx, result.status);
  return ctx.reply.type('application/pdf').header('content-disposition', `attachment; filename="${filename}"`).send(result.raw);
}
