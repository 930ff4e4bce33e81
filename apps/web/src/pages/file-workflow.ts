/**
 * The file's workflow pages, each reached from the request page: documents with upload and download
 * (R17, R18), home visits (R13), hearings (R11), the PIIS with evaluations and amendments (R14), access
 * grants (R23) and the four conditions of shared professional secrecy (R28). Every page goes through the
 * casework API with the user's token: the same validation, access rule and audit log as any client.
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
  radioGroup,
  selectField,
  statusTag,
  summaryList,
  table,
  textArea,
  textField,
  type FieldMessage,
  type SafeHtml,
} from '#ui/index.ts';
import { hasRole, type Ctx } from '../context.ts';
import type { ActionOutcome } from '../idempotency.ts';
import { errorOf, field, isDate, problemMessages, textValues, todayInBrussels } from '../forms.ts';
import { isUploadedFile, MultipartError, parseMultipart } from '../multipart.ts';
import type { PageKit } from '../page-kit.ts';
import { failurePage } from './errors.ts';
import { requestHeader, type AidRequest } from './requests.ts';

type Values = Record<string, string>;
/** What a form page shows again after a refused submit: which form, what was typed, the messages. */
type FormState = { form?: string; values?: Values; errors?: FieldMessage[]; status?: number };

/** The casework API's limit on a document's content (6 MiB). */
const MAX_UPLOAD_BYTES = 6 * 1024 * 1024;
const DOCUMENT_TYPES = ['payslip', 'bank-statement', 'lease', 'attestation', 'identity-document', 'home-visit-report', 'other'];
const SOURCES = ['person', 'cpas', 'other-institution', 'bcss-flow'];
const RETENTION = ['supporting-document', 'identity-copy', 'file-standard'];
const SHARE_ITEMS = [
  'identity-contact',
  'aid-granted',
  'resources',
  'housing-situation',
  'home-visit-findings',
  'piis-objectives',
  'situation-summary',
];

const label = (ctx: Ctx, key: string, code: string | null | undefined) => (code ? (ctx.t.maybe(`${key}.${code}`) ?? code) : '—');
const optionsOf = (ctx: Ctx, key: string, codes: readonly string[]) => codes.map((code) => ({ value: code, label: label(ctx, key, code) }));
const dateText = (ctx: Ctx, value: string | null | undefined) => (value ? formatDate(ctx.t.language, value) : '—');
const doneNotice = (ctx: Ctx, key: string) => (ctx.query('done') ? notice({ kind: 'success', text: ctx.t.dynamic(key) }) : '');
const errorsOf = (state: FormState, form: string) => (state.form === form ? (state.errors ?? []) : []);
const valuesOf = (state: FormState, form: string): Values => (state.form === form ? (state.values ?? {}) : {});

/** Required fields and dates of a posted form, checked before the API is called. */
function checkFields(ctx: Ctx, values: Values, required: readonly string[], dates: readonly string[]): FieldMessage[] {
  const errors: FieldMessage[] = [];
  for (const name of required) if (!values[name]) errors.push({ field: name, message: ctx.t('fw.required') });
  for (const name of dates)
    if (values[name] && !isDate(values[name]!) && !errors.some((e) => e.field === name))
      errors.push({ field: name, message: ctx.t('fw.date.invalid') });
  return errors;
}

const read = (ctx: Ctx, names: readonly string[]): Values => Object.fromEntries(names.map((name) => [name, field(ctx.request.body, name)]));

async function list<T>(ctx: Ctx, url: string): Promise<T[]> {
  const result = await ctx.api('GET', url);
  return result.status === 200 ? (result.body as { items: T[] }).items : [];
}

/** Calls the API; on success back to the page with `done`, otherwise the page again with the messages on their fields. */
async function submit(
  ctx: Ctx,
  call: { method: 'POST' | 'PUT'; url: string; body: unknown; ok: number; back: string },
  again: (state: FormState) => Promise<ActionOutcome>,
  state: { form: string; values: Values; paths: Record<string, string>; fallback: string },
): Promise<ActionOutcome> {
  const result = await ctx.api(call.method, call.url, call.body);
  if (result.status === call.ok) return { redirect: `${call.back}?done=1` };
  if (result.status === 404 || result.status === 403) return { html: failurePageHtml(ctx, result.status), status: result.status };
  return again({
    form: state.form,
    values: state.values,
    errors: problemMessages(result, ctx.t, state.paths, state.fallback),
    status: result.status >= 500 ? 500 : result.status,
  });
}

/** The 403/404 page as an outcome of a form (R23: "not yours" reads as "not found"). */
function failurePageHtml(ctx: Ctx, status: number): string {
  const kind = status === 403 ? 'forbidden' : 'notFound';
  return ctx.page({
    status,
    title: ctx.t(`error.${kind}.title`),
    main: html`<h1>${ctx.t(`error.${kind}.title`)}</h1><p>${ctx.t(`error.${kind}.text`)}</p><p><a href="/">${ctx.t('error.backHome')}</a></p>`,
  }).html;
}

// ——— Documents (R17, R18) ———

type DocumentItem = {
  id: string;
  type: string;
  title: string;
  documentDate: string;
  source: string;
  sourceRef: string | null;
  provenance: { flowName: string; flowDate: string; flowTicket: string } | null;
  retentionClass: string;
  mediaType: string | null;
  sizeBytes: number;
  hasContent: boolean;
  mayOpen: boolean;
};

const DOCUMENT_FIELDS = ['title', 'type', 'documentDate', 'source', 'retentionClass', 'flowName', 'flowDate', 'flowTicket'] as const;

