/**
 * My caseload (the open files assigned to me, the most urgent first, with their next legal deadline) and
 * the supervisor's team view: workload per worker, requests nobody holds, the team's overdue deadlines,
 * and (re)assignment of a file to a worker of the team — audited by the API (R23).
 */
import { button, formatDate, html, notice, postForm, selectField, statusTag, table, type SafeHtml } from '#ui/index.ts';
import { hasRole, type Ctx } from '../context.ts';
import type { PageKit } from '../page-kit.ts';
import { field } from '../forms.ts';
import { codeLabel } from '../labels.ts';
import { failurePage } from './errors.ts';

type NextDeadline = { kind: string; dueDate: string; isOverdue: boolean } | null;
type CaseItem = {
  requestId: string;
  personId: string;
  personName: string;
  kind: string;
  status: string;
  receivedAt: string;
  acknowledgementNumber: string;
  assignedTo: { id: string; displayName: string }[];
  nextDeadline: NextDeadline;
};
type Workload = { userId: string; displayName: string; openFiles: number; overdueFiles: number; nextDueDate: string | null };
type TeamView = { workers: Workload[]; unassigned: CaseItem[]; overdue: CaseItem[] };

function deadlineCell(ctx: Ctx, deadline: NextDeadline): SafeHtml | string {
  const { t } = ctx;
  if (!deadline) return t('caseload.none');
  return html`${t.maybe(`nextDeadline.${deadline.kind}`) ?? deadline.kind} — ${formatDate(t.language, deadline.dueDate)}${
    deadline.isOverdue ? html` ${statusTag(t('caseload.overdue'), 'danger')}` : ''
  }`;
}

function fileLink(item: CaseItem): SafeHtml {
  return html`<a href="/requests/${item.requestId}">${item.acknowledgementNumber}</a>`;
}

async function renderCaseload(ctx: Ctx) {
  const { t } = ctx;
  const result = await ctx.api('GET', '/api/v1/caseload');
  if (result.status !== 200) return failurePage(ctx, result.status === 403 ? 403 : 404);
  const { items } = result.body as { items: CaseItem[] };
  return ctx.send({
    title: t('caseload.title'),
    main: html`<h1>${t('caseload.title')}</h1>
<p>${t('caseload.intro')}</p>
${
  items.length === 0
    ? html`<p>${t('caseload.empty')}</p>`
    : table({
        caption: t('caseload.caption'),
        isCaptionHidden: true,
        head: [
          t('caseload.person'),
          t('caseload.file'),
          t('caseload.kind'),
          t('caseload.received'),
          t('caseload.status'),
          t('caseload.next'),
        ],
        rows: items.map((item) => [
          html`<a href="/persons/${item.personId}">${item.personName}</a>`,
          fileLink(item),
          codeLabel(t, 'kind', item.kind),
          formatDate(t.language, item.receivedAt),
          codeLabel(t, 'status', item.status),
          deadlineCell(ctx, item.nextDeadline),
        ]),
      })
}`,
  });
}

function assignForm(ctx: Ctx, item: CaseItem, workers: Workload[]): SafeHtml | string {
  const { t } = ctx;
  if (workers.length === 0) return '';
  return postForm({
    action: '/team/assignments',
    csrfToken: ctx.csrf(),
    className: 'form form--inline',
    label: t('team.reassign.label', { number: item.acknowledgementNumber }),
    body: html`<input type="hidden" name="requestId" value="${item.requestId}">
${selectField({
  name: 'toUserId',
  id: `field-toUserId-${item.requestId}`,
  label: t('team.reassign'),
  placeholder: t('team.reassign.choose'),
  options: workers
    .filter((worker) => !item.assignedTo.some((a) => a.id === worker.userId))
    .map((worker) => ({ value: worker.userId, label: worker.displayName })),
  t,
})}
${button({ label: t('team.reassign.submit'), variant: 'secondary' })}`,
  });
}

