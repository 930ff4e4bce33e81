/**
 * One decision and what follows it (issue 11, item 4): its page (nature, RIS category, whether the aid
 * is still running, notification, appeals), the revision, suspension or stop of an ongoing aid (each a
 * decision of its own), the correction of a notification (R10), appeals and their outcome (R12) and the
 * correction or annulment of the decision (R39). The rules are the API's; the pages say them in words.
 */
import {
  button,
  errorSummary,
  formatDate,
  formatMoney,
  html,
  notice,
  parseAmountToCents,
  postForm,
  radioGroup,
  selectField,
  summaryList,
  table,
  textArea,
  textField,
  type FieldMessage,
} from '#ui/index.ts';
import type { Ctx } from '../context.ts';
import type { PageKit } from '../page-kit.ts';
import type { ActionOutcome } from '../idempotency.ts';
import type { MessageKey } from '../messages/index.ts';
import { errorOf, isDate, problemMessages, todayInBrussels, values } from '../forms.ts';
import { codeLabel, options } from '../labels.ts';
import { requestHeader, type AidRequest } from './requests.ts';
import { failurePage, notFoundPage } from './errors.ts';
import { motivationFields, notificationFields } from './decision-fields.ts';

type Decision = {
  id: string;
  ref: string;
  decidedAt: string;
  body: string;
  aidType: string;
  outcome: string;
  amountCents: number | null;
  period: { from: string; to: string | null } | null;
  legalBasis: string;
  motivationCategory: string;
  motivationText: string | null;
  status: string;
  kind: 'initial' | 'revision' | 'suspension' | 'stop';
  revisesId: string | null;
  risCategory: string | null;
  notification: { sentAt: string; method: string; proofRef: string | null } | null;
  changes: { id: string; ref: string; kind: string; decidedAt: string; period: { from: string; to: string | null } | null }[];
};
type Appeal = {
  id: string;
  decisionId: string | null;
  decisionRef: string | null;
  kind: string;
  filedAt: string;
  outcome: string | null;
  outcomeAt: string | null;
  isLate: boolean;
};
type State = { values?: Record<string, string>; errors?: FieldMessage[]; status?: number; idempotencyKey: string };

const RIS_CATEGORIES = ['isolated', 'cohabiting', 'family'] as const;
const RIS_AID = ['ris', 'equivalent-ris'];
const APPEAL_OUTCOMES = ['upheld', 'annulled', 'reformed', 'withdrawn'] as const;
const CORRECTION_REASONS = ['material-error', 'new-facts', 'internal-review', 'labour-court-judgment', 'unlawful-decision'] as const;

const label = (ctx: Ctx, key: string) => ctx.t.maybe(key) ?? key;
export const risCategoryOptions = (ctx: Ctx) => RIS_CATEGORIES.map((c) => ({ value: c, label: ctx.t(`risCategory.${c}` as MessageKey) }));
const isRunning = (d: Decision) =>
  (d.outcome === 'granted' || d.outcome === 'partial') &&
  (d.kind === 'initial' || d.kind === 'revision') &&
  d.status !== 'annulled' &&
  !d.changes.some((c) => c.kind === 'stop') &&
  (d.period?.to === null || d.period?.to === undefined || d.period.to >= todayInBrussels());
const base = (request: AidRequest, decision: Pick<Decision, 'id'>) => `/requests/${request.id}/decisions/${decision.id}`;
const done = (ctx: Ctx) => {
  const text = ctx.t.maybe(`decide.done.${ctx.query('done') ?? ''}`);
  return text ? notice({ kind: 'success', text }) : '';
};

async function loadDecision(ctx: Ctx, request: AidRequest): Promise<Decision | null> {
  if (!request.decisions.some((d) => d.id === ctx.param('decisionId'))) return null;
  const result = await ctx.api('GET', `/api/v1/decisions/${encodeURIComponent(ctx.param('decisionId'))}`);
  return result.status === 200 ? (result.body as Decision) : null;
}

async function loadAppeals(ctx: Ctx, request: AidRequest) {
  const result = await ctx.api('GET', `/api/v1/aid-requests/${request.id}/appeals`);
  return result.status === 200 ? (result.body as { items: Appeal[]; appealDeadline: string | null; decisionDue: string }) : null;
}

