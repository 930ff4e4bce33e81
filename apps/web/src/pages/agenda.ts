/** The committee's agenda: the signed reports on the agenda of the member's sessions until their access lapses, read-only (R15, R23, R24). */
import { formatDate, html, notice, pagination, table } from '#ui/index.ts';
import type { Ctx } from '../context.ts';
import { codeLabel } from '../labels.ts';
import { failurePage } from './errors.ts';
import { renderReportSections, type Sections } from './report.ts';

const PAGE_SIZE = 20;

export async function renderAgenda(ctx: Ctx) {
  const { t } = ctx;
  const offset = Math.max(0, Number.parseInt(ctx.query('offset') ?? '0', 10) || 0);
  const result = await ctx.api('GET', `/api/v1/agenda?limit=${PAGE_SIZE}&offset=${offset}`);
  if (result.status !== 200) return failurePage(ctx, result.status);
  const { items, total } = result.body as {
    items: {
      requestId: string;
      kind: string;
      personName: string;
      originalReceivedAt: string;
      signedAt: string | null;
      sessionId: string;
      sessionDate: string;
    }[];
    total: number;
  };
  return ctx.send({
    title: t('agenda.title'),
    main: html`<h1>${t('agenda.title')}</h1><p>${t('agenda.intro')}</p>
${
  items.length === 0
    ? html`<p>${t('agenda.empty')}</p>`
    : table({
        caption: t('agenda.caption'),
        head: [t('agenda.session'), t('worklist.person'), t('worklist.kind'), t('request.received'), t('agenda.signedAt')],
        rows: items.map((item) => [
          html`<a href="/committee/${item.sessionId}">${formatDate(t.language, item.sessionDate)}</a>`,
          html`<a href="/agenda/${item.requestId}">${item.personName}</a>`,
          codeLabel(t, 'kind', item.kind),
          formatDate(t.language, item.originalReceivedAt),
          item.signedAt ? formatDate(t.language, item.signedAt) : '—',
        ]),
      })
}
${pagination({ total, limit: PAGE_SIZE, offset, href: (next) => `/agenda?offset=${next}`, t })}`,
  });
}

export async function renderAgendaReport(ctx: Ctx, id: string) {
  const { t } = ctx;
  const result = await ctx.api('GET', `/api/v1/agenda/${encodeURIComponent(id)}/social-report`);
  if (result.status !== 200) return failurePage(ctx, result.status);
  const report = result.body as { personName: string; kind: string; sections: Sections; signedAt: string; signedBy: string | null };
  return ctx.send({
    title: t('agenda.report.title', { name: report.personName }),
    main: html`<p><a href="/agenda">${t('agenda.back')}</a></p>
<h1>${t('agenda.report.title', { name: report.personName })}</h1>
${notice({
  kind: 'info',
  text: t('agenda.report.signed', {
    date: formatDate(t.language, report.signedAt),
    name: report.signedBy ?? '—',
    kind: codeLabel(t, 'kind', report.kind),
  }),
})}
${renderReportSections(ctx, report.sections)}`,
  });
}
