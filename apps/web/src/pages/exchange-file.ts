/**
 * The file's exchanges with another CPAS: the transfer of a request to the competent CPAS with the
 * letter to the person (R7; law of 2 April 1965, art. 9bis), and the transfers this CPAS received —
 * accepted (a request opens here with its original date) or disputed and referred to the SPP IS.
 * Every read and write goes through the API, which checks access and audits it.
 */
import {
  button,
  radioGroup,
  errorSummary,
  formatDate,
  formatDateTime,
  html,
  notice,
  postForm,
  selectField,
  statusTag,
  summaryList,
  table,
  textArea,
  textField,
  type FieldMessage,
} from '#ui/index.ts';
import { hasRole, type Ctx } from '../context.ts';
import type { PageKit } from '../page-kit.ts';
import type { ActionOutcome } from '../idempotency.ts';
import { errorOf, field, isDate, problemMessages, todayInBrussels, values } from '../forms.ts';
import { codeLabel, formatNiss } from '../labels.ts';
import type { MessageKey } from '../messages/index.ts';
import { failurePage } from './errors.ts';
import { requestHeader, type AidRequest } from './requests.ts';
import { sendPdf } from './decisions.ts';

type Transfer = {
  id: string;
  toKbo: string;
  toName: string;
  reason: string;
  startedAt: string;
  applicantInformedAt: string;
  isOverdue: boolean;
  hubStatus: 'not-sent' | 'queued' | 'accepted' | 'disputed';
  answeredAt: string | null;
  answerReason: string | null;
};

type Incoming = {
  id: string;
  from: { kbo: string; name: string };
  person: { niss: string; familyName: string; givenNames: string; birthDate: string | null; language: string };
  kind: string;
  originalReceivedAt: string;
  startedAt: string;
  reason: string;
  receivedAt: string;
  status: 'received' | 'accepted' | 'disputed';
  requestId: string | null;
  disputeReason: string | null;
  escalationDue: string;
  escalatedAt: string | null;
  escalationRef: string | null;
  isOverdue: boolean;
};

const TRANSFER_FIELDS = ['toKbo', 'reason', 'startedAt', 'applicantInformedAt'] as const;
const LANGUAGES = ['fr', 'nl', 'de'] as const;

const doneNotice = (ctx: Ctx, keys: Record<string, MessageKey>) => {
  const key = ctx.query('done');
  return key && Object.hasOwn(keys, key) ? notice({ kind: 'success', text: ctx.t(keys[key]!) }) : '';
};

// ---- The transfer of one request (the first CPAS) -----------------------------------------------

async function renderTransfer(
  ctx: Ctx,
  request: AidRequest,
  state: { values?: Record<string, string>; errors?: FieldMessage[]; status?: number; idempotencyKey?: string } = {},
): Promise<ActionOutcome> {
  const { t } = ctx;
  const title = t('transfer.title');
  if (request.status === 'transferred') {
    const result = await ctx.api('GET', `/api/v1/aid-requests/${request.id}/transfer`);
    if (result.status !== 200) return { html: '', status: result.status };
    const transfer = result.body as Transfer;
    const tone = transfer.hubStatus === 'accepted' ? 'success' : transfer.hubStatus === 'disputed' ? 'danger' : 'info';
    return ctx.page({
      title,
      main: html`${requestHeader(ctx, request)}
${doneNotice(ctx, { transferred: 'transfer.done' })}
<h1>${title}</h1>
${summaryList([
  [t('transfer.to'), transfer.toName],
  [t('transfer.startedAt'), formatDate(t.language, transfer.startedAt)],
  [t('transfer.informedAt'), formatDate(t.language, transfer.applicantInformedAt)],
  [t('request.received'), formatDate(t.language, request.originalReceivedAt)],
  [t('transfer.timeliness'), transfer.isOverdue ? statusTag(t('transfer.late'), 'danger') : statusTag(t('transfer.inTime'), 'success')],
  [t('transfer.reason'), transfer.reason],
  [t('transfer.state'), statusTag(t(`transfer.hub.${transfer.hubStatus}`), tone)],
  ...(transfer.answerReason ? ([[t('transfer.answerReason'), transfer.answerReason]] as const) : []),
])}
<h2>${t('transfer.letter')}</h2>
<p>${LANGUAGES.map(
        (lang) =>
          html`<a class="button button--secondary" href="/requests/${request.id}/transfer/notice.pdf?lang=${lang}" download>${t(
            'transfer.letterIn',
            { language: lang.toUpperCase() },
          )}</a> `,
      )}</p>`,
    });
  }
  if (request.status !== 'received' && request.status !== 'investigating') {
    return ctx.page({
      title,
      main: html`${requestHeader(ctx, request)}<h1>${title}</h1>${notice({ kind: 'info', text: t('transfer.tooLate') })}`,
    });
  }
  const destinations = await ctx.api('GET', '/api/v1/transfer-destinations');
  const items = destinations.status === 200 ? (destinations.body as { items: { kbo: string; name: string }[] }).items : [];
  const v = state.values ?? { startedAt: todayInBrussels(), applicantInformedAt: todayInBrussels() };
  const errors = state.errors ?? [];
  return ctx.page({
    title,
    status: state.status,
    main: html`${requestHeader(ctx, request)}
<h1>${title}</h1>
<p>${t('transfer.intro')}</p>
${notice({
  kind: request.deadlines.transferDue < todayInBrussels() ? 'warning' : 'info',
  text: t('transfer.due', { date: formatDate(t.language, request.deadlines.transferDue) }),
})}
${items.length === 0 ? notice({ kind: 'warning', text: t('transfer.noDestination') }) : ''}
${errorSummary({ errors, t })}
${postForm({
  action: `/requests/${request.id}/transfer`,
  csrfToken: ctx.csrf(),
  idempotencyKey: state.idempotencyKey,
  label: title,
  body: html`
${selectField({
  name: 'toKbo',
  label: t('transfer.field.to'),
  hint: t('transfer.field.to.hint'),
  value: v.toKbo,
  placeholder: t('common.choose'),
  options: items.map((item) => ({ value: item.kbo, label: item.name })),
  error: errorOf(errors, 'toKbo'),
  required: true,
  t,
})}
${textArea({
  name: 'reason',
  label: t('transfer.field.reason'),
  hint: t('transfer.field.reason.hint'),
  value: v.reason,
  error: errorOf(errors, 'reason'),
  rows: 3,
  maxlength: 2000,
  required: true,
  t,
})}
${textField({
  name: 'startedAt',
  label: t('transfer.field.startedAt'),
  type: 'date',
  value: v.startedAt,
  error: errorOf(errors, 'startedAt'),
  width: 'medium',
  required: true,
  t,
})}
${textField({
  name: 'applicantInformedAt',
  label: t('transfer.field.informedAt'),
  type: 'date',
  value: v.applicantInformedAt,
  error: errorOf(errors, 'applicantInformedAt'),
  width: 'medium',
  required: true,
  t,
})}
<div class="actions">${button({ label: t('transfer.submit'), variant: 'warning' })}</div>`,
})}`,
  });
}

