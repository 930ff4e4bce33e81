/**
 * The RSE consultation (flow 2): record that the person was informed (R33) → consult → the answers
 * of each CPAS in plain words. A summary is shown as "information from CPAS X dated D, to verify"
 * (R34, principle 9): it never pre-fills the decision; with its expiry (R35), the person's own
 * statements (R31) and corrections received since (R39).
 */
import {
  button,
  errorSummary,
  formatDate,
  formatDateTime,
  formatMoney,
  html,
  notice,
  postForm,
  selectField,
  table,
  textField,
  type FieldMessage,
} from '#ui/index.ts';
import type { Ctx } from '../context.ts';
import type { ActionOutcome } from '../idempotency.ts';
import { errorOf, field, isDate, problemMessages, todayInBrussels } from '../forms.ts';
import { codeLabel, options } from '../labels.ts';
import { failurePage } from './errors.ts';
import { requestHeader, type AidRequest } from './requests.ts';

type SummaryDecision = {
  ref: string;
  decidedAt: string;
  aidType: string;
  outcome: string;
  period?: { from: string; to?: string };
  risCategory?: string;
  amountCents?: number;
  legalBasis: string;
  motivationCategory: string;
  status: string;
};
type Summary = {
  generatedAt: string;
  provider: { kbo: string; name: string; serviceContact: { phone?: string; email?: string } };
  decisions: SummaryDecision[];
  piis?: { exists: boolean; signedAt?: string };
  statements: { decisionRef: string; at: string; text: string }[];
};
type ProviderResponse = {
  provider: { kbo: string; name: string };
  status: string;
  reasonCode?: string;
  summary?: Summary;
  receivedAt?: string;
  expiresAt?: string;
  isExpired?: boolean;
  corrections?: { decisionRef: string; status: string; correctedAt: string }[];
};
type Consultation = { id: string; purpose: string; requestedAt: string; status: string; responses: ProviderResponse[] };

export async function renderRse(
  ctx: Ctx,
  request: AidRequest,
  state: { errors?: FieldMessage[]; values?: Record<string, string>; status?: number } = {},
): Promise<ActionOutcome> {
  const { t } = ctx;
  const errors = state.errors ?? [];
  const v = state.values ?? { informedAt: todayInBrussels(), method: 'in-person', purpose: 'social-investigation' };
  const history = await ctx.api('GET', `/api/v1/aid-requests/${request.id}/rse-consultations`);
  const past = history.status === 200 ? (history.body as { items: { id: string; purpose: string; requestedAt: string }[] }).items : [];
  const informed = request.personInformed;
  const done = ctx.query('done');
  return ctx.page({
    title: t('rse.title'),
    status: state.status,
    main: html`${requestHeader(ctx, request)}${done === 'informed' ? notice({ kind: 'success', text: t('done.informed') }) : ''}
<h1>${t('rse.title')}</h1>
<p>${t('rse.intro')}</p>
${errorSummary({ errors, t })}
<h2>${t('rse.informed.title')}</h2>
${
  informed
    ? html`<p>${t('rse.informed.done', {
        date: formatDateTime(t.language, informed.informedAt),
        method: codeLabel(t, 'informedMethod', informed.method),
      })}</p>`
    : html`<p>${t('rse.informed.notYet')}</p>`
}
${postForm({
  action: `/requests/${request.id}/rse/person-informed`,
  csrfToken: ctx.csrf(),
  label: t('rse.informed.title'),
  body: html`
${textField({
  name: 'informedAt',
  label: t('rse.informed.date'),
  type: 'date',
  value: v.informedAt,
  error: errorOf(errors, 'informedAt'),
  width: 'medium',
  required: true,
  t,
})}
${selectField({ name: 'method', label: t('rse.informed.method'), value: v.method, options: options(t, 'informedMethod'), error: errorOf(errors, 'method'), t })}
<div class="actions">${button({ label: t('rse.informed.submit'), variant: 'secondary' })}</div>`,
})}
<h2>${t('rse.consult.title')}</h2>
${postForm({
  action: `/requests/${request.id}/rse`,
  csrfToken: ctx.csrf(),
  label: t('rse.consult.title'),
  body: html`
${selectField({ name: 'purpose', label: t('rse.consult.purpose'), value: v.purpose, options: options(t, 'purpose'), error: errorOf(errors, 'purpose'), t })}
<div class="actions">${button({ label: t('rse.consult.submit') })}</div>`,
})}
${
  past.length > 0
    ? html`<h2>${t('rse.history')}</h2><ul>${past.map(
        (c) => html`<li>\
<a href="/requests/${request.id}/rse/${c.id}">${t('rse.history.item', {
          date: formatDateTime(t.language, c.requestedAt),
          purpose: codeLabel(t, 'purpose', c.purpose),
        })}</a>\
</li>`,
      )}</ul>`
    : ''
}`,
  });
}

