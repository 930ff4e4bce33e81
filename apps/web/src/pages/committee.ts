/**
 * Committee sessions (R24): the secretary plans a session of the deciding body, puts signed social
 * reports on its agenda, records the attendance and one decision per item, then closes it; a member
 * sees the sessions they sit on and reads the agenda's reports until their access lapses. Every rule
 * (quorum, dates, who may do what) is the API's; the pages say it in words.
 */
import {
  button,
  checkbox,
  errorSummary,
  formatDate,
  html,
  notice,
  pagination,
  parseAmountToCents,
  postForm,
  radioGroup,
  selectField,
  statusTag,
  summaryList,
  table,
  textField,
  type FieldMessage,
} from '#ui/index.ts';
import { hasRole, type Ctx } from '../context.ts';
import type { PageKit } from '../page-kit.ts';
import type { ApiResult } from '../api-client.ts';
import type { ActionOutcome } from '../idempotency.ts';
import type { MessageKey } from '../messages/index.ts';
import { errorOf, isDate, problemMessages, textValues, todayInBrussels, values } from '../forms.ts';
import { codeLabel } from '../labels.ts';
import { failurePage, notFoundPage } from './errors.ts';
import { decisionFields } from './decision-fields.ts';

type Attendance = 'present' | 'excused' | 'absent';
type Item = {
  requestId: string;
  position: number;
  kind: string;
  personName: string;
  signedAt: string | null;
  decision: { id: string; ref: string; outcome: string } | null;
  state: 'pending' | 'decided' | 'postponed';
};
type Session = {
  id: string;
  sessionDate: string;
  body: string;
  place: string | null;
  status: 'planned' | 'closed';
  accessUntil: string;
  secretary: { id: string; displayName: string };
  hasQuorum: boolean;
  members: { userId: string; displayName: string; attendance: Attendance | null }[];
  items: Item[];
  candidates: { requestId: string; kind: string; personName: string; signedAt: string }[];
};

const PAGE_SIZE = 20;
const BODIES = ['special-committee', 'council', 'bcsd'] as const;
const ATTENDANCE: readonly Attendance[] = ['present', 'excused', 'absent'];
const isSecretary = (ctx: Ctx) => hasRole(ctx.me, 'supervisor');
const sessionTitle = (ctx: Ctx, session: Pick<Session, 'sessionDate'>) =>
  ctx.t('committee.session.title', { date: formatDate(ctx.t.language, session.sessionDate) });
const statusOf = (ctx: Ctx, status: 'planned' | 'closed') =>
  statusTag(ctx.t(`committee.status.${status}` as MessageKey), status === 'planned' ? 'info' : 'neutral');
const done = (ctx: Ctx) => {
  const text = ctx.t.maybe(`committee.done.${ctx.query('done') ?? ''}`);
  return text ? notice({ kind: 'success', text }) : '';
};

async function renderList(ctx: Ctx) {
  const { t } = ctx;
  const offset = Math.max(0, Number.parseInt(ctx.query('offset') ?? '0', 10) || 0);
  const result = await ctx.api('GET', `/api/v1/committee-sessions?limit=${PAGE_SIZE}&offset=${offset}`);
  if (result.status !== 200) return failurePage(ctx, result.status);
  const { items, total } = result.body as {
    items: {
      id: string;
      sessionDate: string;
      body: string;
      status: 'planned' | 'closed';
      accessUntil: string;
      itemCount: number;
      decidedCount: number;
    }[];
    total: number;
  };
  return ctx.send({
    title: t('committee.title'),
    main: html`<h1>${t('committee.title')}</h1>
<div class="panel"><p>${isSecretary(ctx) ? t('committee.intro.secretary') : t('committee.intro.member')}</p></div>
${isSecretary(ctx) ? html`<p><a class="button" href="/committee/new">${t('committee.new')}</a></p>` : ''}
${
  items.length === 0
    ? html`<p>${t('committee.empty')}</p>`
    : table({
        caption: t('committee.caption'),
        head: [
          t('committee.sessionDate'),
          t('committee.body'),
          t('committee.status'),
          t('committee.items'),
          t('committee.decided'),
          t('committee.accessUntil'),
        ],
        rows: items.map((s) => [
          html`<a href="/committee/${s.id}">${sessionTitle(ctx, s)}</a>`,
          codeLabel(t, 'body', s.body),
          statusOf(ctx, s.status),
          String(s.itemCount),
          String(s.decidedCount),
          formatDate(t.language, s.accessUntil),
        ]),
      })
}
${pagination({ total, limit: PAGE_SIZE, offset, href: (next) => `/committee?offset=${next}`, t })}`,
  });
}