async function transfer(ctx: Ctx, request: AidRequest, key: string): Promise<ActionOutcome> {
  const { t } = ctx;
  const v = values(ctx.request.body, TRANSFER_FIELDS);
  const errors: FieldMessage[] = [];
  if (!v.toKbo) errors.push({ field: 'toKbo', message: t('field.required') });
  if (!v.reason) errors.push({ field: 'reason', message: t('field.required') });
  if (!isDate(v.startedAt ?? '')) errors.push({ field: 'startedAt', message: t('field.invalid-format') });
  if (!isDate(v.applicantInformedAt ?? '')) errors.push({ field: 'applicantInformedAt', message: t('field.invalid-format') });
  if (errors.length > 0) return renderTransfer(ctx, request, { values: v, errors, status: 422, idempotencyKey: key });
  const destinations = await ctx.api('GET', '/api/v1/transfer-destinations');
  const items = destinations.status === 200 ? (destinations.body as { items: { kbo: string; name: string }[] }).items : [];
  const destination = items.find((item) => item.kbo === v.toKbo);
  if (!destination)
    return renderTransfer(ctx, request, {
      values: v,
      errors: [{ field: 'toKbo', message: t('field.not-allowed') }],
      status: 422,
      idempotencyKey: key,
    });
  const result = await ctx.api('POST', `/api/v1/aid-requests/${request.id}/transfer`, {
    toKbo: destination.kbo,
    toName: destination.name,
    reason: v.reason,
    startedAt: v.startedAt,
    applicantInformedAt: v.applicantInformedAt,
  });
  if (result.status === 201) return { redirect: `/requests/${request.id}/transfer?done=transferred` };
  const paths = { '/toKbo': 'toKbo', '/reason': 'reason', '/startedAt': 'startedAt', '/applicantInformedAt': 'applicantInformedAt' };
  return renderTransfer(ctx, request, {
    values: v,
    errors: problemMessages(result, t, paths, 'toKbo'),
    status: result.status,
    idempotencyKey: key,
  });
}

// ---- Transfers received (the receiving CPAS) ----------------------------------------------------

/** On the worklist: the transfers received that wait for this CPAS's answer (R7), with the nearest SPP IS deadline. */
export async function incomingTransfersNotice(ctx: Ctx) {
  const { t } = ctx;
  const result = await ctx.api('GET', '/api/v1/incoming-transfers?status=received&limit=100');
  if (result.status !== 200) return '';
  const { items } = result.body as { items: Incoming[] };
  if (items.length === 0) return '';
  const due = items.map((item) => item.escalationDue).sort()[0]!;
  return notice({
    kind: items.some((item) => item.isOverdue) ? 'warning' : 'info',
    text: html`${t('incoming.worklist', {
      count: items.length,
      date: formatDate(t.language, due),
    })} <a href="/transfers/incoming">${t('incoming.worklist.link')}</a>`,
  });
}

const incomingName = (item: Incoming) => `${item.person.givenNames} ${item.person.familyName}`;
const incomingStatus = (ctx: Ctx, item: Incoming) =>
  html`${statusTag(ctx.t(`incoming.status.${item.status}`), item.status === 'accepted' ? 'success' : item.status === 'disputed' ? 'warning' : 'info')}\
${item.isOverdue ? html` ${statusTag(ctx.t('incoming.overdue'), 'danger')}` : ''}`;