async function renderTeam(ctx: Ctx) {
  const { t } = ctx;
  const result = await ctx.api('GET', '/api/v1/team');
  if (result.status !== 200) return failurePage(ctx, result.status === 403 ? 403 : 404);
  const team = result.body as TeamView;
  const done = ctx.query('done');
  const assignedName = ctx.query('name');
  return ctx.send({
    title: t('team.title'),
    main: html`${done === 'assigned' && assignedName ? notice({ kind: 'success', text: t('team.reassigned', { name: assignedName }) }) : ''}\
${done === 'assignFailed' ? notice({ kind: 'error', text: t('team.reassignFailed') }) : ''}
<h1>${t('team.title')}</h1>
<h2>${t('team.workload')}</h2>
${
  team.workers.length === 0
    ? html`<p>${t('team.noWorkers')}</p>`
    : table({
        caption: t('team.workload'),
        isCaptionHidden: true,
        head: [t('team.worker'), t('team.openFiles'), t('team.overdueFiles'), t('team.nextDue')],
        rows: team.workers.map((worker) => [
          worker.displayName,
          String(worker.openFiles),
          worker.overdueFiles > 0 ? statusTag(String(worker.overdueFiles), 'danger') : '0',
          worker.nextDueDate ? formatDate(t.language, worker.nextDueDate) : t('caseload.none'),
        ]),
      })
}
<h2>${t('team.unassigned')}</h2>
${
  team.unassigned.length === 0
    ? html`<p>${t('team.unassigned.empty')}</p>`
    : table({
        caption: t('team.unassigned'),
        isCaptionHidden: true,
        head: [
          t('caseload.person'),
          t('caseload.file'),
          t('caseload.kind'),
          t('caseload.received'),
          t('caseload.next'),
          t('team.reassign'),
        ],
        rows: team.unassigned.map((item) => [
          html`<a href="/persons/${item.personId}">${item.personName}</a>`,
          fileLink(item),
          codeLabel(t, 'kind', item.kind),
          formatDate(t.language, item.receivedAt),
          deadlineCell(ctx, item.nextDeadline),
          assignForm(ctx, item, team.workers),
        ]),
      })
}
<h2>${t('team.overdue')}</h2>
${
  team.overdue.length === 0
    ? html`<p>${t('team.overdue.empty')}</p>`
    : table({
        caption: t('team.overdue'),
        isCaptionHidden: true,
        head: [t('caseload.person'), t('caseload.file'), t('caseload.assignedTo'), t('caseload.next'), t('team.reassign')],
        rows: team.overdue.map((item) => [
          html`<a href="/persons/${item.personId}">${item.personName}</a>`,
          fileLink(item),
          item.assignedTo.map((a) => a.displayName).join(', ') || '—',
          deadlineCell(ctx, item.nextDeadline),
          assignForm(ctx, item, team.workers),
        ]),
      })
}`,
  });
}

async function assign(ctx: Ctx) {
  const requestId = field(ctx.request.body, 'requestId');
  const toUserId = field(ctx.request.body, 'toUserId');
  const result = await ctx.api('POST', `/api/v1/aid-requests/${encodeURIComponent(requestId)}/reassignment`, { toUserId });
  if (result.status === 200) {
    const name = (result.body as { assignedTo: { displayName: string } }).assignedTo.displayName;
    return ctx.reply.redirect(`/team?done=assigned&name=${encodeURIComponent(name)}`, 303);
  }
  if (result.status === 403 || result.status === 404) return failurePage(ctx, result.status);
  return ctx.reply.redirect('/team?done=assignFailed', 303);
}

export function registerCaseloadPages(kit: PageKit): void {
  const { app, page, post } = kit;
  app.get('/caseload', page(renderCaseload));
  app.get(
    '/team',
    page(async (ctx) => (hasRole(ctx.me, 'supervisor') ? renderTeam(ctx) : failurePage(ctx, 403))),
  );
  app.post('/team/assignments', post, page(assign));
}
