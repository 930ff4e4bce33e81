/**
 * The disclosures pages (R26, R27): the register, recording a lawful written request, choosing the
 * items, the second officer's review, the one export (a PDF download) and a legal deferral. Every
 * step goes through the casework API, which enforces the order, the four-eyes rule and the closed
 * item catalogue; each page says in plain words what the law requires at that step.
 */
import {
  button,
  checkbox,
  errorSummary,
  formatDate,
  html,
  notice,
  pagination,
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
import type { Ctx } from '../context.ts';
import type { PageKit } from '../page-kit.ts';
import type { ActionOutcome } from '../idempotency.ts';
import type { MessageKey } from '../messages/index.ts';
import { errorOf, problemMessages, textValues, todayInBrussels, values } from '../forms.ts';
import { codeLabel } from '../labels.ts';
import { failurePage } from './errors.ts';

type Status = 'recorded' | 'approved' | 'refused' | 'exported';
type Item = { type: 'identity' } | { type: 'aid-request'; id: string } | { type: 'decision'; ref: string };
type Selectable = {
  key: string;
  item: Item;
  kind?: string;
  status?: string;
  receivedAt?: string;
  acknowledgementNumber?: string;
  aidType?: string;
  outcome?: string;
  decidedAt?: string;
};
type Disclosure = {
  id: string;
  status: Status;
  person: { id: string; familyName: string; givenNames: string };
  recipient: { authority: string; name: string | null; language: string };
  legalBasis: string;
  legalReference: string | null;
  writtenRequest: { reference: string | null; date: string; statedScope: string | null };
  items: Item[];
  recorded: { by: string | null; at: string };
  review: { by: string | null; at: string; verdict: 'approve' | 'refuse'; assessment: string | null; reason: string | null } | null;
  export: { by: string | null; at: string; format: string; sha256: string } | null;
  deferral: { until: string; legalBasis: string; reference: string | null } | null;
  isVisibleToPerson: boolean;
  selectable: Selectable[] | null;
};

const STATUSES: readonly Status[] = ['recorded', 'approved', 'refused', 'exported'];
const LEGAL_BASES = ['art-46bis1-cic', 'court-order', 'art-458ter-case-consultation', 'person-consent', 'other-legal-obligation'] as const;
const DEFERRAL_BASES = ['secrecy-of-investigation', 'court-order', 'other-legal-provision'] as const;
const TONE: Record<Status, 'info' | 'success' | 'warning' | 'neutral'> = {
  recorded: 'warning',
  approved: 'info',
  refused: 'neutral',
  exported: 'success',
};
const PAGE_SIZE = 20;
const RECORD_FIELDS = [
  'niss',
  'authority',
  'recipientName',
  'recipientLanguage',
  'legalBasis',
  'legalReference',
  'requestReference',
  'requestDate',
  'statedScope',
] as const;

const maybe = (ctx: Ctx, key: string, fallback: string) => ctx.t.maybe(key) ?? fallback;
const statusLabel = (ctx: Ctx, status: Status) => statusTag(ctx.t(`disclosures.status.${status}` as MessageKey), TONE[status]);
const basisLabel = (ctx: Ctx, code: string) => maybe(ctx, `disclosures.basis.${code}`, code);
const deferralLabel = (ctx: Ctx, code: string) => maybe(ctx, `disclosures.deferralBasis.${code}`, code);
const intro = (text: string) => html`<div class="panel"><p>${text}</p></div>`;

async function renderList(ctx: Ctx) {
  const { t } = ctx;
  const requested = ctx.query('status');
  const status = STATUSES.find((value) => value === requested);
  const offset = Math.max(0, Number.parseInt(ctx.query('offset') ?? '0', 10) || 0);
  const result = await ctx.api('GET', `/api/v1/disclosures?limit=${PAGE_SIZE}&offset=${offset}${status ? `&status=${status}` : ''}`);
  if (result.status !== 200) return failurePage(ctx, result.status);
  const { items, total } = result.body as { items: Disclosure[]; total: number };
  const filterLink = (value: Status | undefined, label: string) =>
    value === status
      ? html`<li><strong aria-current="page">${label}</strong></li>`
      : html`<li><a href="/disclosures${value ? `?status=${value}` : ''}">${label}</a></li>`;
  return ctx.send({
    title: t('disclosures.title'),
    main: html`<h1>${t('disclosures.title')}</h1>
${intro(t('disclosures.intro'))}
<p><a class="button" href="/disclosures/new">${t('disclosures.new')}</a></p>
<nav aria-label="${t('disclosures.filter')}">\
<ul class="inline-list">${filterLink(undefined, t('disclosures.filter.all'))}${STATUSES.map((s) =>
      filterLink(s, t(`disclosures.status.${s}` as MessageKey)),
    )}</ul>\
</nav>
${
  items.length === 0
    ? html`<p>${t('disclosures.empty')}</p>`
    : table({
        caption: t('disclosures.caption'),
        head: [
          t('disclosures.col.person'),
          t('disclosures.col.recipient'),
          t('disclosures.col.legalBasis'),
          t('disclosures.col.status'),
          t('disclosures.col.recordedAt'),
        ],
        rows: items.map((d) => [
          html`<a href="/disclosures/${d.id}">${d.person.givenNames} ${d.person.familyName}</a>`,
          d.recipient.authority,
          basisLabel(ctx, d.legalBasis),
          statusLabel(ctx, d.status),
          formatDate(t.language, d.recorded.at),
        ]),
      })
}
${pagination({ total, limit: PAGE_SIZE, offset, href: (next) => `/disclosures?offset=${next}${status ? `&status=${status}` : ''}`, t })}`,
  });
}

function renderNew(
  ctx: Ctx,
  state: { values?: Record<string, string>; errors?: FieldMessage[]; status?: number; idempotencyKey: string },
): ActionOutcome {
  const { t } = ctx;
  const v = state.values ?? { requestDate: todayInBrussels(), recipientLanguage: ctx.language === 'en' ? 'fr' : ctx.language };
  const errors = state.errors ?? [];
  return ctx.page({
    title: t('disclosures.new.title'),
    status: state.status,
    main: html`<p><a href="/disclosures">${t('disclosures.back')}</a></p>
<h1>${t('disclosures.new.title')}</h1>
${intro(t('disclosures.new.intro'))}
${errorSummary({ errors, t, targets: { recipientLanguage: 'field-recipientLanguage-first' } })}
${postForm({
  action: '/disclosures/new',
  csrfToken: ctx.csrf(),
  idempotencyKey: state.idempotencyKey,
  label: t('disclosures.new.title'),
  body: html`
${textField({
  name: 'niss',
  label: t('disclosures.field.niss'),
  hint: t('disclosures.field.niss.hint'),
  value: v.niss,
  error: errorOf(errors, 'niss'),
  inputmode: 'numeric',
  width: 'medium',
  autocomplete: 'off',
  required: true,
  t,
})}
${textField({
  name: 'authority',
  label: t('disclosures.field.authority'),
  hint: t('disclosures.field.authority.hint'),
  value: v.authority,
  error: errorOf(errors, 'authority'),
  autocomplete: 'off',
  required: true,
  t,
})}
${textField({
  name: 'recipientName',
  label: t('disclosures.field.recipientName'),
  value: v.recipientName,
  error: errorOf(errors, 'recipientName'),
  autocomplete: 'off',
  required: false,
  t,
})}
${radioGroup({
  name: 'recipientLanguage',
  label: t('disclosures.field.recipientLanguage'),
  value: v.recipientLanguage,
  isInline: true,
  error: errorOf(errors, 'recipientLanguage'),
  options: [
    { value: 'fr', label: 'Français' },
    { value: 'nl', label: 'Nederlands' },
    { value: 'de', label: 'Deutsch' },
  ],
  t,
})}
${selectField({
  name: 'legalBasis',
  label: t('disclosures.field.legalBasis'),
  hint: t('disclosures.field.legalBasis.hint'),
  value: v.legalBasis,
  placeholder: t('common.choose'),
  options: LEGAL_BASES.map((code) => ({ value: code, label: basisLabel(ctx, code) })),
  error: errorOf(errors, 'legalBasis'),
  required: true,
  t,
})}
${textField({
  name: 'legalReference',
  label: t('disclosures.field.legalReference'),
  hint: t('disclosures.field.legalReference.hint'),
  value: v.legalReference,
  error: errorOf(errors, 'legalReference'),
  required: false,
  t,
})}
${textField({
  name: 'requestReference',
  label: t('disclosures.field.requestReference'),
  value: v.requestReference,
  error: errorOf(errors, 'requestReference'),
  width: 'medium',
  autocomplete: 'off',
  required: true,
  t,
})}
${textField({
  name: 'requestDate',
  label: t('disclosures.field.requestDate'),
  type: 'date',
  value: v.requestDate,
  error: errorOf(errors, 'requestDate'),
  width: 'medium',
  required: true,
  t,
})}
${textArea({
  name: 'statedScope',
  label: t('disclosures.field.statedScope'),
  hint: t('disclosures.field.statedScope.hint'),
  value: v.statedScope,
  error: errorOf(errors, 'statedScope'),
  rows: 3,
  required: false,
  t,
})}
<div class="actions">${button({ label: t('disclosures.new.submit') })}</div>`,
})}`,
  });
}

async function recordRequest(ctx: Ctx, key: string): Promise<ActionOutcome> {
  const { t } = ctx;
  const v = values(ctx.request.body, RECORD_FIELDS);
  const errors: FieldMessage[] = [];
  if (!v.niss) errors.push({ field: 'niss', message: t('error.disclosure.person-required') });
  if (!v.authority) errors.push({ field: 'authority', message: t('error.disclosure.recipient-required') });
  if (!v.legalBasis) errors.push({ field: 'legalBasis', message: t('error.disclosure.legal-basis-required') });
  if (!v.requestReference) errors.push({ field: 'requestReference', message: t('error.disclosure.request-reference-required') });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.requestDate ?? '')) errors.push({ field: 'requestDate', message: t('field.invalid-format') });
  if (!['fr', 'nl', 'de'].includes(v.recipientLanguage ?? '')) errors.push({ field: 'recipientLanguage', message: t('field.not-allowed') });
  if (errors.length > 0) return renderNew(ctx, { values: v, errors, status: 422, idempotencyKey: key });
  const result = await ctx.api('POST', '/api/v1/disclosures', {
    niss: v.niss,
    recipient: { authority: v.authority, ...(v.recipientName ? { name: v.recipientName } : {}), language: v.recipientLanguage },
    legalBasis: v.legalBasis,
    ...(v.legalReference ? { legalReference: v.legalReference } : {}),
    requestReference: v.requestReference,
    requestDate: v.requestDate,
    ...(v.statedScope ? { statedScope: v.statedScope } : {}),
  });
  if (result.status === 201) return { redirect: `/disclosures/${(result.body as Disclosure).id}?done=recorded` };
  const paths = {
    '/niss': 'niss',
    '/personId': 'niss',
    '/recipient/authority': 'authority',
    '/recipient/name': 'recipientName',
    '/recipient/language': 'recipientLanguage',
    '/legalBasis': 'legalBasis',
    '/legalReference': 'legalReference',
    '/requestReference': 'requestReference',
    '/requestDate': 'requestDate',
    '/statedScope': 'statedScope',
  };
  return renderNew(ctx, { values: v, errors: problemMessages(result, t, paths, 'niss'), status: result.status, idempotencyKey: key });
}