async function renderIncomingList(ctx: Ctx) {
  const { t, me } = ctx;
  if (!hasRole(me, 'social-worker', 'supervisor')) return failurePage(ctx, 403);
  const showAll = ctx.query('status') === 'all';
  const result = await ctx.api('GET', `/api/v1/incoming-transfers?limit=100${showAll ? '' : '&status=received'}`);
  if (result.status !== 200) return failurePage(ctx, result.status);
  const { items } = result.body as { items: Incoming[] };
  return ctx.send({
    title: t('incoming.title'),
    main: html`<h1>${t('incoming.title')}</h1>
<p>${t('incoming.intro')}</p>
<p>${
      showAll
        ? html`<a href="/transfers/incoming">${t('incoming.filter.received')}</a>`
        : html`<a href="/transfers/incoming?status=all">${t('incoming.filter.all')}</a>`
    }</p>
${
  items.length === 0
    ? html`<p>${t('incoming.empty')}</p>`
    : table({
        caption: t('incoming.caption'),
        head: [
          t('incoming.col.person'),
          t('incoming.col.from'),
          t('incoming.col.original'),
          t('incoming.col.due'),
          t('incoming.col.status'),
        ],
        rows: items.map((item) => [
          html`<a href="/transfers/incoming/${item.id}">${incomingName(item)}</a>`,
          item.from.name,
          formatDate(t.language, item.originalReceivedAt),
          item.status === 'accepted' || item.escalatedAt ? '—' : formatDate(t.language, item.escalationDue),
          incomingStatus(ctx, item),
        ]),
      })
}`,
  });
}

type IncomingState = { step?: 'dispute' | 'escalate'; errors?: FieldMessage[]; values?: Record<string, string>; status?: number };

async function renderIncoming(ctx: Ctx, id: string, state: IncomingState = {}): Promise<ActionOutcome> {
  const { t } = ctx;
  const result = await ctx.api('GET', `/api/v1/incoming-transfers/${encodeURIComponent(id)}`);
  if (result.status !== 200) return { html: '', status: result.status };
  const item = result.body as Incoming;
  const errorsOf = (step: IncomingState['step']) => (state.step === step ? (state.errors ?? []) : []);
  const valuesOf = (step: IncomingState['step']) => (state.step === step ? (state.values ?? {}) : {});
  const title = t('incoming.detail.title', { name: incomingName(item) });
  const actions =
    item.status === 'received'
      ? html`<h2>${t('incoming.accept.title')}</h2><p>${t('incoming.accept.intro')}</p>
${postForm({
  action: `/transfers/incoming/${item.id}/accept`,
  csrfToken: ctx.csrf(),
  label: t('incoming.accept.title'),
  body: html`<div class="actions">${button({ label: t('incoming.accept.submit') })}</div>`,
})}
<h2>${t('incoming.dispute.title')}</h2>
${errorSummary({ errors: errorsOf('dispute'), t })}
${postForm({
  action: `/transfers/incoming/${item.id}/dispute`,
  csrfToken: ctx.csrf(),
  label: t('incoming.dispute.title'),
  body: html`
${textArea({
  name: 'reason',
  label: t('incoming.dispute.reason'),
  value: valuesOf('dispute').reason,
  error: errorOf(errorsOf('dispute'), 'reason'),
  rows: 3,
  maxlength: 2000,
  required: true,
  t,
})}
<div class="actions">${button({ label: t('incoming.dispute.submit'), variant: 'warning' })}</div>`,
})}`
      : item.status === 'disputed' && !item.escalatedAt
        ? html`<h2>${t('incoming.escalate.title')}</h2>
<p>${t('incoming.escalate.intro', { date: formatDate(t.language, item.escalationDue) })}</p>
${errorSummary({ errors: errorsOf('escalate'), t })}
${postForm({
  action: `/transfers/incoming/${item.id}/escalation`,
  csrfToken: ctx.csrf(),
  label: t('incoming.escalate.title'),
  body: html`
${textField({
  name: 'escalatedAt',
  label: t('incoming.escalate.date'),
  type: 'date',
  value: valuesOf('escalate').escalatedAt ?? todayInBrussels(),
  error: errorOf(errorsOf('escalate'), 'escalatedAt'),
  width: 'medium',
  required: true,
  t,
})}
${textField({
  name: 'reference',
  label: t('incoming.escalate.reference'),
  value: valuesOf('escalate').reference,
  error: errorOf(errorsOf('escalate'), 'reference'),
  width: 'medium',
  autocomplete: 'off',
  required: true,
  t,
})}
<div class="actions">${button({ label: t('incoming.escalate.submit') })}</div>`,
})}`
        : '';
  return ctx.page({
    title,
    status: state.status,
    main: html`<p><a href="/transfers/incoming">${t('incoming.back')}</a></p>
${doneNotice(ctx, { accepted: 'incoming.done.accepted', disputed: 'incoming.done.disputed', escalated: 'incoming.done.escalated' })}
<h1>${title}</h1>
${summaryList([
  [t('incoming.col.status'), incomingStatus(ctx, item)],
  [t('incoming.niss'), formatNiss(item.person.niss)],
  ...(item.person.birthDate ? ([[t('incoming.birthDate'), formatDate(t.language, item.person.birthDate)]] as const) : []),
  [t('incoming.kind'), codeLabel(t, 'kind', item.kind)],
  [t('incoming.col.from'), item.from.name],
  [t('incoming.col.original'), formatDate(t.language, item.originalReceivedAt)],
  [t('incoming.startedAt'), formatDate(t.language, item.startedAt)],
  [t('incoming.receivedAt'), formatDateTime(t.language, item.receivedAt)],
  [t('incoming.reason'), item.reason],
  ...(item.disputeReason ? ([[t('incoming.disputeReason'), item.disputeReason]] as const) : []),
])}
${
  item.escalatedAt
    ? notice({
        kind: 'info',
        text: t('incoming.escalated', { date: formatDate(t.language, item.escalatedAt), reference: item.escalationRef ?? '' }),
      })
    : ''
}
${item.requestId ? html`<p><a class="button" href="/requests/${item.requestId}">${t('incoming.openRequest')}</a></p>` : ''}
${actions}`,
  });
}

