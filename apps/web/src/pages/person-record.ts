/**
 * The person's record (issue "the social file a worker lives in", item 2): address, sex, contact,
 * account, residence and civil status with their history (who, when, what); the household with its
 * cohabitants (fed to the network as 17-5 on the open files); the replacement of a national number
 * (R4). Every page goes through the casework API, which checks case-based access (R23) and audits.
 */
import {
  button,
  errorSummary,
  formatDate,
  formatDateTime,
  html,
  notice,
  postForm,
  selectField,
  summaryList,
  table,
  textArea,
  textField,
  type FieldMessage,
  type SafeHtml,
} from '#ui/index.ts';
import type { Ctx } from '../context.ts';
import type { ActionOutcome } from '../idempotency.ts';
import type { PageKit } from '../page-kit.ts';
import type { MessageKey } from '../messages/index.ts';
import { errorOf, field, isDate, problemMessages, todayInBrussels, values } from '../forms.ts';
import { formatNiss } from '../labels.ts';
import { failurePage, notFoundPage } from './errors.ts';
import { CIVIL_STATUSES, RELATIONSHIPS, RESIDENCE_STATUSES, SEXES } from '#contracts/person-record.ts';

type Details = {
  sex: string | null;
  addressStreet: string | null;
  addressPostalCode: string | null;
  addressMunicipality: string | null;
  addressCountry: string | null;
  phone: string | null;
  email: string | null;
  iban: string | null;
  residenceStatus: string | null;
  civilStatus: string | null;
};
type Member = {
  id: string;
  person: { id: string; familyName: string; givenNames: string; birthDate: string | null } | null;
  describedName: string | null;
  describedBirthDate: string | null;
  relationship: string;
  fromDate: string;
  toDate: string | null;
  isCurrent: boolean;
  isRemoved?: boolean;
};
type Change = {
  id: number;
  changedAt: string;
  changedBy: { displayName: string } | null;
  changes: Record<string, { from: unknown; to: unknown }>;
};
type PersonRecord = { details: Details; changes: Change[]; household: Member[] };
type PersonHead = {
  id: string;
  niss: string | null;
  provisionalId?: string | null;
  familyName: string;
  givenNames: string;
  identifiers?: { niss: string; kind: string; validFrom: string; replacedAt: string | null }[];
};

const DETAIL_FIELDS = [
  'sex',
  'addressStreet',
  'addressPostalCode',
  'addressMunicipality',
  'addressCountry',
  'phone',
  'email',
  'iban',
  'residenceStatus',
  'civilStatus',
] as const;
const FIELD_LABELS: Record<string, MessageKey> = {
  sex: 'record.sex',
  addressStreet: 'record.addressStreet',
  addressPostalCode: 'record.addressPostalCode',
  addressMunicipality: 'record.addressMunicipality',
  addressCountry: 'record.addressCountry',
  phone: 'record.phone',
  email: 'record.email',
  iban: 'record.iban',
  residenceStatus: 'record.residenceStatus',
  civilStatus: 'record.civilStatus',
  niss: 'record.niss',
};
const CODED: Record<string, string> = { sex: 'sex', residenceStatus: 'residenceStatus', civilStatus: 'civilStatus' };

const nameOf = (person: { givenNames: string; familyName: string }) => `${person.givenNames} ${person.familyName}`;
const label = (ctx: Ctx, list: string, code: string | null | undefined): string => (code ? (ctx.t.maybe(`${list}.${code}`) ?? code) : '');
const orUnknown = (ctx: Ctx, value: string | null | undefined): SafeHtml | string =>
  value ? value : html`<span class="hint">${ctx.t('record.notKnown')}</span>`;

/** `BE68539007547034` → `BE68 5390 0754 7034`. */
export const formatIban = (iban: string) => iban.replace(/(.{4})/g, '$1 ').trim();

function formatValue(ctx: Ctx, fieldName: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return ctx.t('record.history.empty-value');
  const text = String(value);
  if (CODED[fieldName]) return label(ctx, CODED[fieldName]!, text);
  if (fieldName === 'iban') return formatIban(text);
  if (fieldName === 'niss') return formatNiss(text);
  return text;
}

