/**
 * Break-glass pages (R23; anchors §3.5, §7): the worker's way to open, in an emergency, a file of a
 * person they cannot open (from the person page, with a mandatory reason and a clear warning); the
 * file team's page of an opening with the letter to the person; the security advisor's review queue
 * and weekly report. Every page goes through the API, which audits each read (R43, R44).
 */
import {
  NATIONAL_LANGUAGES,
  button,
  errorSummary,
  fieldId,
  formatDate,
  formatDateTime,
  html,
  notice,
  postForm,
  radioGroup,
  statusTag,
  summaryList,
  table,
  textArea,
  textField,
  type FieldMessage,
  type NationalLanguage,
  type SafeHtml,
} from '#ui/index.ts';
import type { Ctx } from '../context.ts';
import type { ActionOutcome } from '../idempotency.ts';
import type { PageKit } from '../page-kit.ts';
import { errorOf, field, isDate, problemMessages, todayInBrussels } from '../forms.ts';
import { auditActionLabel, codeLabel, statusBadge } from '../labels.ts';
import { failurePage } from './errors.ts';
import { sendPdf } from './decisions.ts';
import { requestHeader, type AidRequest } from './requests.ts';

type Restricted = { id: string; status: string; receivedAt: string };
type PersonNotice = { status: 'due' | 'sent' | 'none'; language?: NationalLanguage; sentAt?: string; method?: string };
type Opening = {
  id: string;
  requestId: string;
  openedBy: { id: string; displayName: string };
  reason: string;
  openedAt: string;
  expiresAt: string;
  isActive: boolean;
  personNotice: PersonNotice;
};
type ReviewItem = Opening & {
  person: { id: string; familyName: string; givenNames: string };
  status: 'pending' | 'reviewed';
  verdict?: 'justified' | 'unjustified';
  comment?: string;
  reviewedAt?: string;
  reviewedBy?: { id: string; displayName: string };
  actionsDuringGrant: { at: string; action: string; outcome?: string }[];
};
type WeekRow = {
  week: string;
  startsOn: string;
  endsOn: string;
  openings: number;
  reviewed: number;
  justified: number;
  unjustified: number;
  pending: number;
  byUser: { user: { displayName: string }; openings: number }[];
};

const METHODS = ['letter', 'registered-letter', 'ebox', 'handed-over'] as const;
const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/** A whole-page outcome for a form action that met a refusal (kept for a repeated submit). */
function refusal(ctx: Ctx, status: number): ActionOutcome {
  const { t } = ctx;
  const isForbidden = status === 403;
  const title = isForbidden ? t('error.forbidden.title') : t('error.notFound.title');
  return ctx.page({
    status: isForbidden ? 403 : 404,
    title,
    main: html`<h1>${title}</h1><p>${isForbidden ? t('error.forbidden.text') : t('error.notFound.text')}</p><p><a href="/">${t('error.backHome')}</a></p>`,
  });
}

/** On the person page: the person's files this user cannot open, each with its way to emergency access. */
export async function restrictedRequestsSection(ctx: Ctx, personId: string): Promise<SafeHtml> {
  const { t } = ctx;
  const result = await ctx.api('GET', `/api/v1/persons/${encodeURIComponent(personId)}/restricted-requests`);
  const items = result.status === 200 ? (result.body as { items: Restricted[] }).items : [];
  if (items.length === 0) return html``;
  return html`<h2>${t('breakGlass.restricted.title')}</h2>
<p>${t('breakGlass.restricted.intro')}</p>
${table({
  caption: t('breakGlass.restricted.caption'),
  isCaptionHidden: true,
  head: [t('request.received'), t('worklist.status'), t('breakGlass.restricted.action')],
  rows: items.map((item) => [
    formatDate(t.language, item.receivedAt),
    statusBadge(t, item.status),
    html`<a href="/requests/${item.id}/break-glass?person=${personId}">${t('breakGlass.restricted.link', {
      date: formatDate(t.language, item.receivedAt),
    })}</a>`,
  ]),
})}`;
}

/** On the worklist: the link of a `break-glass-opened` notice to its page (who, when, why, the letter). */
export function breakGlassWorklistLink(ctx: Ctx, item: { requestId: string; alert: string; details?: Record<string, unknown> }): SafeHtml {
  const grantId = item.details?.grantId;
  if (item.alert !== 'break-glass-opened' || typeof grantId !== 'string' || !isUuid(grantId)) return html``;
  return html` <a href="/requests/${item.requestId}/break-glass/${grantId}">${ctx.t('breakGlass.worklist.open')}</a>`;
}