async function renderNew(
  ctx: Ctx,
  state: { values?: Record<string, string>; members?: string[]; errors?: FieldMessage[]; status?: number; idempotencyKey: string },
): Promise<ActionOutcome> {
  const { t } = ctx;
  const users = await ctx.api('GET', '/api/v1/users?role=committee-member');
  const committeeMembers = users.status === 200 ? (users.body as { items: { id: string; displayName: string }[] }).items : [];
  const v = state.values ?? { sessionDate: todayInBrussels(), body: 'special-committee' };
  const chosen = new Set(state.members ?? committeeMembers.map((m) => m.id));
  const errors = state.errors ?? [];
  return ctx.page({
    title: t('committee.new'),
    status: state.status,
    main: html`<p><a href="/committee">${t('committee.back')}</a></p><h1>${t('committee.new')}</h1>
${errorSummary({ errors, t, targets: { memberIds: 'field-member-0' } })}
${postForm({
  action: '/committee/new',
  csrfToken: ctx.csrf(),
  idempotencyKey: state.idempotencyKey,
  label: t('committee.new'),
  body: html`
${textField({
  name: 'sessionDate',
  label: t('committee.sessionDate'),
  type: 'date',
  value: v.sessionDate,
  error: errorOf(errors, 'sessionDate'),
  width: 'medium',
  required: true,
  t,
})}
${selectField({
  name: 'body',
  label: t('committee.body'),
  value: v.body,
  options: BODIES.map((code) => ({ value: code, label: codeLabel(t, 'body', code) })),
  error: errorOf(errors, 'body'),
  t,
})}
${textField({ name: 'place', label: t('committee.place'), value: v.place, error: errorOf(errors, 'place'), width: 'long', required: false, maxlength: 200, t })}
<div class="field${errorOf(errors, 'memberIds') ? ' field--error' : ''}"><fieldset class="fieldset" aria-describedby="field-memberIds-hint">
<legend class="legend">${t('committee.members')}</legend>
<p class="hint" id="field-memberIds-hint">${t('committee.members.hint')}</p>
${errorOf(errors, 'memberIds') ? html`<p class="field-error">${errorOf(errors, 'memberIds')}</p>` : ''}
${
  committeeMembers.length === 0
    ? html`<p>${t('committee.members.none')}</p>`
    : committeeMembers.map((m, index) =>
        checkbox({ name: 'memberIds', id: `field-member-${index}`, value: m.id, label: m.displayName, isChecked: chosen.has(m.id) }),
      )
}
</fieldset></div>
<div class="actions">${button({ label: t('committee.plan.submit') })}</div>`,
})}`,
  });
}

async function plan(ctx: Ctx, key: string): Promise<ActionOutcome> {
  const { t } = ctx;
  const v = values(ctx.request.body, ['sessionDate', 'body', 'place']);
  const memberIds = textValues(ctx.request.body, 'memberIds');
  const errors: FieldMessage[] = [];
  if (!isDate(v.sessionDate!)) errors.push({ field: 'sessionDate', message: t('field.invalid-format') });
  if (memberIds.length === 0) errors.push({ field: 'memberIds', message: t('committee.members.required') });
  if (errors.length > 0) return renderNew(ctx, { values: v, members: memberIds, errors, status: 422, idempotencyKey: key });
  const result = await ctx.api('POST', '/api/v1/committee-sessions', {
    sessionDate: v.sessionDate,
    body: v.body,
    memberIds,
    ...(v.place ? { place: v.place } : {}),
  });
  if (result.status === 201) return { redirect: `/committee/${(result.body as { id: string }).id}?done=planned` };
  return renderNew(ctx, {
    values: v,
    members: memberIds,
    errors: problemMessages(
      result,
      t,
      { '/sessionDate': 'sessionDate', '/body': 'body', '/place': 'place', '/memberIds': 'memberIds' },
      'sessionDate',
    ),
    status: result.status,
    idempotencyKey: key,
  });
}

async function loadSession(ctx: Ctx): Promise<Session | { status: number }> {
  const result = await ctx.api('GET', `/api/v1/committee-sessions/${encodeURIComponent(ctx.param('id'))}`);
  return result.status === 200 ? (result.body as Session) : { status: result.status };
}