async function loadRecord(ctx: Ctx, personId: string): Promise<PersonRecord | null> {
  const result = await ctx.api('GET', `/api/v1/persons/${encodeURIComponent(personId)}/record`);
  return result.status === 200 ? (result.body as PersonRecord) : null;
}

async function loadPerson(ctx: Ctx, personId: string): Promise<PersonHead | null> {
  const result = await ctx.api('GET', `/api/v1/persons/${encodeURIComponent(personId)}`);
  return result.status === 200 ? (result.body as PersonHead) : null;
}

/** The success message after one of this page's actions (`?done=`). */
export function recordNotice(ctx: Ctx, done: string | undefined): SafeHtml | '' {
  const texts: Record<string, MessageKey> = {
    'record-saved': 'record.saved',
    'household-added': 'household.added',
    'household-ended': 'household.ended',
    'niss-replaced': 'nissReplacement.done',
  };
  const key = done ? texts[done] : undefined;
  return key ? notice({ kind: 'success', text: ctx.t(key) }) : '';
}

function addressOf(ctx: Ctx, details: Details): SafeHtml | string {
  if (!details.addressStreet && !details.addressPostalCode && !details.addressMunicipality) return orUnknown(ctx, null);
  const country = details.addressCountry && details.addressCountry !== 'BE' ? details.addressCountry : '';
  return html`${details.addressStreet ?? ''}<br>${details.addressPostalCode ?? ''} ${details.addressMunicipality ?? ''}${country ? html`<br>${country}` : ''}`;
}

function memberName(ctx: Ctx, member: Member): SafeHtml {
  if (member.isRemoved) return html`<span class="hint">${ctx.t('household.removed')}</span>`;
  if (member.person) return html`<a href="/persons/${member.person.id}">${nameOf(member.person)}</a>`;
  return html`${member.describedName ?? ''}${member.describedBirthDate ? ` (${formatDate(ctx.t.language, member.describedBirthDate)})` : ''} \
<span class="hint">(${ctx.t('household.notRegistered')})</span>`;
}

function householdTable(ctx: Ctx, personId: string, household: Member[]): SafeHtml {
  const { t } = ctx;
  if (household.length === 0) return html`<p>${t('household.empty')}</p>`;
  return table({
    caption: t('household.title'),
    isCaptionHidden: true,
    head: [t('household.member'), t('household.relationship'), t('household.period'), t('household.end')],
    rows: household.map((member) => {
      const name = member.isRemoved ? t('household.removed') : member.person ? nameOf(member.person) : (member.describedName ?? '');
      return [
        memberName(ctx, member),
        label(ctx, 'relationship', member.relationship),
        member.toDate
          ? t('household.between', { from: formatDate(t.language, member.fromDate), to: formatDate(t.language, member.toDate) })
          : t('household.since', { date: formatDate(t.language, member.fromDate) }),
        member.toDate
          ? '—'
          : postForm({
              action: `/persons/${personId}/household/${member.id}/end`,
              csrfToken: ctx.csrf(),
              className: 'form form--inline',
              label: t('household.end.label', { name }),
              body: html`${textField({
                name: 'toDate',
                id: `field-toDate-${member.id}`,
                label: t('household.toDate'),
                type: 'date',
                value: todayInBrussels(),
                width: 'medium',
                t,
              })}
${button({ label: t('household.end.submit'), variant: 'secondary' })}`,
            }),
      ];
    }),
  });
}

function historyTable(ctx: Ctx, changes: Change[]): SafeHtml {
  const { t } = ctx;
  if (changes.length === 0) return html`<p>${t('record.history.empty')}</p>`;
  return table({
    caption: t('record.history'),
    isCaptionHidden: true,
    head: [t('record.history.when'), t('record.history.who'), t('record.history.what')],
    rows: changes.map((change) => [
      formatDateTime(t.language, change.changedAt),
      change.changedBy?.displayName ?? '—',
      html`<ul class="list">${Object.entries(change.changes).map(
        ([fieldName, value]) =>
          html`<li>${t('record.history.change', {
            field: FIELD_LABELS[fieldName] ? t(FIELD_LABELS[fieldName]!) : fieldName,
            from: formatValue(ctx, fieldName, value?.from),
            to: formatValue(ctx, fieldName, value?.to),
          })}</li>`,
      )}</ul>`,
    ]),
  });
}

