/** Person search by NISS, registration (R1–R3: NISS checked, typed values kept on error), the person's page. */
import {
  LANGUAGE_NAMES,
  button,
  errorSummary,
  formatDate,
  html,
  postForm,
  radioGroup,
  table,
  textField,
  notice,
  type FieldMessage,
} from '#ui/index.ts';
import type { Ctx } from '../context.ts';
import type { ActionOutcome } from '../idempotency.ts';
import { errorOf, field, isDate, problemMessages, values } from '../forms.ts';
import { codeLabel, formatNiss, statusBadge } from '../labels.ts';
import { notFoundPage } from './errors.ts';
import { restrictedRequestsSection } from './break-glass.ts';
import { personRecordSection, recordNotice } from './person-record.ts';

type Person = {
  id: string;
  niss: string | null;
  provisionalId?: string | null;
  familyName: string;
  givenNames: string;
  birthDate: string | null;
  nationality: string | null;
  language: string;
};

const PERSON_FIELDS = ['niss', 'familyName', 'givenNames', 'birthDate', 'nationality', 'language'] as const;

/**
 * Search by name (accents and case ignored, part of the name is enough), NISS, provisional id, and
 * birth date. A NISS typed with dots or dashes is searched as a number.
 */
export async function renderSearch(ctx: Ctx) {
  const { t } = ctx;
  const q = (ctx.query('q') ?? ctx.query('niss') ?? '').trim();
  const birthDate = (ctx.query('birthDate') ?? '').trim();
  const isSearch = ctx.query('q') !== undefined || ctx.query('niss') !== undefined || ctx.query('birthDate') !== undefined;
  let errors: FieldMessage[] = [];
  let results: Person[] | null = null;
  if (birthDate && !isDate(birthDate)) errors.push({ field: 'birthDate', message: t('field.invalid-format') });
  else if (isSearch && !q && !birthDate) errors.push({ field: 'q', message: t('search.empty') });
  else if (isSearch) {
    const params = new URLSearchParams();
    if (q) params.set('q', q);
    if (birthDate) params.set('birthDate', birthDate);
    const result = await ctx.api('GET', `/api/v1/persons?${params.toString()}`);
    if (result.status === 200) results = (result.body as { items: Person[] }).items;
    else errors = problemMessages(result, t, { '/query/niss': 'q', '/query/q': 'q', '/query/birthDate': 'birthDate' }, 'q');
  }
  const registerQuery = /^[0-9 .\-/]{11,}$/.test(q) ? `?niss=${encodeURIComponent(q)}` : '';
  return ctx.send({
    title: t('persons.title'),
    status: errors.length > 0 ? 422 : 200,
    main: html`<h1>${t('persons.title')}</h1>
${errorSummary({ errors, t })}
<form method="get" action="/persons" class="form" role="search" aria-label="${t('persons.search')}">
${textField({
  name: 'q',
  label: t('search.q'),
  hint: t('search.q.hint'),
  value: q,
  error: errorOf(errors, 'q'),
  type: 'search',
  autocomplete: 'off',
  t,
})}
${textField({
  name: 'birthDate',
  label: t('persons.birthDate'),
  hint: t('search.birthDate.hint'),
  type: 'date',
  value: birthDate,
  error: errorOf(errors, 'birthDate'),
  width: 'medium',
  required: false,
  t,
})}
<div class="actions">${button({ label: t('persons.search') })}</div>
</form>
${
  results === null
    ? ''
    : results.length === 0
      ? html`<p>${t('search.noResult')}</p>`
      : html`${table({
          caption: t('persons.results'),
          head: [t('persons.name'), t('search.identifier'), t('persons.birthDate')],
          rows: results.map((person) => [
            html`<a href="/persons/${person.id}">${person.givenNames} ${person.familyName}</a>`,
            person.niss ? formatNiss(person.niss) : html`${person.provisionalId ?? ''} (${t('persons.noNiss')})`,
            person.birthDate ? formatDate(t.language, person.birthDate) : '—',
          ]),
        })}${results.length >= 50 ? html`<p>${t('search.limit')}</p>` : ''}`
}
<p><a class="button button--secondary" href="/persons/new${registerQuery}">${t('persons.register')}</a></p>`,
  });
}

export function renderRegister(
  ctx: Ctx,
  state: { values?: Record<string, string>; errors?: FieldMessage[]; status?: number; idempotencyKey: string },
): ActionOutcome {
  const { t } = ctx;
  const v = state.values ?? {
    niss: ctx.query('niss') ?? '',
    language: ctx.language === 'en' ? 'fr' : ctx.language,
  };
  const errors = state.errors ?? [];
  return ctx.page({
    title: t('register.title'),
    status: state.status,
    main: html`<h1>${t('register.title')}</h1>
${errorSummary({ errors, t, targets: { language: 'field-language-first' } })}
${postForm({
  action: '/persons/new',
  csrfToken: ctx.csrf(),
  idempotencyKey: state.idempotencyKey,
  label: t('register.title'),
  body: html`
${textField({
  name: 'niss',
  label: t('persons.niss'),
  hint: t('register.niss.hint'),
  value: v.niss,
  error: errorOf(errors, 'niss'),
  inputmode: 'numeric',
  width: 'medium',
  autocomplete: 'off',
  required: false,
  t,
})}
${textField({
  name: 'familyName',
  label: t('register.familyName'),
  value: v.familyName,
  error: errorOf(errors, 'familyName'),
  autocomplete: 'off',
  required: true,
  t,
})}
${textField({
  name: 'givenNames',
  label: t('register.givenNames'),
  value: v.givenNames,
  error: errorOf(errors, 'givenNames'),
  autocomplete: 'off',
  required: true,
  t,
})}
${textField({
  name: 'birthDate',
  label: t('persons.birthDate'),
  type: 'date',
  value: v.birthDate,
  error: errorOf(errors, 'birthDate'),
  width: 'medium',
  required: false,
  t,
})}
${textField({
  name: 'nationality',
  label: t('register.nationality'),
  value: v.nationality,
  error: errorOf(errors, 'nationality'),
  width: 'medium',
  required: false,
  t,
})}
${radioGroup({
  name: 'language',
  label: t('register.language'),
  hint: t('register.language.hint'),
  value: v.language,
  isInline: true,
  error: errorOf(errors, 'language'),
  options: [
    { value: 'fr', label: 'Français' },
    { value: 'nl', label: 'Nederlands' },
    { value: 'de', label: 'Deutsch' },
  ],
  t,
})}
<div class="actions">${button({ label: t('register.submit') })}</div>`,
})}`,
  });
}