export async function recordInformed(ctx: Ctx, request: AidRequest): Promise<ActionOutcome> {
  const values = {
    informedAt: field(ctx.request.body, 'informedAt'),
    method: field(ctx.request.body, 'method'),
    purpose: 'social-investigation',
  };
  if (!isDate(values.informedAt))
    return renderRse(ctx, request, { values, errors: [{ field: 'informedAt', message: ctx.t('field.invalid-format') }], status: 422 });
  // Informed today: now; an earlier day: at 10:00 UTC that day.
  const informedAt = values.informedAt === todayInBrussels() ? new Date().toISOString() : `${values.informedAt}T10:00:00.000Z`;
  const result = await ctx.api('POST', `/api/v1/aid-requests/${request.id}/person-informed`, { informedAt, method: values.method });
  if (result.status === 201) return { redirect: `/requests/${request.id}/rse?done=informed` };
  return renderRse(ctx, request, {
    values,
    errors: problemMessages(result, ctx.t, { '/informedAt': 'informedAt', '/method': 'method' }, 'informedAt'),
    status: result.status,
  });
}

export async function consult(ctx: Ctx, request: AidRequest): Promise<ActionOutcome> {
  const purpose = field(ctx.request.body, 'purpose') || 'social-investigation';
  const result = await ctx.api('POST', `/api/v1/aid-requests/${request.id}/rse-consultations`, { purpose });
  if (result.status === 201) return { redirect: `/requests/${request.id}/rse/${(result.body as Consultation).id}` };
  const values = { informedAt: todayInBrussels(), method: 'in-person', purpose };
  const code = (result.body as { code?: string } | null)?.code;
  const target = code === 'consultation.person-not-informed' ? 'informedAt' : 'purpose';
  return renderRse(ctx, request, {
    values,
    errors: [{ field: target, message: ctx.t.maybe(`error.${code}`) ?? ctx.t('error.generic') }],
    status: result.status,
  });
}