function itemState(ctx: Ctx, session: Session, item: Item) {
  const { t } = ctx;
  if (item.decision)
    return t('committee.item.decision', { ref: item.decision.ref, outcome: codeLabel(t, 'outcome', item.decision.outcome) });
  if (item.state === 'postponed') return t('committee.item.postponed');
  if (!isSecretary(ctx)) return t('committee.item.pending');
  return html`<a href="/committee/${session.id}/items/${item.requestId}/decision">${t('committee.item.decide', { name: item.personName })}</a>`;
}

function renderSession(ctx: Ctx, session: Session, state: { errors?: FieldMessage[]; status?: number } = {}): ActionOutcome {
  const { t } = ctx;
  const secretary = isSecretary(ctx) && session.status === 'planned';
  const isHeld = session.sessionDate <= todayInBrussels();
  const errors = state.errors ?? [];
  const attendanceForm = postForm({
    action: `/committee/${session.id}/attendance`,
    csrfToken: ctx.csrf(),
    label: t('committee.attendance'),
    body: html`${session.members.map((m, index) =>
      radioGroup({
        name: `attendance-${index}`,
        id: `field-attendance-${index}`,
        label: t('committee.attendance.of', { name: m.displayName }),
        value: m.attendance,
        options: ATTENDANCE.map((a) => ({ value: a, label: t(`committee.attendance.${a}` as MessageKey) })),
        isInline: true,
        t,
      }),
    )}<div class="actions">${button({ label: t('committee.attendance.submit'), variant: 'secondary' })}</div>`,
  });
  return ctx.page({
    title: sessionTitle(ctx, session),
    status: state.status,
    main: html`<p><a href="/committee">${t('committee.back')}</a></p>${done(ctx)}
<h1>${sessionTitle(ctx, session)}</h1>
${errorSummary({ errors, t, targets: { session: 'agenda' } })}
${summaryList([
  [t('committee.body'), codeLabel(t, 'body', session.body)],
  [t('committee.place'), session.place ?? t('common.none')],
  [t('committee.status'), statusOf(ctx, session.status)],
  [t('committee.secretary'), session.secretary.displayName],
  [t('committee.accessUntil'), formatDate(t.language, session.accessUntil)],
])}
<h2>${t('committee.attendance')}</h2>
${table({
  caption: t('committee.members'),
  head: [t('committee.members'), t('committee.attendance')],
  rows: session.members.map((m) => [m.displayName, t(`committee.attendance.${m.attendance ?? 'unknown'}` as MessageKey)]),
})}
${notice({ kind: session.hasQuorum ? 'success' : 'info', text: session.hasQuorum ? t('committee.quorum.ok') : t('committee.quorum.missing') })}
${secretary ? (isHeld ? attendanceForm : html`<p>${t('committee.attendance.later')}</p>`) : ''}
<h2 id="agenda" tabindex="-1">${t('committee.agenda')}</h2>
${
  session.items.length === 0
    ? html`<p>${t('committee.agenda.empty')}</p>`
    : table({
        caption: t('committee.agenda'),
        head: [
          t('committee.item.position'),
          t('committee.item.person'),
          t('committee.item.kind'),
          t('committee.item.state'),
          ...(secretary ? [html`<span class="visually-hidden">${t('committee.item.remove')}</span>`] : []),
        ],
        rows: session.items.map((item) => [
          String(item.position),
          hasRole(ctx.me, 'committee-member')
            ? html`<a href="/agenda/${item.requestId}" aria-label="${t('committee.item.read', { name: item.personName })}">${item.personName}</a>`
            : item.personName,
          codeLabel(t, 'kind', item.kind),
          itemState(ctx, session, item),
          ...(secretary
            ? [
                item.decision
                  ? ''
                  : postForm({
                      action: `/committee/${session.id}/items/${item.requestId}/remove`,
                      csrfToken: ctx.csrf(),
                      className: 'inline-form',
                      label: t('committee.item.remove.label', { name: item.personName }),
                      body: button({ label: t('committee.item.remove'), variant: 'secondary' }),
                    }),
              ]
            : []),
        ]),
      })
}
${
  secretary
    ? session.candidates.length === 0
      ? html`<p>${t('committee.add.none')}</p>`
      : postForm({
          action: `/committee/${session.id}/agenda`,
          csrfToken: ctx.csrf(),
          label: t('committee.add.submit'),
          body: html`${selectField({
            name: 'requestId',
            label: t('committee.add'),
            options: session.candidates.map((c) => ({
              value: c.requestId,
              label: `${c.personName} — ${codeLabel(t, 'kind', c.kind)} (${formatDate(t.language, c.signedAt)})`,
            })),
            error: errorOf(errors, 'requestId'),
            t,
          })}<div class="actions">${button({ label: t('committee.add.submit'), variant: 'secondary' })}</div>`,
        })
    : ''
}
${
  secretary && isHeld
    ? postForm({
        action: `/committee/${session.id}/close`,
        csrfToken: ctx.csrf(),
        label: t('committee.close.submit'),
        body: html`<p>${t('committee.close.hint')}</p><div class="actions">${button({ label: t('committee.close.submit'), variant: 'warning' })}</div>`,
      })
    : ''
}`,
  });
}