function appealsTable(ctx: Ctx, request: AidRequest, appeals: Appeal[]) {
  const { t } = ctx;
  if (appeals.length === 0) return html`<p>${t('decide.appeals.none')}</p>`;
  return html`${table({
    caption: t('decide.appeals'),
    head: [t('decide.appeal.kind'), t('decide.appeal.filedAt'), t('decide.appeal.outcome')],
    rows: appeals.map((a) => [
      html`${label(ctx, `appealKind.${a.kind}`)}${a.decisionRef ? ` (${a.decisionRef})` : ''}${
        a.isLate ? html` — <strong>${t('decide.appeal.late')}</strong>` : ''
      }`,
      formatDate(t.language, a.filedAt),
      a.outcome && a.outcome !== 'pending'
        ? `${label(ctx, `appealOutcome.${a.outcome}`)} (${formatDate(t.language, a.outcomeAt!)})`
        : t('appealOutcome.pending'),
    ]),
  })}
${appeals
  .filter((a) => !a.outcome || a.outcome === 'pending')
  .map((a) =>
    postForm({
      action: `/requests/${request.id}/appeals/${a.id}/outcome`,
      csrfToken: ctx.csrf(),
      label: t('decide.appeal.outcome.of', { kind: label(ctx, `appealKind.${a.kind}`), date: formatDate(t.language, a.filedAt) }),
      body: html`<h3>${t('decide.appeal.outcome.of', { kind: label(ctx, `appealKind.${a.kind}`), date: formatDate(t.language, a.filedAt) })}</h3>
${selectField({
  name: 'outcome',
  id: `field-outcome-${a.id}`,
  label: t('decide.appeal.outcome'),
  options: APPEAL_OUTCOMES.map((o) => ({ value: o, label: t(`appealOutcome.${o}` as MessageKey) })),
  t,
})}
${textField({
  name: 'outcomeAt',
  id: `field-outcomeAt-${a.id}`,
  label: t('decide.appeal.outcomeAt'),
  type: 'date',
  value: todayInBrussels(),
  width: 'medium',
  t,
})}
<p class="hint">${t('decide.appeal.reformedHint')}</p>
<div class="actions">${button({ label: t('decide.appeal.outcome.record'), variant: 'secondary' })}</div>`,
    }),
  )}`;
}

