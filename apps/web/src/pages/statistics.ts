/**
 * The statistics page (R49): the CPAS's aggregated figures of a period, small cells and their
 * complements hidden by the API (never here), a bar chart drawn as inline SVG on the server with
 * the same figures in a table, and the CSV downloads (the CPAS's own and the quarterly federal
 * return) relayed from the API. The CSP allows no inline script or style: the chart uses SVG
 * presentation attributes only.
 */
import {
  LOCALES,
  attrs,
  errorSummary,
  formatDate,
  formatNumber,
  html,
  notice,
  selectField,
  table,
  textField,
  type FieldMessage,
  type Interpolation,
  type SafeHtml,
} from '#ui/index.ts';
import { hasRole, type Ctx, type Role } from '../context.ts';
import { codeLabel } from '../labels.ts';
import type { PageKit } from '../page-kit.ts';
import { failurePage } from './errors.ts';

type Cell = { dimensions: Record<string, string>; count: number | null; isSuppressed: boolean };
type Report = {
  institution: { kbo: string; name: string };
  from: string;
  to: string;
  /** The calendar days counted, both included: what the page labels (never the instants sliced, which are a day off in Brussels). */
  period: { from: string; to: string };
  smallCellThreshold: number;
  cells: Cell[];
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ROLES: readonly Role[] = ['supervisor', 'security-advisor', 'admin'];

/** The cell with exactly these dimensions (fewer dimensions: a margin). */
const cellOf = (cells: readonly Cell[], dimensions: Record<string, string>) =>
  cells.find(
    (cell) =>
      Object.keys(cell.dimensions).length === Object.keys(dimensions).length &&
      Object.entries(dimensions).every(([key, value]) => cell.dimensions[key] === value),
  );

/** The values of one dimension among the cells of a measure, in a stable order. */
const valuesOf = (cells: readonly Cell[], measure: string, dimension: string) =>
  [
    ...new Set(
      cells
        .filter((cell) => cell.dimensions.measure === measure && cell.dimensions[dimension] !== undefined)
        .map((cell) => cell.dimensions[dimension]!),
    ),
  ].sort();

function periodQuery(from: string, to: string): string {
  const params = new URLSearchParams();
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  const text = params.toString();
  return text ? `?${text}` : '';
}

function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const endYear = Number(to.slice(0, 4));
  const endMonth = Number(to.slice(5, 7));
  while ((year < endYear || (year === endYear && month <= endMonth)) && months.length < 300) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year += 1;
  }
  return months;
}

export function registerStatisticsPages(kit: PageKit): void {
  kit.app.get('/statistics', kit.page(renderStatistics));
  kit.app.get(
    '/statistics.csv',
    kit.page(async (ctx) => {
      const { from, to } = readPeriod(ctx);
      if (!isValidPeriod(from, to)) return failurePage(ctx, 404);
      return sendCsv(
        ctx,
        `/api/v1/statistics.csv${periodQuery(from, to)}`,
        `statistics-${ctx.me?.institution.kbo ?? 'cpas'}${from && to ? `-${from}-${to}` : ''}.csv`,
      );
    }),
  );
  kit.app.get(
    '/statistics/federal.csv',
    kit.page(async (ctx) => {
      const year = ctx.query('year') ?? '';
      const quarter = ctx.query('quarter') ?? '';
      if (!/^\d{4}$/.test(year) || !/^[1-4]$/.test(quarter)) return failurePage(ctx, 404);
      return sendCsv(
        ctx,
        `/api/v1/statistics/federal?year=${year}&quarter=${quarter}&format=csv`,
        `statistics-federal-${ctx.me?.institution.kbo ?? 'cpas'}-${year}-Q${quarter}.csv`,
      );
    }),
  );
}

function readPeriod(ctx: Ctx): { from: string; to: string } {
  return { from: (ctx.query('from') ?? '').trim(), to: (ctx.query('to') ?? '').trim() };
}

const isValidPeriod = (from: string, to: string) => (!from || DATE.test(from)) && (!to || DATE.test(to)) && (!from || !to || from <= to);

async function sendCsv(ctx: Ctx, apiUrl: string, filename: string) {
  const result = await ctx.api('GET', apiUrl);
  if (result.status !== 200 || !result.contentType.startsWith('text/csv')) return failurePage(ctx, result.status);
  return ctx.reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${filename}"`)
    .header('cache-control', 'no-store')
    .send(result.raw);
}

