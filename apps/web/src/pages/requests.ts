/**
 * A new aid request with its printable acknowledgement (R6), the request's page (status, deadlines
 * R7–R14, assignment R23, decisions, letters), supervisor assignment and closing (R21).
 */
import {
  button,
  checkbox,
  errorSummary,
  formatDate,
  formatDateTime,
  html,
  notice,
  postForm,
  printButton,
  selectField,
  summaryList,
  table,
  textArea,
  textField,
  type FieldMessage,
} from '#ui/index.ts';
import { hasRole, type Ctx } from '../context.ts';
import type { ActionOutcome } from '../idempotency.ts';
import { errorOf, field, isDate, problemMessages, todayInBrussels, values } from '../forms.ts';
import { alertLabel, codeLabel, dateOrDash, formatNiss, options, statusBadge } from '../labels.ts';
import { failurePage } from './errors.ts';
import { fileWorkflowLinks } from './file-workflow.ts';

export type AidRequest = {
  id: string;
  personId: string;
  person: { id: string; niss: string | null; familyName: string; givenNames: string; language: string } | null;
  kind: string;
  status: string;
  receivedAt: string;
  originalReceivedAt: string;
  acknowledgement: { number: string; issuedAt: string };
  deadlines: {
    decisionDue: string;
    notificationDue: string | null;
    appealDeadline: string | null;
    homeVisitDue: string | null;
    piisDue: string | null;
    transferDue: string;
  };
  alerts: { kind: string; dueDate: string; isOverdue: boolean }[];
  assignedTo: { id: string; displayName: string }[];
  integration: { qualityCode: string; status: string } | null;
  personInformed: { informedAt: string; method: string } | null;
  socialReport: { isSigned: boolean; signedAt: string | null } | null;
  decisions: { id: string; ref: string; decidedAt: string; aidType: string; outcome: string; status: string; notifiedAt: string | null }[];
  closedAt: string | null;
  closeReason: string | null;
  /** Temporary accesses in force on the file (R23); their holders are read (and audited) only when there are some. */
  activeGrants: number;
};

const OPEN = ['received', 'investigating', 'report-signed', 'decided', 'notified'];
export const isOpen = (request: AidRequest) => OPEN.includes(request.status);
export const personName = (request: AidRequest) => (request.person ? `${request.person.givenNames} ${request.person.familyName}` : '');

export async function loadRequest(ctx: Ctx, id: string): Promise<AidRequest | { status: number }> {
  const result = await ctx.api('GET', `/api/v1/aid-requests/${encodeURIComponent(id)}`);
  return result.status === 200 ? (result.body as AidRequest) : { status: result.status };
}

/** The breadcrumb-like line above every page of a request. */
export const requestHeader = (ctx: Ctx, request: AidRequest) =>
  html`<p class="no-print">\
<a href="/requests/${request.id}">${ctx.t('request.back', { name: personName(request), number: request.acknowledgement.number })}</a></p>`;

const done = (ctx: Ctx) => {
  const key = ctx.query('done');
  const text = key ? ctx.t.maybe(`done.${key}`) : undefined;
  return text ? notice({ kind: 'success', text }) : '';
};

export function renderNewRequest(
  ctx: Ctx,
  person: { id: string; givenNames: string; familyName: string },
  state: { values?: Record<string, string>; errors?: FieldMessage[]; status?: number; idempotencyKey: string },
): ActionOutcome {
  const { t } = ctx;
  const v = state.values ?? { receivedAt: todayInBrussels() };
  const errors = state.errors ?? [];
  return ctx.page({
    title: t('newRequest.title'),
    status: state.status,
    main: html`<p><a href="/persons/${person.id}">${person.givenNames} ${person.familyName}</a></p>
<h1>${t('newRequest.title')}</h1>
${errorSummary({ errors, t })}
${postForm({
  action: `/persons/${person.id}/requests/new`,
  csrfToken: ctx.csrf(),
  idempotencyKey: state.idempotencyKey,
  label: t('newRequest.title'),
  body: html`
${selectField({
  name: 'kind',
  label: t('newRequest.kind'),
  value: v.kind,
  placeholder: t('common.choose'),
  options: options(t, 'kind'),
  error: errorOf(errors, 'kind'),
  required: true,
  t,
})}
${textField({
  name: 'receivedAt',
  label: t('newRequest.receivedAt'),
  hint: t('newRequest.receivedAt.hint'),
  type: 'date',
  value: v.receivedAt,
  error: errorOf(errors, 'receivedAt'),
  width: 'medium',
  required: true,
  t,
})}
<div class="actions">${button({ label: t('newRequest.submit') })}</div>`,
})}`,
  });
}