const respondIncoming = async (ctx: Ctx, id: string, state?: IncomingState) => {
  const outcome = await renderIncoming(ctx, id, state);
  return 'html' in outcome && outcome.html === '' ? failurePage(ctx, outcome.status) : ctx.respond(outcome);
};

async function accept(ctx: Ctx, id: string) {
  const result = await ctx.api('POST', `/api/v1/incoming-transfers/${encodeURIComponent(id)}/accept`, {});
  if (result.status === 200) return ctx.reply.redirect(`/transfers/incoming/${id}?done=accepted`, 303);
  if (result.status === 404 || result.status === 403) return failurePage(ctx, result.status);
  return respondIncoming(ctx, id, { step: 'dispute', errors: problemMessages(result, ctx.t, {}, 'reason'), status: result.status });
}

async function dispute(ctx: Ctx, id: string) {
  const reason = field(ctx.request.body, 'reason');
  if (!reason)
    return respondIncoming(ctx, id, {
      step: 'dispute',
      errors: [{ field: 'reason', message: ctx.t('error.incoming-transfer.reason-required') }],
      values: { reason },
      status: 422,
    });
  const result = await ctx.api('POST', `/api/v1/incoming-transfers/${encodeURIComponent(id)}/dispute`, { reason });
  if (result.status === 200) return ctx.reply.redirect(`/transfers/incoming/${id}?done=disputed`, 303);
  if (result.status === 404 || result.status === 403) return failurePage(ctx, result.status);
  return respondIncoming(ctx, id, {
    step: 'dispute',
    errors: problemMessages(result, ctx.t, { '/reason': 'reason' }, 'reason'),
    values: { reason },
    status: result.status,
  });
}

async function escalate(ctx: Ctx, id: string) {
  const v = values(ctx.request.body, ['escalatedAt', 'reference']);
  const errors: FieldMessage[] = [];
  if (!isDate(v.escalatedAt ?? '')) errors.push({ field: 'escalatedAt', message: ctx.t('field.invalid-format') });
  if (!v.reference) errors.push({ field: 'reference', message: ctx.t('field.required') });
  if (errors.length > 0) return respondIncoming(ctx, id, { step: 'escalate', errors, values: v, status: 422 });
  const result = await ctx.api('POST', `/api/v1/incoming-transfers/${encodeURIComponent(id)}/escalation`, v);
  if (result.status === 200) return ctx.reply.redirect(`/transfers/incoming/${id}?done=escalated`, 303);
  if (result.status === 404 || result.status === 403) return failurePage(ctx, result.status);
  const paths = { '/escalatedAt': 'escalatedAt', '/reference': 'reference' };
  return respondIncoming(ctx, id, {
    step: 'escalate',
    errors: problemMessages(result, ctx.t, paths, 'reference'),
    values: v,
    status: result.status,
  });
}

// ---- Withholding a person's summary (R31) -------------------------------------------------------

type Withholding = {
  personId: string;
  person: { familyName: string; givenNames: string };
  isWithheld: boolean;
  reasonCode: string | null;
  note: string | null;
  decidedAt: string | null;
  decidedBy: string | null;
  history: { action: 'withheld' | 'lifted'; reasonCode: string | null; note: string | null; decidedAt: string; decidedBy: string | null }[];
};

const REASONS = ['victim-protection', 'legal-proceedings', 'person-request', 'other'] as const;

