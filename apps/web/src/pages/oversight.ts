/**
 * The security advisor's oversight pages (anchors §3.5, §7; R44): the misuse indicators of a period
 * with the heaviest users and the most-consulted persons, the persons under watch, and the monthly
 * report, printable. Every read goes through the API, which audits it.
 */
import {
  button,
  errorSummary,
  formatDate,
  formatDateTime,
  formatNumber,
  html,
  join,
  notice,
  pagination,
  postForm,
  printButton,
  statusTag,
  summaryList,
  table,
  textField,
  type FieldMessage,
  type Interpolation,
} from '#ui/index.ts';
import type { Ctx } from '../context.ts';
import type { PageKit } from '../page-kit.ts';
import { errorOf, field, problemMessages, textRecord } from '../forms.ts';
import { auditActionLabel, codeLabel } from '../labels.ts';
import { failurePage } from './errors.ts';
import { RETENTION_FIELDS } from './cpas-settings.ts';

type Raised = {
  indicator: string;
  count: number;
  threshold: number;
  userId?: string;
  userName?: string;
  personId?: string;
  personName?: string;
};
type UserRow = {
  userId: string;
  userName: string;
  role: string;
  actions: number;
  persons: number;
  searchesByName: number;
  searchesByNiss: number;
  outOfHours: number;
  denied: number;
  consultations: number;
};
type PersonRow = { personId: string; personName: string; isSensitive: boolean; actions: number; users: number };
type Rankings = { users: UserRow[]; persons: PersonRow[] };
type Watched = {
  id: string;
  familyName: string;
  givenNames: string;
  reason: string | null;
  flaggedAt: string | null;
  flaggedBy: string | null;
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A link to the audit log of one user or one person over the period shown (the advisor's drill-down). */
const auditLink = (period: { from: string; to: string }, who: { userId: string } | { personId: string }, label: string) =>
  html`<a href="/oversight/audit?${new URLSearchParams({ ...who, from: period.from.slice(0, 10), to: period.to.slice(0, 10) }).toString()}">${label}</a>`;

function raisedTable(ctx: Ctx, items: Raised[], period: { from: string; to: string }): Interpolation {
  const { t } = ctx;
  if (items.length === 0) return notice({ kind: 'success', text: t('oversight.raised.none') });
  return html`${notice({ kind: 'warning', text: items.length === 1 ? t('oversight.raised.one') : t('oversight.raised.count', { count: items.length }) })}
${table({
  caption: t('oversight.raised.caption'),
  isCaptionHidden: true,
  head: [t('oversight.col.indicator'), t('oversight.col.concerns'), t('oversight.col.count'), t('oversight.col.threshold')],
  rows: items.map((item) => [
    t.maybe(`oversight.indicator.${item.indicator}`) ?? item.indicator,
    join(
      [
        item.userId && item.userName ? auditLink(period, { userId: item.userId }, item.userName) : '',
        item.personId && item.personName ? auditLink(period, { personId: item.personId }, item.personName) : '',
      ].filter((part) => part !== ''),
      ' → ',
    ),
    formatNumber(t.language, item.count),
    formatNumber(t.language, item.threshold),
  ]),
})}`;
}

function rankingTables(ctx: Ctx, rankings: Rankings, period: { from: string; to: string }): Interpolation {
  const { t } = ctx;
  const n = (value: number) => formatNumber(t.language, value);
  return html`<h2>${t('oversight.rankings.users')}</h2>
${table({
  caption: t('oversight.rankings.users'),
  isCaptionHidden: true,
  head: [
    t('oversight.col.user'),
    t('oversight.col.role'),
    t('oversight.col.actions'),
    t('oversight.col.persons'),
    t('oversight.col.byName'),
    t('oversight.col.byNiss'),
    t('oversight.col.outOfHours'),
    t('oversight.col.denied'),
    t('oversight.col.consultations'),
  ],
  rows: rankings.users.map((row) => [
    auditLink(period, { userId: row.userId }, row.userName),
    codeLabel(t, 'role', row.role),
    n(row.actions),
    n(row.persons),
    n(row.searchesByName),
    n(row.searchesByNiss),
    n(row.outOfHours),
    n(row.denied),
    n(row.consultations),
  ]),
})}
<h2>${t('oversight.rankings.persons')}</h2>
${table({
  caption: t('oversight.rankings.persons'),
  isCaptionHidden: true,
  head: [t('oversight.col.person'), t('oversight.col.actions'), t('oversight.col.users')],
  rows: rankings.persons.map((row) => [
    html`${auditLink(period, { personId: row.personId }, row.personName)}${row.isSensitive ? html` ${statusTag(t('oversight.watched'), 'warning')}` : ''}`,
    n(row.actions),
    n(row.users),
  ]),
})}`;
}

async function renderOversight(ctx: Ctx, state: { niss?: string; reason?: string; errors?: FieldMessage[]; status?: number } = {}) {
  const { t } = ctx;
  const from = DATE.test(ctx.query('from') ?? '') ? ctx.query('from') : undefined;
  const to = DATE.test(ctx.query('to') ?? '') ? ctx.query('to') : undefined;
  const search = new URLSearchParams({ ...(from ? { from } : {}), ...(to ? { to } : {}) });
  const [result, watched] = await Promise.all([
    ctx.api('GET', `/api/v1/oversight/indicators?${search}`),
    ctx.api('GET', '/api/v1/oversight/sensitive-persons'),
  ]);
  if (result.status !== 200) return failurePage(ctx, result.status);
  const report = result.body as {
    from: string;
    to: string;
    items: Raised[];
    rankings: Rankings;
    officeHours: { start: number; end: number };
  };
  const watchList = watched.status === 200 ? (watched.body as { items: Watched[] }).items : [];
  const errors = state.errors ?? [];
  const done = ctx.query('done');
  const lastMonth = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
  return ctx.send({
    title: t('oversight.title'),
    status: state.status,
    main: html`<h1>${t('oversight.title')}</h1>
${
  done === 'watched'
    ? notice({ kind: 'success', text: t('oversight.watch.added') })
    : done === 'lifted'
      ? notice({ kind: 'success', text: t('oversight.watch.lifted') })
      : ''
}
<p>${t('oversight.intro', { cpas: ctx.me?.institution.name ?? '' })}</p>
<form method="get" action="/oversight" class="panel" aria-label="${t('oversight.period')}">
${textField({ name: 'from', label: t('oversight.from'), type: 'date', value: report.from.slice(0, 10), width: 'medium', t })}
${textField({ name: 'to', label: t('oversight.to'), type: 'date', value: report.to.slice(0, 10), width: 'medium', t })}
<div class="actions">${button({ label: t('oversight.show'), variant: 'secondary' })}</div>
</form>
<h2>${t('oversight.raised.title')}</h2>
${raisedTable(ctx, report.items, report)}
${rankingTables(ctx, report.rankings, report)}
<h2>${t('oversight.watch.title')}</h2>
<p>${t('oversight.watch.intro')}</p>
${
  watchList.length === 0
    ? html`<p>${t('oversight.watch.none')}</p>`
    : table({
        caption: t('oversight.watch.caption'),
        isCaptionHidden: true,
        head: [t('oversight.col.person'), t('oversight.watch.reason'), t('oversight.watch.since'), t('oversight.watch.by'), ''],
        rows: watchList.map((row) => [
          `${row.familyName} ${row.givenNames}`,
          row.reason ?? '',
          formatDate(t.language, row.flaggedAt),
          row.flaggedBy ?? '',
          postForm({
            action: `/oversight/watch/${row.id}/lift`,
            csrfToken: ctx.csrf(),
            label: t('oversight.watch.lift', { name: `${row.familyName} ${row.givenNames}` }),
            body: button({ label: t('oversight.watch.lift', { name: `${row.familyName} ${row.givenNames}` }), variant: 'secondary' }),
          }),
        ]),
      })
}
<h3>${t('oversight.watch.add')}</h3>
${errorSummary({ errors, t })}
${postForm({
  action: '/oversight/watch',
  csrfToken: ctx.csrf(),
  label: t('oversight.watch.add'),
  body: html`
${textField({
  name: 'niss',
  label: t('oversight.watch.niss'),
  value: state.niss,
  error: errorOf(errors, 'niss'),
  inputmode: 'numeric',
  width: 'medium',
  required: true,
  t,
})}
${textField({
  name: 'reason',
  label: t('oversight.watch.reason'),
  hint: t('oversight.watch.reason.hint'),
  value: state.reason,
  error: errorOf(errors, 'reason'),
  maxlength: 500,
  required: true,
  t,
})}
<div class="actions">${button({ label: t('oversight.watch.submit') })}</div>`,
})}
<h2>${t('oversight.monthly.link')}</h2>
<form method="get" action="/oversight/reports/monthly" class="panel" aria-label="${t('oversight.monthly.link')}">
${textField({ name: 'month', label: t('oversight.monthly.month'), type: 'month', value: lastMonth, width: 'medium', t })}
<div class="actions">${button({ label: t('oversight.monthly.open'), variant: 'secondary' })}</div>
</form>
<p><a href="/oversight/settings">${t('oversight.settings.link')}</a></p>
<p><a href="/oversight/transparency">${t('transparency.link')}</a></p>
<details class="panel"><summary>${t('oversight.explain.title')}</summary>\
<p>${t('oversight.explain.text', { start: report.officeHours.start, end: report.officeHours.end })}</p></details>`,
  });
}

async function watch(ctx: Ctx) {
  const niss = field(ctx.request.body, 'niss');
  const reason = field(ctx.request.body, 'reason');
  const errors: FieldMessage[] = [];
  if (!niss) errors.push({ field: 'niss', message: ctx.t('oversight.watch.niss.required') });
  if (!reason) errors.push({ field: 'reason', message: ctx.t('oversight.watch.reason.required') });
  if (errors.length > 0) return renderOversight(ctx, { niss, reason, errors, status: 422 });
  const result = await ctx.api('POST', '/api/v1/oversight/sensitive-persons', { niss, reason });
  if (result.status === 201) return ctx.respond({ redirect: '/oversight?done=watched' });
  const messages =
    result.status === 404
      ? [{ field: 'niss', message: ctx.t('oversight.watch.notFound') }]
      : problemMessages(result, ctx.t, { '/niss': 'niss', '/reason': 'reason' }, 'niss');
  return renderOversight(ctx, { niss, reason, errors: messages, status: result.status });
}

async function renderMonthly(ctx: Ctx) {
  const { t } = ctx;
  const month = ctx.query('month');
  const result = await ctx.api('GET', `/api/v1/oversight/reports/monthly${month && MONTH.test(month) ? `?month=${month}` : ''}`);
  if (result.status !== 200) return failurePage(ctx, result.status === 422 ? 404 : result.status);
  const report = result.body as {
    month: string;
    from: string;
    to: string;
    generatedAt: string;
    institution: { name: string };
    generic: {
      activeUsers: number;
      actions: number;
      searchesByNiss: number;
      searchesByName: number;
      nameSearchShare: number;
      outOfHoursActions: number;
      outOfHoursShare: number;
      deniedActions: number;
      consultations: number;
      breakGlassOpenings: number;
      breakGlassReviewed: number;
      breakGlassUnjustified: number;
      byRole: { role: string; users: number; actions: number }[];
    };
    specific: { indicators: Raised[]; rankings: Rankings };
  };
  const g = report.generic;
  const n = (value: number) => formatNumber(t.language, value);
  const pct = (share: number) => `${formatNumber(t.language, Math.round(share * 1000) / 10)} %`;
  const monthLabel = new Intl.DateTimeFormat(t.language === 'en' ? 'en-GB' : `${t.language}-BE`, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${report.month}-01T00:00:00Z`));
  return ctx.send({
    title: t('oversight.monthly.title', { month: monthLabel }),
    main: html`<p class="no-print"><a href="/oversight">${t('oversight.monthly.back')}</a></p>
<h1>${t('oversight.monthly.title', { month: monthLabel })}</h1>
<p>${t('oversight.monthly.intro', { cpas: report.institution.name, date: formatDateTime(t.language, report.generatedAt) })}</p>
${printButton(t)}
<h2>${t('oversight.monthly.generic')}</h2>
${summaryList([
  [t('oversight.monthly.activeUsers'), n(g.activeUsers)],
  [t('oversight.monthly.actions'), n(g.actions)],
  [t('oversight.monthly.searchesByNiss'), n(g.searchesByNiss)],
  [t('oversight.monthly.searchesByName'), n(g.searchesByName)],
  [t('oversight.monthly.nameShare'), pct(g.nameSearchShare)],
  [t('oversight.monthly.outOfHours'), n(g.outOfHoursActions)],
  [t('oversight.monthly.outOfHoursShare'), pct(g.outOfHoursShare)],
  [t('oversight.monthly.denied'), n(g.deniedActions)],
  [t('oversight.monthly.consultations'), n(g.consultations)],
  [
    t('oversight.monthly.breakGlass'),
    t('oversight.monthly.breakGlass.value', {
      opened: g.breakGlassOpenings,
      reviewed: g.breakGlassReviewed,
      unjustified: g.breakGlassUnjustified,
    }),
  ],
])}
${table({
  caption: t('oversight.monthly.byRole'),
  head: [t('oversight.col.role'), t('oversight.monthly.activeUsers'), t('oversight.monthly.actions')],
  rows: g.byRole.map((row) => [codeLabel(t, 'role', row.role), n(row.users), n(row.actions)]),
})}
<h2>${t('oversight.monthly.specific')}</h2>
${raisedTable(ctx, report.specific.indicators, report)}
${rankingTables(ctx, report.specific.rankings, report)}`,
  });
}

/** The fields of each setting the page offers, in the order shown; `dpoContact` is text, the others whole numbers. */
const SETTING_FIELDS = {
  oversight: [
    'officeHoursStart',
    'officeHoursEnd',
    'nameSearchThreshold',
    'outOfHoursThreshold',
    'denialThreshold',
    'volumeThreshold',
    'volumeOutlierFactor',
    'personUsersThreshold',
    'sensitivePersonThreshold',
    'consultationThreshold',
    'requesterInstitutionsThreshold',
    'rankingSize',
  ],
  access: ['breakGlassMinutes', 'grantMaxHours'],
  retention: RETENTION_FIELDS,
  statistics: ['smallCellThreshold'],
  dataProtection: ['dpoContact'],
} as const;
type SettingKey = keyof typeof SETTING_FIELDS;
const isSettingKey = (key: string): key is SettingKey => Object.hasOwn(SETTING_FIELDS, key);

async function renderSettings(
  ctx: Ctx,
  state: { key?: SettingKey; values?: Record<string, string>; errors?: FieldMessage[]; status?: number } = {},
) {
  const { t } = ctx;
  const result = await ctx.api('GET', '/api/v1/settings');
  if (result.status !== 200) return failurePage(ctx, result.status);
  const settings = new Map(
    (result.body as { items: { key: string; value: Record<string, unknown>; updatedAt: string; isEditable: boolean }[] }).items.map(
      (item) => [item.key, item],
    ),
  );
  const errors = state.errors ?? [];
  const sections = (Object.keys(SETTING_FIELDS) as SettingKey[]).map((key) => {
    const setting = settings.get(key);
    if (!setting) return '';
    const isCurrent = state.key === key;
    const fields = SETTING_FIELDS[key].map((name) => {
      const value = isCurrent && state.values ? state.values[name] : setting.value[name];
      const common = {
        name,
        id: `field-${key}-${name}`,
        label: t(`oversight.settings.field.${name}`),
        value: value === null || value === undefined ? '' : String(value),
        error: isCurrent ? errorOf(errors, name) : undefined,
        t,
      };
      return name === 'dpoContact'
        ? textField({ ...common, maxlength: 300, required: false })
        : textField({ ...common, inputmode: 'numeric', width: 'short', required: true });
    });
    return html`<section class="panel" aria-labelledby="settings-${key}"><h2 id="settings-${key}">${t(`oversight.settings.section.${key}`)}</h2>
<p class="hint">${t('oversight.settings.lastChange', { date: formatDateTime(t.language, setting.updatedAt) })}</p>
${
  setting.isEditable
    ? postForm({
        action: `/oversight/settings/${key}`,
        csrfToken: ctx.csrf(),
        label: t(`oversight.settings.section.${key}`),
        body: html`${fields}${
          key === 'retention'
            ? textField({
                name: 'reason',
                id: `field-${key}-reason`,
                label: t('cpasSettings.field.reason'),
                value: isCurrent ? state.values?.reason : '',
                error: isCurrent ? errorOf(errors, 'reason') : undefined,
                maxlength: 500,
                required: true,
                t,
              })
            : ''
        }<div class="actions">${button({ label: t('oversight.settings.save') })}</div>`,
      })
    : fields
}
</section>`;
  });
  return ctx.send({
    title: t('oversight.settings.title'),
    status: state.status,
    main: html`<p><a href="/oversight">${t('oversight.monthly.back')}</a></p>
<h1>${t('oversight.settings.title')}</h1>
${ctx.query('done') === 'saved' ? notice({ kind: 'success', text: t('oversight.settings.saved') }) : ''}
<p>${t('oversight.settings.intro', { cpas: ctx.me?.institution.name ?? '' })}</p>
${errorSummary({ errors, t, targets: Object.fromEntries(errors.map((error) => [error.field, `field-${state.key}-${error.field}`])) })}
${sections}`,
  });
}

async function saveSetting(ctx: Ctx, key: string) {
  if (!isSettingKey(key)) return failurePage(ctx, 404);
  const values = Object.fromEntries(SETTING_FIELDS[key].map((name) => [name, field(ctx.request.body, name)]));
  const errors: FieldMessage[] = [];
  const changes: Record<string, number | string | null> = {};
  for (const [name, text] of Object.entries(values)) {
    if (name === 'dpoContact') changes[name] = text === '' ? null : text;
    else if (/^\d+(\.\d+)?$/.test(text)) changes[name] = Number(text);
    else errors.push({ field: name, message: ctx.t('oversight.settings.invalid') });
  }
  // The retention periods change with their reason (kept in the history, issue 12).
  const reason: Record<string, string> = key === 'retention' ? { reason: field(ctx.request.body, 'reason').slice(0, 501) } : {};
  if (errors.length > 0) return renderSettings(ctx, { key, values: { ...values, ...reason }, errors, status: 422 });
  const result = await ctx.api('PUT', `/api/v1/settings/${key}`, { ...changes, ...reason });
  if (result.status === 200) return ctx.respond({ redirect: `/oversight/settings?done=saved#settings-${key}` });
  const paths = { ...Object.fromEntries(SETTING_FIELDS[key].map((name) => [`/${name}`, name])), '/reason': 'reason' };
  return renderSettings(ctx, {
    key,
    values: { ...values, ...reason },
    errors: problemMessages(result, ctx.t, paths, SETTING_FIELDS[key][0]),
    status: result.status,
  });
}

const AUDIT_PAGE = 100;

async function renderAudit(ctx: Ctx) {
  const { t } = ctx;
  const q = textRecord(ctx.request.query);
  const offset = Math.max(0, Number.parseInt(q.offset ?? '0', 10) || 0);
  const filter = new URLSearchParams(
    Object.entries({
      userId: q.userId,
      personId: q.personId,
      from: DATE.test(q.from ?? '') ? q.from : undefined,
      to: DATE.test(q.to ?? '') ? q.to : undefined,
    }).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''),
  );
  const result = await ctx.api('GET', `/api/v1/oversight/audit-events?${filter}&limit=${AUDIT_PAGE}&offset=${offset}`);
  if (result.status !== 200) return failurePage(ctx, result.status === 403 ? 403 : 404);
  const log = result.body as {
    from: string;
    to: string;
    total: number;
    user: { displayName: string | null } | null;
    person: { name: string | null } | null;
    items: {
      at: string;
      user: { displayName: string | null } | null;
      role: string | null;
      action: string;
      outcome: string;
      person: { id: string; name: string | null } | null;
    }[];
  };
  const subject = log.user ? (log.user.displayName ?? '—') : (log.person?.name ?? '—');
  const title = log.user ? t('oversight.audit.titleUser', { name: subject }) : t('oversight.audit.titlePerson', { name: subject });
  return ctx.send({
    title,
    main: html`<p><a href="/oversight?${new URLSearchParams({
      from: log.from.slice(0, 10),
      to: log.to.slice(0, 10),
    }).toString()}">${t('oversight.monthly.back')}</a>\
</p>
<h1>${title}</h1>
<p>${t('oversight.audit.intro', { from: formatDate(t.language, log.from), to: formatDate(t.language, log.to), count: log.total })}</p>
${
  log.items.length === 0
    ? html`<p>${t('oversight.audit.none')}</p>`
    : table({
        caption: title,
        isCaptionHidden: true,
        head: [
          t('oversight.audit.at'),
          t('oversight.col.user'),
          t('oversight.col.role'),
          t('oversight.audit.action'),
          t('oversight.col.person'),
          t('oversight.audit.outcome'),
        ],
        rows: log.items.map((item) => [
          formatDateTime(t.language, item.at),
          item.user?.displayName ?? t('oversight.audit.system'),
          codeLabel(t, 'role', item.role),
          auditActionLabel(t, item.action),
          item.person?.name ?? '',
          item.outcome === 'denied' ? statusTag(t('oversight.audit.denied'), 'danger') : t('oversight.audit.allowed'),
        ]),
      })
}
${pagination({ total: log.total, limit: AUDIT_PAGE, offset, href: (next) => `/oversight/audit?${filter}&offset=${next}`, t })}`,
  });
}

export function registerOversightPages(kit: PageKit): void {
  const { app, page, post } = kit;
  app.get(
    '/oversight',
    page((ctx) => renderOversight(ctx)),
  );
  app.post('/oversight/watch', post, page(watch));
  app.post(
    '/oversight/watch/:id/lift',
    post,
    page(async (ctx) => {
      const result = await ctx.api('PUT', `/api/v1/persons/${encodeURIComponent(ctx.param('id'))}/sensitivity`, {
        isSensitive: false,
      });
      return result.status === 200
        ? ctx.respond({ redirect: '/oversight?done=lifted' })
        : failurePage(ctx, result.status === 403 ? 403 : 404);
    }),
  );
  app.get('/oversight/reports/monthly', page(renderMonthly));
  app.get(
    '/oversight/settings',
    page((ctx) => renderSettings(ctx)),
  );
  app.get('/oversight/audit', page(renderAudit));
  app.post(
    '/oversight/settings/:key',
    post,
    page((ctx) => saveSetting(ctx, ctx.param('key'))),
  );
}