export async function createRequest(
  ctx: Ctx,
  person: { id: string; givenNames: string; familyName: string },
  key: string,
): Promise<ActionOutcome> {
  const { t } = ctx;
  const v = values(ctx.request.body, ['kind', 'receivedAt']);
  const errors: FieldMessage[] = [];
  if (!v.kind) errors.push({ field: 'kind', message: t('newRequest.kind.required') });
  if (!isDate(v.receivedAt!)) errors.push({ field: 'receivedAt', message: t('field.invalid-format') });
  if (errors.length > 0) return renderNewRequest(ctx, person, { values: v, errors, status: 422, idempotencyKey: key });
  // A request received today is dated now; an earlier day at 10:00 UTC (during office hours in Brussels).
  const receivedAt = v.receivedAt === todayInBrussels() ? new Date().toISOString() : `${v.receivedAt}T10:00:00.000Z`;
  const result = await ctx.api(
    'POST',
    '/api/v1/aid-requests',
    { personId: person.id, kind: v.kind, receivedAt },
    { 'idempotency-key': key },
  );
  if (result.status === 201 || result.status === 200) return { redirect: `/requests/${(result.body as AidRequest).id}/acknowledgement` };
  return renderNewRequest(ctx, person, {
    values: v,
    errors: problemMessages(result, t, { '/kind': 'kind', '/receivedAt': 'receivedAt' }, 'kind'),
    status: result.status,
    idempotencyKey: key,
  });
}

export async function renderAcknowledgement(ctx: Ctx, id: string) {
  const { t } = ctx;
  const request = await loadRequest(ctx, id);
  if (!('id' in request)) return failurePage(ctx, request.status);
  const language = request.person?.language ?? 'fr';
  return ctx.send({
    title: t('ack.title'),
    main: html`${requestHeader(ctx, request)}
<h1>${t('ack.title')}</h1>
<p>${t('ack.intro', { cpas: ctx.me?.institution.name ?? '' })}</p>
${summaryList([
  [t('ack.number'), request.acknowledgement.number],
  [t('ack.issuedAt'), formatDateTime(t.language, request.acknowledgement.issuedAt)],
  [t('ack.person'), html`${personName(request)}${request.person?.niss ? html` (${formatNiss(request.person.niss)})` : ''}`],
  [t('worklist.kind'), codeLabel(t, 'kind', request.kind)],
  [t('request.received'), formatDate(t.language, request.originalReceivedAt)],
  [t('ack.decisionDue'), formatDate(t.language, request.deadlines.decisionDue)],
])}
<p>${t('ack.rights')}</p>
<div class="actions no-print">${printButton(t)}
<a class="button button--secondary" href="/requests/${request.id}/acknowledgement.pdf?lang=${language}" download>${t('ack.pdf', {
      language: language.toUpperCase(),
    })}</a>
<a href="/requests/${request.id}">${t('ack.toRequest')}</a></div>
<p class="no-print"><a href="/me/contact">${t('letters.contact.link')}</a></p>`,
  });
}

type User = { id: string; displayName: string; role: string };