async function renderOpenForm(
  ctx: Ctx,
  requestId: string,
  state: { reason?: string; errors?: FieldMessage[]; status?: number; idempotencyKey: string },
): Promise<ActionOutcome> {
  const { t } = ctx;
  const personId = ctx.query('person') ?? field(ctx.request.body, 'person');
  let file: Restricted | undefined;
  let isAlreadyOpen = false;
  if (personId && isUuid(personId)) {
    const result = await ctx.api('GET', `/api/v1/persons/${encodeURIComponent(personId)}/restricted-requests`);
    if (result.status === 200) {
      file = (result.body as { items: Restricted[] }).items.find((item) => item.id === requestId);
      isAlreadyOpen = !file;
    } else if (result.status === 403) return refusal(ctx, 403);
  }
  const errors = state.errors ?? [];
  const back =
    personId && isUuid(personId) ? html`<p class="no-print"><a href="/persons/${personId}">${t('breakGlass.form.back')}</a></p>` : '';
  if (isAlreadyOpen) {
    return ctx.page({
      title: t('breakGlass.form.title'),
      main: html`${back}<h1>${t('breakGlass.form.title')}</h1>
${notice({ kind: 'info', text: t('breakGlass.form.alreadyOpen') })}<p><a class="button" href="/requests/${requestId}">${t('breakGlass.form.openFile')}</a></p>`,
    });
  }
  return ctx.page({
    title: t('breakGlass.form.title'),
    status: state.status,
    main: html`${back}<h1>${t('breakGlass.form.title')}</h1>
${file ? html`<p>${t('breakGlass.form.file', { date: formatDate(t.language, file.receivedAt), status: codeLabel(t, 'status', file.status) })}</p>` : ''}
${notice({ kind: 'warning', title: t('breakGlass.form.warningTitle'), text: t('breakGlass.form.warning') })}
${errorSummary({ errors, t })}
${postForm({
  action: `/requests/${requestId}/break-glass`,
  csrfToken: ctx.csrf(),
  idempotencyKey: state.idempotencyKey,
  label: t('breakGlass.form.title'),
  body: html`
${personId && isUuid(personId) ? html`<input type="hidden" name="person" value="${personId}">` : ''}
${textArea({
  name: 'reason',
  label: t('breakGlass.form.reason'),
  hint: t('breakGlass.form.reason.hint'),
  value: state.reason,
  error: errorOf(errors, 'reason'),
  rows: 4,
  maxlength: 2000,
  required: true,
  t,
})}
<div class="actions">${button({ label: t('breakGlass.form.submit'), variant: 'warning' })}</div>`,
})}`,
  });
}

async function openFile(ctx: Ctx, requestId: string, key: string): Promise<ActionOutcome> {
  const reason = field(ctx.request.body, 'reason');
  if (reason.length < 10)
    return renderOpenForm(ctx, requestId, {
      reason,
      errors: [{ field: 'reason', message: ctx.t('error.break-glass.reason-required') }],
      status: 422,
      idempotencyKey: key,
    });
  const result = await ctx.api('POST', `/api/v1/aid-requests/${encodeURIComponent(requestId)}/break-glass`, { reason });
  if (result.status === 201) return { redirect: `/requests/${requestId}?done=break-glass` };
  const code = (result.body as { code?: string } | null)?.code;
  if (code === 'break-glass.not-needed') return { redirect: `/requests/${requestId}` };
  if (result.status === 403 || result.status === 404) return refusal(ctx, result.status);
  return renderOpenForm(ctx, requestId, {
    reason,
    errors: problemMessages(result, ctx.t, { '/reason': 'reason' }, 'reason'),
    status: result.status,
    idempotencyKey: key,
  });
}

