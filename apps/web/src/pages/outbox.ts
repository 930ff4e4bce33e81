/** Parked messages to the hub, for the CPAS's IT administrator: sent again or closed with a reason, never parked silently. */
import { button, formatDate, html, notice, pagination, postForm, selectField, table } from '#ui/index.ts';
import { hasRole, type Ctx } from '../context.ts';
import type { PageKit } from '../page-kit.ts';
import { field } from '../forms.ts';
import type { MessageKey } from '../messages/index.ts';
import { failurePage } from './errors.ts';

const PAGE_SIZE = 50;
const TOPICS = ['integration', 'correction', 'integration.niss-replaced'] as const;
const RESOLUTIONS = ['no-longer-needed', 'sent-otherwise'] as const;

type Parked = {
  id: number;
  topic: string;
  action: string | null;
  fileRef: string | null;
  createdAt: string;
  attempts: number;
  reason: string | null;
};

function describe(ctx: Ctx, item: Parked): string {
  const { t } = ctx;
  const topic = (TOPICS as readonly string[]).includes(item.topic)
    ? t(`outbox.topic.${item.topic}` as MessageKey)
    : t('outbox.topic.other');
  const action = item.action === 'register' || item.action === 'end' ? ` (${t(`outbox.action.${item.action}`)})` : '';
  return `${topic}${action}`;
}

function reasonOf(ctx: Ctx, item: Parked): string {
  if (!item.reason) return '—';
  if (item.reason === 'no route for topic') return ctx.t('outbox.reason.no-route');
  return ctx.t('outbox.reason.refused', { code: item.reason });
}

async function renderOutbox(ctx: Ctx) {
  const { t, me } = ctx;
  if (!hasRole(me, 'admin')) return failurePage(ctx, 403);
  const offset = Math.max(0, Number.parseInt(ctx.query('offset') ?? '0', 10) || 0);
  const result = await ctx.api('GET', `/api/v1/outbox/parked?limit=${PAGE_SIZE}&offset=${offset}`);
  if (result.status !== 200) return failurePage(ctx, result.status);
  const { items, total } = result.body as { items: Parked[]; total: number };
  const done = ctx.query('done');
  return ctx.send({
    title: t('outbox.title'),
    main: html`<h1>${t('outbox.title')}</h1>
${done === 'retried' ? notice({ kind: 'success', text: t('outbox.done.retried') }) : ''}
${done === 'resolved' ? notice({ kind: 'success', text: t('outbox.done.resolved') }) : ''}
<p>${t('outbox.intro')}</p>
${
  items.length === 0
    ? html`<p>${t('outbox.empty')}</p>`
    : table({
        caption: t('outbox.caption'),
        head: [t('outbox.col.message'), t('outbox.col.file'), t('outbox.col.since'), t('outbox.col.reason'), t('outbox.col.actions')],
        rows: items.map((item) => [
          describe(ctx, item),
          item.fileRef ? html`<a href="/requests/${item.fileRef}">${t('outbox.openFile')}</a>` : t('outbox.noFile'),
          formatDate(t.language, item.createdAt),
          reasonOf(ctx, item),
          html`${postForm({
            action: `/admin/outbox/${item.id}/retry`,
            csrfToken: ctx.csrf(),
            label: t('outbox.retry', { id: String(item.id) }),
            className: 'form form--inline',
            body: button({ label: t('outbox.retry', { id: String(item.id) }), variant: 'secondary' }),
          })}
${postForm({
  action: `/admin/outbox/${item.id}/resolve`,
  csrfToken: ctx.csrf(),
  label: t('outbox.resolve', { id: String(item.id) }),
  className: 'form form--inline',
  body: html`${selectField({
    name: 'resolution',
    id: `resolution-${item.id}`,
    label: t('outbox.resolution'),
    value: RESOLUTIONS[0],
    options: RESOLUTIONS.map((value) => ({ value, label: t(`outbox.resolution.${value}`) })),
    t,
  })}${button({ label: t('outbox.resolve', { id: String(item.id) }), variant: 'warning' })}`,
})}`,
        ]),
      })
}
${pagination({ total, limit: PAGE_SIZE, offset, href: (next) => `/admin/outbox?offset=${next}`, t })}`,
  });
}

export function registerOutboxPages(kit: PageKit): void {
  const { app, page, post } = kit;
  app.get('/admin/outbox', page(renderOutbox));
  app.post(
    '/admin/outbox/:id/retry',
    post,
    page(async (ctx) => {
      const result = await ctx.api('POST', `/api/v1/outbox/${encodeURIComponent(ctx.param('id'))}/retry`);
      return result.status === 200
        ? ctx.respond({ redirect: '/admin/outbox?done=retried' })
        : failurePage(ctx, result.status === 403 ? 403 : 404);
    }),
  );
  app.post(
    '/admin/outbox/:id/resolve',
    post,
    page(async (ctx) => {
      const resolution = field(ctx.request.body, 'resolution');
      const result = await ctx.api('POST', `/api/v1/outbox/${encodeURIComponent(ctx.param('id'))}/resolve`, { resolution });
      if (result.status === 200) return ctx.respond({ redirect: '/admin/outbox?done=resolved' });
      return failurePage(ctx, result.status === 403 ? 403 : result.status === 422 ? 400 : 404);
    }),
  );
}