export async function renderRequest(ctx: Ctx, id: string) {
  const { t, me } = ctx;
  const request = await loadRequest(ctx, id);
  if (!('id' in request)) return failurePage(ctx, request.status);
  const isSupervisor = hasRole(me, 'supervisor');
  let workers: User[] = [];
  if (isSupervisor) {
    const result = await ctx.api('GET', '/api/v1/users?role=social-worker');
    if (result.status === 200) workers = (result.body as { items: User[] }).items;
  }
  const open = isOpen(request);
  const report = request.socialReport;
  const hasDecision = request.decisions.some((d) => d.status !== 'annulled');
  const d = request.deadlines;
  return ctx.send({
    title: t('request.title', { name: personName(request) }),
    main: html`${done(ctx)}
<p><a href="/persons/${request.personId}">${personName(request)}</a></p>
<h1>${t('request.title', { name: personName(request) })}</h1>
${summaryList([
  [t('worklist.status'), statusBadge(t, request.status)],
  [t('worklist.kind'), codeLabel(t, 'kind', request.kind)],
  [t('request.received'), formatDate(t.language, request.originalReceivedAt)],
  [t('request.acknowledgement'), html`<a href="/requests/${request.id}/acknowledgement">${request.acknowledgement.number}</a>`],
  [t('request.assignedTo'), request.assignedTo.map((a) => a.displayName).join(', ') || t('request.unassigned')],
  [t('request.integration'), request.integration ? t('request.integration.value', { code: request.integration.qualityCode }) : '—'],
  [
    t('request.report'),
    report?.isSigned
      ? t('request.report.signed', { date: formatDate(t.language, report.signedAt) })
      : report
        ? t('request.report.draft')
        : t('request.report.none'),
  ],
])}
${
  request.alerts.length > 0
    ? html`<div class="notice notice--warning" role="status">\
<p class="notice__title">${t('request.alerts')}</p>\
<ul>${request.alerts.map((alert) => html`<li>${alertLabel(t, alert.kind)} — ${formatDate(t.language, alert.dueDate)}</li>`)}</ul></div>`
    : ''
}
<h2>${t('request.deadlines')}</h2>
${summaryList([
  [t('deadline.decision'), dateOrDash(t, d.decisionDue)],
  [t('deadline.notification'), dateOrDash(t, d.notificationDue)],
  [t('deadline.appeal'), dateOrDash(t, d.appealDeadline)],
  [t('deadline.homeVisit'), dateOrDash(t, d.homeVisitDue)],
  [t('deadline.piis'), dateOrDash(t, d.piisDue)],
])}
<h2>${t('request.work')}</h2>
<ul>
<li><a href="/requests/${request.id}/report">${t('request.link.report')}</a></li>
<li><a href="/requests/${request.id}/notes">${t('request.link.notes')}</a></li>
<li><a href="/requests/${request.id}/rse">${t('request.link.rse')}</a></li>
${await fileWorkflowLinks(ctx, request)}
<li><a href="/persons/${request.personId}/withholding">${t('request.link.withholding')}</a></li>
<li><a href="/requests/${request.id}/person-requests">${t('request.link.personRequests')}</a></li>
<li><a href="/requests/${request.id}/attached-items">${t('request.link.attachedItems')}</a></li>
${open && report?.isSigned && !hasDecision ? html`<li><a href="/requests/${request.id}/decision">${t('request.link.decision')}</a></li>` : ''}
${open ? html`<li><a href="/requests/${request.id}/close">${t('request.link.close')}</a></li>` : ''}
${request.status === 'closed' ? html`<li><a href="/requests/${request.id}/reopen">${t('request.link.reopen')}</a></li>` : ''}
${
  ['received', 'investigating', 'transferred'].includes(request.status)
    ? html`<li><a href="/requests/${request.id}/transfer">${t('request.link.transfer')}</a></li>`
    : ''
}
<li><a href="/requests/${request.id}/appeals">${t('decide.absence.link')}</a></li>
</ul>
<h2>${t('request.decisions')}</h2>
${
  request.decisions.length === 0
    ? html`<p>${t('request.noDecision')}</p>`
    : table({
        caption: t('request.decisions'),
        isCaptionHidden: true,
        head: [t('decision.decidedAt'), t('decision.aidType'), t('decision.outcome'), t('decision.notified'), t('decision.letter')],
        rows: request.decisions.map((decision) => [
          html`<a href="/requests/${request.id}/decisions/${decision.id}">${formatDate(t.language, decision.decidedAt)}<span class="visually-hidden">\
 — ${t('decide.open', { ref: decision.ref })}</span></a>`,
          codeLabel(t, 'kind', decision.aidType),
          codeLabel(t, 'outcome', decision.outcome),
          decision.notifiedAt
            ? formatDate(t.language, decision.notifiedAt)
            : html`<a href="/requests/${request.id}/decisions/${decision.id}/notification">${t('decision.recordNotification')}</a>`,
          html`${(['fr', 'nl', 'de'] as const).map(
            (lang) => html`<a href="/requests/${request.id}/decisions/${decision.id}/letter.pdf?lang=${lang}" download>${t(
              'decision.letterIn',
              { language: lang.toUpperCase() },
            )}</a>\
 `,
          )}`,
        ]),
      })
}
${
  isSupervisor && open
    ? html`<h2>${t('assign.title')}</h2>
${postForm({
  action: `/requests/${request.id}/assignment`,
  csrfToken: ctx.csrf(),
  label: t('assign.title'),
  body: html`
${selectField({
  name: 'userId',
  label: t('assign.worker'),
  placeholder: t('common.choose'),
  options: workers.map((w) => ({ value: w.id, label: w.displayName })),
  required: true,
  t,
})}
<div class="actions">${button({ label: t('assign.submit'), variant: 'secondary' })}</div>`,
})}`
    : ''
}
${request.closedAt ? html`<p>${t('request.closed', { date: formatDate(t.language, request.closedAt) })}</p>` : ''}`,
  });
}