async function renderWithholding(
  ctx: Ctx,
  personId: string,
  state: { step?: 'withhold' | 'lift'; errors?: FieldMessage[]; values?: Record<string, string>; status?: number } = {},
) {
  const { t } = ctx;
  const result = await ctx.api('GET', `/api/v1/persons/${encodeURIComponent(personId)}/withholding`);
  if (result.status !== 200) return failurePage(ctx, result.status);
  const w = result.body as Withholding;
  const name = `${w.person.givenNames} ${w.person.familyName}`;
  const errorsOf = (step: 'withhold' | 'lift') => (state.step === step ? (state.errors ?? []) : []);
  const v = state.step === 'withhold' ? (state.values ?? {}) : { reasonCode: w.reasonCode ?? '', note: w.note ?? '' };
  return ctx.send({
    title: t('withholding.title', { name }),
    status: state.status,
    main: html`<p><a href="/persons/${w.personId}">${name}</a></p>
${doneNotice(ctx, { withheld: 'withholding.done.withheld', lifted: 'withholding.done.lifted' })}
<h1>${t('withholding.title', { name })}</h1>
<p>${t('withholding.intro')}</p>
${
  w.isWithheld
    ? notice({
        kind: 'warning',
        text: t('withholding.state.withheld', {
          date: formatDate(t.language, w.decidedAt ?? ''),
          reason: codeLabel(t, 'withheldReason', w.reasonCode),
        }),
      })
    : notice({ kind: 'info', text: t('withholding.state.shared') })
}
${errorSummary({ errors: errorsOf('withhold'), t })}
${postForm({
  action: `/persons/${w.personId}/withholding`,
  csrfToken: ctx.csrf(),
  label: w.isWithheld ? t('withholding.change') : t('withholding.submit'),
  body: html`
${radioGroup({
  name: 'reasonCode',
  label: t('withholding.field.reason'),
  value: v.reasonCode,
  options: REASONS.map((code) => ({ value: code, label: codeLabel(t, 'withheldReason', code) })),
  error: errorOf(errorsOf('withhold'), 'reasonCode'),
  required: true,
  t,
})}
${textArea({ name: 'note', label: t('withholding.field.note'), value: v.note, error: errorOf(errorsOf('withhold'), 'note'), rows: 3, maxlength: 1000, t })}
<div class="actions">${button({ label: w.isWithheld ? t('withholding.change') : t('withholding.submit'), variant: 'warning' })}</div>`,
})}
${
  w.isWithheld
    ? html`<h2>${t('withholding.lift.title')}</h2>
${errorSummary({ errors: errorsOf('lift'), t })}
${postForm({
  action: `/persons/${w.personId}/withholding/lift`,
  csrfToken: ctx.csrf(),
  label: t('withholding.lift.title'),
  body: html`
${textArea({ name: 'note', label: t('withholding.lift.note'), rows: 2, maxlength: 1000, error: errorOf(errorsOf('lift'), 'note'), t })}
<div class="actions">${button({ label: t('withholding.lift.submit'), variant: 'secondary' })}</div>`,
})}`
    : ''
}
${
  w.history.length > 0
    ? html`<h2>${t('withholding.history')}</h2>
${table({
  caption: t('withholding.history'),
  isCaptionHidden: true,
  head: [t('withholding.col.when'), t('withholding.col.what'), t('withholding.col.who'), t('withholding.col.note')],
  rows: w.history.map((event) => [
    formatDateTime(t.language, event.decidedAt),
    event.action === 'withheld'
      ? `${t('withholding.action.withheld')} (${codeLabel(t, 'withheldReason', event.reasonCode)})`
      : t('withholding.action.lifted'),
    event.decidedBy ?? '—',
    event.note ?? '—',
  ]),
})}`
    : ''
}`,
  });
}

async function withhold(ctx: Ctx, personId: string) {
  const v = values(ctx.request.body, ['reasonCode', 'note']);
  if (!(REASONS as readonly string[]).includes(v.reasonCode ?? ''))
    return renderWithholding(ctx, personId, {
      step: 'withhold',
      errors: [{ field: 'reasonCode', message: ctx.t('field.required') }],
      values: v,
      status: 422,
    });
  const result = await ctx.api('PUT', `/api/v1/persons/${encodeURIComponent(personId)}/withholding`, {
    reasonCode: v.reasonCode,
    ...(v.note ? { note: v.note } : {}),
  });
  if (result.status === 200) return ctx.reply.redirect(`/persons/${personId}/withholding?done=withheld`, 303);
  if (result.status === 404 || result.status === 403) return failurePage(ctx, result.status);
  const paths = { '/reasonCode': 'reasonCode', '/note': 'note' };
  return renderWithholding(ctx, personId, {
    step: 'withhold',
    errors: problemMessages(result, ctx.t, paths, 'note'),
    values: v,
    status: result.status,
  });
}

async function liftWithholding(ctx: Ctx, personId: string) {
  const note = field(ctx.request.body, 'note');
  const result = await ctx.api('DELETE', `/api/v1/persons/${encodeURIComponent(personId)}/withholding`, note ? { note } : {});
  if (result.status === 200) return ctx.reply.redirect(`/persons/${personId}/withholding?done=lifted`, 303);
  if (result.status === 404 || result.status === 403) return failurePage(ctx, result.status);
  return renderWithholding(ctx, personId, {
    step: 'lift',
    errors: problemMessages(result, ctx.t, { '/note': 'note' }, 'note'),
    status: result.status,
  });
}

// ---- What the person sends: statements and contests (R39, R40) -----------------------------------

type PersonStatement = {
  id: string;
  decisionRef: string;
  text: string;
  receivedAt: string;
  status: 'received' | 'answered';
  reply: string | null;
  repliedAt: string | null;
  repliedBy: string | null;
  isAnsweredInPortal?: boolean;
};
type PersonContest = {
  id: string;
  decisionRef: string;
  text: string;
  receivedAt: string;
  status: 'received' | 'under-review' | 'upheld' | 'corrected' | 'rejected';
  motivation: string | null;
  decidedAt: string | null;
  decidedBy: string | null;
  isAnsweredInPortal?: boolean;
};

const OUTCOMES = ['upheld', 'corrected', 'rejected'] as const;
type FollowUpState = { target?: string; errors?: FieldMessage[]; values?: Record<string, string>; status?: number };