async function renderDocuments(ctx: Ctx, request: AidRequest, key: string, state: FormState = {}): Promise<ActionOutcome> {
  const { t } = ctx;
  const documents = await list<DocumentItem>(ctx, `/api/v1/aid-requests/${request.id}/documents`);
  const v: Values = {
    documentDate: todayInBrussels(),
    source: 'person',
    retentionClass: 'supporting-document',
    ...valuesOf(state, 'document'),
  };
  const errors = errorsOf(state, 'document');
  const opener = (doc: DocumentItem): SafeHtml | string => {
    if (!doc.hasContent) return t('documents.noContent');
    if (!doc.mayOpen) return t('documents.restricted');
    const href = `/requests/${request.id}/documents/${doc.id}`;
    const viewable = doc.mediaType === 'application/pdf' || doc.mediaType?.startsWith('image/');
    return html`<a href="${href}" download>${t('documents.download')}<span class="visually-hidden"> — ${doc.title}</span></a>${
      viewable ? html` · <a href="${href}?view=1">${t('documents.view')}<span class="visually-hidden"> — ${doc.title}</span></a>` : ''
    }`;
  };
  return ctx.page({
    title: t('documents.title'),
    status: state.status,
    main: html`${requestHeader(ctx, request)}${doneNotice(ctx, 'documents.done')}${
      ctx.query('refused') === 'too-large' || ctx.query('refused') === 'unreadable'
        ? notice({ kind: 'error', text: t(ctx.query('refused') === 'too-large' ? 'error.document.too-large' : 'documents.unreadable') })
        : ''
    }
<h1>${t('documents.title')}</h1>
<p>${t('documents.intro')}</p>
${
  documents.length === 0
    ? html`<p>${t('fw.none')}</p>`
    : table({
        caption: t('documents.title'),
        isCaptionHidden: true,
        head: [
          t('documents.col.title'),
          t('documents.col.type'),
          t('documents.col.date'),
          t('documents.col.source'),
          t('documents.col.retention'),
          t('documents.col.open'),
        ],
        rows: documents.map((doc) => [
          doc.title,
          label(ctx, 'documents.type', doc.type),
          dateText(ctx, doc.documentDate),
          doc.provenance
            ? html`${label(ctx, 'documents.source', doc.source)}<br><small>${t('documents.provenance', {
                flow: doc.provenance.flowName,
                date: dateText(ctx, doc.provenance.flowDate),
                ticket: doc.provenance.flowTicket,
              })}</small>`
            : label(ctx, 'documents.source', doc.source),
          label(ctx, 'documents.retention', doc.retentionClass),
          opener(doc),
        ]),
      })
}
<h2>${t('documents.add')}</h2>
${errorSummary({ errors, t })}
${postForm({
  action: `/requests/${request.id}/documents`,
  csrfToken: ctx.csrf(),
  idempotencyKey: key,
  isMultipart: true,
  label: t('documents.add'),
  body: html`
${textField({ name: 'title', label: t('documents.field.title'), value: v.title, error: errorOf(errors, 'title'), required: true, t })}
${selectField({
  name: 'type',
  label: t('documents.field.type'),
  value: v.type,
  placeholder: t('common.choose'),
  options: optionsOf(ctx, 'documents.type', DOCUMENT_TYPES),
  error: errorOf(errors, 'type'),
  required: true,
  t,
})}
${textField({
  name: 'documentDate',
  type: 'date',
  width: 'medium',
  label: t('documents.field.date'),
  value: v.documentDate,
  error: errorOf(errors, 'documentDate'),
  required: true,
  t,
})}
${selectField({
  name: 'source',
  label: t('documents.field.source'),
  value: v.source,
  options: optionsOf(ctx, 'documents.source', SOURCES),
  error: errorOf(errors, 'source'),
  t,
})}
${selectField({
  name: 'retentionClass',
  label: t('documents.field.retention'),
  value: v.retentionClass,
  options: optionsOf(ctx, 'documents.retention', RETENTION),
  error: errorOf(errors, 'retentionClass'),
  t,
})}
<fieldset class="fieldset"><legend class="legend">${t('documents.source.bcss-flow')}</legend><p class="hint">${t('documents.field.flowHint')}</p>
${textField({
  name: 'flowName',
  label: t('documents.field.flowName'),
  value: v.flowName,
  width: 'medium',
  error: errorOf(errors, 'flowName'),
  required: false,
  t,
})}
${textField({
  name: 'flowDate',
  type: 'date',
  width: 'medium',
  label: t('documents.field.flowDate'),
  value: v.flowDate,
  error: errorOf(errors, 'flowDate'),
  required: false,
  t,
})}
${textField({
  name: 'flowTicket',
  label: t('documents.field.flowTicket'),
  value: v.flowTicket,
  width: 'medium',
  error: errorOf(errors, 'flowTicket'),
  required: false,
  t,
})}
</fieldset>
<div class="field${errorOf(errors, 'file') ? ' field--error' : ''}"><label class="label" for="field-file">${t('documents.field.file')} \
<span class="optional">(${t('ui.optional')})</span></label><p class="hint" id="field-file-hint">${t('documents.field.fileHint')}</p>\
${errorOf(errors, 'file') ? html`<p class="field-error" id="field-file-error">${errorOf(errors, 'file')}</p>` : ''}\
<input class="input" type="file" id="field-file" name="file" accept=".pdf,.jpg,.jpeg,.png,.txt,application/pdf,image/jpeg,image/png,text/plain" \
aria-describedby="field-file-hint${errorOf(errors, 'file') ? ' field-file-error' : ''}"></div>
<div class="actions">${button({ label: t('documents.submit') })}</div>`,
})}`,
  });
}