/** The record's part of the person page: details, household and history, or why they are not shown. */
export async function personRecordSection(ctx: Ctx, person: PersonHead): Promise<SafeHtml> {
  const { t } = ctx;
  const record = await loadRecord(ctx, person.id);
  if (!record) return html`<p class="hint">${t('record.restricted')}</p>`;
  const d = record.details;
  return html`<h2>${t('record.title')}</h2>
${summaryList([
  [t('record.sex'), orUnknown(ctx, label(ctx, 'sex', d.sex))],
  [t('record.address'), addressOf(ctx, d)],
  [t('record.phone'), orUnknown(ctx, d.phone)],
  [t('record.email'), orUnknown(ctx, d.email)],
  [t('record.iban'), orUnknown(ctx, d.iban ? formatIban(d.iban) : null)],
  [t('record.residenceStatus'), orUnknown(ctx, label(ctx, 'residenceStatus', d.residenceStatus))],
  [t('record.civilStatus'), orUnknown(ctx, label(ctx, 'civilStatus', d.civilStatus))],
])}
<p><a class="button button--secondary" href="/persons/${person.id}/edit">${t('record.edit')}</a> \
<a class="button button--secondary" href="/persons/${person.id}/niss">${t('nissReplacement.link')}</a></p>
<h2>${t('household.title')}</h2>
<p>${t('household.intro')}</p>
${householdTable(ctx, person.id, record.household)}
<p><a class="button button--secondary" href="/persons/${person.id}/household/new">${t('household.add')}</a></p>
<h2>${t('record.history')}</h2>
${historyTable(ctx, record.changes)}`;
}

// ---- Edit -----------------------------------------------------------------------------------------

const DETAIL_PATHS: Record<string, string> = Object.fromEntries(DETAIL_FIELDS.map((name) => [`/${name}`, name]));

function renderEdit(
  ctx: Ctx,
  person: PersonHead,
  state: { values: Record<string, string>; errors?: FieldMessage[]; status?: number },
): ActionOutcome {
  const { t } = ctx;
  const errors = state.errors ?? [];
  const v = state.values;
  const select = (name: 'sex' | 'residenceStatus' | 'civilStatus', list: readonly string[], key: MessageKey) =>
    selectField({
      name,
      label: t(key),
      value: v[name],
      error: errorOf(errors, name),
      placeholder: t('record.choose'),
      options: list.map((code) => ({ value: code, label: label(ctx, name, code) })),
      required: false,
      t,
    });
  const text = (name: string, key: MessageKey, extra: Partial<Parameters<typeof textField>[0]> = {}) =>
    textField({ name, label: t(key), value: v[name], error: errorOf(errors, name), required: false, autocomplete: 'off', t, ...extra });
  const title = t('record.edit.title', { name: nameOf(person) });
  return ctx.page({
    title,
    status: state.status,
    main: html`<p><a href="/persons/${person.id}">${nameOf(person)}</a></p>
<h1>${title}</h1>
<p>${t('record.edit.intro')}</p>
${errorSummary({ errors, t })}
${postForm({
  action: `/persons/${person.id}/edit`,
  csrfToken: ctx.csrf(),
  label: title,
  body: html`
${select('sex', SEXES, 'record.sex')}
<fieldset class="fieldset"><legend class="legend">${t('record.address')}</legend>
${text('addressStreet', 'record.addressStreet', { maxlength: 200 })}
${text('addressPostalCode', 'record.addressPostalCode', { width: 'short', maxlength: 10 })}
${text('addressMunicipality', 'record.addressMunicipality', { width: 'medium', maxlength: 100 })}
${text('addressCountry', 'record.addressCountry', { width: 'short', maxlength: 2, hint: t('record.addressCountry.hint') })}
</fieldset>
${text('phone', 'record.phone', { type: 'tel', width: 'medium', maxlength: 40 })}
${text('email', 'record.email', { type: 'email', maxlength: 254 })}
${text('iban', 'record.iban', { hint: t('record.iban.hint'), maxlength: 42 })}
${select('residenceStatus', RESIDENCE_STATUSES, 'record.residenceStatus')}
${select('civilStatus', CIVIL_STATUSES, 'record.civilStatus')}
<div class="actions">${button({ label: t('record.save') })}</div>`,
})}`,
  });
}