async function renderDecisionPage(
  ctx: Ctx,
  request: AidRequest,
  decision: Decision,
  state: { errors?: FieldMessage[]; status?: number } = {},
) {
  const { t } = ctx;
  const appeals = await loadAppeals(ctx, request);
  const mine = (appeals?.items ?? []).filter((a) => a.decisionId === decision.id);
  const errors = state.errors ?? [];
  const running = isRunning(decision);
  const title = t('decide.title', { ref: decision.ref });
  return ctx.page({
    title,
    status: state.status,
    main: html`${requestHeader(ctx, request)}${done(ctx)}<h1>${title}</h1>
${errorSummary({ errors, t })}
${summaryList([
  [t('decide.kind'), t(`decide.kind.${decision.kind}` as MessageKey)],
  ...(decision.revisesId
    ? [
        [
          t('decide.revisesRef'),
          html`<a href="/requests/${request.id}/decisions/${decision.revisesId}">${request.decisions.find((d) => d.id === decision.revisesId)?.ref ?? '—'}</a>`,
        ] as const,
      ]
    : []),
  [t('decision.decidedAt'), formatDate(t.language, decision.decidedAt)],
  [t('decision.body'), codeLabel(t, 'body', decision.body)],
  [t('decision.aidType'), codeLabel(t, 'kind', decision.aidType)],
  [t('decision.outcome'), codeLabel(t, 'outcome', decision.outcome)],
  ...(decision.risCategory ? [[t('decide.risCategory'), t(`risCategory.${decision.risCategory}` as MessageKey)] as const] : []),
  ...(decision.amountCents !== null ? [[t('decision.amount'), formatMoney(t.language, decision.amountCents)] as const] : []),
  ...(decision.period
    ? [
        [
          t('decision.period'),
          `${formatDate(t.language, decision.period.from)} – ${decision.period.to ? formatDate(t.language, decision.period.to) : '…'}`,
        ] as const,
      ]
    : []),
  [t('decision.legalBasis'), codeLabel(t, 'legalBasis', decision.legalBasis)],
  [t('decision.motivation'), codeLabel(t, 'motivation', decision.motivationCategory)],
  [t('decide.status'), codeLabel(t, 'decisionStatus', decision.status)],
])}
${
  decision.kind === 'initial' || decision.kind === 'revision'
    ? decision.outcome === 'granted' || decision.outcome === 'partial'
      ? notice({
          kind: 'info',
          text: decision.period?.to ? t('decide.endedOn', { date: formatDate(t.language, decision.period.to) }) : t('decide.running'),
        })
      : ''
    : ''
}
${running ? html`<p><a class="button" href="${base(request, decision)}/change">${t('decide.change')}</a></p>` : ''}
${
  decision.changes.length > 0
    ? table({
        caption: t('decide.changes'),
        head: [t('decide.kind'), t('decision.decidedAt'), t('decision.period')],
        rows: decision.changes.map((c) => [
          html`<a href="/requests/${request.id}/decisions/${c.id}">${t(`decide.kind.${c.kind}` as MessageKey)} ${c.ref}</a>`,
          formatDate(t.language, c.decidedAt),
          c.period ? `${formatDate(t.language, c.period.from)} – ${c.period.to ? formatDate(t.language, c.period.to) : '…'}` : '—',
        ]),
      })
    : ''
}
<h2>${t('decide.notification')}</h2>
${
  decision.notification
    ? html`<p>${t('decide.notification.sent', {
        date: formatDate(t.language, decision.notification.sentAt),
        method: codeLabel(t, 'notificationMethod', decision.notification.method),
      })}</p>
<p><a href="${base(request, decision)}/notification/correct">${t('decide.notification.correct')}</a></p>`
    : html`<p>${t('decide.notification.none')}</p>
<p><a href="${base(request, decision)}/notification">${t('decision.recordNotification')}</a></p>`
}
<h2>${t('decide.appeals')}</h2>
<p>${t('decide.appeals.intro')}</p>
${appeals?.appealDeadline ? html`<p>${t('decide.appealDeadline')} : ${formatDate(t.language, appeals.appealDeadline)}</p>` : ''}
${appealsTable(ctx, request, mine)}
${postForm({
  action: `${base(request, decision)}/appeals`,
  csrfToken: ctx.csrf(),
  label: t('decide.appeal.record'),
  body: html`${radioGroup({
    name: 'kind',
    label: t('decide.appeal.kind'),
    value: 'labour-court',
    options: ['labour-court', 'internal-review'].map((k) => ({ value: k, label: label(ctx, `appealKind.${k}`) })),
    error: errorOf(errors, 'kind'),
    t,
  })}
${filedAtField(t, errors)}
<div class="actions">${button({ label: t('decide.appeal.record'), variant: 'secondary' })}</div>`,
})}
${decision.status !== 'annulled' ? html`<p><a href="${base(request, decision)}/correction">${t('decide.correction')}</a></p>` : ''}`,
  });
}

