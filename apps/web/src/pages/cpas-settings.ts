/**
 * The CPAS administrator's settings (issue 12, scope 2): what the CPAS shares in its summary by
 * default (R30, R31, R36) and how long it keeps each record class (R35, R42, R45), each form with the
 * reason of the change, and the history of each key (who, when, why, from what). The API decides the
 * bounds (`settings.service.ts`: never beyond the legal maximum) and who may change what; this page
 * only offers.
 */
import {
  button,
  checkbox,
  errorSummary,
  formatDateTime,
  html,
  notice,
  postForm,
  summaryList,
  table,
  textArea,
  textField,
  type FieldMessage,
  type SafeHtml,
} from '#ui/index.ts';
import type { Ctx } from '../context.ts';
import type { PageKit } from '../page-kit.ts';
import { errorOf, field, problemMessages, textValues } from '../forms.ts';
import { CODES, codeLabel } from '../labels.ts';
import { failurePage } from './errors.ts';
import type { MessageKey } from '../messages/index.ts';

/** Bounds shown in the hints; the API holds the same numbers and refuses anything outside them. */
const SHARING_MAX_WINDOW_MONTHS = 24;
const RECEIVED_SUMMARY_MAX_DAYS = 365;
const MIN_AUDIT_LOG_MONTHS = 12;

/** The retention periods a CPAS sets (setting `retention`), in the order both of its pages show them. */
export const RETENTION_FIELDS = [
  'closedFileMonths',
  'auditLogMonths',
  'sessionDays',
  'outboxSentDays',
  'handledNoticeMonths',
  'purgeRunMonths',
  'incomingTransferMonths',
  'purgeIntervalHours',
] as const;

const NUMBER_FIELDS = {
  sharing: ['windowMonths'],
  retention: RETENTION_FIELDS,
  exchange: ['receivedSummaryDays'],
} as const;
type Key = keyof typeof NUMBER_FIELDS;
const KEYS = Object.keys(NUMBER_FIELDS) as Key[];
const isKey = (key: string): key is Key => Object.hasOwn(NUMBER_FIELDS, key);
const MAX_REASON = 500;

type Setting = { key: string; value: Record<string, unknown>; updatedAt: string; isEditable: boolean };
type Change = {
  previous: Record<string, unknown>;
  value: Record<string, unknown>;
  changedAt: string;
  changedBy: string;
  reason: string | null;
};
type State = { key?: Key; values?: Record<string, unknown>; reason?: string; errors?: FieldMessage[]; status?: number };

const fieldLabel = (ctx: Ctx, name: string): string =>
  ctx.t.maybe(`cpasSettings.field.${name}`) ?? ctx.t.dynamic(`oversight.settings.field.${name}`);
const sectionTitle = (ctx: Ctx, key: Key) => ctx.t(`cpasSettings.section.${key}` as MessageKey);

function shown(ctx: Ctx, name: string, value: unknown): string {
  if (typeof value === 'boolean') return value ? ctx.t('cpasSettings.yes') : ctx.t('cpasSettings.no');
  if (Array.isArray(value))
    return value.length === 0 ? ctx.t('cpasSettings.none') : value.map((code) => codeLabel(ctx.t, 'kind', String(code))).join(', ');
  return value === null || value === undefined ? '—' : String(value);
}

/** "field: before → after" for every field a change touched. */
function changeText(ctx: Ctx, change: Change): SafeHtml {
  const names = Object.keys(change.value).filter((name) => JSON.stringify(change.previous[name]) !== JSON.stringify(change.value[name]));
  return html`${names.map(
    (name, index) =>
      html`${index > 0 ? html`<br>` : ''}${fieldLabel(ctx, name)} : ${shown(ctx, name, change.previous[name])} → ${shown(ctx, name, change.value[name])}`,
  )}`;
}