async function renderPersonRequests(ctx: Ctx, request: AidRequest, state: FollowUpState = {}) {
  const { t } = ctx;
  const result = await ctx.api('GET', `/api/v1/aid-requests/${request.id}/person-requests`);
  if (result.status !== 200) return failurePage(ctx, result.status);
  const { statements, contests } = result.body as { statements: PersonStatement[]; contests: PersonContest[] };
  const errorsFor = (id: string) => (state.target === id ? (state.errors ?? []) : []);
  const valuesFor = (id: string) => (state.target === id ? (state.values ?? {}) : {});
  const name = `${request.person?.givenNames ?? ''} ${request.person?.familyName ?? ''}`.trim();
  const words = (text: string) => html`<blockquote class="quote"><p>${text}</p></blockquote>`;
  const statementBlock = (s: PersonStatement) => html`<section class="panel" aria-labelledby="statement-${s.id}">
<h3 id="statement-${s.id}">${t('personRequests.statement', { date: formatDateTime(t.language, s.receivedAt), ref: s.decisionRef })}</h3>
<p>${t('personRequests.status')} ${statusTag(t(`personRequests.status.${s.status}`), s.status === 'answered' ? 'success' : 'warning')}</p>
<p class="label">${t('personRequests.words')}</p>${words(s.text)}
<p class="hint">${t(s.isAnsweredInPortal ? 'personRequests.viaPortal' : 'personRequests.notViaPortal')}</p>
${
  s.reply
    ? html`<p class="label">${t('personRequests.reply')}</p>${words(s.reply)}
<p>${t('personRequests.replied', { date: formatDateTime(t.language, s.repliedAt ?? ''), name: s.repliedBy ?? '—' })}</p>`
    : html`${errorSummary({ errors: errorsFor(s.id), t })}${postForm({
        action: `/requests/${request.id}/person-requests/statements/${s.id}/reply`,
        csrfToken: ctx.csrf(),
        label: t('personRequests.reply'),
        body: html`${textArea({
          name: 'reply',
          label: t('personRequests.reply'),
          value: valuesFor(s.id).reply,
          error: errorOf(errorsFor(s.id), 'reply'),
          rows: 3,
          maxlength: 2000,
          required: true,
          t,
        })}
<div class="actions">${button({ label: t('personRequests.reply.submit') })}</div>`,
      })}`
}
</section>`;
  const contestBlock = (c: PersonContest) => {
    const isDecided = (OUTCOMES as readonly string[]).includes(c.status);
    return html`<section class="panel" aria-labelledby="contest-${c.id}">
<h3 id="contest-${c.id}">${t('personRequests.contest', { date: formatDateTime(t.language, c.receivedAt), ref: c.decisionRef })}</h3>
<p>${t('personRequests.status')} ${statusTag(t(`personRequests.status.${c.status}`), isDecided ? 'success' : 'warning')}</p>
<p class="label">${t('personRequests.words')}</p>${words(c.text)}
<p class="hint">${t(c.isAnsweredInPortal ? 'personRequests.viaPortal' : 'personRequests.notViaPortal')}</p>
${
  isDecided
    ? html`<p class="label">${t('personRequests.motivation')}</p>${words(c.motivation ?? '')}
<p>${t('personRequests.decided', { date: formatDateTime(t.language, c.decidedAt ?? ''), name: c.decidedBy ?? '—' })}</p>`
    : html`${
        c.status === 'received'
          ? postForm({
              action: `/requests/${request.id}/person-requests/contests/${c.id}/review`,
              csrfToken: ctx.csrf(),
              label: t('personRequests.review.submit'),
              body: html`<div class="actions">${button({ label: t('personRequests.review.submit'), variant: 'secondary' })}</div>`,
            })
          : ''
      }
${errorSummary({ errors: errorsFor(c.id), t })}
${postForm({
  action: `/requests/${request.id}/person-requests/contests/${c.id}/outcome`,
  csrfToken: ctx.csrf(),
  label: t('personRequests.outcome'),
  body: html`${radioGroup({
    name: 'outcome',
    label: t('personRequests.outcome'),
    value: valuesFor(c.id).outcome,
    options: OUTCOMES.map((code) => ({ value: code, label: t(`personRequests.outcome.${code}`) })),
    error: errorOf(errorsFor(c.id), 'outcome'),
    required: true,
    t,
  })}
${textArea({
  name: 'motivation',
  label: t('personRequests.motivation'),
  value: valuesFor(c.id).motivation,
  error: errorOf(errorsFor(c.id), 'motivation'),
  rows: 3,
  maxlength: 2000,
  required: true,
  t,
})}
<div class="actions">${button({ label: t('personRequests.outcome.submit') })}</div>`,
})}`
}
</section>`;
  };
  return ctx.send({
    title: t('personRequests.title', { name }),
    status: state.status,
    main: html`${requestHeader(ctx, request)}
${doneNotice(ctx, { replied: 'personRequests.done.replied', review: 'personRequests.done.review', outcome: 'personRequests.done.outcome' })}
<h1>${t('personRequests.title', { name })}</h1>
<p>${t('personRequests.intro')}</p>
${statements.length === 0 && contests.length === 0 ? html`<p>${t('personRequests.none')}</p>` : ''}
${statements.length > 0 ? html`<h2>${t('personRequests.statements')}</h2>${statements.map(statementBlock)}` : ''}
${contests.length > 0 ? html`<h2>${t('personRequests.contests')}</h2>${contests.map(contestBlock)}` : ''}`,
  });
}

async function replyToStatement(ctx: Ctx, request: AidRequest, statementId: string) {
  const reply = field(ctx.request.body, 'reply');
  const back = (state: FollowUpState) => renderPersonRequests(ctx, request, { target: statementId, values: { reply }, ...state });
  if (!reply) return back({ errors: [{ field: 'reply', message: ctx.t('field.required') }], status: 422 });
  const result = await ctx.api('POST', `/api/v1/aid-requests/${request.id}/person-statements/${encodeURIComponent(statementId)}/reply`, {
    reply,
  });
  if (result.status === 200) return ctx.reply.redirect(`/requests/${request.id}/person-requests?done=replied`, 303);
  if (result.status === 404 || result.status === 403) return failurePage(ctx, result.status);
  return back({ errors: problemMessages(result, ctx.t, { '/reply': 'reply' }, 'reply'), status: result.status });
}