function selectableLabel(ctx: Ctx, entry: Selectable): string {
  const { t } = ctx;
  if (entry.item.type === 'identity') return t('disclosures.items.identity');
  if (entry.item.type === 'aid-request') {
    return t('disclosures.items.request', {
      number: entry.acknowledgementNumber ?? '',
      kind: codeLabel(t, 'kind', entry.kind),
      date: formatDate(t.language, entry.receivedAt ?? ''),
      status: codeLabel(t, 'status', entry.status),
    });
  }
  return t('disclosures.items.decision', {
    ref: entry.item.ref,
    aid: codeLabel(t, 'kind', entry.aidType),
    outcome: codeLabel(t, 'outcome', entry.outcome),
    date: formatDate(t.language, entry.decidedAt ?? ''),
  });
}

const itemText = (item: Item) =>
  item.type === 'identity' ? 'identity' : item.type === 'aid-request' ? `aid-request:${item.id}` : `decision:${item.ref}`;

type StepErrors = { step: 'items' | 'review' | 'export' | 'deferral'; errors: FieldMessage[]; values?: Record<string, string> };

async function renderDetail(ctx: Ctx, id: string, failed?: StepErrors & { status: number }) {
  const { t } = ctx;
  const result = await ctx.api('GET', `/api/v1/disclosures/${encodeURIComponent(id)}`);
  if (result.status !== 200) return failurePage(ctx, result.status);
  const d = result.body as Disclosure;
  const name = `${d.person.givenNames} ${d.person.familyName}`;
  const done = ctx.query('done');
  const doneKey = done && ['recorded', 'items', 'reviewed', 'deferred'].includes(done) ? (`disclosures.done.${done}` as MessageKey) : null;
  const errorsOf = (step: StepErrors['step']) => (failed?.step === step ? failed.errors : []);
  const valuesOf = (step: StepErrors['step']) => (failed?.step === step ? (failed.values ?? {}) : {});
  const chosen = new Set(d.items.map(itemText));
  const labelOfItem = (item: Item) => {
    const entry = d.selectable?.find((s) => s.key === itemText(item));
    return entry ? selectableLabel(ctx, entry) : itemText(item);
  };

  const sections: SafeHtml[] = [];
  if (d.status === 'recorded' && d.selectable) {
    const errors = errorsOf('items');
    sections.push(html`<section aria-labelledby="step-items"><h2 id="step-items">${t('disclosures.items.title')}</h2>${intro(t('disclosures.items.intro'))}
${errorSummary({ errors, t, targets: { items: 'field-items-identity' } })}
${postForm({
  action: `/disclosures/${d.id}/items`,
  csrfToken: ctx.csrf(),
  label: t('disclosures.items.title'),
  body: html`
<fieldset class="fieldset"${errors.length > 0 ? html` aria-describedby="field-items-error"` : ''}>\
<legend class="legend">${t('disclosures.items.legend')}</legend>
${errors.length > 0 ? html`<p class="field-error" id="field-items-error">${errors[0]!.message}</p>` : ''}
${d.selectable.map((entry) =>
  checkbox({
    name: 'items',
    value: entry.key,
    id: `field-items-${entry.key.replace(/[^A-Za-z0-9_-]/g, '-')}`,
    label: selectableLabel(ctx, entry),
    isChecked: chosen.has(entry.key),
  }),
)}
</fieldset>
<div class="actions">${button({ label: t('disclosures.items.submit'), variant: 'secondary' })}</div>`,
})}</section>`);

    const reviewErrors = errorsOf('review');
    const rv = valuesOf('review');
    sections.push(html`<section aria-labelledby="step-review"><h2 id="step-review">${t('disclosures.review.title')}</h2>${intro(t('disclosures.review.intro'))}
${errorSummary({ errors: reviewErrors, t, targets: { verdict: 'field-verdict-first' } })}
${postForm({
  action: `/disclosures/${d.id}/review`,
  csrfToken: ctx.csrf(),
  label: t('disclosures.review.title'),
  body: html`
${radioGroup({
  name: 'verdict',
  label: t('disclosures.review.verdict'),
  value: rv.verdict,
  options: [
    { value: 'approve', label: t('disclosures.review.approve') },
    { value: 'refuse', label: t('disclosures.review.refuse') },
  ],
  error: errorOf(reviewErrors, 'verdict'),
  t,
})}
${textArea({
  name: 'assessment',
  label: t('disclosures.review.assessment'),
  value: rv.assessment,
  error: errorOf(reviewErrors, 'assessment'),
  rows: 4,
  required: true,
  t,
})}
${textArea({
  name: 'reason',
  label: t('disclosures.review.reason'),
  hint: t('disclosures.review.reason.hint'),
  value: rv.reason,
  error: errorOf(reviewErrors, 'reason'),
  rows: 2,
  required: false,
  t,
})}
<div class="actions">${button({ label: t('disclosures.review.submit') })}</div>`,
})}</section>`);
  }
  if (d.status === 'approved') {
    const errors = errorsOf('export');
    sections.push(html`<section aria-labelledby="step-export"><h2 id="step-export">${t('disclosures.export.title')}</h2>${intro(t('disclosures.export.intro'))}
${errorSummary({ errors, t, targets: { export: 'export-submit' } })}
${postForm({
  action: `/disclosures/${d.id}/export`,
  csrfToken: ctx.csrf(),
  label: t('disclosures.export.title'),
  body: html`<div class="actions" id="export-submit">${button({ label: t('disclosures.export.submit') })}</div>`,
})}</section>`);
  }
  if (d.status !== 'refused') {
    const errors = errorsOf('deferral');
    const dv = valuesOf('deferral');
    sections.push(html`<section aria-labelledby="step-deferral">\
<h2 id="step-deferral">${t('disclosures.deferral.title')}</h2>${intro(t('disclosures.deferral.intro'))}
${errorSummary({ errors, t })}
${postForm({
  action: `/disclosures/${d.id}/deferral`,
  csrfToken: ctx.csrf(),
  label: t('disclosures.deferral.title'),
  body: html`
${textField({
  name: 'until',
  label: t('disclosures.deferral.until'),
  type: 'date',
  value: dv.until ?? d.deferral?.until,
  error: errorOf(errors, 'until'),
  width: 'medium',
  required: true,
  t,
})}
${selectField({
  name: 'legalBasis',
  label: t('disclosures.deferral.basis'),
  value: dv.legalBasis ?? d.deferral?.legalBasis,
  placeholder: t('common.choose'),
  options: DEFERRAL_BASES.map((code) => ({ value: code, label: deferralLabel(ctx, code) })),
  error: errorOf(errors, 'legalBasis'),
  required: true,
  t,
})}
${textField({
  name: 'reference',
  label: t('disclosures.deferral.reference'),
  value: dv.reference ?? d.deferral?.reference,
  error: errorOf(errors, 'reference'),
  required: false,
  t,
})}
<div class="actions">${button({ label: t('disclosures.deferral.submit'), variant: 'secondary' })}</div>`,
})}</section>`);
  }

  const review = d.review
    ? t('disclosures.review.summary', {
        verdict: d.review.verdict === 'approve' ? t('disclosures.review.approved') : t('disclosures.review.refused'),
        name: d.review.by ?? '—',
        date: formatDate(t.language, d.review.at),
        assessment: [d.review.assessment, d.review.reason].filter(Boolean).join(' — '),
      })
    : '—';
  return ctx.send({
    title: t('disclosures.detail.title', { name }),
    status: failed?.status,
    main: html`<p><a href="/disclosures">${t('disclosures.back')}</a></p>
${doneKey ? notice({ kind: 'success', text: t(doneKey) }) : ''}
<h1>${t('disclosures.detail.title', { name })}</h1>
${summaryList([
  [t('disclosures.field.status'), statusLabel(ctx, d.status)],
  [t('disclosures.field.recipient'), [d.recipient.authority, d.recipient.name].filter(Boolean).join(' — ')],
  [t('disclosures.field.legalBasis'), [basisLabel(ctx, d.legalBasis), d.legalReference].filter(Boolean).join(' — ')],
  [t('disclosures.field.writtenRequest'), `${d.writtenRequest.reference ?? '—'} — ${formatDate(t.language, d.writtenRequest.date)}`],
  [t('disclosures.field.statedScope'), d.writtenRequest.statedScope ?? '—'],
  [t('disclosures.field.recordedBy'), `${d.recorded.by ?? '—'} — ${formatDate(t.language, d.recorded.at)}`],
  [
    t('disclosures.field.items'),
    d.items.length === 0 ? t('disclosures.items.none') : html`<ul>${d.items.map((item) => html`<li>${labelOfItem(item)}</li>`)}</ul>`,
  ],
  [t('disclosures.field.review'), review],
])}
${
  d.export
    ? notice({
        kind: 'info',
        text: t('disclosures.export.done', { date: formatDate(t.language, d.export.at), name: d.export.by ?? '—', sha: d.export.sha256 }),
      })
    : ''
}
${
  d.deferral
    ? notice({
        kind: 'warning',
        text: t('disclosures.deferral.current', {
          date: formatDate(t.language, d.deferral.until),
          basis: deferralLabel(ctx, d.deferral.legalBasis),
        }),
      })
    : ''
}
${d.status === 'exported' ? html`<p>${d.isVisibleToPerson ? t('disclosures.visible.yes') : t('disclosures.visible.no')}</p>` : ''}
${sections}`,
  });
}