async function renderOpening(
  ctx: Ctx,
  request: AidRequest,
  grantId: string,
  state: { values?: Record<string, string>; errors?: FieldMessage[]; status?: number } = {},
) {
  const { t } = ctx;
  const result = await ctx.api('GET', `/api/v1/aid-requests/${request.id}/break-glass`);
  if (result.status !== 200) return failurePage(ctx, result.status);
  const opening = (result.body as { items: Opening[] }).items.find((item) => item.id === grantId);
  if (!opening) return failurePage(ctx, 404);
  const errors = state.errors ?? [];
  const letter = opening.personNotice;
  const personLanguage = letter.language ?? request.person?.language ?? 'fr';
  const languages = [personLanguage, ...NATIONAL_LANGUAGES.filter((language) => language !== personLanguage)];
  const v = state.values ?? { sentAt: todayInBrussels(), method: '' };
  return ctx.send({
    title: t('breakGlass.notice.title'),
    status: state.status,
    main: html`${requestHeader(ctx, request)}${ctx.query('done') === 'sent' ? notice({ kind: 'success', text: t('breakGlass.notice.done') }) : ''}
<h1>${t('breakGlass.notice.title')}</h1>
<p>${t('breakGlass.notice.intro')}</p>
${summaryList([
  [t('breakGlass.notice.openedBy'), opening.openedBy.displayName],
  [t('breakGlass.notice.openedAt'), formatDateTime(t.language, opening.openedAt)],
  [t('breakGlass.notice.expiresAt'), formatDateTime(t.language, opening.expiresAt)],
  [t('breakGlass.notice.reason'), opening.reason],
  [
    t('breakGlass.notice.letter'),
    letter.status === 'sent'
      ? statusTag(t('breakGlass.notice.status.sent', { date: formatDate(t.language, letter.sentAt) }), 'success')
      : letter.status === 'due'
        ? statusTag(t('breakGlass.notice.status.due'), 'warning')
        : statusTag(t('breakGlass.notice.status.none')),
  ],
])}
${
  letter.status === 'none'
    ? ''
    : html`<h2>${t('breakGlass.notice.letter')}</h2>
<ul>${languages.map(
        (language) => html`<li>\
<a href="/requests/${request.id}/break-glass/${opening.id}/notice.pdf?lang=${language}" lang="${language}">\
${t.dynamic(`breakGlass.notice.download.${language}`)}</a>\
${language === personLanguage ? html` (${t('breakGlass.notice.personLanguage')})` : ''}</li>`,
      )}</ul>`
}
${
  letter.status === 'due'
    ? html`<h2>${t('breakGlass.notice.markSent')}</h2>
${errorSummary({ errors, t, targets: { method: `${fieldId('method')}-first` } })}
${postForm({
  action: `/requests/${request.id}/break-glass/${opening.id}/sent`,
  csrfToken: ctx.csrf(),
  label: t('breakGlass.notice.markSent'),
  body: html`
${textField({
  name: 'sentAt',
  label: t('breakGlass.notice.sentAt'),
  type: 'date',
  value: v.sentAt,
  error: errorOf(errors, 'sentAt'),
  width: 'medium',
  required: true,
  t,
})}
${radioGroup({
  name: 'method',
  label: t('breakGlass.notice.method'),
  value: v.method,
  error: errorOf(errors, 'method'),
  options: METHODS.map((method) => ({ value: method, label: t.dynamic(`breakGlass.method.${method}`) })),
  t,
})}
<div class="actions">${button({ label: t('breakGlass.notice.submit') })}</div>`,
})}`
    : ''
}
<p><a href="/requests/${request.id}">${t('breakGlass.notice.back')}</a></p>`,
  });
}

async function markSent(ctx: Ctx, request: AidRequest, grantId: string) {
  const { t } = ctx;
  const values = { sentAt: field(ctx.request.body, 'sentAt'), method: field(ctx.request.body, 'method') };
  const errors: FieldMessage[] = [];
  if (!isDate(values.sentAt)) errors.push({ field: 'sentAt', message: t('breakGlass.notice.sentAt.required') });
  if (!(METHODS as readonly string[]).includes(values.method))
    errors.push({ field: 'method', message: t('breakGlass.notice.method.required') });
  if (errors.length > 0) return renderOpening(ctx, request, grantId, { values, errors, status: 422 });
  const result = await ctx.api(
    'POST',
    `/api/v1/aid-requests/${request.id}/break-glass/${encodeURIComponent(grantId)}/person-notice/sent`,
    values,
  );
  if (result.status === 200) return ctx.reply.redirect(`/requests/${request.id}/break-glass/${grantId}?done=sent`, 303);
  if (result.status === 403 || result.status === 404) return failurePage(ctx, result.status);
  return renderOpening(ctx, request, grantId, {
    values,
    errors: problemMessages(result, t, { '/sentAt': 'sentAt', '/method': 'method' }, 'sentAt'),
    status: result.status,
  });
}