async function saveEdit(ctx: Ctx, person: PersonHead): Promise<ActionOutcome> {
  const { t } = ctx;
  const v = values(ctx.request.body, DETAIL_FIELDS);
  const body: Record<string, string | null> = {};
  for (const name of DETAIL_FIELDS) body[name] = v[name] ? v[name]! : null;
  if (!body.addressCountry) body.addressCountry = 'BE';
  const result = await ctx.api('PATCH', `/api/v1/persons/${encodeURIComponent(person.id)}`, body);
  if (result.status === 200) return { redirect: `/persons/${person.id}?done=record-saved` };
  if (result.status === 404 || result.status === 403) return { html: '', status: result.status };
  const errors = problemMessages(result, t, DETAIL_PATHS, 'addressStreet');
  return renderEdit(ctx, person, { values: v, errors, status: result.status === 400 ? 422 : result.status });
}

// ---- Household ------------------------------------------------------------------------------------

const MEMBER_FIELDS = ['memberNiss', 'describedName', 'describedBirthDate', 'relationship', 'fromDate', 'toDate'] as const;

function renderAddMember(
  ctx: Ctx,
  person: PersonHead,
  state: { values?: Record<string, string>; errors?: FieldMessage[]; status?: number },
): ActionOutcome {
  const { t } = ctx;
  const errors = state.errors ?? [];
  const v = state.values ?? { fromDate: todayInBrussels() };
  const title = t('household.add');
  return ctx.page({
    title,
    status: state.status,
    main: html`<p><a href="/persons/${person.id}">${nameOf(person)}</a></p>
<h1>${title}</h1>
<p>${t('household.add.intro')}</p>
${errorSummary({ errors, t })}
${postForm({
  action: `/persons/${person.id}/household/new`,
  csrfToken: ctx.csrf(),
  label: title,
  body: html`
${textField({
  name: 'memberNiss',
  label: t('household.memberNiss'),
  hint: t('persons.niss.hint'),
  value: v.memberNiss,
  error: errorOf(errors, 'memberNiss'),
  inputmode: 'numeric',
  width: 'medium',
  autocomplete: 'off',
  required: false,
  t,
})}
${textField({
  name: 'describedName',
  label: t('household.describedName'),
  value: v.describedName,
  error: errorOf(errors, 'describedName'),
  autocomplete: 'off',
  required: false,
  maxlength: 200,
  t,
})}
${textField({
  name: 'describedBirthDate',
  label: t('household.describedBirthDate'),
  type: 'date',
  value: v.describedBirthDate,
  error: errorOf(errors, 'describedBirthDate'),
  width: 'medium',
  required: false,
  t,
})}
${selectField({
  name: 'relationship',
  label: t('household.relationship'),
  value: v.relationship,
  error: errorOf(errors, 'relationship'),
  placeholder: t('team.reassign.choose'),
  options: RELATIONSHIPS.map((code) => ({ value: code, label: label(ctx, 'relationship', code) })),
  required: true,
  t,
})}
${textField({
  name: 'fromDate',
  label: t('household.fromDate'),
  type: 'date',
  value: v.fromDate,
  error: errorOf(errors, 'fromDate'),
  width: 'medium',
  required: true,
  t,
})}
${textField({
  name: 'toDate',
  label: t('household.toDate'),
  type: 'date',
  value: v.toDate,
  error: errorOf(errors, 'toDate'),
  width: 'medium',
  required: false,
  t,
})}
<div class="actions">${button({ label: t('household.submit') })}</div>`,
})}`,
  });
}