async function renderStatistics(ctx: Ctx) {
  const { t } = ctx;
  if (!ctx.me || !hasRole(ctx.me, ...ROLES)) return failurePage(ctx, 403);
  const { from, to } = readPeriod(ctx);
  const errors: FieldMessage[] = [];
  let report: Report | null = null;
  if (isValidPeriod(from, to)) {
    const result = await ctx.api('GET', `/api/v1/statistics${periodQuery(from, to)}`);
    if (result.status === 200) report = result.body as Report;
    else if (result.status === 422 && (result.body as { code?: string } | null)?.code === 'period.too-long')
      errors.push({ field: 'from', message: t('statistics.period.tooLong') });
    else if (result.status === 422 || result.status === 400) errors.push({ field: 'from', message: t('statistics.period.invalid') });
    else return failurePage(ctx, result.status);
  } else {
    errors.push({ field: 'from', message: t('statistics.period.invalid') });
  }
  const shownFrom = report ? report.period.from : from;
  const shownTo = report ? report.period.to : to;
  const form = html`<form method="get" action="/statistics" class="form" novalidate>
<fieldset class="fieldset"><legend class="legend">${t('statistics.period.legend')}</legend>
<div class="grid-2">
${textField({
  name: 'from',
  label: t('statistics.period.from'),
  type: 'date',
  value: shownFrom,
  width: 'medium',
  error: errors[0]?.message,
  required: true,
  t,
})}
${textField({ name: 'to', label: t('statistics.period.to'), type: 'date', value: shownTo, width: 'medium', required: true, t })}
</div>
</fieldset>
<div class="actions"><button type="submit" class="button button--primary">${t('statistics.period.show')}</button></div>
</form>`;
  return ctx.send({
    status: errors.length > 0 ? 422 : 200,
    title: t('statistics.title'),
    main: html`<h1>${t('statistics.title')}</h1>
${errorSummary({ errors, t })}
<p>${t('statistics.intro', { cpas: ctx.me.institution.name })}</p>
${form}
${report ? renderReport(ctx, report) : ''}`,
  });
}