function renderChange(ctx: Ctx, request: AidRequest, decision: Decision, state: State): ActionOutcome {
  const { t } = ctx;
  const v = state.values ?? { kind: 'revision', decidedAt: todayInBrussels(), body: decision.body, effectiveFrom: todayInBrussels() };
  const errors = state.errors ?? [];
  const title = t('decide.change');
  return ctx.page({
    title,
    status: state.status,
    main: html`${requestHeader(ctx, request)}<p><a href="${base(request, decision)}">${t('decide.back')}</a></p><h1>${title}</h1>
<p>${t('decide.change.intro')}</p>
${errorSummary({ errors, t, targets: { kind: 'field-kind-first' } })}
${postForm({
  action: `${base(request, decision)}/change`,
  csrfToken: ctx.csrf(),
  idempotencyKey: state.idempotencyKey,
  label: title,
  body: html`${radioGroup({
    name: 'kind',
    label: t('decide.change.kind'),
    value: v.kind,
    options: (['revision', 'suspension', 'stop'] as const).map((k) => ({ value: k, label: t(`decide.kind.${k}`) })),
    error: errorOf(errors, 'kind'),
    isInline: true,
    t,
  })}
${textField({ name: 'decidedAt', label: t('decision.decidedAt'), type: 'date', value: v.decidedAt, error: errorOf(errors, 'decidedAt'), width: 'medium', t })}
${selectField({ name: 'body', label: t('decision.body'), value: v.body, options: options(t, 'body'), error: errorOf(errors, 'body'), t })}
${textField({
  name: 'effectiveFrom',
  label: t('decide.effectiveFrom'),
  type: 'date',
  value: v.effectiveFrom,
  error: errorOf(errors, 'effectiveFrom'),
  width: 'medium',
  t,
})}
${textField({
  name: 'until',
  label: t('decide.until'),
  hint: t('decide.until.hint'),
  type: 'date',
  value: v.until,
  error: errorOf(errors, 'until'),
  width: 'medium',
  required: false,
  t,
})}
${textField({
  name: 'amount',
  label: t('decide.newAmount'),
  hint: t('decide.newAmount.hint'),
  value: v.amount,
  error: errorOf(errors, 'amount'),
  inputmode: 'decimal',
  width: 'short',
  required: false,
  t,
})}
${
  RIS_AID.includes(decision.aidType)
    ? selectField({
        name: 'risCategory',
        label: t('decide.risCategory'),
        hint: t('decide.risCategory.hint'),
        value: v.risCategory,
        placeholder: t('decide.unchanged'),
        options: risCategoryOptions(ctx),
        error: errorOf(errors, 'risCategory'),
        t,
      })
    : ''
}
${selectField({
  name: 'legalBasis',
  label: t('decision.legalBasis'),
  value: v.legalBasis ?? decision.legalBasis,
  options: options(t, 'legalBasis'),
  error: errorOf(errors, 'legalBasis'),
  t,
})}
${motivationFields(t, v, errors)}
<div class="actions">${button({ label: t('decide.change.submit') })}</div>`,
})}`,
  });
}

const CHANGE_PATHS = {
  '/kind': 'kind',
  '/decidedAt': 'decidedAt',
  '/body': 'body',
  '/effectiveFrom': 'effectiveFrom',
  '/until': 'until',
  '/amountCents': 'amount',
  '/risCategory': 'risCategory',
  '/legalBasis': 'legalBasis',
  '/motivationCategory': 'motivationCategory',
  '/motivationText': 'motivationText',
};

async function saveChange(ctx: Ctx, request: AidRequest, decision: Decision, key: string): Promise<ActionOutcome> {
  const { t } = ctx;
  const v = values(ctx.request.body, Object.values(CHANGE_PATHS));
  const errors: FieldMessage[] = [];
  for (const name of ['decidedAt', 'effectiveFrom'] as const)
    if (!isDate(v[name] ?? '')) errors.push({ field: name, message: t('field.invalid-format') });
  if (v.until && !isDate(v.until)) errors.push({ field: 'until', message: t('field.invalid-format') });
  if (!v.motivationCategory) errors.push({ field: 'motivationCategory', message: t('decision.motivation.required') });
  const cents = v.amount ? parseAmountToCents(v.amount) : null;
  if (v.amount && cents === null) errors.push({ field: 'amount', message: t('field.amount') });
  if (errors.length > 0) return renderChange(ctx, request, decision, { values: v, errors, status: 422, idempotencyKey: key });
  const result = await ctx.api('POST', `/api/v1/decisions/${decision.id}/revisions`, {
    kind: v.kind,
    decidedAt: v.decidedAt,
    body: v.body,
    effectiveFrom: v.effectiveFrom,
    legalBasis: v.legalBasis,
    motivationCategory: v.motivationCategory,
    ...(v.until ? { until: v.until } : {}),
    ...(cents !== null ? { amountCents: cents } : {}),
    ...(v.risCategory ? { risCategory: v.risCategory } : {}),
    ...(v.motivationText ? { motivationText: v.motivationText } : {}),
  });
  if (result.status === 201) return { redirect: `/requests/${request.id}/decisions/${(result.body as { id: string }).id}?done=changed` };
  return renderChange(ctx, request, decision, {
    values: v,
    errors: problemMessages(result, t, CHANGE_PATHS, 'kind'),
    status: result.status,
    idempotencyKey: key,
  });
}