const paramId = (ctx: Ctx) => ctx.param('id');
const fieldsOf = (result: { body: unknown; status: number }, ctx: Ctx, paths: Record<string, string>, fallback: string) =>
  problemMessages(result as Parameters<typeof problemMessages>[0], ctx.t, paths, fallback);

async function saveItems(ctx: Ctx) {
  const id = paramId(ctx);
  const keys = textValues(ctx.request.body, 'items');
  const items = keys
    .map((key): Item | null => {
      if (key === 'identity') return { type: 'identity' };
      const match = /^(aid-request|decision):(.{1,64})$/.exec(key);
      if (!match) return null;
      return match[1] === 'aid-request' ? { type: 'aid-request', id: match[2]! } : { type: 'decision', ref: match[2]! };
    })
    .filter((item): item is Item => item !== null);
  const result = await ctx.api('PUT', `/api/v1/disclosures/${encodeURIComponent(id)}/items`, { items });
  if (result.status === 200) return ctx.respond({ redirect: `/disclosures/${id}?done=items` });
  if (result.status === 403 || result.status === 404) return failurePage(ctx, result.status);
  return renderDetail(ctx, id, { step: 'items', status: result.status, errors: fieldsOf(result, ctx, { '/items': 'items' }, 'items') });
}

async function saveReview(ctx: Ctx) {
  const id = paramId(ctx);
  const v = values(ctx.request.body, ['verdict', 'assessment', 'reason']);
  if (v.verdict !== 'approve' && v.verdict !== 'refuse') {
    return renderDetail(ctx, id, {
      step: 'review',
      status: 422,
      values: v,
      errors: [{ field: 'verdict', message: ctx.t('field.not-allowed') }],
    });
  }
  const result = await ctx.api('POST', `/api/v1/disclosures/${encodeURIComponent(id)}/review`, {
    verdict: v.verdict,
    assessment: v.assessment,
    ...(v.reason ? { reason: v.reason } : {}),
  });
  if (result.status === 200) return ctx.respond({ redirect: `/disclosures/${id}?done=reviewed` });
  if (result.status === 403 || result.status === 404) return failurePage(ctx, result.status);
  return renderDetail(ctx, id, {
    step: 'review',
    status: result.status,
    values: v,
    errors: fieldsOf(result, ctx, { '/assessment': 'assessment', '/reason': 'reason', '/verdict': 'verdict' }, 'verdict'),
  });
}