function renderReport(ctx: Ctx, report: Report): SafeHtml {
  const { t } = ctx;
  const { from, to } = report.period;
  const { cells } = report;
  const value = (cell: Cell | undefined): Interpolation => {
    if (!cell || cell.count === 0) return formatNumber(t.language, 0);
    return cell.count === null
      ? html`<span class="tag tag--neutral">${t('statistics.hidden')}</span>`
      : formatNumber(t.language, cell.count);
  };
  const oneWay = (
    caption: string,
    head: string,
    measure: string,
    dimension: string,
    label: (code: string) => string,
    values = valuesOf(cells, measure, dimension),
  ) =>
    values.length === 0
      ? html`<p>${t('statistics.empty')}</p>`
      : table({
          caption,
          head: [head, t('statistics.count')],
          rows: [
            ...values.map((code) => [label(code), value(cellOf(cells, { measure, [dimension]: code }))]),
            [html`<strong>${t('statistics.total')}</strong>`, value(cellOf(cells, { measure }))],
          ],
        });
  const twoWay = (
    caption: string,
    measure: string,
    columnDimension: string,
    columns: readonly string[],
    columnLabel: (code: string) => string,
    options: { rowMargin: (row: string) => Cell | undefined; grand: Cell | undefined },
  ) => {
    const rows = valuesOf(cells, 'decisions', 'aidType');
    if (rows.length === 0) return html`<p>${t('statistics.empty')}</p>`;
    return table({
      caption,
      head: [t('statistics.aid'), ...columns.map(columnLabel), t('statistics.total')],
      rows: [
        ...rows.map((row) => [
          codeLabel(t, 'kind', row),
          ...columns.map((column) => value(cellOf(cells, { measure, aidType: row, [columnDimension]: column }))),
          value(options.rowMargin(row)),
        ]),
        [
          html`<strong>${t('statistics.total')}</strong>`,
          ...columns.map((column) => value(cellOf(cells, { measure, [columnDimension]: column }))),
          value(options.grand),
        ],
      ],
    });
  };
  const decisionRow = (aidType: string) => cellOf(cells, { measure: 'decisions', aidType });
  const decisionTotal = cellOf(cells, { measure: 'decisions' });
  const months = monthsBetween(from, to);
  const monthName = (month: string) =>
    new Intl.DateTimeFormat(LOCALES[t.language], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${month}-01T00:00:00Z`),
    );
  return html`${notice({ kind: 'info', text: t('statistics.period.shown', { from: formatDate(t.language, from), to: formatDate(t.language, to) }) })}
<p>${t('statistics.hidden.explanation', { threshold: report.smallCellThreshold })}</p>
<h2>${t('statistics.downloads')}</h2>
<p><a href="/statistics.csv${periodQuery(from, to)}" download>${t('statistics.csv')}</a></p>
${renderFederalForm(ctx, to)}
<h2>${t('statistics.requests.title')}</h2>
${renderBarChart(
  ctx,
  months.map((month) => ({ label: monthName(month), cell: cellOf(cells, { measure: 'requests', month }) })),
)}
${oneWay(t('statistics.requests.byMonth'), t('statistics.month'), 'requests', 'month', monthName, months)}
${oneWay(t('statistics.requests.byKind'), t('statistics.kind'), 'requests', 'kind', (code) => codeLabel(t, 'kind', code))}
<h2>${t('statistics.decisions.title')}</h2>
${twoWay(
  t('statistics.decisions.caption'),
  'decisions',
  'outcome',
  valuesOf(cells, 'decisions', 'outcome'),
  (code) => codeLabel(t, 'outcome', code),
  { rowMargin: decisionRow, grand: decisionTotal },
)}
<h2>${t('statistics.deadline.title')}</h2>
${twoWay(
  t('statistics.deadline.caption'),
  'decision-within-deadline',
  'onTime',
  ['yes', 'no', 'later-decision'],
  (code) => t.dynamic(`statistics.deadline.${code}`),
  { rowMargin: decisionRow, grand: decisionTotal },
)}
${twoWay(
  t('statistics.notification.caption'),
  'notification-within-8-days',
  'onTime',
  ['yes', 'no', 'pending'],
  (code) => t.dynamic(`statistics.notification.${code}`),
  { rowMargin: decisionRow, grand: decisionTotal },
)}
<h2>${t('statistics.consultations.title')}</h2>
${oneWay(t('statistics.consultations.caption'), t('statistics.purpose'), 'consultations', 'purpose', (code) => codeLabel(t, 'purpose', code))}
${oneWay(
  t('statistics.responses.caption'),
  t('statistics.status'),
  'consultation-responses',
  'status',
  (code) => t.maybe(`statistics.status.${code}`) ?? code,
  ['answered', 'no-file', 'withheld', 'pending', 'error'],
)}
${oneWay(
  t('statistics.answered.caption'),
  t('statistics.status'),
  'consultations-answered',
  'status',
  (code) => t.maybe(`statistics.answered.${code}`) ?? code,
  ['answered', 'no-file', 'withheld'],
)}`;
}

function renderFederalForm(ctx: Ctx, to: string): SafeHtml {
  const { t } = ctx;
  const year = Number(to.slice(0, 4));
  const quarter = String(Math.floor((Number(to.slice(5, 7)) - 1) / 3) + 1);
  const years = Array.from({ length: 6 }, (_, index) => String(year - index));
  return html`<form method="get" action="/statistics/federal.csv" class="form" novalidate aria-labelledby="federal-title">
<h3 id="federal-title">${t('statistics.federal.title')}</h3>
<div class="grid-2">
${selectField({ name: 'year', label: t('statistics.federal.year'), value: String(year), options: years.map((value) => ({ value, label: value })), t })}
${selectField({
  name: 'quarter',
  label: t('statistics.federal.quarter'),
  value: quarter,
  options: ['1', '2', '3', '4'].map((n) => ({ value: n, label: t('statistics.federal.quarter.option', { n }) })),
  t,
})}
</div>
<div class="actions"><button type="submit" class="button button--secondary">${t('statistics.federal.download')}</button></div>
</form>`;
}

/**
 * A horizontal bar chart as inline SVG: presentation attributes only (the CSP blocks inline
 * styles), a text alternative naming the table that holds the same figures, hidden bars left out.
 */
function renderBarChart(ctx: Ctx, bars: readonly { label: string; cell: Cell | undefined }[]): SafeHtml {
  const { t } = ctx;
  if (bars.length === 0) return html``;
  const max = Math.max(1, ...bars.map((bar) => bar.cell?.count ?? 0));
  const labelWidth = 170;
  const barArea = 360;
  const rowHeight = 28;
  const height = bars.length * rowHeight + 8;
  const rows = bars.map((bar, index) => {
    const y = 4 + index * rowHeight;
    const count = bar.cell?.count ?? 0;
    const isHidden = bar.cell?.count === null;
    const width = isHidden ? 0 : Math.round((count / max) * barArea);
    const text = isHidden ? t('statistics.hidden') : formatNumber(t.language, count);
    return html`<g>
<text${attrs({ x: labelWidth - 8, y: y + 18, 'text-anchor': 'end', 'font-size': 14, fill: '#1a1a1a' })}>${bar.label}</text>
${width > 0 ? html`<rect${attrs({ x: labelWidth, y: y + 4, width, height: rowHeight - 8, fill: '#1d4f91' })}></rect>` : ''}
<text${attrs({ x: labelWidth + width + 6, y: y + 18, 'font-size': 14, fill: '#1a1a1a', 'font-style': isHidden ? 'italic' : undefined })}>${text}</text>
</g>`;
  });
  return html`<figure>
<svg xmlns="http://www.w3.org/2000/svg" role="img"${attrs({
    viewBox: `0 0 ${labelWidth + barArea + 90} ${height}`,
    width: '100%',
    'aria-labelledby': 'requests-chart-title',
  })}>
<title id="requests-chart-title">${t('statistics.requests.chart')}</title>
${rows}
</svg>
<figcaption>${t('statistics.requests.chart')}</figcaption>
</figure>`;
}