async function history(ctx: Ctx, key: Key): Promise<SafeHtml> {
  const { t } = ctx;
  const result = await ctx.api('GET', `/api/v1/settings/${key}/history`);
  const items = result.status === 200 ? (result.body as { items: Change[] }).items.slice(0, 20) : [];
  return html`<h3>${t('cpasSettings.history')}</h3>
${
  items.length === 0
    ? html`<p>${t('cpasSettings.history.none')}</p>`
    : table({
        caption: t('cpasSettings.history.caption', { section: sectionTitle(ctx, key) }),
        isCaptionHidden: true,
        head: [t('cpasSettings.col.at'), t('cpasSettings.col.by'), t('cpasSettings.col.change'), t('cpasSettings.col.reason')],
        rows: items.map((item) => [formatDateTime(t.language, item.changedAt), item.changedBy, changeText(ctx, item), item.reason ?? '—']),
      })
}`;
}

function numberField(ctx: Ctx, key: Key, name: string, value: unknown, errors: FieldMessage[], hint?: string) {
  return textField({
    name,
    id: `field-${key}-${name}`,
    label: fieldLabel(ctx, name),
    hint,
    value: value === null || value === undefined ? '' : String(value),
    error: errorOf(errors, name),
    inputmode: 'numeric',
    width: 'short',
    required: true,
    t: ctx.t,
  });
}

function sharingFields(ctx: Ctx, value: Record<string, unknown>, errors: FieldMessage[]): SafeHtml {
  const { t } = ctx;
  const excluded = new Set(Array.isArray(value.excludedAidTypes) ? value.excludedAidTypes.map(String) : []);
  return html`<p>${t('cpasSettings.sharing.intro')}</p>
${numberField(ctx, 'sharing', 'windowMonths', value.windowMonths, errors, t('cpasSettings.field.windowMonths.hint', { max: SHARING_MAX_WINDOW_MONTHS }))}
${checkbox({ name: 'shareAmounts', id: 'field-sharing-shareAmounts', label: t('cpasSettings.field.shareAmounts'), isChecked: value.shareAmounts === true })}
${checkbox({
  name: 'sharePiis',
  id: 'field-sharing-sharePiis',
  label: t('cpasSettings.field.sharePiis'),
  hint: t('cpasSettings.field.sharePiis.hint'),
  isChecked: value.sharePiis === true,
})}
<fieldset class="fieldset" id="field-sharing-excludedAidTypes"><legend>${t('cpasSettings.field.excludedAidTypes')}</legend>
${errorOf(errors, 'excludedAidTypes') ? html`<p class="field-error">${errorOf(errors, 'excludedAidTypes')}</p>` : ''}
${CODES.kind.map((code) =>
  checkbox({
    name: 'excludedAidTypes',
    value: code,
    id: `field-excluded-${code}`,
    label: codeLabel(t, 'kind', code),
    isChecked: excluded.has(code),
  }),
)}
</fieldset>`;
}