export async function register(ctx: Ctx, newKey: () => string): Promise<ActionOutcome> {
  const { t } = ctx;
  const v = values(ctx.request.body, PERSON_FIELDS);
  const errors: FieldMessage[] = [];
  if (!v.familyName) errors.push({ field: 'familyName', message: t('register.familyName.required') });
  if (!v.givenNames) errors.push({ field: 'givenNames', message: t('register.givenNames.required') });
  if (v.birthDate && !isDate(v.birthDate)) errors.push({ field: 'birthDate', message: t('field.invalid-format') });
  if (!['fr', 'nl', 'de'].includes(v.language!)) errors.push({ field: 'language', message: t('register.language.required') });
  const key = field(ctx.request.body, '_idempotency') || newKey();
  if (errors.length > 0) return renderRegister(ctx, { values: v, errors, status: 422, idempotencyKey: key });
  const result = await ctx.api('POST', '/api/v1/persons', {
    ...(v.niss ? { niss: v.niss } : {}),
    familyName: v.familyName,
    givenNames: v.givenNames,
    ...(v.birthDate ? { birthDate: v.birthDate } : {}),
    ...(v.nationality ? { nationality: v.nationality } : {}),
    language: v.language,
  });
  if (result.status === 201) return { redirect: `/persons/${(result.body as Person).id}?done=registered` };
  const apiErrors = problemMessages(
    result,
    t,
    {
      '/niss': 'niss',
      '/familyName': 'familyName',
      '/givenNames': 'givenNames',
      '/birthDate': 'birthDate',
      '/nationality': 'nationality',
      '/language': 'language',
    },
    'niss',
  );
  return renderRegister(ctx, { values: v, errors: apiErrors, status: result.status, idempotencyKey: key });
}

type RequestSummary = {
  id: string;
  status: string;
  kind: string;
  receivedAt: string;
  acknowledgementNumber: string;
  assignedTo: { displayName: string }[];
};

export async function renderPerson(ctx: Ctx, personId: string) {
  const { t } = ctx;
  const result = await ctx.api('GET', `/api/v1/persons/${encodeURIComponent(personId)}`);
  if (result.status !== 200) return notFoundPage(ctx);
  const person = result.body as Person;
  const requests = await ctx.api('GET', `/api/v1/aid-requests?personId=${encodeURIComponent(personId)}`);
  const items = requests.status === 200 ? (requests.body as { items: RequestSummary[] }).items : [];
  // R23: the person's files this user cannot open, each with its way to emergency access (break-glass).
  const restricted = await restrictedRequestsSection(ctx, person.id);
  // Address, contact, account, household and history: for workers who may open one of the person's files (R23).
  const record = await personRecordSection(ctx, person);
  const done = ctx.query('done');
  return ctx.send({
    title: `${person.givenNames} ${person.familyName}`,
    main: html`${done === 'registered' ? notice({ kind: 'success', text: t('done.registered') }) : ''}${recordNotice(ctx, done)}
<h1>${person.givenNames} ${person.familyName}</h1>
<dl class="summary-list">
<div class="summary-list__row"><dt>${t('persons.niss')}</dt><dd>${person.niss ? formatNiss(person.niss) : t('persons.noNiss')}</dd></div>
<div class="summary-list__row"><dt>${t('persons.birthDate')}</dt><dd>${person.birthDate ? formatDate(t.language, person.birthDate) : '—'}</dd></div>
<div class="summary-list__row"><dt>${t('register.nationality')}</dt><dd>${person.nationality ?? '—'}</dd></div>
<div class="summary-list__row"><dt>${t('register.language')}</dt><dd>${LANGUAGE_NAMES[person.language as 'fr'] ?? person.language}</dd></div>
</dl>
${record}
<h2>${t('person.requests')}</h2>
${
  items.length === 0
    ? html`<p>${t('person.noRequests')}</p>`
    : table({
        caption: t('person.requests'),
        isCaptionHidden: true,
        head: [t('request.acknowledgement'), t('worklist.kind'), t('request.received'), t('worklist.status'), t('request.assignedTo')],
        rows: items.map((item) => [
          html`<a href="/requests/${item.id}">${item.acknowledgementNumber}</a>`,
          codeLabel(t, 'kind', item.kind),
          formatDate(t.language, item.receivedAt),
          statusBadge(t, item.status),
          item.assignedTo.map((a) => a.displayName).join(', ') || '—',
        ]),
      })
}
<p><a class="button" href="/persons/${person.id}/requests/new">${t('person.newRequest')}</a></p>
${restricted}`,
  });
}