async function addMember(ctx: Ctx, person: PersonHead): Promise<ActionOutcome> {
  const { t } = ctx;
  const v = values(ctx.request.body, MEMBER_FIELDS);
  const errors: FieldMessage[] = [];
  if (!v.memberNiss === !v.describedName) errors.push({ field: 'memberNiss', message: t('household.member.required') });
  if (!v.relationship) errors.push({ field: 'relationship', message: t('field.required') });
  if (!v.fromDate || !isDate(v.fromDate))
    errors.push({ field: 'fromDate', message: t(v.fromDate ? 'field.invalid-format' : 'field.required') });
  if (v.toDate && !isDate(v.toDate)) errors.push({ field: 'toDate', message: t('field.invalid-format') });
  if (v.describedBirthDate && !isDate(v.describedBirthDate))
    errors.push({ field: 'describedBirthDate', message: t('field.invalid-format') });
  let memberPersonId: string | undefined;
  if (errors.length === 0 && v.memberNiss) {
    const found = await ctx.api('GET', `/api/v1/persons?niss=${encodeURIComponent(v.memberNiss)}`);
    const items = found.status === 200 ? (found.body as { items: { id: string }[] }).items : [];
    if (found.status !== 200) errors.push({ field: 'memberNiss', message: t('error.niss.invalid') });
    else if (items.length === 0) errors.push({ field: 'memberNiss', message: t('household.memberNiss.unknown') });
    else memberPersonId = items[0]!.id;
  }
  if (errors.length > 0) return renderAddMember(ctx, person, { values: v, errors, status: 422 });
  const result = await ctx.api('POST', `/api/v1/persons/${encodeURIComponent(person.id)}/household`, {
    ...(memberPersonId ? { memberPersonId } : { describedName: v.describedName }),
    ...(!memberPersonId && v.describedBirthDate ? { describedBirthDate: v.describedBirthDate } : {}),
    relationship: v.relationship,
    fromDate: v.fromDate,
    ...(v.toDate ? { toDate: v.toDate } : {}),
  });
  if (result.status === 201) return { redirect: `/persons/${person.id}?done=household-added` };
  const apiErrors = problemMessages(
    result,
    t,
    {
      '/memberPersonId': 'memberNiss',
      '/describedName': 'describedName',
      '/describedBirthDate': 'describedBirthDate',
      '/relationship': 'relationship',
      '/fromDate': 'fromDate',
      '/toDate': 'toDate',
    },
    'memberNiss',
  );
  return renderAddMember(ctx, person, { values: v, errors: apiErrors, status: result.status === 400 ? 422 : result.status });
}

// ---- NISS replacement (R4) ----------------------------------------------------------------------

function renderNiss(ctx: Ctx, person: PersonHead, state: { values?: Record<string, string>; errors?: FieldMessage[]; status?: number }) {
  const { t } = ctx;
  const errors = state.errors ?? [];
  const v = state.values ?? {};
  const title = t('nissReplacement.title', { name: nameOf(person) });
  const earlier = (person.identifiers ?? []).filter((identifier) => identifier.replacedAt);
  return ctx.page({
    title,
    status: state.status,
    main: html`<p><a href="/persons/${person.id}">${nameOf(person)}</a></p>
<h1>${title}</h1>
<p>${t('nissReplacement.intro')}</p>
${summaryList([
  [t('nissReplacement.current'), person.niss ? formatNiss(person.niss) : `${person.provisionalId ?? ''} (${t('persons.noNiss')})`],
  ...(earlier.length > 0
    ? [
        [
          t('record.identifiers'),
          html`<ul class="list">${earlier.map(
            (identifier) =>
              html`<li>${t('record.identifier.replaced', {
                niss: formatNiss(identifier.niss),
                date: formatDate(t.language, identifier.replacedAt!.slice(0, 10)),
              })}</li>`,
          )}</ul>`,
        ] as const,
      ]
    : []),
])}
${errorSummary({ errors, t })}
${postForm({
  action: `/persons/${person.id}/niss`,
  csrfToken: ctx.csrf(),
  label: title,
  body: html`
${textField({
  name: 'niss',
  label: t('nissReplacement.niss'),
  hint: t('persons.niss.hint'),
  value: v.niss,
  error: errorOf(errors, 'niss'),
  inputmode: 'numeric',
  width: 'medium',
  autocomplete: 'off',
  required: true,
  t,
})}
${textArea({
  name: 'reason',
  label: t('nissReplacement.reason'),
  hint: t('nissReplacement.reason.hint'),
  value: v.reason,
  error: errorOf(errors, 'reason'),
  rows: 3,
  maxlength: 500,
  required: true,
  t,
})}
<div class="actions">${button({ label: t('nissReplacement.submit'), variant: 'warning' })}</div>`,
})}`,
  });
}

