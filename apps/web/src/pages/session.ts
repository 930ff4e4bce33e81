/**
 * Login (local account; the demo accounts listed in demo mode only), OIDC start, logout and the
 * language choice. Not logged in, `/` shows the login page itself (no redirect).
 */
import { errorSummary, html, postForm, table, textField, button, notice, isLanguage, selectField, type FieldMessage } from '#ui/index.ts';
import { COOKIES, type Ctx } from '../context.ts';
import { errorOf, field, safeReturnTo } from '../forms.ts';

export { safeReturnTo };

type Institution = { kbo: string; name: string };

/**
 * The CPAS of this node: with more than one, the login page asks which (a username is unique only
 * within its CPAS) — unless the page is at the address of one CPAS (its host name), which is then the only one.
 */
async function institutionsOf(ctx: Ctx): Promise<Institution[]> {
  const result = await ctx.api('GET', '/api/v1/institutions');
  return result.status === 200 ? (result.body as { items: Institution[] }).items : [];
}

const institutionField = (ctx: Ctx, institutions: Institution[], value: string, error?: string) =>
  institutions.length > 1
    ? selectField({
        name: 'institution',
        label: ctx.t('login.institution'),
        hint: ctx.t('login.institution.hint'),
        value,
        placeholder: ctx.t('login.institution.any'),
        options: institutions.map((institution) => ({ value: institution.kbo, label: institution.name })),
        error,
        required: false,
        t: ctx.t,
      })
    : '';

type DemoAccount = { username: string; password: string; role: string; displayName: string; institution: { name: string } };

export async function renderLogin(
  ctx: Ctx,
  state: { username?: string; institution?: string; errors?: FieldMessage[]; status?: number; info?: string } = {},
) {
  const { t } = ctx;
  const errors = state.errors ?? [];
  const institutions = await institutionsOf(ctx);
  const chosen = state.institution ?? ctx.query('institution') ?? '';
  let demo: DemoAccount[] = [];
  if (ctx.settings.isDemo) {
    const result = await ctx.api('GET', '/api/v1/demo');
    if (result.status === 200) demo = (result.body as { accounts: DemoAccount[] }).accounts;
  }
  const expired = ctx.query('expired') === '1';
  const loggedOut = ctx.query('loggedOut') === '1';
  return ctx.send({
    title: t('login.title'),
    status: state.status,
    main: html`<h1>${t('login.title')}</h1>
${institutions.length === 1 ? html`<p class="login-institution">${t('login.institution.at', { name: institutions[0]!.name })}</p>` : ''}
${expired ? notice({ kind: 'info', text: t('login.expired') }) : ''}
${loggedOut ? notice({ kind: 'success', text: t('login.loggedOut') }) : ''}
${state.info ? notice({ kind: 'error', text: state.info }) : ''}
${errorSummary({ errors, t })}
${postForm({
  action: '/login',
  csrfToken: ctx.csrf(),
  label: t('login.title'),
  body: html`
${institutionField(ctx, institutions, chosen, errorOf(errors, 'institution'))}
${textField({
  name: 'username',
  label: t('login.username'),
  value: state.username ?? '',
  error: errorOf(errors, 'username'),
  autocomplete: 'username',
  width: 'medium',
  t,
})}
${textField({
  name: 'password',
  label: t('login.password'),
  type: 'password',
  value: '',
  error: errorOf(errors, 'password'),
  autocomplete: 'current-password',
  width: 'medium',
  t,
})}
<div class="actions">${button({ label: t('login.submit') })}</div>`,
})}
${
  ctx.settings.hasOidc
    ? html`<h2>${t('login.oidc.title')}</h2><p><a class="button button--secondary" href="/login/oidc">${t('login.oidc.link')}</a></p>
${
  institutions.length > 1
    ? html`<p>${t('login.oidc.byInstitution')}</p><ul>${institutions.map(
        (institution) => html`<li><a href="/login/oidc?institution=${institution.kbo}">${institution.name}</a></li>`,
      )}</ul>`
    : ''
}`
    : ''
}
${
  demo.length > 0
    ? html`<h2>${t('login.demo.title')}</h2><p>${t('login.demo.intro', { password: demo[0]!.password })}</p>
${table({
  caption: t('login.demo.caption'),
  head: [t('login.username'), t('login.demo.name'), t('login.demo.role'), t('login.demo.institution')],
  rows: demo.map((account) => [
    html`<code>${account.username}</code>`,
    account.displayName,
    t.dynamic(`role.${account.role}`),
    account.institution.name,
  ]),
})}`
    : ''
}`,
  });
}