async function render(ctx: Ctx, state: State = {}) {
  const { t } = ctx;
  const result = await ctx.api('GET', '/api/v1/settings');
  if (result.status !== 200) return failurePage(ctx, result.status === 401 ? 401 : 403);
  const settings = new Map((result.body as { items: Setting[] }).items.map((item) => [item.key, item]));
  const errors = state.errors ?? [];
  const sections: SafeHtml[] = [];
  for (const key of KEYS) {
    const setting = settings.get(key);
    if (!setting) continue;
    const isCurrent = state.key === key;
    const value = isCurrent && state.values ? { ...setting.value, ...state.values } : setting.value;
    const keyErrors = isCurrent ? errors : [];
    const fields =
      key === 'sharing'
        ? sharingFields(ctx, value, keyErrors)
        : html`${key === 'retention' ? html`<p>${t('cpasSettings.retention.intro', { min: MIN_AUDIT_LOG_MONTHS })}</p>` : ''}
${NUMBER_FIELDS[key].map((name) =>
  numberField(
    ctx,
    key,
    name,
    value[name],
    keyErrors,
    name === 'receivedSummaryDays' ? t('cpasSettings.field.receivedSummaryDays.hint', { max: RECEIVED_SUMMARY_MAX_DAYS }) : undefined,
  ),
)}`;
    const reason = textArea({
      name: 'reason',
      id: `field-${key}-reason`,
      label: t('cpasSettings.field.reason'),
      hint: t('cpasSettings.field.reason.hint'),
      value: isCurrent ? state.reason : '',
      error: errorOf(keyErrors, 'reason'),
      maxlength: MAX_REASON,
      rows: 2,
      required: true,
      t,
    });
    sections.push(html`<section class="panel" aria-labelledby="settings-${key}"><h2 id="settings-${key}">${sectionTitle(ctx, key)}</h2>
<p class="hint">${t('cpasSettings.lastChange', { date: formatDateTime(t.language, setting.updatedAt) })}</p>
${
  setting.isEditable
    ? postForm({
        action: `/admin/settings/${key}`,
        csrfToken: ctx.csrf(),
        label: sectionTitle(ctx, key),
        body: html`${fields}${reason}<div class="actions">${button({ label: t('cpasSettings.save') })}</div>`,
      })
    : summaryList(Object.entries(setting.value).map(([name, item]) => [fieldLabel(ctx, name), shown(ctx, name, item)] as const))
}
${await history(ctx, key)}
</section>`);
  }
  const targets = Object.fromEntries(
    errors.map((error) => [
      error.field,
      error.field === 'excludedAidTypes' ? 'field-sharing-excludedAidTypes' : `field-${state.key}-${error.field}`,
    ]),
  );
  return ctx.send({
    title: t('cpasSettings.title'),
    status: state.status,
    main: html`<h1>${t('cpasSettings.title')}</h1>
${ctx.query('done') === 'saved' ? notice({ kind: 'success', text: t('cpasSettings.saved') }) : ''}
<p>${t('cpasSettings.intro', { cpas: ctx.me?.institution.name ?? '' })}</p>
${errorSummary({ errors, t, targets })}
${sections}`,
  });
}

async function save(ctx: Ctx, key: string) {
  if (!isKey(key)) return failurePage(ctx, 404);
  const body = ctx.request.body;
  const errors: FieldMessage[] = [];
  const changes: Record<string, unknown> = {};
  const typed: Record<string, unknown> = {};
  for (const name of NUMBER_FIELDS[key]) {
    const text = field(body, name);
    typed[name] = text;
    if (/^\d{1,9}$/.test(text)) changes[name] = Number(text);
    else errors.push({ field: name, message: ctx.t('cpasSettings.invalid') });
  }
  if (key === 'sharing') {
    changes.shareAmounts = typed.shareAmounts = field(body, 'shareAmounts') === 'on';
    changes.sharePiis = typed.sharePiis = field(body, 'sharePiis') === 'on';
    changes.excludedAidTypes = typed.excludedAidTypes = [...new Set(textValues(body, 'excludedAidTypes'))];
  }
  const reason = field(body, 'reason').slice(0, MAX_REASON + 1);
  if (errors.length > 0) return render(ctx, { key, values: typed, reason, errors, status: 422 });
  const result = await ctx.api('PUT', `/api/v1/settings/${key}`, { ...changes, reason });
  if (result.status === 200) return ctx.respond({ redirect: `/admin/settings?done=saved#settings-${key}` });
  if (result.status !== 422) return failurePage(ctx, result.status === 403 ? 403 : 404);
  const paths: Record<string, string> = { '/reason': 'reason', '/excludedAidTypes': 'excludedAidTypes' };
  for (const name of NUMBER_FIELDS[key]) paths[`/${name}`] = name;
  return render(ctx, { key, values: typed, reason, errors: problemMessages(result, ctx.t, paths, 'reason'), status: 422 });
}

export function registerCpasSettingsPages(kit: PageKit): void {
  const { app, page, post } = kit;
  app.get(
    '/admin/settings',
    page((ctx) => render(ctx)),
  );
  app.post(
    '/admin/settings/:key',
    post,
    page((ctx) => save(ctx, ctx.param('key'))),
  );
}