async function replaceNiss(ctx: Ctx, person: PersonHead): Promise<ActionOutcome> {
  const { t } = ctx;
  const v = values(ctx.request.body, ['niss', 'reason']);
  const errors: FieldMessage[] = [];
  if (!v.niss) errors.push({ field: 'niss', message: t('field.required') });
  if (!v.reason) errors.push({ field: 'reason', message: t('nissReplacement.reason.required') });
  if (errors.length > 0) return renderNiss(ctx, person, { values: v, errors, status: 422 });
  const result = await ctx.api('POST', `/api/v1/persons/${encodeURIComponent(person.id)}/niss-replacements`, {
    niss: v.niss,
    reason: v.reason,
  });
  if (result.status === 201) return { redirect: `/persons/${person.id}?done=niss-replaced` };
  const code = (result.body as { code?: string } | null)?.code;
  const apiErrors =
    code === 'person.exists'
      ? [{ field: 'niss', message: t('error.person.exists.replacement') }]
      : problemMessages(result, t, { '/niss': 'niss', '/reason': 'reason' }, 'niss');
  return renderNiss(ctx, person, { values: v, errors: apiErrors, status: result.status === 400 ? 422 : result.status });
}

// ---- Routes -------------------------------------------------------------------------------------

export function registerPersonRecordPages(kit: PageKit): void {
  const { app, page, post } = kit;
  /** The person and their record, or the 404 page (the API refuses a worker without an accessible file). */
  const withRecord = (handler: (ctx: Ctx, person: PersonHead, record: PersonRecord) => Promise<unknown> | unknown) => async (ctx: Ctx) => {
    const person = await loadPerson(ctx, ctx.param('id'));
    const record = person ? await loadRecord(ctx, person.id) : null;
    if (!person || !record) return notFoundPage(ctx);
    return handler(ctx, person, record);
  };
  const respond = (ctx: Ctx, outcome: ActionOutcome) =>
    'html' in outcome && outcome.html === '' ? failurePage(ctx, outcome.status === 403 ? 403 : 404) : ctx.respond(outcome);

  app.get(
    '/persons/:id/edit',
    page(
      withRecord((ctx, person, record) => {
        const v: Record<string, string> = {};
        for (const name of DETAIL_FIELDS) v[name] = record.details[name] ?? '';
        return ctx.respond(renderEdit(ctx, person, { values: v }));
      }),
    ),
  );
  app.post('/persons/:id/edit', post, page(withRecord(async (ctx, person) => respond(ctx, await saveEdit(ctx, person)))));
  app.get('/persons/:id/household/new', page(withRecord((ctx, person) => ctx.respond(renderAddMember(ctx, person, {})))));
  app.post('/persons/:id/household/new', post, page(withRecord(async (ctx, person) => respond(ctx, await addMember(ctx, person)))));
  app.post(
    '/persons/:id/household/:memberId/end',
    post,
    page(async (ctx) => {
      const personId = ctx.param('id');
      const toDate = field(ctx.request.body, 'toDate');
      const result = await ctx.api(
        'POST',
        `/api/v1/persons/${encodeURIComponent(personId)}/household/${encodeURIComponent(ctx.param('memberId'))}/end`,
        { toDate },
      );
      if (result.status === 200) return ctx.reply.redirect(`/persons/${encodeURIComponent(personId)}?done=household-ended`, 303);
      if (result.status === 404 || result.status === 403) return failurePage(ctx, result.status);
      return ctx.reply.redirect(`/persons/${encodeURIComponent(personId)}/household/new`, 303);
    }),
  );
  app.get('/persons/:id/niss', page(withRecord((ctx, person) => ctx.respond(renderNiss(ctx, person, {})))));
  app.post('/persons/:id/niss', post, page(withRecord(async (ctx, person) => respond(ctx, await replaceNiss(ctx, person)))));
}