async function addDocument(ctx: Ctx, request: AidRequest, key: string): Promise<ActionOutcome> {
  const values = read(ctx, DOCUMENT_FIELDS);
  const again = (state: FormState) => renderDocuments(ctx, request, key, state);
  const errors = checkFields(ctx, values, ['title', 'type', 'documentDate'], ['documentDate', 'flowDate']);
  if (errors.length > 0) return again({ form: 'document', values, errors, status: 422 });
  const upload = (ctx.request.body as Record<string, unknown> | undefined)?.file;
  const file = isUploadedFile(upload) && upload.content.length > 0 ? upload : undefined;
  if (file && file.content.length > MAX_UPLOAD_BYTES)
    return again({ form: 'document', values, errors: [{ field: 'file', message: ctx.t('error.document.too-large') }], status: 422 });
  const extension = file?.filename.toLowerCase().split('.').pop();
  const guessed = { pdf: 'application/pdf', jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', txt: 'text/plain' }[extension ?? ''];
  const body = {
    title: values.title,
    type: values.type,
    documentDate: values.documentDate,
    source: values.source || 'person',
    retentionClass: values.retentionClass || 'supporting-document',
    ...(values.source === 'bcss-flow'
      ? { flowName: values.flowName || undefined, flowDate: values.flowDate || undefined, flowTicket: values.flowTicket || undefined }
      : {}),
    ...(file
      ? {
          filename: file.filename.slice(0, 255) || undefined,
          mediaType: file.mediaType === 'application/octet-stream' && guessed ? guessed : file.mediaType,
          contentBase64: file.content.toString('base64'),
        }
      : {}),
  };
  return submit(
    ctx,
    { method: 'POST', url: `/api/v1/aid-requests/${request.id}/documents`, body, ok: 201, back: `/requests/${request.id}/documents` },
    again,
    {
      form: 'document',
      values,
      paths: {
        '/title': 'title',
        '/type': 'type',
        '/documentDate': 'documentDate',
        '/retentionClass': 'retentionClass',
        '/flowName': 'flowName',
        '/flowDate': 'flowDate',
        '/flowTicket': 'flowTicket',
        '/mediaType': 'file',
        '/contentBase64': 'file',
      },
      fallback: 'file',
    },
  );
}

async function sendDocument(ctx: Ctx, request: AidRequest) {
  const id = encodeURIComponent(ctx.param('documentId'));
  const inline = ctx.query('view') === '1';
  const result = await ctx.api('GET', `/api/v1/aid-requests/${request.id}/documents/${id}/content${inline ? '?disposition=inline' : ''}`);
  if (result.status !== 200) return failurePage(ctx, result.status);
  return ctx.reply
    .type(result.contentType)
    .header('content-disposition', inline ? 'inline' : 'attachment')
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; img-src 'self'; object-src 'self'; sandbox")
    .header('cache-control', 'private, no-store')
    .send(result.raw);
}

// ——— Home visits (R13) ———

type Visit = { id: string; visitedAt: string; visitedBy: string; findings: string | null };

async function renderHomeVisits(ctx: Ctx, request: AidRequest, key: string, state: FormState = {}): Promise<ActionOutcome> {
  const { t } = ctx;
  const visits = await list<Visit>(ctx, `/api/v1/aid-requests/${request.id}/home-visits`);
  const v: Values = { visitedAt: todayInBrussels(), ...valuesOf(state, 'visit') };
  const errors = errorsOf(state, 'visit');
  const due = request.deadlines.homeVisitDue;
  return ctx.page({
    title: t('homeVisits.title'),
    status: state.status,
    main: html`${requestHeader(ctx, request)}${doneNotice(ctx, 'homeVisits.done')}
<h1>${t('homeVisits.title')}</h1>
<p>${t('homeVisits.intro')}</p>
${due ? html`<p><strong>${t('homeVisits.due', { date: dateText(ctx, due) })}</strong></p>` : ''}
${
  visits.length === 0
    ? html`<p>${t('fw.none')}</p>`
    : table({
        caption: t('homeVisits.title'),
        isCaptionHidden: true,
        head: [t('homeVisits.col.date'), t('homeVisits.col.by'), t('homeVisits.col.findings')],
        rows: visits.map((visit) => [dateText(ctx, visit.visitedAt), visit.visitedBy, visit.findings ?? '—']),
      })
}
<h2>${t('homeVisits.add')}</h2>
${errorSummary({ errors, t })}
${postForm({
  action: `/requests/${request.id}/home-visits`,
  csrfToken: ctx.csrf(),
  idempotencyKey: key,
  label: t('homeVisits.add'),
  body: html`
${textField({
  name: 'visitedAt',
  type: 'date',
  width: 'medium',
  label: t('homeVisits.field.date'),
  value: v.visitedAt,
  error: errorOf(errors, 'visitedAt'),
  required: true,
  t,
})}
${textField({
  name: 'visitedBy',
  label: t('homeVisits.field.by'),
  hint: t('homeVisits.field.byHint'),
  value: v.visitedBy,
  error: errorOf(errors, 'visitedBy'),
  required: false,
  t,
})}
${textArea({ name: 'findings', label: t('homeVisits.field.findings'), value: v.findings, rows: 4, error: errorOf(errors, 'findings'), required: false, t })}
<div class="actions">${button({ label: t('fw.save') })}</div>`,
})}`,
  });
}

async function addHomeVisit(ctx: Ctx, request: AidRequest, key: string): Promise<ActionOutcome> {
  const values = read(ctx, ['visitedAt', 'visitedBy', 'findings']);
  const again = (state: FormState) => renderHomeVisits(ctx, request, key, state);
  const errors = checkFields(ctx, values, ['visitedAt'], ['visitedAt']);
  if (errors.length > 0) return again({ form: 'visit', values, errors, status: 422 });
  const body = { visitedAt: values.visitedAt, visitedBy: values.visitedBy || undefined, findings: values.findings || undefined };
  return submit(
    ctx,
    { method: 'POST', url: `/api/v1/aid-requests/${request.id}/home-visits`, body, ok: 201, back: `/requests/${request.id}/home-visits` },
    again,
    {
      form: 'visit',
      values,
      paths: { '/visitedAt': 'visitedAt', '/visitedBy': 'visitedBy', '/findings': 'findings' },
      fallback: 'visitedAt',
    },
  );
}

// ——— Hearings (R11) ———

type Hearing = {
  id: string;
  state: 'requested' | 'scheduled' | 'held' | 'not-held';
  requestedAt: string;
  scheduledAt: string | null;
  heldAt: string | null;
  notHeldAt: string | null;
  notHeldReason: string | null;
  attendees: string | null;
  assistedBy: string | null;
  minutesSummary: string | null;
};

const TONE = { requested: 'warning', scheduled: 'info', held: 'success', 'not-held': 'neutral' } as const;

async function renderHearings(ctx: Ctx, request: AidRequest, key: string, state: FormState = {}): Promise<ActionOutcome> {
  const { t } = ctx;
  const hearings = await list<Hearing>(ctx, `/api/v1/aid-requests/${request.id}/hearings`);
  const errors = state.errors ?? [];
  // Every control of a hearing's forms has an id of its own (several hearings on one page).
  const ids = (form: string, names: string[]) => Object.fromEntries(names.map((name) => [name, `field-${form}-${name}`]));
  const targets = state.form?.includes(':')
    ? ids(state.form.replace(':', '-'), ['scheduledAt', 'heldAt', 'attendees', 'assistedBy', 'minutesSummary', 'notHeldAt', 'reason'])
    : undefined;
  const hearingForms = (hearing: Hearing) => {
    if (hearing.state === 'held' || hearing.state === 'not-held') return '';
    const form = (name: string) => `${name}:${hearing.id}`;
    const f = (name: string, control: string) => `field-${name}-${hearing.id}-${control}`;
    const e = (name: string, control: string) => errorOf(errorsOf(state, form(name)), control);
    const v = (name: string, control: string) => valuesOf(state, form(name))[control];
    return html`
${postForm({
  action: `/requests/${request.id}/hearings/${hearing.id}/schedule`,
  csrfToken: ctx.csrf(),
  idempotencyKey: key,
  label: t('hearings.schedule'),
  body: html`${textField({
    name: 'scheduledAt',
    id: f('schedule', 'scheduledAt'),
    type: 'date',
    width: 'medium',
    label: t('hearings.scheduledAt'),
    value: v('schedule', 'scheduledAt') ?? hearing.scheduledAt,
    error: e('schedule', 'scheduledAt'),
    required: true,
    t,
  })}
<div class="actions">${button({ label: t('hearings.schedule'), variant: 'secondary' })}</div>`,
})}
<h4>${t('hearings.recordHeld')}</h4>
${postForm({
  action: `/requests/${request.id}/hearings/${hearing.id}/held`,
  csrfToken: ctx.csrf(),
  idempotencyKey: key,
  label: t('hearings.recordHeld'),
  body: html`${textField({
    name: 'heldAt',
    id: f('held', 'heldAt'),
    type: 'date',
    width: 'medium',
    label: t('hearings.heldAt'),
    value:
      v('held', 'heldAt') ?? (hearing.scheduledAt && hearing.scheduledAt <= todayInBrussels() ? hearing.scheduledAt : todayInBrussels()),
    error: e('held', 'heldAt'),
    required: true,
    t,
  })}
${textField({
  name: 'attendees',
  id: f('held', 'attendees'),
  label: t('hearings.attendees'),
  value: v('held', 'attendees'),
  error: e('held', 'attendees'),
  required: true,
  t,
})}
${textField({
  name: 'assistedBy',
  id: f('held', 'assistedBy'),
  label: t('hearings.assistedBy'),
  value: v('held', 'assistedBy'),
  error: e('held', 'assistedBy'),
  required: false,
  t,
})}
${textArea({
  name: 'minutesSummary',
  id: f('held', 'minutesSummary'),
  label: t('hearings.minutes'),
  value: v('held', 'minutesSummary'),
  rows: 4,
  error: e('held', 'minutesSummary'),
  required: false,
  t,
})}
<div class="actions">${button({ label: t('hearings.recordHeld') })}</div>`,
})}
<h4>${t('hearings.recordNotHeld')}</h4>
${postForm({
  action: `/requests/${request.id}/hearings/${hearing.id}/not-held`,
  csrfToken: ctx.csrf(),
  idempotencyKey: key,
  label: t('hearings.recordNotHeld'),
  body: html`${textField({
    name: 'notHeldAt',
    id: f('not-held', 'notHeldAt'),
    type: 'date',
    width: 'medium',
    label: t('hearings.notHeldAt'),
    value: v('not-held', 'notHeldAt') ?? todayInBrussels(),
    error: e('not-held', 'notHeldAt'),
    required: true,
    t,
  })}
${selectField({
  name: 'reason',
  id: f('not-held', 'reason'),
  label: t('hearings.notHeldReason'),
  value: v('not-held', 'reason'),
  placeholder: t('common.choose'),
  options: optionsOf(ctx, 'hearings.reason', ['person-absent', 'request-withdrawn']),
  error: e('not-held', 'reason'),
  required: true,
  t,
})}
<div class="actions">${button({ label: t('hearings.recordNotHeld'), variant: 'warning' })}</div>`,
})}`;
  };
  const requestErrors = errorsOf(state, 'request');
  return ctx.page({
    title: t('hearings.title'),
    status: state.status,
    main: html`${requestHeader(ctx, request)}${doneNotice(ctx, 'hearings.done')}
<h1>${t('hearings.title')}</h1>
<p>${t('hearings.intro')}</p>
${errorSummary({ errors, t, targets })}
${hearings.length === 0 ? html`<p>${t('fw.none')}</p>` : ''}
${hearings.map(
  (hearing) => html`<section class="panel" aria-labelledby="hearing-${hearing.id}"><h2 id="hearing-${hearing.id}">${t('hearings.heading', {
    date: dateText(ctx, hearing.requestedAt),
  })}</h2>
${summaryList([
  [t('hearings.state'), statusTag(label(ctx, 'hearings.state', hearing.state), TONE[hearing.state])],
  [t('hearings.scheduledAt'), dateText(ctx, hearing.scheduledAt)],
  ...(hearing.state === 'held'
    ? ([
        [t('hearings.heldAt'), dateText(ctx, hearing.heldAt)],
        [t('hearings.attendees'), hearing.attendees ?? '—'],
        [t('hearings.assistedBy'), hearing.assistedBy ?? '—'],
        [t('hearings.minutes'), hearing.minutesSummary ?? '—'],
      ] as const)
    : []),
  ...(hearing.state === 'not-held'
    ? ([
        [t('hearings.notHeldAt'), dateText(ctx, hearing.notHeldAt)],
        [t('hearings.notHeldReason'), label(ctx, 'hearings.reason', hearing.notHeldReason)],
      ] as const)
    : []),
])}
${hearingForms(hearing)}</section>`,
)}
<h2>${t('hearings.request')}</h2>
${postForm({
  action: `/requests/${request.id}/hearings`,
  csrfToken: ctx.csrf(),
  idempotencyKey: key,
  label: t('hearings.request'),
  body: html`${textField({
    name: 'requestedAt',
    type: 'date',
    width: 'medium',
    label: t('hearings.requestedAt'),
    value: valuesOf(state, 'request').requestedAt ?? todayInBrussels(),
    error: errorOf(requestErrors, 'requestedAt'),
    required: true,
    t,
  })}
${textField({
  name: 'scheduledAt',
  type: 'date',
  width: 'medium',
  label: t('hearings.scheduledAt'),
  value: valuesOf(state, 'request').scheduledAt,
  error: errorOf(requestErrors, 'scheduledAt'),
  required: false,
  t,
})}
<div class="actions">${button({ label: t('fw.save') })}</div>`,
})}`,
  });
}

async function hearingAction(
  ctx: Ctx,
  request: AidRequest,
  key: string,
  action: 'request' | 'schedule' | 'held' | 'not-held',
): Promise<ActionOutcome> {
  const hearingId = ctx.param('hearingId');
  const form = action === 'request' ? 'request' : `${action}:${hearingId}`;
  const again = (state: FormState) => renderHearings(ctx, request, key, state);
  const base = `/api/v1/aid-requests/${request.id}/hearings`;
  const back = `/requests/${request.id}/hearings`;
  const spec = {
    request: { names: ['requestedAt', 'scheduledAt'], required: ['requestedAt'], dates: ['requestedAt', 'scheduledAt'] },
    schedule: { names: ['scheduledAt'], required: ['scheduledAt'], dates: ['scheduledAt'] },
    held: { names: ['heldAt', 'attendees', 'assistedBy', 'minutesSummary'], required: ['heldAt', 'attendees'], dates: ['heldAt'] },
    'not-held': { names: ['notHeldAt', 'reason'], required: ['notHeldAt', 'reason'], dates: ['notHeldAt'] },
  }[action];
  const values = read(ctx, spec.names);
  const errors = checkFields(ctx, values, spec.required, spec.dates);
  if (errors.length > 0) return again({ form, values, errors, status: 422 });
  const optional = (value: string | undefined) => value || undefined;
  const call = {
    request: {
      method: 'POST' as const,
      url: base,
      body: { requestedAt: values.requestedAt, scheduledAt: optional(values.scheduledAt) },
      ok: 201,
    },
    schedule: {
      method: 'POST' as const,
      url: `${base}/${encodeURIComponent(hearingId)}/schedule`,
      body: { scheduledAt: values.scheduledAt },
      ok: 200,
    },
    held: {
      method: 'PUT' as const,
      url: `${base}/${encodeURIComponent(hearingId)}`,
      body: {
        heldAt: values.heldAt,
        attendees: values.attendees,
        assistedBy: optional(values.assistedBy),
        minutesSummary: optional(values.minutesSummary),
      },
      ok: 200,
    },
    'not-held': {
      method: 'POST' as const,
      url: `${base}/${encodeURIComponent(hearingId)}/not-held`,
      body: { notHeldAt: values.notHeldAt, reason: values.reason },
      ok: 200,
    },
  }[action];
  const paths = Object.fromEntries(spec.names.map((name) => [`/${name}`, name]));
  return submit(ctx, { ...call, back }, again, { form, values, paths, fallback: spec.names[0]! });
}

// ——— PIIS (R14) ———

type Piis = {
  contract: {
    signedAt: string;
    kind: string;
    durationMonths: number | null;
    objectives: { id: string; position: number; text: string; isWithdrawn: boolean }[];
    evaluations: { id: string; evaluatedAt: string; outcome: string; summary: string | null }[];
    amendments: { id: string; signedAt: string; reason: string }[];
  } | null;
  piisDue: string | null;
  evaluationDue: string | null;
};

const lines = (text: string | undefined) =>
  (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

async function renderPiis(ctx: Ctx, request: AidRequest, key: string, state: FormState = {}): Promise<ActionOutcome> {
  const { t } = ctx;
  const result = await ctx.api('GET', `/api/v1/aid-requests/${request.id}/piis`);
  const piis = result.status === 200 ? (result.body as Piis) : { contract: null, piisDue: null, evaluationDue: null };
  const contract = piis.contract;
  const errors = state.errors ?? [];
  const sign = valuesOf(state, 'sign');
  const evaluation = valuesOf(state, 'evaluation');
  const amendment = valuesOf(state, 'amendment');
  const withdrawn = new Set(state.form === 'amendment' ? textValues(ctx.request.body, 'withdraw') : []);
  const signForm = postForm({
    action: `/requests/${request.id}/piis`,
    csrfToken: ctx.csrf(),
    idempotencyKey: key,
    label: t('piis.sign'),
    body: html`${textField({
      name: 'signedAt',
      type: 'date',
      width: 'medium',
      label: t('piis.signedAt'),
      value: sign.signedAt ?? todayInBrussels(),
      error: errorOf(errorsOf(state, 'sign'), 'signedAt'),
      required: true,
      t,
    })}
${selectField({
  name: 'kind',
  label: t('piis.kind'),
  value: sign.kind ?? 'social-integration',
  options: optionsOf(ctx, 'piis.kind', ['employment', 'studies', 'social-integration']),
  t,
})}
${textField({
  name: 'durationMonths',
  label: t('piis.duration'),
  value: sign.durationMonths,
  inputmode: 'numeric',
  width: 'short',
  error: errorOf(errorsOf(state, 'sign'), 'durationMonths'),
  required: false,
  t,
})}
${textArea({
  name: 'objectives',
  label: t('piis.objectives'),
  hint: t('piis.objectivesHint'),
  value: sign.objectives,
  rows: 5,
  error: errorOf(errorsOf(state, 'sign'), 'objectives'),
  required: true,
  t,
})}
<div class="actions">${button({ label: t('piis.sign') })}</div>`,
  });
  const contractView = contract
    ? html`${summaryList([
        [t('piis.signedAt'), dateText(ctx, contract.signedAt)],
        [t('piis.kind'), label(ctx, 'piis.kind', contract.kind)],
        [t('piis.duration'), contract.durationMonths === null ? '—' : String(contract.durationMonths)],
      ])}
<h2>${t('piis.objectives')}</h2>
<ol>${contract.objectives.map((o) => (o.isWithdrawn ? html`<li><del>${o.text}</del> (${t('piis.withdrawn')})</li>` : html`<li>${o.text}</li>`))}</ol>
<h2>${t('piis.evaluations')}</h2>
${
  contract.evaluations.length === 0
    ? html`<p>${t('fw.none')}</p>`
    : table({
        caption: t('piis.evaluations'),
        isCaptionHidden: true,
        head: [t('piis.evaluatedAt'), t('piis.outcome'), t('piis.summary')],
        rows: contract.evaluations.map((e) => [dateText(ctx, e.evaluatedAt), label(ctx, 'piis.outcome', e.outcome), e.summary ?? '—']),
      })
}
<h3>${t('piis.addEvaluation')}</h3>
${postForm({
  action: `/requests/${request.id}/piis/evaluations`,
  csrfToken: ctx.csrf(),
  idempotencyKey: key,
  label: t('piis.addEvaluation'),
  body: html`${textField({
    name: 'evaluatedAt',
    type: 'date',
    width: 'medium',
    label: t('piis.evaluatedAt'),
    value: evaluation.evaluatedAt ?? todayInBrussels(),
    error: errorOf(errorsOf(state, 'evaluation'), 'evaluatedAt'),
    required: true,
    t,
  })}
${radioGroup({
  name: 'outcome',
  label: t('piis.outcome'),
  value: evaluation.outcome,
  options: optionsOf(ctx, 'piis.outcome', ['on-track', 'partly-met', 'not-met', 'met']),
  error: errorOf(errorsOf(state, 'evaluation'), 'outcome'),
  required: true,
  t,
})}
${textArea({ name: 'summary', label: t('piis.summary'), value: evaluation.summary, rows: 3, required: false, t })}
<div class="actions">${button({ label: t('piis.addEvaluation') })}</div>`,
})}
<h2>${t('piis.amendments')}</h2>
${
  contract.amendments.length === 0
    ? html`<p>${t('fw.none')}</p>`
    : html`<ul>${contract.amendments.map((a) => html`<li>${dateText(ctx, a.signedAt)} — ${a.reason}</li>`)}</ul>`
}
<h3>${t('piis.addAmendment')}</h3>
${postForm({
  action: `/requests/${request.id}/piis/amendments`,
  csrfToken: ctx.csrf(),
  idempotencyKey: key,
  label: t('piis.addAmendment'),
  body: html`${textField({
    name: 'signedAt',
    id: 'field-amendment-signedAt',
    type: 'date',
    width: 'medium',
    label: t('piis.signedAt'),
    value: amendment.signedAt ?? todayInBrussels(),
    error: errorOf(errorsOf(state, 'amendment'), 'signedAt'),
    required: true,
    t,
  })}
${textArea({
  name: 'reason',
  label: t('piis.amendment.reason'),
  value: amendment.reason,
  rows: 2,
  error: errorOf(errorsOf(state, 'amendment'), 'reason'),
  required: true,
  t,
})}
<fieldset class="fieldset" id="field-withdraw"><legend class="legend">${t('piis.amendment.withdraw')}</legend>
${contract.objectives
  .filter((o) => !o.isWithdrawn)
  .map((o) => checkbox({ name: 'withdraw', id: `field-withdraw-${o.id}`, value: o.id, label: o.text, isChecked: withdrawn.has(o.id) }))}
</fieldset>
${textArea({
  name: 'addObjectives',
  label: t('piis.amendment.add'),
  hint: t('piis.objectivesHint'),
  value: amendment.addObjectives,
  rows: 3,
  error: errorOf(errorsOf(state, 'amendment'), 'addObjectives'),
  required: false,
  t,
})}
<div class="actions">${button({ label: t('piis.addAmendment') })}</div>`,
})}`
    : html`<p>${t('piis.none')}</p>${signForm}`;
  return ctx.page({
    title: t('piis.title'),
    status: state.status,
    main: html`${requestHeader(ctx, request)}${doneNotice(ctx, 'piis.done')}
<h1>${t('piis.title')}</h1>
<p>${t('piis.intro')}</p>
${piis.piisDue ? html`<p><strong>${t('piis.due', { date: dateText(ctx, piis.piisDue) })}</strong></p>` : ''}
${piis.evaluationDue ? html`<p><strong>${t('piis.evaluationDue', { date: dateText(ctx, piis.evaluationDue) })}</strong></p>` : ''}
${errorSummary({ errors, t, targets: state.form === 'amendment' ? { signedAt: 'field-amendment-signedAt' } : { outcome: 'field-outcome-first' } })}
${contractView}`,
  });
}

async function piisAction(ctx: Ctx, request: AidRequest, key: string, action: 'sign' | 'evaluation' | 'amendment'): Promise<ActionOutcome> {
  const again = (state: FormState) => renderPiis(ctx, request, key, state);
  const base = `/api/v1/aid-requests/${request.id}/piis`;
  const back = `/requests/${request.id}/piis`;
  if (action === 'sign') {
    const values = read(ctx, ['signedAt', 'kind', 'durationMonths', 'objectives']);
    const errors = checkFields(ctx, values, ['signedAt', 'objectives'], ['signedAt']);
    const months = values.durationMonths ? Number(values.durationMonths) : undefined;
    if (months !== undefined && !(Number.isInteger(months) && months >= 1 && months <= 120))
      errors.push({ field: 'durationMonths', message: ctx.t('field.invalid') });
    if (errors.length > 0) return again({ form: 'sign', values, errors, status: 422 });
    const body = {
      signedAt: values.signedAt,
      kind: values.kind || undefined,
      durationMonths: months,
      objectives: lines(values.objectives),
    };
    return submit(ctx, { method: 'POST', url: base, body, ok: 201, back }, again, {
      form: 'sign',
      values,
      paths: { '/signedAt': 'signedAt', '/kind': 'signedAt', '/durationMonths': 'durationMonths', '/objectives': 'objectives' },
      fallback: 'signedAt',
    });
  }
  if (action === 'evaluation') {
    const values = read(ctx, ['evaluatedAt', 'outcome', 'summary']);
    const errors = checkFields(ctx, values, ['evaluatedAt', 'outcome'], ['evaluatedAt']);
    if (errors.length > 0) return again({ form: 'evaluation', values, errors, status: 422 });
    const body = { evaluatedAt: values.evaluatedAt, outcome: values.outcome, summary: values.summary || undefined };
    return submit(ctx, { method: 'POST', url: `${base}/evaluations`, body, ok: 201, back }, again, {
      form: 'evaluation',
      values,
      paths: { '/evaluatedAt': 'evaluatedAt', '/outcome': 'outcome', '/summary': 'summary' },
      fallback: 'evaluatedAt',
    });
  }
  const values = read(ctx, ['signedAt', 'reason', 'addObjectives']);
  const errors = checkFields(ctx, values, ['signedAt', 'reason'], ['signedAt']);
  if (errors.length > 0) return again({ form: 'amendment', values, errors, status: 422 });
  const body = {
    signedAt: values.signedAt,
    reason: values.reason,
    addObjectives: lines(values.addObjectives),
    withdrawObjectiveIds: textValues(ctx.request.body, 'withdraw').slice(0, 20),
  };
  return submit(ctx, { method: 'POST', url: `${base}/amendments`, body, ok: 201, back }, again, {
    form: 'amendment',
    values,
    paths: { '/signedAt': 'signedAt', '/reason': 'reason', '/addObjectives': 'addObjectives', '/withdrawObjectiveIds': 'addObjectives' },
    fallback: 'addObjectives',
  });
}

// ——— Access grants (R23) ———

type Grant = {
  id: string;
  kind: string;
  user: { id: string; displayName: string };
  reason: string;
  grantedBy: { displayName: string };
  expiresAt: string;
  revokedAt: string | null;
  revokedBy: string | null;
  isActive: boolean;
};

async function renderGrants(ctx: Ctx, request: AidRequest, key: string, state: FormState = {}): Promise<ActionOutcome> {
  const { t } = ctx;
  const grants = await list<Grant>(ctx, `/api/v1/aid-requests/${request.id}/access-grants`);
  const isSupervisor = hasRole(ctx.me, 'supervisor');
  const workers = isSupervisor ? await list<{ id: string; displayName: string }>(ctx, '/api/v1/users?role=social-worker') : [];
  const v: Values = { hours: '8', ...valuesOf(state, 'grant') };
  const errors = state.errors ?? [];
  const stateOf = (grant: Grant) =>
    grant.isActive
      ? statusTag(t('grants.active'), 'warning')
      : grant.revokedAt
        ? statusTag(t('grants.revoked', { name: grant.revokedBy ?? '—' }), 'neutral')
        : statusTag(t('grants.expired'), 'neutral');
  return ctx.page({
    title: t('grants.title'),
    status: state.status,
    main: html`${requestHeader(ctx, request)}${doneNotice(ctx, 'grants.done')}
<h1>${t('grants.title')}</h1>
<p>${t('grants.intro')}</p>
${errorSummary({ errors, t })}
${
  grants.length === 0
    ? html`<p>${t('fw.none')}</p>`
    : table({
        caption: t('grants.title'),
        isCaptionHidden: true,
        head: [
          t('grants.col.user'),
          t('grants.col.kind'),
          t('grants.col.reason'),
          t('grants.col.by'),
          t('grants.col.until'),
          t('grants.col.state'),
        ],
        rows: grants.map((grant) => [
          grant.user.displayName,
          label(ctx, 'grants.kind', grant.kind),
          grant.reason,
          grant.grantedBy.displayName,
          formatDateTime(t.language, grant.revokedAt ?? grant.expiresAt),
          html`${stateOf(grant)}${
            isSupervisor && grant.isActive && grant.kind === 'grant'
              ? postForm({
                  action: `/requests/${request.id}/access/${grant.id}/revoke`,
                  csrfToken: ctx.csrf(),
                  idempotencyKey: key,
                  className: 'form form--inline',
                  label: t('grants.revoke', { name: grant.user.displayName }),
                  body: button({ label: t('grants.revoke', { name: grant.user.displayName }), variant: 'warning' }),
                })
              : ''
          }`,
        ]),
      })
}
${
  isSupervisor
    ? html`<h2>${t('grants.add')}</h2>
${postForm({
  action: `/requests/${request.id}/access`,
  csrfToken: ctx.csrf(),
  idempotencyKey: key,
  label: t('grants.add'),
  body: html`${selectField({
    name: 'userId',
    label: t('grants.worker'),
    value: v.userId,
    placeholder: t('common.choose'),
    options: workers.map((w) => ({ value: w.id, label: w.displayName })),
    error: errorOf(errors, 'userId'),
    required: true,
    t,
  })}
${textArea({ name: 'reason', label: t('grants.reason'), value: v.reason, rows: 2, error: errorOf(errors, 'reason'), required: true, t })}
${textField({
  name: 'hours',
  label: t('grants.hours'),
  hint: t('grants.hoursHint'),
  value: v.hours,
  inputmode: 'numeric',
  width: 'short',
  error: errorOf(errors, 'hours'),
  required: true,
  t,
})}
<div class="actions">${button({ label: t('grants.add') })}</div>`,
})}`
    : ''
}`,
  });
}

async function grantAction(ctx: Ctx, request: AidRequest, key: string, action: 'grant' | 'revoke'): Promise<ActionOutcome> {
  const again = (state: FormState) => renderGrants(ctx, request, key, state);
  const back = `/requests/${request.id}/access`;
  if (action === 'revoke') {
    const url = `/api/v1/aid-requests/${request.id}/access-grants/${encodeURIComponent(ctx.param('grantId'))}/revocation`;
    return submit(ctx, { method: 'POST', url, body: {}, ok: 200, back }, again, {
      form: 'revoke',
      values: {},
      paths: {},
      fallback: 'userId',
    });
  }
  const values = read(ctx, ['userId', 'reason', 'hours']);
  const errors = checkFields(ctx, values, ['userId', 'reason', 'hours'], []);
  const hours = Number(values.hours);
  if (values.hours && !(Number.isInteger(hours) && hours >= 1)) errors.push({ field: 'hours', message: ctx.t('field.invalid') });
  if (errors.length > 0) return again({ form: 'grant', values, errors, status: 422 });
  return submit(
    ctx,
    {
      method: 'POST',
      url: `/api/v1/aid-requests/${request.id}/access-grants`,
      body: { userId: values.userId, reason: values.reason, hours },
      ok: 201,
      back,
    },
    again,
    { form: 'grant', values, paths: { '/userId': 'userId', '/reason': 'reason', '/hours': 'hours' }, fallback: 'reason' },
  );
}

// ——— Shared professional secrecy (R28) ———

type Share = {
  id: string;
  recipient: { name: string; organisation: string; profession: string };
  personInformedAt: string;
  personInformedMethod: string;
  commonMission: string;
  items: string[];
  sharedAt: string;
  recordedBy: string;
};

const SHARE_FIELDS = [
  'recipientName',
  'recipientOrganisation',
  'recipientProfession',
  'personInformedAt',
  'personInformedMethod',
  'commonMission',
  'sharedAt',
];

async function renderSecrecy(ctx: Ctx, request: AidRequest, key: string, state: FormState = {}): Promise<ActionOutcome> {
  const { t } = ctx;
  const shares = await list<Share>(ctx, `/api/v1/aid-requests/${request.id}/secrecy-shares`);
  const v: Values = { sharedAt: todayInBrussels(), personInformedAt: todayInBrussels(), ...valuesOf(state, 'share') };
  const errors = state.errors ?? [];
  const posted = state.form === 'share';
  const checked = (name: string) => posted && field(ctx.request.body, name) === 'yes';
  const items = new Set(posted ? textValues(ctx.request.body, 'items') : []);
  return ctx.page({
    title: t('secrecy.title'),
    status: state.status,
    main: html`${requestHeader(ctx, request)}${doneNotice(ctx, 'secrecy.done')}
<h1>${t('secrecy.title')}</h1>
<p>${t('secrecy.intro')}</p>
${errorSummary({ errors, t, targets: { personInformedMethod: 'field-personInformedMethod-first', items: 'field-items' } })}
${postForm({
  action: `/requests/${request.id}/secrecy`,
  csrfToken: ctx.csrf(),
  idempotencyKey: key,
  label: t('secrecy.title'),
  body: html`<fieldset class="fieldset"><legend class="legend">${t('secrecy.recipient')}</legend>
${textField({ name: 'recipientName', label: t('secrecy.recipientName'), value: v.recipientName, error: errorOf(errors, 'recipientName'), required: true, t })}
${textField({
  name: 'recipientOrganisation',
  label: t('secrecy.organisation'),
  value: v.recipientOrganisation,
  error: errorOf(errors, 'recipientOrganisation'),
  required: true,
  t,
})}
${textField({
  name: 'recipientProfession',
  label: t('secrecy.profession'),
  value: v.recipientProfession,
  width: 'medium',
  error: errorOf(errors, 'recipientProfession'),
  required: true,
  t,
})}
</fieldset>
<fieldset class="fieldset"><legend class="legend">${t('secrecy.condition1')}</legend>
${textField({
  name: 'personInformedAt',
  type: 'date',
  width: 'medium',
  label: t('secrecy.informedAt'),
  value: v.personInformedAt,
  error: errorOf(errors, 'personInformedAt'),
  required: true,
  t,
})}
${radioGroup({
  name: 'personInformedMethod',
  label: t('secrecy.informedMethod'),
  value: v.personInformedMethod,
  options: optionsOf(ctx, 'secrecy.method', ['in-person', 'phone', 'letter', 'email']),
  isInline: true,
  error: errorOf(errors, 'personInformedMethod'),
  required: true,
  t,
})}
${errorOf(errors, 'personAgrees') ? html`<p class="field-error">${errorOf(errors, 'personAgrees')}</p>` : ''}
${checkbox({ name: 'personAgrees', value: 'yes', label: t('secrecy.agrees'), isChecked: checked('personAgrees') })}
</fieldset>
<fieldset class="fieldset"><legend class="legend">${t('secrecy.condition2')}</legend>
${errorOf(errors, 'recipientBoundBySecrecy') ? html`<p class="field-error">${errorOf(errors, 'recipientBoundBySecrecy')}</p>` : ''}
${checkbox({ name: 'recipientBoundBySecrecy', value: 'yes', label: t('secrecy.bound'), isChecked: checked('recipientBoundBySecrecy') })}
</fieldset>
<fieldset class="fieldset"><legend class="legend">${t('secrecy.condition3')}</legend>
${textArea({ name: 'commonMission', label: t('secrecy.mission'), value: v.commonMission, rows: 2, error: errorOf(errors, 'commonMission'), required: true, t })}
</fieldset>
<fieldset class="fieldset" id="field-items"><legend class="legend">${t('secrecy.condition4')}</legend>
${errorOf(errors, 'items') ? html`<p class="field-error">${errorOf(errors, 'items')}</p>` : ''}
<p class="hint">${t('secrecy.items')}</p>
${SHARE_ITEMS.map((item) =>
  checkbox({ name: 'items', id: `field-items-${item}`, value: item, label: label(ctx, 'secrecy.item', item), isChecked: items.has(item) }),
)}
${errorOf(errors, 'onlyNecessary') ? html`<p class="field-error">${errorOf(errors, 'onlyNecessary')}</p>` : ''}
${checkbox({ name: 'onlyNecessary', value: 'yes', label: t('secrecy.onlyNecessary'), isChecked: checked('onlyNecessary') })}
</fieldset>
${textField({
  name: 'sharedAt',
  type: 'date',
  width: 'medium',
  label: t('secrecy.sharedAt'),
  value: v.sharedAt,
  error: errorOf(errors, 'sharedAt'),
  required: true,
  t,
})}
<div class="actions">${button({ label: t('secrecy.submit') })}</div>`,
})}
<h2>${t('secrecy.recorded')}</h2>
${
  shares.length === 0
    ? html`<p>${t('fw.none')}</p>`
    : html`<ul>${shares.map(
        (share) =>
          html`<li class="panel"><p>${t('secrecy.line', {
            date: dateText(ctx, share.sharedAt),
            name: share.recipient.name,
            profession: share.recipient.profession,
            organisation: share.recipient.organisation,
            mission: share.commonMission,
          })}</p><p>${share.items.map((item) => label(ctx, 'secrecy.item', item)).join(', ')}</p><p><small>${t('secrecy.informedLine', {
            date: dateText(ctx, share.personInformedAt),
            method: label(ctx, 'secrecy.method', share.personInformedMethod),
            by: share.recordedBy,
          })}</small></p></li>`,
      )}</ul>`
}`,
  });
}

async function addShare(ctx: Ctx, request: AidRequest, key: string): Promise<ActionOutcome> {
  const values = read(ctx, SHARE_FIELDS);
  const again = (state: FormState) => renderSecrecy(ctx, request, key, state);
  const errors = checkFields(
    ctx,
    values,
    ['recipientName', 'recipientOrganisation', 'recipientProfession', 'personInformedAt', 'personInformedMethod', 'sharedAt'],
    ['personInformedAt', 'sharedAt'],
  );
  if (errors.length > 0) return again({ form: 'share', values, errors, status: 422 });
  const yes = (name: string) => field(ctx.request.body, name) === 'yes';
  const body = {
    ...Object.fromEntries(SHARE_FIELDS.map((name) => [name, values[name]])),
    personAgrees: yes('personAgrees'),
    recipientBoundBySecrecy: yes('recipientBoundBySecrecy'),
    onlyNecessary: yes('onlyNecessary'),
    items: textValues(ctx.request.body, 'items').filter((item) => SHARE_ITEMS.includes(item)),
  };
  const paths = Object.fromEntries(
    [...SHARE_FIELDS, 'personAgrees', 'recipientBoundBySecrecy', 'onlyNecessary', 'items'].map((name) => [`/${name}`, name]),
  );
  const outcome = await submit(
    ctx,
    { method: 'POST', url: `/api/v1/aid-requests/${request.id}/secrecy-shares`, body, ok: 201, back: `/requests/${request.id}/secrecy` },
    async (state) =>
      again({
        ...state,
        errors: (state.errors ?? []).map((e) => (e.message === ctx.t('field.invalid') ? { ...e, message: ctx.t('secrecy.missing') } : e)),
      }),
    { form: 'share', values, paths, fallback: 'commonMission' },
  );
  return outcome;
}

// ——— Registration ———

export function registerFileWorkflowPages(kit: PageKit): void {
  const { app, requestPage, once, post } = kit;
  const show = (render: (ctx: Ctx, request: AidRequest, key: string) => Promise<ActionOutcome>) =>
    requestPage(async (ctx, request) => ctx.respond(await render(ctx, request, kit.newKey())));
  const act = (action: (ctx: Ctx, request: AidRequest, key: string) => Promise<ActionOutcome>) =>
    requestPage((ctx, request) => once(ctx, (key) => action(ctx, request, key)));

  app.get('/requests/:id/documents', show(renderDocuments));
  app.get('/requests/:id/documents/:documentId', requestPage(sendDocument));
  // The upload form is multipart: its parser lives in this scope only. The body is read up to 16 MiB so that a file over
  // the 6 MiB limit gets a message on its field (a browser still sending when refused early shows a broken connection).
  void app.register(async (scoped) => {
    scoped.addContentTypeParser('multipart/form-data', { parseAs: 'buffer', bodyLimit: 16 * 1024 * 1024 }, (request, body, done) => {
      try {
        done(null, parseMultipart(body as Buffer, String(request.headers['content-type'] ?? '')));
      } catch (error) {
        done(error as Error, undefined);
      }
    });
    // A file over the limit (or a body that is not multipart) comes back to the form with a message, not an error page.
    scoped.setErrorHandler(async (error: Error & { statusCode?: number }, request, reply) => {
      const id = (request.params as { id?: unknown } | undefined)?.id;
      if ((error.statusCode === 413 || error instanceof MultipartError) && typeof id === 'string' && /^[0-9a-f-]{36}$/.test(id))
        return reply.redirect(`/requests/${id}/documents?refused=${error.statusCode === 413 ? 'too-large' : 'unreadable'}`, 303);
      throw error;
    });
    scoped.post('/requests/:id/documents', post, act(addDocument));
  });

  app.get('/requests/:id/home-visits', show(renderHomeVisits));
  app.post('/requests/:id/home-visits', post, act(addHomeVisit));

  app.get('/requests/:id/hearings', show(renderHearings));
  app.post(
    '/requests/:id/hearings',
    post,
    act((ctx, request, key) => hearingAction(ctx, request, key, 'request')),
  );
  app.post(
    '/requests/:id/hearings/:hearingId/schedule',
    post,
    act((ctx, request, key) => hearingAction(ctx, request, key, 'schedule')),
  );
  app.post(
    '/requests/:id/hearings/:hearingId/held',
    post,
    act((ctx, request, key) => hearingAction(ctx, request, key, 'held')),
  );
  app.post(
    '/requests/:id/hearings/:hearingId/not-held',
    post,
    act((ctx, request, key) => hearingAction(ctx, request, key, 'not-held')),
  );

  app.get('/requests/:id/piis', show(renderPiis));
  app.post(
    '/requests/:id/piis',
    post,
    act((ctx, request, key) => piisAction(ctx, request, key, 'sign')),
  );
  app.post(
    '/requests/:id/piis/evaluations',
    post,
    act((ctx, request, key) => piisAction(ctx, request, key, 'evaluation')),
  );
  app.post(
    '/requests/:id/piis/amendments',
    post,
    act((ctx, request, key) => piisAction(ctx, request, key, 'amendment')),
  );

  app.get('/requests/:id/access', show(renderGrants));
  app.post(
    '/requests/:id/access',
    post,
    act((ctx, request, key) => grantAction(ctx, request, key, 'grant')),
  );
  app.post(
    '/requests/:id/access/:grantId/revoke',
    post,
    act((ctx, request, key) => grantAction(ctx, request, key, 'revoke')),
  );

  app.get('/requests/:id/secrecy', show(renderSecrecy));
  app.post('/requests/:id/secrecy', post, act(addShare));
}

/** The request page's links to these pages, and the temporary accesses in force on the file (R23). */
export async function fileWorkflowLinks(ctx: Ctx, request: AidRequest): Promise<SafeHtml> {
  const { t } = ctx;
  // Most files have none in force: the list (a call of its own, audited) is asked for only when the file says there are some.
  const grants =
    request.activeGrants > 0 ? (await list<Grant>(ctx, `/api/v1/aid-requests/${request.id}/access-grants`)).filter((g) => g.isActive) : [];
  const link = (path: string, key: string) => html`<li><a href="/requests/${request.id}/${path}">${t.dynamic(key)}</a></li>`;
  return html`${link('documents', 'fw.link.documents')}${link('home-visits', 'fw.link.homeVisits')}${link('hearings', 'fw.link.hearings')}\
${link('piis', 'fw.link.piis')}${link('secrecy', 'fw.link.secrecy')}${link('access', 'fw.link.grants')}
${
  grants.length > 0
    ? html`<li>${t('fw.activeGrants')}<ul>${grants.map(
        (g) =>
          html`<li>${t('fw.grantLine', { name: g.user.displayName, date: formatDateTime(t.language, g.expiresAt), reason: g.reason })}</li>`,
      )}</ul></li>`
    : ''
}`;
}