async function reviewContest(ctx: Ctx, request: AidRequest, contestId: string) {
  const result = await ctx.api('POST', `/api/v1/aid-requests/${request.id}/person-contests/${encodeURIComponent(contestId)}/review`);
  if (result.status === 200) return ctx.reply.redirect(`/requests/${request.id}/person-requests?done=review`, 303);
  if (result.status === 404 || result.status === 403) return failurePage(ctx, result.status);
  return renderPersonRequests(ctx, request, {
    target: contestId,
    errors: problemMessages(result, ctx.t, {}, 'outcome'),
    status: result.status,
  });
}

async function decideContest(ctx: Ctx, request: AidRequest, contestId: string) {
  const v = values(ctx.request.body, ['outcome', 'motivation']);
  const errors: FieldMessage[] = [];
  if (!(OUTCOMES as readonly string[]).includes(v.outcome ?? '')) errors.push({ field: 'outcome', message: ctx.t('field.required') });
  if (!v.motivation) errors.push({ field: 'motivation', message: ctx.t('field.required') });
  if (errors.length > 0) return renderPersonRequests(ctx, request, { target: contestId, errors, values: v, status: 422 });
  const result = await ctx.api('POST', `/api/v1/aid-requests/${request.id}/person-contests/${encodeURIComponent(contestId)}/outcome`, v);
  if (result.status === 200) return ctx.reply.redirect(`/requests/${request.id}/person-requests?done=outcome`, 303);
  if (result.status === 404 || result.status === 403) return failurePage(ctx, result.status);
  const paths = { '/outcome': 'outcome', '/motivation': 'motivation' };
  return renderPersonRequests(ctx, request, {
    target: contestId,
    errors: problemMessages(result, ctx.t, paths, 'motivation'),
    values: v,
    status: result.status,
  });
}

// ---- Items received from another CPAS, attached to the file (R35) --------------------------------

type ReceivedDecision = { ref: string; decidedAt: string; aidType: string; outcome: string };
type ReceivedResponse = {
  provider: { kbo: string; name: string };
  status: string;
  summary?: { generatedAt: string; decisions: ReceivedDecision[] };
  isExpired?: boolean;
};
type AttachedItem = {
  id: string;
  provider: { kbo: string; name: string };
  receivedDated: string;
  itemRef: string;
  item: { decision: ReceivedDecision; statements: { text: string }[] };
  justification: string;
  attachedAt: string;
  attachedBy: string | null;
};

async function renderAttach(ctx: Ctx, request: AidRequest, consultationId: string, state: FollowUpState = {}) {
  const { t } = ctx;
  const result = await ctx.api('GET', `/api/v1/aid-requests/${request.id}/rse-consultations/${encodeURIComponent(consultationId)}`);
  if (result.status !== 200) return failurePage(ctx, result.status);
  const responses = (result.body as { responses: ReceivedResponse[] }).responses.filter((r) => r.summary && !r.isExpired);
  const target = (kbo: string, ref: string) => `${kbo}:${ref}`;
  const form = (response: ReceivedResponse, decision: ReceivedDecision) => {
    const key = target(response.provider.kbo, decision.ref);
    const errors = state.target === key ? (state.errors ?? []) : [];
    return html`<section class="panel" aria-labelledby="item-${response.provider.kbo}-${decision.ref.replace(/[^A-Za-z0-9-]/g, '-')}">
<h3 id="item-${response.provider.kbo}-${decision.ref.replace(/[^A-Za-z0-9-]/g, '-')}">${t('attach.decision', {
      date: formatDate(t.language, decision.decidedAt),
      aid: codeLabel(t, 'kind', decision.aidType),
      outcome: codeLabel(t, 'outcome', decision.outcome),
      ref: decision.ref,
    })}</h3>
${errorSummary({ errors, t })}
${postForm({
  action: `/requests/${request.id}/rse/${consultationId}/attach`,
  csrfToken: ctx.csrf(),
  label: t('attach.submit'),
  body: html`<input type="hidden" name="providerKbo" value="${response.provider.kbo}">\
<input type="hidden" name="decisionRef" value="${decision.ref}">
${textArea({
  name: 'justification',
  id: `justification-${response.provider.kbo}-${decision.ref.replace(/[^A-Za-z0-9-]/g, '-')}`,
  label: t('attach.justification'),
  value: state.target === key ? state.values?.justification : undefined,
  error: errorOf(errors, 'justification'),
  rows: 2,
  maxlength: 1000,
  required: true,
  t,
})}
<div class="actions">${button({ label: t('attach.submit'), variant: 'secondary' })}</div>`,
})}</section>`;
  };
  return ctx.send({
    title: t('attach.title'),
    status: state.status,
    main: html`${requestHeader(ctx, request)}
<h1>${t('attach.title')}</h1>
<p>${t('attach.intro')}</p>
${
  responses.length === 0
    ? html`<p>${t('attach.none')}</p>`
    : responses.map(
        (response) =>
          html`<h2>${t('attached.toVerify', {
            cpas: response.provider.name,
            date: formatDate(t.language, response.summary!.generatedAt),
          })}</h2>${response.summary!.decisions.map((decision) => form(response, decision))}`,
      )
}`,
  });
}