function summaryBlock(ctx: Ctx, response: ProviderResponse, summary: Summary) {
  const { t } = ctx;
  const statementsFor = (ref: string) => summary.statements.filter((s) => s.decisionRef === ref);
  return html`<div class="to-verify">
<h3>${t('rse.toVerify', { cpas: summary.provider.name, date: formatDate(t.language, summary.generatedAt) })}</h3>
<p>${t('rse.toVerify.explain')}</p>
${response.expiresAt ? html`<p>${t('rse.expires', { date: formatDate(t.language, response.expiresAt) })}</p>` : ''}
${
  summary.decisions.length === 0
    ? html`<p>${t('rse.noDecisions')}</p>`
    : table({
        caption: t('rse.decisions', { cpas: summary.provider.name }),
        head: [
          t('decision.decidedAt'),
          t('decision.aidType'),
          t('decision.outcome'),
          t('decision.period'),
          t('decision.amount'),
          t('decision.legalBasis'),
          t('decision.motivation'),
          t('rse.itemStatus'),
        ],
        rows: summary.decisions.map((d) => [
          formatDate(t.language, d.decidedAt),
          codeLabel(t, 'kind', d.aidType),
          html`${codeLabel(t, 'outcome', d.outcome)}${d.risCategory ? ` (${t.maybe(`risCategory.${d.risCategory}`) ?? d.risCategory})` : ''}`,
          // Said plainly: an aid granted without an end date is still running at the provider.
          d.period
            ? d.period.to
              ? t('rse.period', { from: formatDate(t.language, d.period.from), to: formatDate(t.language, d.period.to) })
              : d.outcome === 'granted' || d.outcome === 'partial'
                ? t('rse.period.running', { from: formatDate(t.language, d.period.from) })
                : t('rse.period', { from: formatDate(t.language, d.period.from), to: '…' })
            : '—',
          d.amountCents !== undefined ? formatMoney(t.language, d.amountCents) : '—',
          codeLabel(t, 'legalBasis', d.legalBasis),
          codeLabel(t, 'motivation', d.motivationCategory),
          html`${codeLabel(t, 'decisionStatus', d.status)}${statementsFor(d.ref).map(
            (s) => html`<p>\
<strong>${t('rse.statement', { date: formatDate(t.language, s.at) })}</strong> «&nbsp;${s.text}&nbsp;»</p>`,
          )}`,
        ]),
      })
}
${
  summary.piis
    ? html`<p>${
        summary.piis.exists
          ? t('rse.piis.yes', { date: summary.piis.signedAt ? formatDate(t.language, summary.piis.signedAt) : '—' })
          : t('rse.piis.no')
      }</p>`
    : ''
}
${(response.corrections ?? []).map((c) =>
  notice({
    kind: 'warning',
    text: t('rse.corrected', { date: formatDate(t.language, c.correctedAt), status: codeLabel(t, 'decisionStatus', c.status) }),
  }),
)}
<p>${t('rse.contact', { cpas: summary.provider.name })} ${
    [summary.provider.serviceContact.phone, summary.provider.serviceContact.email].filter(Boolean).join(' · ') || '—'
  }</p>
</div>`;
}

/** Why a CPAS gave no summary (pending or error), in words: the codes of docs/errors.md, never shown raw. */
function providerReason(ctx: Ctx, code: string): string {
  const key = code.startsWith('provider.http-') ? 'provider.http' : code.startsWith('signature.') ? 'signature' : code;
  return ctx.t.maybe(`providerReason.${key}`) ?? ctx.t('providerReason.other');
}

export async function renderConsultation(ctx: Ctx, request: AidRequest, consultationId: string) {
  const { t } = ctx;
  const result = await ctx.api('GET', `/api/v1/aid-requests/${request.id}/rse-consultations/${encodeURIComponent(consultationId)}`);
  if (result.status !== 200) return failurePage(ctx, result.status);
  const consultation = result.body as Consultation;
  return ctx.send({
    title: t('rse.result.title'),
    main: html`${requestHeader(ctx, request)}
<h1>${t('rse.result.title')}</h1>
<p>${t('rse.result.intro', { date: formatDateTime(t.language, consultation.requestedAt), purpose: codeLabel(t, 'purpose', consultation.purpose) })}</p>
${consultation.responses.length === 0 ? html`<p>${t('rse.result.none')}</p>` : ''}
${consultation.responses.map(
  (response) => html`<section class="panel" aria-labelledby="provider-${response.provider.kbo}">
<h2 id="provider-${response.provider.kbo}">${response.provider.name}</h2>
<p>${t.dynamic(`rseStatus.${response.status}`, { cpas: response.provider.name })}${
    response.status === 'withheld' && response.reasonCode
      ? html` ${codeLabel(t, 'withheldReason', response.reasonCode)}`
      : (response.status === 'pending' || response.status === 'error') && response.reasonCode
        ? html` (${providerReason(ctx, response.reasonCode)})`
        : ''
  }</p>
${response.status === 'answered' && response.isExpired ? html`<p>${t('rse.expired')}</p>` : ''}
${response.summary ? summaryBlock(ctx, response, response.summary) : ''}
</section>`,
)}
<p><a href="/requests/${request.id}/rse/${consultation.id}/attach">${t('attach.link')}</a></p>
<p><a href="/requests/${request.id}/rse">${t('rse.backToRse')}</a></p>`,
  });
}
