/**
 * User administration for the CPAS's administrator: the accounts, a new account (its one-time
 * password shown once), an account's role, supervisor, qualified-worker flag and language, its
 * password reset, the hand-over of a leaver's files and its deactivation; the identity provider's
 * groups mapped to roles. And, for every user, the page where a one-time password is replaced. The
 * API decides (admin only, last administrator kept, every change audited); these pages only offer.
 */
import {
  button,
  errorSummary,
  html,
  notice,
  postForm,
  selectField,
  statusTag,
  summaryList,
  table,
  textField,
  checkbox,
  type FieldMessage,
  type SafeHtml,
} from '#ui/index.ts';
import { hasRole, type Ctx, type Role } from '../context.ts';
import type { PageKit } from '../page-kit.ts';
import type { ActionOutcome } from '../idempotency.ts';
import { errorOf, field, problemMessages, textValues, values } from '../forms.ts';
import { failurePage } from './errors.ts';

type Account = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  isQualifiedSocialWorker: boolean;
  supervisorId: string | null;
  language: string;
  isActive: boolean;
  mustChangePassword: boolean;
  openFiles: number;
};
type Mapping = { groupValue: string; role: Role; isQualifiedSocialWorker: boolean };

const ROLES: readonly Role[] = ['social-worker', 'supervisor', 'committee-member', 'security-advisor', 'admin'];
const LANGUAGES = ['fr', 'nl', 'de'] as const;
const LANGUAGE_NAMES: Record<string, string> = { fr: 'Français', nl: 'Nederlands', de: 'Deutsch', en: 'English' };
const FIELDS = ['username', 'displayName', 'role', 'supervisorId', 'language'] as const;
const PATHS = {
  '/username': 'username',
  '/displayName': 'displayName',
  '/role': 'role',
  '/supervisorId': 'supervisorId',
  '/language': 'language',
  '/isQualifiedSocialWorker': 'role',
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const roleLabel = (ctx: Ctx, role: string) => ctx.t.dynamic(`role.${role}`);
const roleOptions = (ctx: Ctx) => ROLES.map((role) => ({ value: role, label: roleLabel(ctx, role) }));
const back = (ctx: Ctx) => html`<p><a href="/admin/users">${ctx.t('users.back')}</a></p>`;

async function accounts(ctx: Ctx, includeInactive = false): Promise<Account[] | null> {
  const result = await ctx.api('GET', `/api/v1/users?view=admin${includeInactive ? '&includeInactive=true' : ''}`);
  return result.status === 200 ? (result.body as { items: Account[] }).items : null;
}

function statusOf(ctx: Ctx, account: Account): SafeHtml {
  if (!account.isActive) return statusTag(ctx.t('users.status.inactive'), 'neutral');
  if (account.mustChangePassword) return statusTag(ctx.t('users.status.mustChange'), 'warning');
  return statusTag(ctx.t('users.status.active'), 'success');
}

async function renderList(ctx: Ctx) {
  const { t } = ctx;
  const includeInactive = ctx.query('inactive') === '1';
  const items = await accounts(ctx, includeInactive);
  if (!items) return failurePage(ctx, 403);
  return ctx.send({
    title: t('users.title'),
    main: html`<h1>${t('users.title')}</h1>
<div class="panel"><p>${t('users.intro')}</p></div>
<p><a class="button" href="/admin/users/new">${t('users.new')}</a> <a class="button button--secondary" href="/admin/oidc">${t('users.oidc.link')}</a></p>
<p><a href="${includeInactive ? '/admin/users' : '/admin/users?inactive=1'}">${includeInactive ? t('users.hideInactive') : t('users.showInactive')}</a></p>
${table({
  caption: t('users.caption'),
  head: [t('users.col.name'), t('users.col.username'), t('users.col.role'), t('users.col.files'), t('users.col.status'), ''],
  rows: items.map((account) => [
    account.displayName,
    html`<code>${account.username}</code>`,
    roleLabel(ctx, account.role),
    String(account.openFiles),
    statusOf(ctx, account),
    html`<a href="/admin/users/${account.id}" aria-label="${t('users.edit.label', { name: account.displayName })}">${t('users.edit')}</a>`,
  ]),
})}`,
  });
}

/** The fields of an account (new or existing); `username` only for a new one. */
async function accountFields(ctx: Ctx, v: Record<string, string>, isQualified: boolean, errors: FieldMessage[], isNew: boolean) {
  const { t } = ctx;
  const supervisors = ((await accounts(ctx)) ?? []).filter((account) => hasRole(account, 'supervisor') && account.id !== v.id);
  return html`
${
  isNew
    ? textField({
        name: 'username',
        label: t('users.field.username'),
        hint: t('users.field.username.hint'),
        value: v.username,
        error: errorOf(errors, 'username'),
        autocomplete: 'off',
        width: 'medium',
        maxlength: 100,
        t,
      })
    : ''
}
${textField({
  name: 'displayName',
  label: t('users.field.displayName'),
  value: v.displayName,
  error: errorOf(errors, 'displayName'),
  autocomplete: 'off',
  maxlength: 200,
  t,
})}
${selectField({ name: 'role', label: t('users.field.role'), value: v.role, options: roleOptions(ctx), error: errorOf(errors, 'role'), t })}
${checkbox({ name: 'isQualifiedSocialWorker', label: t('users.field.qualified'), isChecked: isQualified })}
${selectField({
  name: 'supervisorId',
  label: t('users.field.supervisor'),
  hint: t('users.field.supervisor.hint'),
  value: v.supervisorId,
  placeholder: t('users.field.supervisor.none'),
  options: supervisors.map((supervisor) => ({ value: supervisor.id, label: supervisor.displayName })),
  error: errorOf(errors, 'supervisorId'),
  required: false,
  t,
})}
${selectField({
  name: 'language',
  label: t('users.field.language'),
  value: v.language || 'fr',
  options: LANGUAGES.map((language) => ({ value: language, label: LANGUAGE_NAMES[language]! })),
  error: errorOf(errors, 'language'),
  t,
})}`;
}

async function renderNew(
  ctx: Ctx,
  state: { values?: Record<string, string>; isQualified?: boolean; errors?: FieldMessage[]; status?: number; key: string },
) {
  const { t } = ctx;
  const errors = state.errors ?? [];
  const v = state.values ?? { role: 'social-worker', language: ctx.language === 'en' ? 'fr' : ctx.language };
  return ctx.page({
    title: t('users.new'),
    status: state.status,
    main: html`<h1>${t('users.new')}</h1>
${errorSummary({ errors, t })}
${postForm({
  action: '/admin/users/new',
  csrfToken: ctx.csrf(),
  idempotencyKey: state.key,
  label: t('users.new'),
  body: html`${await accountFields(ctx, v, state.isQualified ?? false, errors, true)}
<div class="actions">${button({ label: t('users.create') })}</div>`,
})}
${back(ctx)}`,
  });
}

function oneTimePage(ctx: Ctx, title: string, account: Account, password: string): ActionOutcome {
  const { t } = ctx;
  return ctx.page({
    title,
    main: html`<h1>${title}</h1>
${notice({ kind: 'success', title: t('users.oneTime.title'), text: t('users.oneTime.text', { name: account.displayName }) })}
${summaryList([
  [t('users.field.username'), html`<code>${account.username}</code>`],
  [t('users.oneTime.title'), html`<code data-one-time-password>${password}</code>`],
  [t('users.field.role'), roleLabel(ctx, account.role)],
])}
<p><a href="/admin/users/${account.id}">${t('users.edit.label', { name: account.displayName })}</a></p>
${back(ctx)}`,
  });
}

const formValues = (ctx: Ctx) => values(ctx.request.body, FIELDS);
const isQualifiedIn = (ctx: Ctx) => field(ctx.request.body, 'isQualifiedSocialWorker') === 'on';

async function create(ctx: Ctx, key: string): Promise<ActionOutcome> {
  const v = formValues(ctx);
  const isQualified = isQualifiedIn(ctx);
  const result = await ctx.api('POST', '/api/v1/users', {
    username: v.username!.toLowerCase(),
    displayName: v.displayName,
    role: v.role,
    isQualifiedSocialWorker: isQualified,
    supervisorId: v.supervisorId || null,
    language: v.language || 'fr',
  });
  if (result.status === 201) {
    const body = result.body as { user: Account; oneTimePassword: string };
    return oneTimePage(ctx, ctx.t('users.created.title'), body.user, body.oneTimePassword);
  }
  return renderNew(ctx, { values: v, isQualified, errors: problemMessages(result, ctx.t, PATHS, 'username'), status: result.status, key });
}

async function renderAccount(ctx: Ctx, id: string, state: { errors?: FieldMessage[]; status?: number; done?: string } = {}) {
  const { t } = ctx;
  if (!UUID.test(id)) return failurePage(ctx, 404);
  const result = await ctx.api('GET', `/api/v1/users/${id}`);
  if (result.status !== 200) return failurePage(ctx, result.status === 403 ? 403 : 404);
  const account = result.body as Account;
  const errors = state.errors ?? [];
  const v = {
    id: account.id,
    displayName: account.displayName,
    role: account.role,
    supervisorId: account.supervisorId ?? '',
    language: account.language,
    ...(state.errors ? formValues(ctx) : {}),
  };
  const successors = ((await accounts(ctx)) ?? []).filter(
    (other) => other.id !== account.id && hasRole(other, 'social-worker', 'supervisor'),
  );
  const done = state.done ?? ctx.query('done');
  return ctx.send({
    title: account.displayName,
    status: state.status,
    main: html`<h1>${account.displayName}</h1>
${done === 'saved' ? notice({ kind: 'success', text: t('users.saved') }) : ''}
${done?.startsWith('transferred-') ? notice({ kind: 'success', text: t('users.transfer.done', { count: done.slice('transferred-'.length) }) }) : ''}
${errorSummary({ errors, t })}
${summaryList([
  [t('users.field.username'), html`<code>${account.username}</code>`],
  [t('users.col.status'), statusOf(ctx, account)],
  [t('users.col.files'), String(account.openFiles)],
])}
<h2>${t('users.account')}</h2>
${postForm({
  action: `/admin/users/${account.id}`,
  csrfToken: ctx.csrf(),
  label: t('users.account'),
  body: html`${await accountFields(ctx, v, state.errors ? isQualifiedIn(ctx) : account.isQualifiedSocialWorker, errors, false)}
<div class="actions">${button({ label: t('users.save') })}</div>`,
})}
${
  account.isActive
    ? html`<h2>${t('users.password.title')}</h2><p>${t('users.password.text')}</p>
${postForm({
  action: `/admin/users/${account.id}/password-reset`,
  csrfToken: ctx.csrf(),
  label: t('users.password.title'),
  body: html`<div class="actions">${button({ label: t('users.password.reset'), variant: 'secondary' })}</div>`,
})}`
    : ''
}
<h2>${t('users.leave.title')}</h2>
${
  account.openFiles > 0
    ? html`<p>${t('users.transfer.text', { count: String(account.openFiles) })}</p>
${postForm({
  action: `/admin/users/${account.id}/caseload-transfer`,
  csrfToken: ctx.csrf(),
  label: t('users.transfer.submit'),
  body: html`${selectField({
    name: 'toUserId',
    label: t('users.transfer.to'),
    options: successors.map((other) => ({ value: other.id, label: `${other.displayName} (${roleLabel(ctx, other.role)})` })),
    error: errorOf(errors, 'toUserId'),
    t,
  })}<div class="actions">${button({ label: t('users.transfer.submit'), variant: 'secondary' })}</div>`,
})}`
    : ''
}
<p>${t('users.deactivate.text')}</p>
${postForm({
  action: `/admin/users/${account.id}/active`,
  csrfToken: ctx.csrf(),
  label: account.isActive ? t('users.deactivate') : t('users.reactivate'),
  body: html`<input type="hidden" name="isActive" value="${account.isActive ? 'false' : 'true'}">
<div class="actions">${button({
    label: account.isActive ? t('users.deactivate') : t('users.reactivate'),
    variant: account.isActive ? 'warning' : 'secondary',
  })}</div>`,
})}
${back(ctx)}`,
  });
}

async function update(ctx: Ctx) {
  const id = ctx.param('id');
  if (!UUID.test(id)) return failurePage(ctx, 404);
  const v = formValues(ctx);
  const result = await ctx.api('PATCH', `/api/v1/users/${id}`, {
    displayName: v.displayName,
    role: v.role,
    isQualifiedSocialWorker: isQualifiedIn(ctx),
    supervisorId: v.supervisorId || null,
    language: v.language || 'fr',
  });
  if (result.status === 200) return ctx.reply.redirect(`/admin/users/${id}?done=saved`, 303);
  return renderAccount(ctx, id, { errors: problemMessages(result, ctx.t, PATHS, 'role'), status: result.status });
}

async function act(ctx: Ctx, path: 'active' | 'password-reset' | 'caseload-transfer') {
  const id = ctx.param('id');
  if (!UUID.test(id)) return failurePage(ctx, 404);
  if (path === 'active') {
    const result = await ctx.api('PUT', `/api/v1/users/${id}/active`, { isActive: field(ctx.request.body, 'isActive') === 'true' });
    if (result.status === 200) return ctx.reply.redirect(`/admin/users/${id}?done=saved`, 303);
    return renderAccount(ctx, id, { errors: problemMessages(result, ctx.t, {}, 'role'), status: result.status });
  }
  if (path === 'password-reset') {
    const result = await ctx.api('POST', `/api/v1/users/${id}/password-reset`);
    if (result.status !== 200) return renderAccount(ctx, id, { errors: problemMessages(result, ctx.t, {}, 'role'), status: result.status });
    const body = result.body as { user: Account; oneTimePassword: string };
    return ctx.respond(oneTimePage(ctx, ctx.t('users.password.reset'), body.user, body.oneTimePassword));
  }
  const toUserId = field(ctx.request.body, 'toUserId');
  const result = await ctx.api('POST', `/api/v1/users/${id}/caseload-transfer`, { toUserId });
  if (result.status === 200)
    return ctx.reply.redirect(`/admin/users/${id}?done=transferred-${(result.body as { transferredFiles: number }).transferredFiles}`, 303);
  return renderAccount(ctx, id, { errors: problemMessages(result, ctx.t, { '/toUserId': 'toUserId' }, 'toUserId'), status: result.status });
}

async function renderMappings(ctx: Ctx, state: { rows?: Mapping[]; errors?: FieldMessage[]; status?: number; done?: boolean } = {}) {
  const { t } = ctx;
  let rows = state.rows;
  if (!rows) {
    const result = await ctx.api('GET', '/api/v1/oidc-role-mappings');
    if (result.status !== 200) return failurePage(ctx, 403);
    rows = (result.body as { items: Mapping[] }).items;
  }
  const errors = state.errors ?? [];
  const shown = [
    ...rows,
    ...Array.from({ length: 3 }, () => ({ groupValue: '', role: 'social-worker' as Role, isQualifiedSocialWorker: false })),
  ];
  return ctx.send({
    title: t('users.oidc.title'),
    status: state.status,
    main: html`<h1>${t('users.oidc.title')}</h1>
${state.done || ctx.query('done') === 'saved' ? notice({ kind: 'success', text: t('users.saved') }) : ''}
${errorSummary({ errors, t })}
<div class="panel"><p>${t('users.oidc.intro')}</p></div>
${postForm({
  action: '/admin/oidc',
  csrfToken: ctx.csrf(),
  label: t('users.oidc.title'),
  body: html`${shown.map(
    (row, index) => html`<div class="field-row">
${textField({
  name: 'groupValue',
  id: `field-group-${index}`,
  label: t('users.oidc.group', { n: String(index + 1) }),
  value: row.groupValue,
  required: false,
  maxlength: 200,
  width: 'medium',
  error: index === 0 ? errorOf(errors, 'groupValue') : undefined,
  t,
})}
${selectField({
  name: 'role',
  id: `field-role-${index}`,
  label: t('users.oidc.role', { n: String(index + 1) }),
  value: row.role,
  options: roleOptions(ctx),
  t,
})}
${selectField({
  name: 'qualified',
  id: `field-qualified-${index}`,
  label: t('users.oidc.qualified', { n: String(index + 1) }),
  value: row.isQualifiedSocialWorker ? 'yes' : 'no',
  options: [
    { value: 'no', label: t('users.no') },
    { value: 'yes', label: t('users.yes') },
  ],
  t,
})}
</div>`,
  )}
<div class="actions">${button({ label: t('users.save') })}</div>`,
})}
${back(ctx)}`,
  });
}

async function saveMappings(ctx: Ctx) {
  const groups = textValues(ctx.request.body, 'groupValue');
  const roles = textValues(ctx.request.body, 'role');
  const qualified = textValues(ctx.request.body, 'qualified');
  const rows: Mapping[] = [];
  groups.forEach((group, index) => {
    const role = ROLES.find((candidate) => candidate === roles[index]);
    if (group.trim() && role) rows.push({ groupValue: group.trim(), role, isQualifiedSocialWorker: qualified[index] === 'yes' });
  });
  const result = await ctx.api('PUT', '/api/v1/oidc-role-mappings', { items: rows });
  if (result.status === 200) return ctx.reply.redirect('/admin/oidc?done=saved', 303);
  return renderMappings(ctx, { rows, errors: problemMessages(result, ctx.t, {}, 'groupValue'), status: result.status });
}

async function renderPassword(ctx: Ctx, state: { errors?: FieldMessage[]; status?: number } = {}) {
  const { t } = ctx;
  const errors = state.errors ?? [];
  return ctx.send({
    title: t('profile.password.title'),
    status: state.status,
    nav: ctx.me?.mustChangePassword ? 'none' : 'auto',
    main: html`<h1>${t('profile.password.title')}</h1>
${ctx.me?.mustChangePassword ? notice({ kind: 'info', text: t('profile.password.mustChange') }) : ''}
<p>${t('profile.password.intro')}</p>
${errorSummary({ errors, t })}
${postForm({
  action: '/profile/password',
  csrfToken: ctx.csrf(),
  label: t('profile.password.title'),
  body: html`${textField({
    name: 'currentPassword',
    type: 'password',
    label: t('profile.password.current'),
    autocomplete: 'current-password',
    width: 'medium',
    error: errorOf(errors, 'currentPassword'),
    t,
  })}
${textField({
  name: 'newPassword',
  type: 'password',
  label: t('profile.password.new'),
  autocomplete: 'new-password',
  width: 'medium',
  error: errorOf(errors, 'newPassword'),
  t,
})}
${textField({
  name: 'repeatPassword',
  type: 'password',
  label: t('profile.password.repeat'),
  autocomplete: 'new-password',
  width: 'medium',
  error: errorOf(errors, 'repeatPassword'),
  t,
})}
<div class="actions">${button({ label: t('profile.password.submit') })}</div>`,
})}`,
  });
}

async function changePassword(ctx: Ctx) {
  const { t } = ctx;
  const currentPassword = textValues(ctx.request.body, 'currentPassword')[0] ?? '';
  const newPassword = textValues(ctx.request.body, 'newPassword')[0] ?? '';
  const repeat = textValues(ctx.request.body, 'repeatPassword')[0] ?? '';
  const errors: FieldMessage[] = [];
  if (!currentPassword) errors.push({ field: 'currentPassword', message: t('login.password.required') });
  if (newPassword !== repeat) errors.push({ field: 'repeatPassword', message: t('profile.password.mismatch') });
  if (!newPassword) errors.push({ field: 'newPassword', message: t('error.user.weak-password') });
  if (errors.length > 0) return renderPassword(ctx, { errors, status: 422 });
  const result = await ctx.api('PUT', '/api/v1/me/password', { currentPassword, newPassword });
  if (result.status === 200) return ctx.reply.redirect('/', 303);
  return renderPassword(ctx, {
    errors: problemMessages(result, t, { '/currentPassword': 'currentPassword', '/newPassword': 'newPassword' }, 'newPassword'),
    status: result.status,
  });
}

export function registerUserPages(kit: PageKit): void {
  const admin = (handler: (ctx: Ctx) => Promise<unknown>) =>
    kit.page(async (ctx) => (hasRole(ctx.me, 'admin') ? handler(ctx) : failurePage(ctx, 403)));
  kit.app.get('/admin/users', admin(renderList));
  kit.app.get(
    '/admin/users/new',
    admin(async (ctx) => ctx.respond(await renderNew(ctx, { key: kit.newKey() }))),
  );
  kit.app.post(
    '/admin/users/new',
    kit.post,
    admin((ctx) => kit.once(ctx, (key) => create(ctx, key))),
  );
  kit.app.get(
    '/admin/users/:id',
    admin((ctx) => renderAccount(ctx, ctx.param('id'))),
  );
  kit.app.post('/admin/users/:id', kit.post, admin(update));
  kit.app.post(
    '/admin/users/:id/active',
    kit.post,
    admin((ctx) => act(ctx, 'active')),
  );
  kit.app.post(
    '/admin/users/:id/password-reset',
    kit.post,
    admin((ctx) => act(ctx, 'password-reset')),
  );
  kit.app.post(
    '/admin/users/:id/caseload-transfer',
    kit.post,
    admin((ctx) => act(ctx, 'caseload-transfer')),
  );
  kit.app.get(
    '/admin/oidc',
    admin((ctx) => renderMappings(ctx)),
  );
  kit.app.post('/admin/oidc', kit.post, admin(saveMappings));
  kit.app.get(
    '/profile/password',
    kit.page((ctx) => renderPassword(ctx)),
  );
  kit.app.post('/profile/password', kit.post, kit.page(changePassword));
}