const STATUSES = ['pending', 'reviewed', 'all'] as const;
type QueueStatus = (typeof STATUSES)[number];

function reviewPanel(
  ctx: Ctx,
  item: ReviewItem,
  state: { grantId?: string; values?: Record<string, string>; errors?: FieldMessage[]; status: QueueStatus },
): SafeHtml {
  const { t } = ctx;
  const errors = state.grantId === item.id ? (state.errors ?? []) : [];
  const values = state.grantId === item.id ? (state.values ?? {}) : {};
  const name = `${item.person.givenNames} ${item.person.familyName}`;
  return html`<section class="panel" aria-labelledby="opening-${item.id}">
<h2 id="opening-${item.id}">${t('breakGlass.queue.item', { person: name })}</h2>
${summaryList([
  [t('breakGlass.notice.openedBy'), item.openedBy.displayName],
  [t('breakGlass.notice.openedAt'), formatDateTime(t.language, item.openedAt)],
  [
    t('breakGlass.notice.expiresAt'),
    html`${formatDateTime(t.language, item.expiresAt)}${item.isActive ? html` ${statusTag(t('breakGlass.queue.active'), 'warning')}` : ''}`,
  ],
  [t('breakGlass.notice.reason'), item.reason],
  [
    t('breakGlass.notice.letter'),
    item.personNotice.status === 'sent'
      ? t('breakGlass.notice.status.sent', { date: formatDate(t.language, item.personNotice.sentAt) })
      : item.personNotice.status === 'due'
        ? t('breakGlass.notice.status.due')
        : t('breakGlass.notice.status.none'),
  ],
  [
    t('breakGlass.queue.status'),
    item.status === 'reviewed'
      ? html`${statusTag(
          t.dynamic(`breakGlass.verdict.${item.verdict ?? 'justified'}`),
          item.verdict === 'unjustified' ? 'danger' : 'success',
        )} ${t('breakGlass.queue.reviewedBy', {
          name: item.reviewedBy?.displayName ?? '',
          date: formatDate(t.language, item.reviewedAt),
        })}${item.comment ? html`<br>${item.comment}` : ''}`
      : statusTag(t('breakGlass.status.pending'), 'warning'),
  ],
])}
${
  item.actionsDuringGrant.length === 0
    ? html`<p>${t('breakGlass.queue.actions.none')}</p>`
    : table({
        caption: t('breakGlass.queue.actions'),
        head: [t('breakGlass.queue.action.at'), t('breakGlass.queue.action.what')],
        rows: item.actionsDuringGrant.map((action) => [
          formatDateTime(t.language, action.at),
          html`${auditActionLabel(t, action.action)}\
${action.outcome === 'denied' ? html` ${statusTag(t('breakGlass.queue.action.denied'), 'danger')}` : ''}`,
        ]),
      })
}
${
  item.status === 'pending'
    ? html`${errorSummary({ errors, t, targets: { verdict: `verdict-${item.id}-first`, comment: `comment-${item.id}` } })}
${postForm({
  action: `/oversight/break-glass/${item.id}/review?status=${state.status}`,
  csrfToken: ctx.csrf(),
  label: t('breakGlass.queue.submit'),
  body: html`
${radioGroup({
  name: 'verdict',
  id: `verdict-${item.id}`,
  label: t('breakGlass.queue.verdict'),
  value: values.verdict,
  error: errorOf(errors, 'verdict'),
  isInline: true,
  options: [
    { value: 'justified', label: t('breakGlass.verdict.justified') },
    { value: 'unjustified', label: t('breakGlass.verdict.unjustified') },
  ],
  t,
})}
${textArea({
  name: 'comment',
  id: `comment-${item.id}`,
  label: t('breakGlass.queue.comment'),
  hint: t('breakGlass.queue.comment.hint'),
  value: values.comment,
  error: errorOf(errors, 'comment'),
  rows: 3,
  maxlength: 2000,
  required: false,
  t,
})}
<div class="actions">${button({ label: t('breakGlass.queue.submit') })}</div>`,
})}`
    : ''
}
</section>`;
}

