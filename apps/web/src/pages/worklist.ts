/** The worklist: deadlines due and overdue on my files (R8, R10, R13, R14), paginated. */
import { formatDate, html, pagination, statusTag, table } from '#ui/index.ts';
import { hasRole, type Ctx } from '../context.ts';
import { alertLabel, codeLabel } from '../labels.ts';
import { breakGlassWorklistLink } from './break-glass.ts';
import { incomingTransfersNotice } from './exchange-file.ts';

const PAGE_SIZE = 20;

type Item = {
  requestId: string;
  personName: string;
  kind: string;
  status: string;
  alert: string;
  dueDate: string;
  isOverdue: boolean;
  details?: Record<string, unknown>;
};

export async function renderWorklist(ctx: Ctx) {
  const { t, me } = ctx;
  if (hasRole(me, 'committee-member')) return ctx.reply.redirect('/agenda', 303);
  if (!me || !hasRole(me, 'social-worker', 'supervisor')) {
    return ctx.send({
      title: t('home.title'),
      main: html`<h1>${t('home.title')}</h1><p>${t('home.otherRole', { role: codeLabel(t, 'role', me?.role) })}</p>`,
    });
  }
  const offset = Math.max(0, Number.parseInt(ctx.query('offset') ?? '0', 10) || 0);
  // The two reads at once: the page waits for the longer, not for both in turn.
  const [result, transfersNotice] = await Promise.all([
    ctx.api('GET', `/api/v1/worklist?limit=${PAGE_SIZE}&offset=${offset}`),
    incomingTransfersNotice(ctx),
  ]);
  const { items, total } = result.body as { items: Item[]; total: number };
  return ctx.send({
    title: t('worklist.title'),
    main: html`<h1>${t('worklist.title')}</h1>
<p>${t('worklist.intro', { name: me.displayName })}</p>
${transfersNotice}
${
  items.length === 0
    ? html`<p>${t('worklist.empty')}</p>`
    : table({
        caption: t('worklist.caption'),
        head: [t('worklist.person'), t('worklist.kind'), t('worklist.deadline'), t('worklist.due'), t('worklist.status')],
        rows: items.map((item) => [
          html`<a href="/requests/${item.requestId}">${item.personName}</a>`,
          codeLabel(t, 'kind', item.kind),
          html`${alertLabel(t, item.alert)} ${
            item.isOverdue ? statusTag(t('worklist.overdue'), 'danger') : statusTag(t('worklist.dueSoon'), 'warning')
          }${breakGlassWorklistLink(ctx, item)}`,
          formatDate(t.language, item.dueDate),
          codeLabel(t, 'status', item.status),
        ]),
      })
}
${pagination({ total, limit: PAGE_SIZE, offset, href: (next) => `/?offset=${next}`, t })}
<p><a href="/persons">${t('worklist.findPerson')}</a></p>`,
  });
}