function renderNotificationCorrection(
  ctx: Ctx,
  request: AidRequest,
  decision: Decision,
  state: Omit<State, 'idempotencyKey'>,
): ActionOutcome {
  const { t } = ctx;
  const n = decision.notification!;
  const v = state.values ?? { sentAt: n.sentAt, method: n.method, proofRef: n.proofRef ?? '' };
  const errors = state.errors ?? [];
  const title = t('decide.notification.correct');
  return ctx.page({
    title,
    status: state.status,
    main: html`${requestHeader(ctx, request)}<p><a href="${base(request, decision)}">${t('decide.back')}</a></p><h1>${title}</h1>
<p>${t('decide.notification.correct.intro')}</p>
${errorSummary({ errors, t })}
${postForm({
  action: `${base(request, decision)}/notification/correct`,
  csrfToken: ctx.csrf(),
  label: title,
  body: html`
${notificationFields(t, v, errors, { isSentAtRequired: false, hasProofHint: false })}
${textArea({ name: 'reason', label: t('decide.reason'), value: v.reason, error: errorOf(errors, 'reason'), rows: 3, t })}
<div class="actions">${button({ label: t('decide.correction.submit') })}</div>`,
})}`,
  });
}

async function saveNotificationCorrection(ctx: Ctx, request: AidRequest, decision: Decision) {
  const { t } = ctx;
  const v = values(ctx.request.body, ['sentAt', 'method', 'proofRef', 'reason']);
  const errors: FieldMessage[] = [];
  if (!isDate(v.sentAt ?? '')) errors.push({ field: 'sentAt', message: t('field.invalid-format') });
  if ((v.reason ?? '').trim().length < 5) errors.push({ field: 'reason', message: t('decide.reason.required') });
  if (errors.length > 0) return renderNotificationCorrection(ctx, request, decision, { values: v, errors, status: 422 });
  const result = await ctx.api('PUT', `/api/v1/decisions/${decision.id}/notification`, {
    sentAt: v.sentAt,
    method: v.method,
    reason: v.reason,
    ...(v.proofRef ? { proofRef: v.proofRef } : {}),
  });
  if (result.status === 200) return { redirect: `${base(request, decision)}?done=notification` };
  return renderNotificationCorrection(ctx, request, decision, {
    values: v,
    errors: problemMessages(
      result,
      t,
      { '/sentAt': 'sentAt', '/method': 'method', '/proofRef': 'proofRef', '/reason': 'reason' },
      'sentAt',
    ),
    status: result.status,
  });
}

function renderCorrection(ctx: Ctx, request: AidRequest, decision: Decision, state: Omit<State, 'idempotencyKey'>): ActionOutcome {
  const { t } = ctx;
  const v = state.values ?? { kind: 'corrected', reasonCode: 'material-error' };
  const errors = state.errors ?? [];
  const title = t('decide.correction');
  return ctx.page({
    title,
    status: state.status,
    main: html`${requestHeader(ctx, request)}<p><a href="${base(request, decision)}">${t('decide.back')}</a></p><h1>${title}</h1>
<p>${t('decide.correction.intro')}</p>
${errorSummary({ errors, t, targets: { kind: 'field-kind-first' } })}
${postForm({
  action: `${base(request, decision)}/correction`,
  csrfToken: ctx.csrf(),
  label: title,
  body: html`${radioGroup({
    name: 'kind',
    label: t('decide.correction.kind'),
    value: v.kind,
    options: [
      { value: 'corrected', label: t('decide.correction.corrected') },
      { value: 'annulled', label: t('decide.correction.annulled') },
    ],
    isInline: true,
    t,
  })}
${selectField({
  name: 'reasonCode',
  label: t('decide.correction.reason'),
  value: v.reasonCode,
  options: CORRECTION_REASONS.map((r) => ({ value: r, label: t(`correctionReason.${r}` as MessageKey) })),
  error: errorOf(errors, 'reasonCode'),
  t,
})}
<p class="hint">${t('decide.correction.fields')}</p>
${selectField({
  name: 'outcome',
  label: t('decision.outcome'),
  value: v.outcome,
  placeholder: t('decide.unchanged'),
  options: options(t, 'outcome'),
  error: errorOf(errors, 'outcome'),
  t,
})}
${textField({
  name: 'amount',
  label: t('decision.amount'),
  value: v.amount,
  error: errorOf(errors, 'amount'),
  inputmode: 'decimal',
  width: 'short',
  required: false,
  t,
})}
${selectField({
  name: 'motivationCategory',
  label: t('decision.motivation'),
  value: v.motivationCategory,
  placeholder: t('decide.unchanged'),
  options: options(t, 'motivation'),
  error: errorOf(errors, 'motivationCategory'),
  t,
})}
${textArea({
  name: 'motivationText',
  label: t('decision.motivationText'),
  value: v.motivationText,
  error: errorOf(errors, 'motivationText'),
  rows: 3,
  required: false,
  t,
})}
<div class="actions">${button({ label: t('decide.correction.submit'), variant: 'warning' })}</div>`,
})}`,
  });
}