async function renderQueue(
  ctx: Ctx,
  state: { grantId?: string; values?: Record<string, string>; errors?: FieldMessage[]; status?: number } = {},
) {
  const { t } = ctx;
  const requested = ctx.query('status');
  const status: QueueStatus = (STATUSES as readonly string[]).includes(requested ?? '') ? (requested as QueueStatus) : 'pending';
  const result = await ctx.api('GET', `/api/v1/oversight/break-glass?status=${status}`);
  if (result.status !== 200) return failurePage(ctx, result.status);
  const items = (result.body as { items: ReviewItem[] }).items;
  return ctx.send({
    title: t('breakGlass.queue.title'),
    status: state.status,
    main: html`${ctx.query('done') === 'reviewed' ? notice({ kind: 'success', text: t('breakGlass.queue.done') }) : ''}
<h1>${t('breakGlass.queue.title')}</h1>
<p>${t('breakGlass.queue.intro')}</p>
<nav aria-label="${t('breakGlass.queue.filter')}"><ul>${STATUSES.map(
      (option) =>
        html`<li>${
          option === status
            ? html`<strong aria-current="page">${t.dynamic(`breakGlass.queue.filter.${option}`)}</strong>`
            : html`<a href="/oversight/break-glass?status=${option}">${t.dynamic(`breakGlass.queue.filter.${option}`)}</a>`
        }</li>`,
    )}</ul></nav>
<p><a href="/oversight/break-glass/weekly">${t('breakGlass.queue.weeklyLink')}</a></p>
${items.length === 0 ? html`<p>${t('breakGlass.queue.empty')}</p>` : items.map((item) => reviewPanel(ctx, item, { ...state, status }))}`,
  });
}

async function review(ctx: Ctx, grantId: string) {
  const { t } = ctx;
  const values = { verdict: field(ctx.request.body, 'verdict'), comment: field(ctx.request.body, 'comment') };
  const errors: FieldMessage[] = [];
  if (values.verdict !== 'justified' && values.verdict !== 'unjustified')
    errors.push({ field: 'verdict', message: t('breakGlass.queue.verdict.required') });
  if (values.verdict === 'unjustified' && !values.comment)
    errors.push({ field: 'comment', message: t('error.break-glass.comment-required') });
  if (errors.length > 0) return renderQueue(ctx, { grantId, values, errors, status: 422 });
  const result = await ctx.api('POST', `/api/v1/oversight/break-glass/${encodeURIComponent(grantId)}/review`, {
    verdict: values.verdict,
    ...(values.comment ? { comment: values.comment } : {}),
  });
  const status = ctx.query('status');
  if (result.status === 200)
    return ctx.reply.redirect(
      `/oversight/break-glass?done=reviewed${status && (STATUSES as readonly string[]).includes(status) ? `&status=${status}` : ''}`,
      303,
    );
  if (result.status === 403 || result.status === 404) return failurePage(ctx, result.status);
  return renderQueue(ctx, {
    grantId,
    values,
    errors: problemMessages(result, t, { '/comment': 'comment', '/verdict': 'verdict' }, 'verdict'),
    status: result.status,
  });
}