async function exportPdf(ctx: Ctx) {
  const id = paramId(ctx);
  const result = await ctx.api('POST', `/api/v1/disclosures/${encodeURIComponent(id)}/export`, { format: 'pdf' });
  if (result.status === 200 && result.contentType.startsWith('application/pdf')) {
    return ctx.reply
      .type('application/pdf')
      .header('cache-control', 'no-store')
      .header('content-disposition', `attachment; filename="disclosure-${id}.pdf"`)
      .send(result.raw);
  }
  if (result.status === 403 || result.status === 404) return failurePage(ctx, result.status);
  return renderDetail(ctx, id, { step: 'export', status: result.status, errors: fieldsOf(result, ctx, {}, 'export') });
}

async function saveDeferral(ctx: Ctx) {
  const id = paramId(ctx);
  const v = values(ctx.request.body, ['until', 'legalBasis', 'reference']);
  const errors: FieldMessage[] = [];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.until ?? '')) errors.push({ field: 'until', message: ctx.t('field.invalid-format') });
  if (!v.legalBasis) errors.push({ field: 'legalBasis', message: ctx.t('error.disclosure.deferral-basis-required') });
  if (errors.length > 0) return renderDetail(ctx, id, { step: 'deferral', status: 422, values: v, errors });
  const result = await ctx.api('POST', `/api/v1/disclosures/${encodeURIComponent(id)}/deferral`, {
    until: v.until,
    legalBasis: v.legalBasis,
    ...(v.reference ? { reference: v.reference } : {}),
  });
  if (result.status === 200) return ctx.respond({ redirect: `/disclosures/${id}?done=deferred` });
  if (result.status === 403 || result.status === 404) return failurePage(ctx, result.status);
  return renderDetail(ctx, id, {
    step: 'deferral',
    status: result.status,
    values: v,
    errors: fieldsOf(result, ctx, { '/until': 'until', '/legalBasis': 'legalBasis', '/reference': 'reference' }, 'until'),
  });
}

export function registerDisclosurePages(kit: PageKit): void {
  const { app, page, once, post } = kit;
  app.get('/disclosures', page(renderList));
  app.get(
    '/disclosures/new',
    page(async (ctx) => ctx.respond(renderNew(ctx, { idempotencyKey: kit.newKey() }))),
  );
  app.post(
    '/disclosures/new',
    post,
    page((ctx) => once(ctx, (key) => recordRequest(ctx, key))),
  );
  app.get(
    '/disclosures/:id',
    page((ctx) => renderDetail(ctx, paramId(ctx))),
  );
  app.post('/disclosures/:id/items', post, page(saveItems));
  app.post('/disclosures/:id/review', post, page(saveReview));
  app.post('/disclosures/:id/export', post, page(exportPdf));
  app.post('/disclosures/:id/deferral', post, page(saveDeferral));
}