async function saveCorrection(ctx: Ctx, request: AidRequest, decision: Decision) {
  const { t } = ctx;
  const v = values(ctx.request.body, ['kind', 'reasonCode', 'outcome', 'amount', 'motivationCategory', 'motivationText']);
  const cents = v.amount ? parseAmountToCents(v.amount) : null;
  if (v.amount && cents === null)
    return renderCorrection(ctx, request, decision, { values: v, errors: [{ field: 'amount', message: t('field.amount') }], status: 422 });
  const changes = {
    ...(v.outcome ? { outcome: v.outcome } : {}),
    ...(cents !== null ? { amountCents: cents } : {}),
    ...(v.motivationCategory ? { motivationCategory: v.motivationCategory } : {}),
    ...(v.motivationText ? { motivationText: v.motivationText } : {}),
  };
  const result = await ctx.api('POST', `/api/v1/decisions/${decision.id}/corrections`, {
    kind: v.kind,
    reasonCode: v.reasonCode,
    ...(v.kind === 'corrected' ? { changes } : {}),
  });
  if (result.status === 201) return { redirect: `${base(request, decision)}?done=corrected` };
  return renderCorrection(ctx, request, decision, {
    values: v,
    errors: problemMessages(
      result,
      t,
      {
        '/reasonCode': 'reasonCode',
        '/changes/outcome': 'outcome',
        '/changes/amountCents': 'amount',
        '/changes': 'outcome',
        '/changes/motivationCategory': 'motivationCategory',
      },
      'outcome',
    ),
    status: result.status,
  });
}

/** The request's appeals, including the appeal against the absence of a decision (R12). */
async function renderAppeals(ctx: Ctx, request: AidRequest, state: { errors?: FieldMessage[]; status?: number } = {}) {
  const { t } = ctx;
  const appeals = await loadAppeals(ctx, request);
  if (!appeals) return failurePage(ctx, 404);
  const errors = state.errors ?? [];
  const hasDecision = request.decisions.some((d) => d.status !== 'annulled');
  return ctx.respond(
    ctx.page({
      title: t('decide.appeals'),
      status: state.status,
      main: html`${requestHeader(ctx, request)}${done(ctx)}<h1>${t('decide.appeals')}</h1>
<p>${t('decide.appeals.intro')}</p>
${errorSummary({ errors, t })}
${appealsTable(ctx, request, appeals.items)}
${
  hasDecision
    ? ''
    : postForm({
        action: `/requests/${request.id}/appeals`,
        csrfToken: ctx.csrf(),
        label: t('decide.absence'),
        body: html`<h2>${t('decide.absence')}</h2>
<p>${t('deadline.decision')} : ${formatDate(t.language, appeals.decisionDue)}</p>
${filedAtField(t, errors)}
<div class="actions">${button({ label: t('decide.appeal.record'), variant: 'secondary' })}</div>`,
      })
}`,
    }),
  );
}