/** After a POST on the session: back to it, or the session again with the API's problem in words. */
async function afterAction(ctx: Ctx, result: ApiResult, ok: number, doneKey: string, field = 'session') {
  const id = ctx.param('id');
  if (result.status === ok) return ctx.reply.redirect(`/committee/${id}?done=${doneKey}#agenda`, 303);
  if (result.status === 403 || result.status === 404) return failurePage(ctx, result.status);
  const session = await loadSession(ctx);
  if (!('id' in session)) return failurePage(ctx, session.status);
  return ctx.respond(
    renderSession(ctx, session, {
      errors: problemMessages(result, ctx.t, { '/requestId': field }, field),
      status: result.status,
    }),
  );
}

const DECISION_FIELDS = [
  'aidType',
  'outcome',
  'amount',
  'periodFrom',
  'periodTo',
  'legalBasis',
  'motivationCategory',
  'motivationText',
] as const;
const DECISION_PATHS = {
  '/aidType': 'aidType',
  '/outcome': 'outcome',
  '/amountCents': 'amount',
  '/period/from': 'periodFrom',
  '/period/to': 'periodTo',
  '/period': 'periodFrom',
  '/legalBasis': 'legalBasis',
  '/motivationCategory': 'motivationCategory',
  '/motivationText': 'motivationText',
  '/risCategory': 'risCategory',
};

function renderDecisionForm(
  ctx: Ctx,
  session: Session,
  item: Item,
  state: { values?: Record<string, string>; errors?: FieldMessage[]; status?: number; idempotencyKey: string },
): ActionOutcome {
  const { t } = ctx;
  const v = state.values ?? { aidType: item.kind, periodFrom: session.sessionDate };
  const errors = state.errors ?? [];
  const title = t('committee.decision.title', { name: item.personName });
  return ctx.page({
    title,
    status: state.status,
    main: html`<p><a href="/committee/${session.id}">${sessionTitle(ctx, session)}</a></p><h1>${title}</h1>
<p>${t('committee.decision.intro', { body: codeLabel(t, 'body', session.body), date: formatDate(t.language, session.sessionDate) })}</p>
${errorSummary({ errors, t, targets: { outcome: 'field-outcome-first' } })}
${postForm({
  action: `/committee/${session.id}/items/${item.requestId}/decision`,
  csrfToken: ctx.csrf(),
  idempotencyKey: state.idempotencyKey,
  label: title,
  body: html`
${decisionFields(ctx, v, errors)}
<div class="actions">${button({ label: t('decision.submit') })}</div>`,
})}`,
  });
}

async function recordDecision(ctx: Ctx, session: Session, item: Item, key: string): Promise<ActionOutcome> {
  const { t } = ctx;
  const v = values(ctx.request.body, DECISION_FIELDS);
  const errors: FieldMessage[] = [];
  if (!v.outcome) errors.push({ field: 'outcome', message: t('decision.outcome.required') });
  if (!v.legalBasis) errors.push({ field: 'legalBasis', message: t('decision.legalBasis.required') });
  if (!v.motivationCategory) errors.push({ field: 'motivationCategory', message: t('decision.motivation.required') });
  const cents = v.amount ? parseAmountToCents(v.amount) : null;
  if (v.amount && cents === null) errors.push({ field: 'amount', message: t('field.amount') });
  if (v.periodFrom && !isDate(v.periodFrom)) errors.push({ field: 'periodFrom', message: t('field.invalid-format') });
  if (v.periodTo && !isDate(v.periodTo)) errors.push({ field: 'periodTo', message: t('field.invalid-format') });
  if (v.periodTo && !v.periodFrom) errors.push({ field: 'periodFrom', message: t('decision.periodFrom.required') });
  if (errors.length > 0) return renderDecisionForm(ctx, session, item, { values: v, errors, status: 422, idempotencyKey: key });
  const result = await ctx.api('POST', `/api/v1/committee-sessions/${session.id}/agenda/${item.requestId}/decision`, {
    aidType: v.aidType,
    outcome: v.outcome,
    legalBasis: v.legalBasis,
    motivationCategory: v.motivationCategory,
    ...(cents !== null ? { amountCents: cents } : {}),
    ...(v.periodFrom ? { period: { from: v.periodFrom, ...(v.periodTo ? { to: v.periodTo } : {}) } } : {}),
    ...(v.motivationText ? { motivationText: v.motivationText } : {}),
    ...(v.risCategory ? { risCategory: v.risCategory } : {}),
  });
  if (result.status === 201) return { redirect: `/committee/${session.id}?done=decided#agenda` };
  return renderDecisionForm(ctx, session, item, {
    values: v,
    errors: problemMessages(result, t, DECISION_PATHS, 'outcome'),
    status: result.status,
    idempotencyKey: key,
  });
}