export async function assign(ctx: Ctx, id: string) {
  const userId = field(ctx.request.body, 'userId');
  const result = await ctx.api('POST', `/api/v1/aid-requests/${encodeURIComponent(id)}/assignments`, { userId });
  if (result.status === 201) return ctx.reply.redirect(`/requests/${id}?done=assigned`, 303);
  if (result.status === 403 || result.status === 404) return failurePage(ctx, result.status);
  return ctx.reply.redirect(`/requests/${id}?done=assignFailed`, 303);
}

export function renderClose(
  ctx: Ctx,
  request: AidRequest,
  state: { reason?: string; errors?: FieldMessage[]; status?: number } = {},
): ActionOutcome {
  const { t } = ctx;
  const errors = state.errors ?? [];
  return ctx.page({
    title: t('close.title'),
    status: state.status,
    main: html`${requestHeader(ctx, request)}<h1>${t('close.title')}</h1>
<p>${t('close.intro')}</p>
${errorSummary({ errors, t })}
${postForm({
  action: `/requests/${request.id}/close`,
  csrfToken: ctx.csrf(),
  label: t('close.title'),
  body: html`
${textArea({ name: 'reason', label: t('close.reason'), value: state.reason, error: errorOf(errors, 'reason'), rows: 3, required: true, t })}
${errorOf(errors, 'confirm') ? html`<p class="field-error">${errorOf(errors, 'confirm')}</p>` : ''}
${checkbox({ name: 'confirm', value: 'yes', label: t('close.confirm') })}
<div class="actions">${button({ label: t('close.submit'), variant: 'warning' })}</div>`,
})}`,
  });
}

/** Reopening (issue 11, item 4): the rules said first; only a request closed without a decision is reopened. */
export function renderReopen(
  ctx: Ctx,
  request: AidRequest,
  state: { reason?: string; errors?: FieldMessage[]; status?: number } = {},
): ActionOutcome {
  const { t } = ctx;
  const errors = state.errors ?? [];
  return ctx.page({
    title: t('reopen.title'),
    status: state.status,
    main: html`${requestHeader(ctx, request)}<h1>${t('reopen.title')}</h1>
<p>${t('reopen.intro')}</p>
<ul>
<li>${t('reopen.rule.decided')}</li>
<li>${t('reopen.rule.withdrawn')}</li>
<li>${t('reopen.rule.transferred')}</li>
</ul>
${errorSummary({ errors, t })}
${postForm({
  action: `/requests/${request.id}/reopen`,
  csrfToken: ctx.csrf(),
  label: t('reopen.title'),
  body: html`
${textArea({ name: 'reason', label: t('reopen.reason'), value: state.reason, error: errorOf(errors, 'reason'), rows: 3, required: true, t })}
<div class="actions">${button({ label: t('reopen.submit') })}</div>`,
})}`,
  });
}

export async function reopen(ctx: Ctx, request: AidRequest): Promise<ActionOutcome> {
  const reason = field(ctx.request.body, 'reason');
  if (!reason)
    return renderReopen(ctx, request, { reason, errors: [{ field: 'reason', message: ctx.t('reopen.reason.required') }], status: 422 });
  const result = await ctx.api('POST', `/api/v1/aid-requests/${request.id}/reopen`, { reason });
  if (result.status === 200) return { redirect: `/requests/${request.id}?done=reopened` };
  return renderReopen(ctx, request, {
    reason,
    errors: problemMessages(result, ctx.t, { '/reason': 'reason' }, 'reason'),
    status: result.status,
  });
}

export async function close(ctx: Ctx, request: AidRequest): Promise<ActionOutcome> {
  const reason = field(ctx.request.body, 'reason');
  // Closing is final (a closed request is not reopened: a new request is registered), so it is confirmed first.
  const errors: FieldMessage[] = [];
  if (!reason) errors.push({ field: 'reason', message: ctx.t('close.reason.required') });
  if (field(ctx.request.body, 'confirm') !== 'yes') errors.push({ field: 'confirm', message: ctx.t('close.confirm.required') });
  if (errors.length > 0) return renderClose(ctx, request, { reason, errors, status: 422 });
  const result = await ctx.api('POST', `/api/v1/aid-requests/${request.id}/close`, { reason });
  if (result.status === 200) return { redirect: `/requests/${request.id}?done=closed` };
  return renderClose(ctx, request, {
    reason,
    errors: problemMessages(result, ctx.t, { '/reason': 'reason' }, 'reason'),
    status: result.status,
  });
}