export async function logIn(ctx: Ctx) {
  const { t } = ctx;
  const username = field(ctx.request.body, 'username');
  const password = field(ctx.request.body, 'password');
  const institution = field(ctx.request.body, 'institution');
  const errors: FieldMessage[] = [];
  if (!username) errors.push({ field: 'username', message: t('login.username.required') });
  if (!password) errors.push({ field: 'password', message: t('login.password.required') });
  if (institution && !/^\d{10}$/.test(institution)) errors.push({ field: 'institution', message: t('login.institution.required') });
  if (errors.length > 0) return renderLogin(ctx, { username, institution, errors, status: 422 });
  const result = await ctx.api('POST', '/api/v1/sessions', { username, password, ...(institution ? { institution } : {}) });
  if (result.status === 429 || result.status === 503) {
    if (result.retryAfter) ctx.reply.header('retry-after', result.retryAfter);
    return renderLogin(ctx, { username, institution, errors: [{ field: 'username', message: t('login.tooMany') }], status: 429 });
  }
  if (result.status === 422 && (result.body as { code?: string } | null)?.code === 'auth.institution-required')
    return renderLogin(ctx, {
      username,
      institution,
      errors: [{ field: 'institution', message: t('login.institution.required') }],
      status: 422,
    });
  if (result.status !== 201)
    return renderLogin(ctx, { username, institution, errors: [{ field: 'username', message: t('login.invalid') }], status: 401 });
  const { token, user } = result.body as { token: string; user: { mustChangePassword?: boolean } };
  startSession(ctx, token);
  // The language chosen in the profile follows the user to a new browser.
  const chosen = await ctx.apiAs(token)('GET', '/api/v1/me/language');
  if (chosen.status === 200) {
    const body = chosen.body as { language: string; isChosen: boolean };
    if (body.isChosen && isLanguage(body.language)) setLanguageCookie(ctx, body.language);
  }
  // A one-time password given by the administrator: the user chooses their own first.
  return ctx.reply.redirect(user.mustChangePassword ? '/profile/password' : '/', 303);
}

export function startSession(ctx: Ctx, token: string): void {
  // HttpOnly (no script reads it), SameSite=Lax (not sent on cross-site POSTs; forms also carry a
  // CSRF token), Secure behind HTTPS, no Max-Age: the API's idle timeout ends the session.
  ctx.reply.setCookie(COOKIES(ctx.settings.isSecure).session, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.settings.isSecure,
  });
}

export function setLanguageCookie(ctx: Ctx, language: string): void {
  ctx.reply.setCookie(COOKIES(ctx.settings.isSecure).language, language, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.settings.isSecure,
    maxAge: 365 * 24 * 3600,
  });
}

export async function logOut(ctx: Ctx) {
  if (ctx.token) await ctx.api('DELETE', '/api/v1/sessions/current').catch(() => undefined);
  ctx.reply.clearCookie(COOKIES(ctx.settings.isSecure).session, { path: '/' });
  return ctx.reply.redirect('/?loggedOut=1', 303);
}

export async function chooseLanguage(ctx: Ctx) {
  const language = field(ctx.request.body, 'lang');
  const returnTo = safeReturnTo(field(ctx.request.body, 'returnTo') || '/');
  if (!isLanguage(language)) return ctx.reply.redirect(returnTo, 303);
  setLanguageCookie(ctx, language);
  if (ctx.token) await ctx.api('PUT', '/api/v1/me/language', { language }).catch(() => undefined);
  return ctx.reply.redirect(returnTo, 303);
}