export function registerCommitteePages(kit: PageKit): void {
  const { app, page, once, post } = kit;
  /** A page of one session the API lets this user see (else the 403/404 page). */
  const sessionPage = (handler: (ctx: Ctx, session: Session) => Promise<unknown>) =>
    page(async (ctx) => {
      const session = await loadSession(ctx);
      return 'id' in session ? handler(ctx, session) : failurePage(ctx, session.status);
    });
  const itemOf = (ctx: Ctx, session: Session) => session.items.find((i) => i.requestId === ctx.param('requestId') && i.state === 'pending');

  app.get('/committee', page(renderList));
  app.get(
    '/committee/new',
    page(async (ctx) => (isSecretary(ctx) ? ctx.respond(await renderNew(ctx, { idempotencyKey: kit.newKey() })) : failurePage(ctx, 403))),
  );
  app.post(
    '/committee/new',
    post,
    page((ctx) => once(ctx, (key) => plan(ctx, key))),
  );
  app.get(
    '/committee/:id',
    sessionPage(async (ctx, session) => ctx.respond(renderSession(ctx, session))),
  );
  app.post(
    '/committee/:id/agenda',
    post,
    page(async (ctx) => {
      const requestId = values(ctx.request.body, ['requestId']).requestId ?? '';
      const result = await ctx.api('POST', `/api/v1/committee-sessions/${encodeURIComponent(ctx.param('id'))}/agenda`, { requestId });
      return afterAction(ctx, result, 201, 'added', 'requestId');
    }),
  );
  app.post(
    '/committee/:id/items/:requestId/remove',
    post,
    page(async (ctx) => {
      const id = encodeURIComponent(ctx.param('id'));
      const result = await ctx.api('DELETE', `/api/v1/committee-sessions/${id}/agenda/${encodeURIComponent(ctx.param('requestId'))}`);
      return afterAction(ctx, result, 204, 'removed');
    }),
  );
  app.post(
    '/committee/:id/attendance',
    post,
    sessionPage(async (ctx, session) => {
      const members = session.members
        .map((m, index) => ({
          userId: m.userId,
          attendance: values(ctx.request.body, [`attendance-${index}`])[`attendance-${index}`] ?? '',
        }))
        .filter((m) => (ATTENDANCE as readonly string[]).includes(m.attendance));
      if (members.length === 0)
        return ctx.respond(
          renderSession(ctx, session, {
            errors: [{ field: 'session', message: ctx.t('error.committee.attendance-missing') }],
            status: 422,
          }),
        );
      const result = await ctx.api('PUT', `/api/v1/committee-sessions/${session.id}/attendance`, { members });
      return afterAction(ctx, result, 200, 'attendance');
    }),
  );
  app.post(
    '/committee/:id/close',
    post,
    page(async (ctx) =>
      afterAction(ctx, await ctx.api('POST', `/api/v1/committee-sessions/${encodeURIComponent(ctx.param('id'))}/close`), 200, 'closed'),
    ),
  );
  app.get(
    '/committee/:id/items/:requestId/decision',
    sessionPage(async (ctx, session) => {
      const item = itemOf(ctx, session);
      return item && isSecretary(ctx)
        ? ctx.respond(renderDecisionForm(ctx, session, item, { idempotencyKey: kit.newKey() }))
        : notFoundPage(ctx);
    }),
  );
  app.post(
    '/committee/:id/items/:requestId/decision',
    post,
    sessionPage(async (ctx, session) => {
      const item = itemOf(ctx, session);
      return item ? once(ctx, (key) => recordDecision(ctx, session, item, key)) : notFoundPage(ctx);
    }),
  );
}