export function registerDecidePages(kit: PageKit): void {
  const { app, requestPage, once, post } = kit;
  const decisionPage = (handler: (ctx: Ctx, request: AidRequest, decision: Decision) => Promise<unknown>) =>
    requestPage(async (ctx, request) => {
      const decision = await loadDecision(ctx, request);
      return decision ? handler(ctx, request, decision) : notFoundPage(ctx);
    });
  const path = '/requests/:id/decisions/:decisionId';

  app.get(
    path,
    decisionPage(async (ctx, request, decision) => ctx.respond(await renderDecisionPage(ctx, request, decision))),
  );
  app.get(
    `${path}/change`,
    decisionPage(async (ctx, request, decision) => ctx.respond(renderChange(ctx, request, decision, { idempotencyKey: kit.newKey() }))),
  );
  app.post(
    `${path}/change`,
    post,
    decisionPage((ctx, request, decision) => once(ctx, (key) => saveChange(ctx, request, decision, key))),
  );
  app.get(
    `${path}/notification/correct`,
    decisionPage(async (ctx, request, decision) =>
      decision.notification ? ctx.respond(renderNotificationCorrection(ctx, request, decision, {})) : notFoundPage(ctx),
    ),
  );
  app.post(
    `${path}/notification/correct`,
    post,
    decisionPage(async (ctx, request, decision) =>
      decision.notification ? ctx.respond(await saveNotificationCorrection(ctx, request, decision)) : notFoundPage(ctx),
    ),
  );
  app.get(
    `${path}/correction`,
    decisionPage(async (ctx, request, decision) => ctx.respond(renderCorrection(ctx, request, decision, {}))),
  );
  app.post(
    `${path}/correction`,
    post,
    decisionPage(async (ctx, request, decision) => ctx.respond(await saveCorrection(ctx, request, decision))),
  );
  app.post(
    `${path}/appeals`,
    post,
    decisionPage(async (ctx, request, decision) => {
      const v = values(ctx.request.body, ['kind', 'filedAt']);
      const result = await ctx.api('POST', `/api/v1/decisions/${decision.id}/appeals`, { kind: v.kind, filedAt: v.filedAt });
      if (result.status === 201) return ctx.reply.redirect(`${base(request, decision)}?done=appeal`, 303);
      return ctx.respond(
        await renderDecisionPage(ctx, request, decision, {
          errors: problemMessages(result, ctx.t, { '/filedAt': 'filedAt', '/kind': 'kind' }, 'filedAt'),
          status: result.status,
        }),
      );
    }),
  );
  app.get(
    '/requests/:id/appeals',
    requestPage((ctx, request) => renderAppeals(ctx, request)),
  );
  app.post(
    '/requests/:id/appeals',
    post,
    requestPage(async (ctx, request) => {
      const result = await ctx.api('POST', `/api/v1/aid-requests/${request.id}/appeals`, {
        filedAt: values(ctx.request.body, ['filedAt']).filedAt,
      });
      if (result.status === 201) return ctx.reply.redirect(`/requests/${request.id}/appeals?done=appeal`, 303);
      return renderAppeals(ctx, request, {
        errors: problemMessages(result, ctx.t, { '/filedAt': 'filedAt' }, 'filedAt'),
        status: result.status,
      });
    }),
  );
  app.post(
    '/requests/:id/appeals/:appealId/outcome',
    post,
    requestPage(async (ctx, request) => {
      const v = values(ctx.request.body, ['outcome', 'outcomeAt']);
      const appealId = encodeURIComponent(ctx.param('appealId'));
      const result = await ctx.api('PUT', `/api/v1/aid-requests/${request.id}/appeals/${appealId}/outcome`, v);
      if (result.status === 200) return ctx.reply.redirect(`/requests/${request.id}/appeals?done=outcome`, 303);
      return renderAppeals(ctx, request, {
        errors: problemMessages(result, ctx.t, { '/outcomeAt': 'filedAt' }, 'filedAt'),
        status: result.status,
      });
    }),
  );
}

/** The date the appeal was lodged (today by default), on the appeal and the absence-of-decision forms. */
function filedAtField(t: Ctx['t'], errors: FieldMessage[]) {
  return textField({
    name: 'filedAt',
    label: t('decide.appeal.filedAt'),
    type: 'date',
    value: todayInBrussels(),
    error: errorOf(errors, 'filedAt'),
    width: 'medium',
    t,
  });
}