async function renderWeekly(ctx: Ctx) {
  const { t } = ctx;
  const week = ctx.query('week');
  if (week !== undefined) {
    if (!/^\d{4}-W\d{2}$/.test(week)) return failurePage(ctx, 404);
    const result = await ctx.api('GET', `/api/v1/oversight/break-glass/weekly?week=${encodeURIComponent(week)}`);
    if (result.status !== 200) return failurePage(ctx, result.status === 422 ? 404 : result.status);
    const body = result.body as { week: string; startsOn: string; endsOn: string; items: ReviewItem[] };
    return ctx.send({
      title: t('breakGlass.weekly.oneWeek.title', { week: body.week }),
      main: html`<p class="no-print"><a href="/oversight/break-glass/weekly">${t('breakGlass.weekly.back')}</a></p>
<h1>${t('breakGlass.weekly.oneWeek.title', { week: body.week })}</h1>
${
  body.items.length === 0
    ? html`<p>${t('breakGlass.queue.empty')}</p>`
    : table({
        caption: t('breakGlass.weekly.oneWeek.caption', {
          from: formatDate(t.language, body.startsOn),
          to: formatDate(t.language, body.endsOn),
        }),
        head: [
          t('breakGlass.notice.openedAt'),
          t('breakGlass.notice.openedBy'),
          t('breakGlass.weekly.person'),
          t('breakGlass.notice.reason'),
          t('breakGlass.queue.status'),
        ],
        rows: body.items.map((item) => [
          formatDateTime(t.language, item.openedAt),
          item.openedBy.displayName,
          `${item.person.givenNames} ${item.person.familyName}`,
          item.reason,
          item.status === 'reviewed' ? t.dynamic(`breakGlass.verdict.${item.verdict ?? 'justified'}`) : t('breakGlass.status.pending'),
        ]),
      })
}`,
    });
  }
  const result = await ctx.api('GET', '/api/v1/oversight/break-glass/weekly?weeks=26');
  if (result.status !== 200) return failurePage(ctx, result.status);
  const weeks = (result.body as { weeks: WeekRow[] }).weeks;
  return ctx.send({
    title: t('breakGlass.weekly.title'),
    main: html`<p class="no-print"><a href="/oversight/break-glass">${t('breakGlass.weekly.queueLink')}</a></p>
<h1>${t('breakGlass.weekly.title')}</h1>
<p>${t('breakGlass.weekly.intro')}</p>
${table({
  caption: t('breakGlass.weekly.caption', { weeks: weeks.length }),
  head: [
    t('breakGlass.weekly.week'),
    t('breakGlass.weekly.openings'),
    t('breakGlass.weekly.reviewed'),
    t('breakGlass.weekly.justified'),
    t('breakGlass.weekly.unjustified'),
    t('breakGlass.weekly.pending'),
    t('breakGlass.weekly.byUser'),
  ],
  rows: weeks.map((row) => {
    const label = t('breakGlass.weekly.weekLabel', {
      week: row.week,
      from: formatDate(t.language, row.startsOn),
      to: formatDate(t.language, row.endsOn),
    });
    return [
      row.openings > 0 ? html`<a href="/oversight/break-glass/weekly?week=${row.week}">${label}</a>` : label,
      String(row.openings),
      String(row.reviewed),
      String(row.justified),
      String(row.unjustified),
      row.pending > 0 ? statusTag(String(row.pending), 'warning') : String(row.pending),
      row.byUser.map((user) => t('breakGlass.weekly.userCount', { name: user.user.displayName, count: user.openings })).join(', ') || '—',
    ];
  }),
})}`,
  });
}

export function registerBreakGlassPages(kit: PageKit): void {
  const { app, page, requestPage, once, post } = kit;
  const requestIdOf = (ctx: Ctx) => ctx.param('id');

  app.get(
    '/requests/:id/break-glass',
    page(async (ctx) =>
      isUuid(requestIdOf(ctx))
        ? ctx.respond(await renderOpenForm(ctx, requestIdOf(ctx), { idempotencyKey: kit.newKey() }))
        : failurePage(ctx, 404),
    ),
  );
  app.post(
    '/requests/:id/break-glass',
    post,
    page(async (ctx) => (isUuid(requestIdOf(ctx)) ? once(ctx, (key) => openFile(ctx, requestIdOf(ctx), key)) : failurePage(ctx, 404))),
  );

  app.get(
    '/requests/:id/break-glass/:grantId',
    requestPage((ctx, request) => renderOpening(ctx, request, ctx.param('grantId'))),
  );
  app.get(
    '/requests/:id/break-glass/:grantId/notice.pdf',
    requestPage((ctx, request) => {
      const lang = ctx.query('lang') ?? '';
      const language = (NATIONAL_LANGUAGES as readonly string[]).includes(lang) ? lang : (request.person?.language ?? 'fr');
      return sendPdf(
        ctx,
        `/api/v1/aid-requests/${request.id}/break-glass/${encodeURIComponent(ctx.param('grantId'))}/person-notice?lang=${language}`,
        `break-glass-notice-${language}.pdf`,
      );
    }),
  );
  app.post(
    '/requests/:id/break-glass/:grantId/sent',
    post,
    requestPage((ctx, request) => markSent(ctx, request, ctx.param('grantId'))),
  );

  app.get(
    '/oversight/break-glass',
    page((ctx) => renderQueue(ctx)),
  );
  app.post(
    '/oversight/break-glass/:id/review',
    post,
    page((ctx) => review(ctx, ctx.param('id'))),
  );
  app.get('/oversight/break-glass/weekly', page(renderWeekly));
}
