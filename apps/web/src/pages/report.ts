/**
 * The social report section by section (R15, domain §3.3: RD of 1 Dec 2013), saved as a draft and
 * signed by a qualified social worker once every mandatory section is filled (R16). Once signed it
 * is read-only. The report never leaves the CPAS: none of it can reach a shareable summary.
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
  selectField,
  textArea,
  textField,
  type FieldMessage,
  type SafeHtml,
} from '#ui/index.ts';
import type { Ctx } from '../context.ts';
import type { ActionOutcome } from '../idempotency.ts';
import { errorOf, field, isDate } from '../forms.ts';
import { codeLabel, options } from '../labels.ts';
import { requestHeader, type AidRequest } from './requests.ts';
import { risCategoryOptions } from './decide.ts';

type RisCategory = 'cohabiting' | 'isolated' | 'family';
const isRisCategory = (value: string): value is RisCategory => ['cohabiting', 'isolated', 'family'].includes(value);

type ResourceItem = { holder: 'applicant' | 'partner' | 'household-member'; kind: string; monthlyAmountCents: number };
export type Sections = {
  identification?: {
    civilStatus?: string;
    householdComposition?: string;
    residenceStatus?: string;
    effectiveResidence?: string;
    nationality?: string;
  };
  request?: { description?: string };
  homeVisit?: { visitedAt?: string; findings?: string };
  resources?: { items?: ResourceItem[]; assessment?: string };
  residualCharacter?: { otherBenefits?: string; maintenanceDebtors?: string };
  willingnessToWork?: { assessment?: string };
  situationSummary?: { text?: string };
  proposal?: { text?: string; proposedAidType?: string; proposedAmountCents?: number; proposedRisCategory?: RisCategory };
};
type Report = { sections: Sections; isSigned: boolean; signedAt: string | null; missingSections: string[]; updatedAt: string };

/** The text fields of each section, in order; the first is the target of "this section is empty". */
const TEXT_FIELDS: Record<string, { name: string; kind: 'text' | 'area' | 'date' }[]> = {
  identification: [
    { name: 'civilStatus', kind: 'text' },
    { name: 'householdComposition', kind: 'area' },
    { name: 'residenceStatus', kind: 'text' },
    { name: 'effectiveResidence', kind: 'area' },
    { name: 'nationality', kind: 'text' },
  ],
  request: [{ name: 'description', kind: 'area' }],
  homeVisit: [
    { name: 'visitedAt', kind: 'date' },
    { name: 'findings', kind: 'area' },
  ],
  resources: [{ name: 'assessment', kind: 'area' }],
  residualCharacter: [
    { name: 'otherBenefits', kind: 'area' },
    { name: 'maintenanceDebtors', kind: 'area' },
  ],
  willingnessToWork: [{ name: 'assessment', kind: 'area' }],
  situationSummary: [{ name: 'text', kind: 'area' }],
  proposal: [{ name: 'text', kind: 'area' }],
};
const SECTION_ORDER = Object.keys(TEXT_FIELDS);
const MAX_ROWS = 20;