async function attach(ctx: Ctx, request: AidRequest, consultationId: string) {
  const v = values(ctx.request.body, ['providerKbo', 'decisionRef', 'justification']);
  const key = `${v.providerKbo}:${v.decisionRef}`;
  if ((v.justification ?? '').length < 10)
    return renderAttach(ctx, request, consultationId, {
      target: key,
      errors: [{ field: 'justification', message: ctx.t('field.required') }],
      values: v,
      status: 422,
    });
  const result = await ctx.api('POST', `/api/v1/aid-requests/${request.id}/attached-items`, { consultationId, ...v });
  if (result.status === 201) return ctx.reply.redirect(`/requests/${request.id}/attached-items?done=attached`, 303);
  if (result.status === 403) return failurePage(ctx, result.status);
  const paths = { '/justification': 'justification' };
  return renderAttach(ctx, request, consultationId, {
    target: key,
    errors: problemMessages(result, ctx.t, paths, 'justification'),
    values: v,
    status: result.status,
  });
}

async function renderAttached(ctx: Ctx, request: AidRequest) {
  const { t } = ctx;
  const result = await ctx.api('GET', `/api/v1/aid-requests/${request.id}/attached-items`);
  if (result.status !== 200) return failurePage(ctx, result.status);
  const { items } = result.body as { items: AttachedItem[] };
  return ctx.send({
    title: t('attached.title'),
    main: html`${requestHeader(ctx, request)}
${doneNotice(ctx, { attached: 'attach.done' })}
<h1>${t('attached.title')}</h1>
${
  items.length === 0
    ? html`<p>${t('attached.none')}</p>`
    : items.map(
        (item) => html`<section class="panel to-verify" aria-labelledby="attached-${item.id}">
<h2 id="attached-${item.id}">${t('attached.toVerify', { cpas: item.provider.name, date: formatDate(t.language, item.receivedDated) })}</h2>
<p>${t('attach.decision', {
          date: formatDate(t.language, item.item.decision.decidedAt),
          aid: codeLabel(t, 'kind', item.item.decision.aidType),
          outcome: codeLabel(t, 'outcome', item.item.decision.outcome),
          ref: item.itemRef,
        })}</p>
${summaryList([[t('attached.justification'), item.justification]])}
<p>${t('attached.by', { date: formatDateTime(t.language, item.attachedAt), name: item.attachedBy ?? '—' })}</p>
</section>`,
      )
}`,
  });
}

export function registerExchangeFilePages(kit: PageKit): void {
  const { app, page, requestPage, once, post } = kit;
  app.get(
    '/requests/:id/transfer',
    requestPage(async (ctx, request) => {
      const outcome = await renderTransfer(ctx, request, { idempotencyKey: kit.newKey() });
      return 'html' in outcome && outcome.html === '' ? failurePage(ctx, outcome.status) : ctx.respond(outcome);
    }),
  );
  app.post(
    '/requests/:id/transfer',
    post,
    requestPage((ctx, request) => once(ctx, (key) => transfer(ctx, request, key))),
  );
  app.get(
    '/requests/:id/transfer/notice.pdf',
    requestPage(async (ctx, request) => {
      const lang = ctx.query('lang') ?? request.person?.language ?? 'fr';
      const language = (LANGUAGES as readonly string[]).includes(lang) ? lang : 'fr';
      return sendPdf(
        ctx,
        `/api/v1/aid-requests/${request.id}/transfer/notice.pdf?lang=${language}`,
        `transfer-${request.acknowledgement.number}-${language}.pdf`,
      );
    }),
  );
  app.get(
    '/requests/:id/person-requests',
    requestPage((ctx, request) => renderPersonRequests(ctx, request)),
  );
  app.post(
    '/requests/:id/person-requests/statements/:statementId/reply',
    post,
    requestPage((ctx, request) => replyToStatement(ctx, request, ctx.param('statementId'))),
  );
  app.post(
    '/requests/:id/person-requests/contests/:contestId/review',
    post,
    requestPage((ctx, request) => reviewContest(ctx, request, ctx.param('contestId'))),
  );
  app.post(
    '/requests/:id/person-requests/contests/:contestId/outcome',
    post,
    requestPage((ctx, request) => decideContest(ctx, request, ctx.param('contestId'))),
  );
  app.get(
    '/requests/:id/rse/:consultationId/attach',
    requestPage((ctx, request) => renderAttach(ctx, request, ctx.param('consultationId'))),
  );
  app.post(
    '/requests/:id/rse/:consultationId/attach',
    post,
    requestPage((ctx, request) => attach(ctx, request, ctx.param('consultationId'))),
  );
  app.get(
    '/requests/:id/attached-items',
    requestPage((ctx, request) => renderAttached(ctx, request)),
  );
  app.get('/transfers/incoming', page(renderIncomingList));
  app.get(
    '/persons/:id/withholding',
    page((ctx) => renderWithholding(ctx, ctx.param('id'))),
  );
  app.post(
    '/persons/:id/withholding',
    post,
    page((ctx) => withhold(ctx, ctx.param('id'))),
  );
  app.post(
    '/persons/:id/withholding/lift',
    post,
    page((ctx) => liftWithholding(ctx, ctx.param('id'))),
  );
  app.get(
    '/transfers/incoming/:id',
    page((ctx) => respondIncoming(ctx, ctx.param('id'))),
  );
  app.post(
    '/transfers/incoming/:id/accept',
    post,
    page((ctx) => accept(ctx, ctx.param('id'))),
  );
  app.post(
    '/transfers/incoming/:id/dispute',
    post,
    page((ctx) => dispute(ctx, ctx.param('id'))),
  );
  app.post(
    '/transfers/incoming/:id/escalation',
    post,
    page((ctx) => escalate(ctx, ctx.param('id'))),
  );
}