function get(sections: Sections, section: string, name: string): string {
  const value = (sections as Record<string, Record<string, unknown> | undefined>)[section]?.[name];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/** Reads the posted form into sections, keeping what was typed (`raw`) for redisplay. */
function readForm(ctx: Ctx): { sections: Sections; raw: Record<string, string>; rows: Record<string, string>[]; errors: FieldMessage[] } {
  const { t } = ctx;
  const body = ctx.request.body;
  const raw: Record<string, string> = {};
  const sections: Record<string, Record<string, unknown>> = {};
  const errors: FieldMessage[] = [];
  for (const section of SECTION_ORDER) {
    for (const { name, kind } of TEXT_FIELDS[section]!) {
      const value = field(body, `${section}.${name}`);
      raw[`${section}.${name}`] = value;
      if (!value) continue;
      if (kind === 'date' && !isDate(value)) {
        errors.push({ field: `${section}.${name}`, message: t('field.invalid-format') });
        continue;
      }
      (sections[section] ??= {})[name] = value;
    }
  }
  const rows: Record<string, string>[] = [];
  const items: ResourceItem[] = [];
  for (let index = 0; index < MAX_ROWS; index += 1) {
    const row = {
      holder: field(body, `resources.items.${index}.holder`),
      kind: field(body, `resources.items.${index}.kind`),
      amount: field(body, `resources.items.${index}.amount`),
    };
    if (!row.kind && !row.amount) continue;
    rows.push(row);
    const cents = parseAmountToCents(row.amount || '0');
    const position = rows.length - 1;
    if (!row.kind) errors.push({ field: `resources.items.${position}.kind`, message: t('report.resource.kind.required') });
    if (cents === null) errors.push({ field: `resources.items.${position}.amount`, message: t('field.amount') });
    if (row.kind && cents !== null)
      items.push({
        holder: (['applicant', 'partner', 'household-member'].includes(row.holder) ? row.holder : 'applicant') as ResourceItem['holder'],
        kind: row.kind,
        monthlyAmountCents: cents,
      });
  }
  if (items.length > 0) (sections.resources ??= {}).items = items;
  const aidType = field(body, 'proposal.proposedAidType');
  raw['proposal.proposedAidType'] = aidType;
  if (aidType) (sections.proposal ??= {}).proposedAidType = aidType;
  const risCategory = field(body, 'proposal.proposedRisCategory');
  raw['proposal.proposedRisCategory'] = risCategory;
  if (risCategory) {
    if (isRisCategory(risCategory)) (sections.proposal ??= {}).proposedRisCategory = risCategory;
    else errors.push({ field: 'proposal.proposedRisCategory', message: t('field.invalid') });
  }
  const amount = field(body, 'proposal.proposedAmount');
  raw['proposal.proposedAmount'] = amount;
  if (amount) {
    const cents = parseAmountToCents(amount);
    if (cents === null) errors.push({ field: 'proposal.proposedAmount', message: t('field.amount') });
    else (sections.proposal ??= {}).proposedAmountCents = cents;
  }
  return { sections: sections as Sections, raw, rows, errors };
}

function rawFrom(sections: Sections): { raw: Record<string, string>; rows: Record<string, string>[] } {
  const raw: Record<string, string> = {};
  for (const section of SECTION_ORDER)
    for (const { name } of TEXT_FIELDS[section]!) raw[`${section}.${name}`] = get(sections, section, name);
  raw['proposal.proposedAidType'] = sections.proposal?.proposedAidType ?? '';
  raw['proposal.proposedRisCategory'] = sections.proposal?.proposedRisCategory ?? '';
  raw['proposal.proposedAmount'] =
    sections.proposal?.proposedAmountCents !== undefined ? (sections.proposal.proposedAmountCents / 100).toFixed(2).replace('.', ',') : '';
  const rows = (sections.resources?.items ?? []).map((item) => ({
    holder: item.holder,
    kind: item.kind,
    amount: (item.monthlyAmountCents / 100).toFixed(2).replace('.', ','),
  }));
  return { raw, rows };
}

function sectionFields(ctx: Ctx, section: string, raw: Record<string, string>, errors: FieldMessage[]): SafeHtml {
  const { t } = ctx;
  return html`${TEXT_FIELDS[section]!.map(({ name, kind }) => {
    const key = `${section}.${name}`;
    const label = t.dynamic(`report.${key}`);
    if (kind === 'area') return textArea({ name: key, label, value: raw[key], error: errorOf(errors, key), rows: 3, t });
    return textField({
      name: key,
      label,
      value: raw[key],
      type: kind === 'date' ? 'date' : 'text',
      width: kind === 'date' ? 'medium' : 'long',
      error: errorOf(errors, key),
      t,
    });
  })}`;
}

function resourceRows(ctx: Ctx, rows: Record<string, string>[], errors: FieldMessage[]): SafeHtml {
  const { t } = ctx;
  const all = [...rows, { holder: 'applicant', kind: '', amount: '' }];
  return html`${all.map(
    (row, index) => html`<fieldset class="fieldset panel"><legend class="legend">${t('report.resource.legend', { n: index + 1 })}</legend>
${selectField({ name: `resources.items.${index}.holder`, label: t('report.resource.holder'), value: row.holder, options: options(t, 'holder'), t })}
${textField({
  name: `resources.items.${index}.kind`,
  label: t('report.resource.kind'),
  value: row.kind,
  error: errorOf(errors, `resources.items.${index}.kind`),
  t,
})}
${textField({
  name: `resources.items.${index}.amount`,
  label: t('report.resource.amount'),
  hint: t('field.amount.hint'),
  value: row.amount,
  error: errorOf(errors, `resources.items.${index}.amount`),
  inputmode: 'decimal',
  width: 'short',
  t,
})}
</fieldset>`,
  )}`;
}

function readOnly(ctx: Ctx, sections: Sections): SafeHtml {
  const { t } = ctx;
  return html`${SECTION_ORDER.map(
    (
      section,
    ) => html`<section aria-labelledby="section-${section}"><h2 id="section-${section}">${t.dynamic(`report.section.${section}`)}</h2>
<dl class="summary-list">${TEXT_FIELDS[section]!.map(({ name, kind }) => {
      const value = get(sections, section, name);
      return html`<div class="summary-list__row"><dt>${t.dynamic(`report.${section}.${name}`)}</dt>\
<dd>${kind === 'date' && value ? formatDate(t.language, value) : value || '—'}</dd></div>`;
    })}
${
  section === 'resources'
    ? html`<div class="summary-list__row"><dt>${t('report.resources.items')}</dt>\
<dd>${
        (sections.resources?.items ?? []).length === 0
          ? '—'
          : html`<ul>${(sections.resources?.items ?? []).map(
              (item) =>
                html`<li>${codeLabel(t, 'holder', item.holder)}: ${item.kind} — ${formatMoney(t.language, item.monthlyAmountCents)}</li>`,
            )}</ul>`
      }</dd>\
</div>`
    : ''
}
${
  section === 'proposal'
    ? html`<div class="summary-list__row"><dt>${t('report.proposal.proposedAidType')}</dt>\
<dd>${codeLabel(t, 'kind', sections.proposal?.proposedAidType) || '—'}</dd></div>
<div class="summary-list__row"><dt>${t('decide.risCategory')}</dt>\
<dd>${sections.proposal?.proposedRisCategory ? t(`risCategory.${sections.proposal.proposedRisCategory}`) : '—'}</dd></div>
<div class="summary-list__row"><dt>${t('report.proposal.proposedAmount')}</dt>\
<dd>${sections.proposal?.proposedAmountCents !== undefined ? formatMoney(t.language, sections.proposal.proposedAmountCents) : '—'}</dd></div>`
    : ''
}
</dl></section>`,
  )}`;
}

export { readOnly as renderReportSections };

export async function loadReport(ctx: Ctx, id: string): Promise<Report | null> {
  const result = await ctx.api('GET', `/api/v1/aid-requests/${encodeURIComponent(id)}/social-report`);
  return result.status === 200 ? (result.body as Report) : null;
}

export function renderReport(
  ctx: Ctx,
  request: AidRequest,
  report: Report,
  state: { raw?: Record<string, string>; rows?: Record<string, string>[]; errors?: FieldMessage[]; status?: number; notice?: string } = {},
): ActionOutcome {
  const { t } = ctx;
  const errors = state.errors ?? [];
  const fromReport = rawFrom(report.sections);
  const raw = state.raw ?? fromReport.raw;
  const rows = state.rows ?? fromReport.rows;
  const targets = Object.fromEntries(
    SECTION_ORDER.map((section) => [`section.${section}`, `field-${section}-${TEXT_FIELDS[section]![0]!.name}`]),
  );
  const done = ctx.query('done');
  if (report.isSigned) {
    return ctx.page({
      title: t('report.title'),
      main: html`${requestHeader(ctx, request)}${done === 'signed' ? notice({ kind: 'success', text: t('done.signed') }) : ''}
<h1>${t('report.title')}</h1>
${notice({ kind: 'info', text: t('report.signedOn', { date: formatDate(t.language, report.signedAt) }) })}
${readOnly(ctx, report.sections)}`,
    });
  }
  return ctx.page({
    title: t('report.title'),
    status: state.status,
    main: html`${requestHeader(ctx, request)}${done === 'saved' ? notice({ kind: 'success', text: t('done.saved') }) : ''}
<h1>${t('report.title')}</h1>
<p>${t('report.intro')}</p>
${errorSummary({ errors, t, targets })}
${
  report.missingSections.length > 0 && errors.length === 0
    ? html`<div class="notice" role="status">\
<p class="notice__title">${t('report.missing')}</p>\
<ul>${report.missingSections.map((section) => html`<li>${t.dynamic(`report.section.${section}`)}</li>`)}</ul></div>`
    : ''
}
${postForm({
  action: `/requests/${request.id}/report`,
  csrfToken: ctx.csrf(),
  label: t('report.title'),
  body: html`
${SECTION_ORDER.map(
  (section) => html`<section aria-labelledby="section-${section}"><h2 id="section-${section}">${t.dynamic(`report.section.${section}`)}</h2>
${section === 'resources' ? resourceRows(ctx, rows, errors) : ''}
${sectionFields(ctx, section, raw, errors)}
${
  section === 'proposal'
    ? html`${selectField({
        name: 'proposal.proposedAidType',
        label: t('report.proposal.proposedAidType'),
        value: raw['proposal.proposedAidType'],
        placeholder: t('common.choose'),
        options: options(t, 'kind'),
        t,
      })}
${selectField({
  name: 'proposal.proposedRisCategory',
  label: t('decide.risCategory'),
  hint: t('decide.risCategory.hint'),
  value: raw['proposal.proposedRisCategory'],
  placeholder: t('common.choose'),
  options: risCategoryOptions(ctx),
  error: errorOf(errors, 'proposal.proposedRisCategory'),
  t,
})}
${textField({
  name: 'proposal.proposedAmount',
  label: t('report.proposal.proposedAmount'),
  hint: t('field.amount.hint'),
  value: raw['proposal.proposedAmount'],
  error: errorOf(errors, 'proposal.proposedAmount'),
  inputmode: 'decimal',
  width: 'short',
  t,
})}`
    : ''
}
</section>`,
)}
<div class="actions">${button({ label: t('report.save') })}</div>`,
})}
<h2>${t('report.sign.title')}</h2>
<p>${t('report.sign.intro')}</p>
<form method="post" action="/requests/${request.id}/report/signature" class="form" data-confirm="${t('report.sign.confirm')}">
<input type="hidden" name="_csrf" value="${ctx.csrf()}">
<div class="actions">${button({ label: t('report.sign.submit'), variant: 'secondary' })}</div>
</form>`,
  });
}

export async function saveReport(ctx: Ctx, request: AidRequest, report: Report): Promise<ActionOutcome> {
  const form = readForm(ctx);
  if (form.errors.length > 0)
    return renderReport(ctx, request, report, { raw: form.raw, rows: form.rows, errors: form.errors, status: 422 });
  const result = await ctx.api('PUT', `/api/v1/aid-requests/${request.id}/social-report`, { sections: form.sections });
  if (result.status === 200) return { redirect: `/requests/${request.id}/report?done=saved` };
  const message = ctx.t.maybe(`error.${(result.body as { code?: string } | null)?.code}`) ?? ctx.t('error.generic');
  return renderReport(ctx, request, report, {
    raw: form.raw,
    rows: form.rows,
    errors: [{ field: 'identification.civilStatus', message }],
    status: result.status,
  });
}

export async function signReport(ctx: Ctx, request: AidRequest, report: Report): Promise<ActionOutcome> {
  const result = await ctx.api('POST', `/api/v1/aid-requests/${request.id}/social-report/signature`);
  if (result.status === 201) return { redirect: `/requests/${request.id}/report?done=signed` };
  const problem = (result.body ?? {}) as { code?: string; errors?: { path: string }[] };
  if (problem.code === 'report.incomplete') {
    const errors = (problem.errors ?? []).map((error) => {
      const section = error.path.split('/')[2] ?? '';
      return {
        field: `section.${section}`,
        message: ctx.t('report.sectionEmpty', { section: ctx.t.dynamic(`report.section.${section}`) }),
      };
    });
    return renderReport(ctx, request, report, { errors, status: 409 });
  }
  return renderReport(ctx, request, report, {
    errors: [{ field: 'section.identification', message: ctx.t.maybe(`error.${problem.code}`) ?? ctx.t('error.generic') }],
    status: result.status,
  });
}
