/**
 * The hub operator's web area at `/hub/operator` (issue 12, scope 2; ADR 0020), served by the hub
 * itself with packages/ui like the portal: no CPAS's users, no casework. An operator account of the
 * hub's own database logs in (scrypt, one-time password replaced at the first login), or through the
 * hub's OpenID Connect provider when one is configured (its ID token names the account); the session is
 * an HttpOnly SameSite=Strict cookie; every form carries the session's CSRF token. Pages: the
 * institutions (register from an exported JSON, rotate keys, deactivate with a reason, reactivate,
 * the history of changes), the exchange log's state, the retention periods of the hub's record
 * classes, and the policy with its quality codes. Every change is written with the operator's name
 * and reason in the same transaction (institution_changes, retention_setting_changes,
 * policy_changes). FR/NL/DE/EN, no script.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import {
  LANGUAGES,
  UI_ASSETS_DIR,
  button,
  checkbox,
  createTranslator,
  errorSummary,
  formatDateTime,
  formatNumber,
  html,
  negotiateLanguage,
  notice,
  renderPage,
  summaryList,
  table,
  textArea,
  textField,
  isLanguage,
  type FieldMessage,
  type Language,
  type SafeHtml,
  type Translate,
} from '#ui/index.ts';
import type { Database } from '#platform/db.ts';
import { createOidcLogin, readPending, type OidcSettings } from '#platform/oidc.ts';
import { createRegistryOperations, jwksFrom, parseExportedEntries, type Registry } from '../registry/index.ts';
import type { OperatorService, OperatorSession } from '../operators/index.ts';
import { createRetentionOperations } from '../retention/index.ts';
import { createPolicyService, SUMMARY_ITEMS } from '../policy/index.ts';
import { readLogState } from '../tlog/index.ts';
import { catalog, type MessageKey } from './messages/index.ts';

const BASE = '/hub/operator';
const SESSION_COOKIE = 'rse_hub_operator';
const LANG_COOKIE = 'rse_hub_operator_lang';
const FORM_COOKIE = 'rse_hub_operator_form';
/** The state, nonce and PKCE verifier of a login through the provider, until the browser comes back (10 minutes). */
const OIDC_COOKIE = 'rse_hub_operator_oidc';
const CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
const MAX_REASON = 500;
const MAX_JSON = 64 * 1024;

type T = Translate<MessageKey>;
type Page = 'login' | 'institutions' | 'log' | 'retention' | 'policy' | 'password';
type Visit = { request: FastifyRequest; reply: FastifyReply; lang: Language; t: T; session: OperatorSession | null };

export type OperatorPagesDeps = {
  db: Database;
  registry: Registry;
  operators: OperatorService;
  isDemo: boolean;
  /** Whether the area is reached over https (the cookie's Secure flag). */
  isSecure: () => boolean;
  /** The hub's OpenID Connect provider for operators (HUB_OPERATOR_OIDC_ISSUER), or null: passwords only. */
  oidc?: OidcSettings | null;
  /** False (HUB_OPERATOR_PASSWORD_LOGIN=false, only with a provider): no password login; the provider only. */
  isPasswordLoginOn?: boolean;
};

/** One text field of a posted form or query, whatever its shape (a field sent twice: the first). */
function text(source: unknown, name: string, max = 1000): string {
  if (typeof source !== 'object' || source === null || !Object.hasOwn(source, name)) return '';
  const value: unknown = Reflect.get(source, name);
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first.slice(0, max) : '';
}
function texts(source: unknown, name: string): string[] {
  if (typeof source !== 'object' || source === null || !Object.hasOwn(source, name)) return [];
  const value: unknown = Reflect.get(source, name);
  return (Array.isArray(value) ? value : [value])
    .filter((item): item is string => typeof item === 'string')
    .map((item) => item.slice(0, 64));
}
const KBO = /^\d{10}$/;
const CODE = /^[0-9]{1,3}-[0-9]{1,3}$/;
const SLUG = /^[a-z0-9-]{1,64}$/;

export async function registerOperatorPages(app: FastifyInstance, deps: OperatorPagesDeps): Promise<void> {
  await app.register(cookie);
  await app.register(formbody, { bodyLimit: 256 * 1024 });
  const css = await readFile(path.join(UI_ASSETS_DIR, 'ui.css'), 'utf8');
  const registry = createRegistryOperations(deps.db, deps.registry);
  const retention = createRetentionOperations(deps.db);
  const policy = createPolicyService(deps.db);
  const oidc = deps.oidc ? createOidcLogin(deps.oidc) : null;
  const isPasswordLoginOn = deps.isPasswordLoginOn ?? true;

  function setCookie(reply: FastifyReply, name: string, value: string, maxAgeSeconds?: number) {
    reply.setCookie(name, value, {
      path: BASE,
      httpOnly: true,
      sameSite: 'strict',
      secure: deps.isSecure(),
      ...(maxAgeSeconds !== undefined ? { maxAge: maxAgeSeconds } : {}),
    });
  }

  async function visit(request: FastifyRequest, reply: FastifyReply): Promise<Visit> {
    const asked = text(request.query, 'lang', 5);
    const cookieLang = request.cookies[LANG_COOKIE];
    const lang: Language = isLanguage(asked)
      ? asked
      : isLanguage(cookieLang)
        ? cookieLang
        : negotiateLanguage(request.headers['accept-language'], LANGUAGES, 'fr');
    if (isLanguage(asked)) setCookie(reply, LANG_COOKIE, lang, 365 * 86_400);
    const session = await deps.operators.authenticate(request.cookies[SESSION_COOKIE]);
    return { request, reply, lang, t: createTranslator(catalog, lang), session };
  }

  function layout(v: Visit, options: { title: string; page: Page; body: SafeHtml; status?: number }) {
    const { t, lang, request, reply, session } = v;
    const here = request.url.split('?')[0] || `${BASE}/`;
    const navItem = (page: Page, key: MessageKey) => ({ href: `${BASE}/${page}`, label: t(key), isCurrent: options.page === page });
    const isWorking = session !== null && !session.mustChangePassword;
    const page = renderPage({
      language: lang,
      title: options.title,
      serviceName: t('appName'),
      homeHref: `${BASE}/`,
      t,
      assetsBase: `${BASE}/assets`,
      hasScript: false,
      banner: deps.isDemo ? t('demoBadge') : undefined,
      languageLinks: { languages: LANGUAGES, href: (code) => `${here}?lang=${code}` },
      nav: isWorking
        ? [
            navItem('institutions', 'navInstitutions'),
            navItem('log', 'navLog'),
            navItem('retention', 'navRetention'),
            navItem('policy', 'navPolicy'),
          ]
        : undefined,
      userArea: session
        ? html`<span>${t('signedInAs', { name: session.name })}</span>
<form method="post" action="${BASE}/logout"><input type="hidden" name="csrf" value="${session.csrfToken}">\
<button type="submit" class="button--link">${t('logOut')}</button></form>`
        : undefined,
      main: html`<h1>${options.title}</h1>
${options.body}`,
      footer: html`<p>${t('footer')}</p>`,
    });
    return reply
      .code(options.status ?? 200)
      .type('text/html; charset=utf-8')
      .header('content-security-policy', CSP)
      .header('x-frame-options', 'DENY')
      .header('cache-control', 'no-store')
      .send(page.value);
  }

  const errorBox = (t: T, message: string) => notice({ kind: 'error', title: t('errorTitle'), text: message });
  const errorText = (t: T, code: string, params?: Record<string, string | number>) => t.maybe(`error.${code}`, params) ?? t('error.other');
  const csrfField = (session: OperatorSession) => html`<input type="hidden" name="csrf" value="${session.csrfToken}">`;
  const reasonField = (t: T, id: string, value: string, error?: string, isRequired = true) =>
    textArea({
      name: 'reason',
      id,
      label: t('reason'),
      hint: t('reasonHint'),
      value,
      error,
      maxlength: MAX_REASON,
      rows: 2,
      required: isRequired,
      t,
    });

  /** A page for a logged-in operator who has chosen their password; else the login or the password page. */
  function operatorPage(handler: (v: Visit, session: OperatorSession) => Promise<unknown>) {
    return async (request: FastifyRequest, reply: FastifyReply) => {
      const v = await visit(request, reply);
      if (!v.session) return reply.redirect(`${BASE}/`, 303);
      if (v.session.mustChangePassword) return reply.redirect(`${BASE}/password`, 303);
      return handler(v, v.session);
    };
  }
  /** A POST of a logged-in operator: the CSRF token first (403 page otherwise). */
  function operatorPost(handler: (v: Visit, session: OperatorSession) => Promise<unknown>) {
    return operatorPage(async (v, session) => {
      if (!deps.operators.isCsrfValid(session, text(v.request.body, 'csrf', 100)))
        return layout(v, {
          title: v.t('errorTitle'),
          page: 'institutions',
          body: errorBox(v.t, errorText(v.t, 'form.expired')),
          status: 403,
        });
      return handler(v, session);
    });
  }

  app.get('/assets/ui.css', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(css),
  );

  // ——— Login, password, logout ———

  /** The login page; `error` belongs to the password form's name field, `providerError` to the page. */
  function loginPage(v: Visit, state: { name?: string; error?: string; providerError?: string; status?: number } = {}) {
    const { t } = v;
    const providerError = state.providerError ? errorBox(t, state.providerError) : html``;
    const providerLogin = oidc
      ? html`${providerError}<h2>${t('loginProviderTitle')}</h2><p>${t('loginProviderIntro')}</p>
<p><a class="button button--${isPasswordLoginOn ? 'secondary' : 'primary'}" href="${BASE}/login/oidc">${t('loginProviderLink')}</a></p>`
      : providerError;
    if (!isPasswordLoginOn) return layout(v, { title: t('loginTitle'), page: 'login', body: providerLogin, status: state.status });
    const passwordTitle = oidc ? html`<h2>${t('loginPasswordTitle')}</h2>` : html``;
    const formToken = randomBytes(24).toString('base64url');
    setCookie(v.reply, FORM_COOKIE, formToken, 3_600);
    const errors: FieldMessage[] = state.error ? [{ field: 'name', message: state.error }] : [];
    const body = html`${errorSummary({ errors, t })}
${providerLogin}${passwordTitle}
<p>${t('loginIntro')}</p>
<form method="post" action="${BASE}/login" class="form" aria-label="${t('loginTitle')}">
<input type="hidden" name="form" value="${formToken}">
${textField({
  name: 'name',
  label: t('fieldName'),
  value: state.name ?? '',
  autocomplete: 'username',
  width: 'medium',
  maxlength: 63,
  required: true,
  error: state.error,
  t,
})}
${textField({
  name: 'password',
  label: t('fieldPassword'),
  type: 'password',
  autocomplete: 'current-password',
  width: 'medium',
  maxlength: 200,
  required: true,
  t,
})}
<div class="actions">${button({ label: t('logIn') })}</div>
</form>`;
    return layout(v, { title: t('loginTitle'), page: 'login', body, status: state.status });
  }

  app.get('/', { schema: { hide: true } }, async (request, reply) => {
    const v = await visit(request, reply);
    if (v.session) return reply.redirect(`${BASE}/${v.session.mustChangePassword ? 'password' : 'institutions'}`, 303);
    return loginPage(v);
  });

  app.post('/login', { schema: { hide: true } }, async (request, reply) => {
    const v = await visit(request, reply);
    if (!isPasswordLoginOn) return loginPage(v, { providerError: errorText(v.t, 'login.password-off'), status: 403 });
    const name = text(request.body, 'name', 63).trim().toLowerCase();
    const formToken = text(request.body, 'form', 100);
    const expected = request.cookies[FORM_COOKIE];
    if (!expected || formToken !== expected) return loginPage(v, { name, error: errorText(v.t, 'form.expired'), status: 403 });
    const result = await deps.operators.logIn(name, text(request.body, 'password', 200));
    if (!result.ok) return loginPage(v, { name, error: errorText(v.t, result.code), status: result.code === 'login.failed' ? 401 : 429 });
    setCookie(reply, SESSION_COOKIE, result.token);
    reply.clearCookie(FORM_COOKIE, { path: BASE });
    return reply.redirect(`${BASE}/${result.mustChangePassword ? 'password' : 'institutions'}`, 303);
  });

  // ——— Login through the hub's OpenID Connect provider ———

  app.get('/login/oidc', { schema: { hide: true } }, async (request, reply) => {
    const v = await visit(request, reply);
    if (!oidc) return reply.redirect(`${BASE}/`, 303);
    try {
      const { url, pending } = await oidc.start();
      // Lax, not Strict: the browser comes back from the provider's site, and must bring the checks with it.
      reply.setCookie(OIDC_COOKIE, JSON.stringify(pending), {
        path: BASE,
        httpOnly: true,
        sameSite: 'lax',
        secure: deps.isSecure(),
        maxAge: 600,
      });
      return reply.redirect(url, 303);
    } catch (error) {
      request.log.warn({ err: { message: (error as Error).message } }, 'hub operator login: the identity provider is unreachable');
      return loginPage(v, { providerError: errorText(v.t, 'login.oidc-unavailable'), status: 503 });
    }
  });

  app.get('/login/oidc/callback', { schema: { hide: true } }, async (request, reply) => {
    const v = await visit(request, reply);
    if (!oidc) return reply.redirect(`${BASE}/`, 303);
    reply.clearCookie(OIDC_COOKIE, { path: BASE });
    const pending = readPending(request.cookies[OIDC_COOKIE]);
    if (!pending) return loginPage(v, { providerError: errorText(v.t, 'login.oidc-failed'), status: 400 });
    const query: Record<string, string> = {};
    for (const name of ['code', 'state', 'iss', 'error', 'error_description', 'session_state'])
      if (text(request.query, name, 2_000)) query[name] = text(request.query, name, 2_000);
    let identity: { username: string } | null = null;
    try {
      identity = await oidc.finish(query, pending);
    } catch (error) {
      request.log.warn({ err: { message: (error as Error).message } }, 'hub operator login: the provider’s answer was refused');
      return loginPage(v, { providerError: errorText(v.t, 'login.oidc-failed'), status: 400 });
    }
    const result = identity ? await deps.operators.logInFederated(identity.username.trim().toLowerCase()) : null;
    if (!result?.ok) {
      // The claim's value is not logged: a provider may be set to name accounts by a national number.
      request.log.warn('hub operator login: the provider named no active operator account');
      return loginPage(v, { providerError: errorText(v.t, 'login.oidc-unknown'), status: 403 });
    }
    setCookie(reply, SESSION_COOKIE, result.token);
    // The session cookie is SameSite=Strict, and this request came from the provider's site: a redirect from
    // here would still be a cross-site navigation, sent without it. A page of this site that moves on by itself
    // (the Refresh header, as a meta refresh would) is a navigation of this site, with it.
    const next = `${BASE}/institutions`;
    reply.header('refresh', `0; url=${next}`);
    const body = html`<p>${v.t('loginProviderDone')}</p>
<p><a class="button button--primary" href="${next}">${v.t('loginProviderContinue')}</a></p>`;
    return layout(v, { title: v.t('loginTitle'), page: 'login', body });
  });

  app.post('/logout', { schema: { hide: true } }, async (request, reply) => {
    const v = await visit(request, reply);
    if (v.session && deps.operators.isCsrfValid(v.session, text(request.body, 'csrf', 100)))
      await deps.operators.logOut(request.cookies[SESSION_COOKIE]);
    reply.clearCookie(SESSION_COOKIE, { path: BASE });
    return reply.redirect(`${BASE}/`, 303);
  });

  function passwordPage(v: Visit, session: OperatorSession, state: { errors?: FieldMessage[]; status?: number } = {}) {
    const { t } = v;
    const errors = state.errors ?? [];
    const message = (name: string) => errors.find((error) => error.field === name)?.message;
    const body = html`${errorSummary({ errors, t })}
<p>${t('passwordIntro')}</p>
<form method="post" action="${BASE}/password" class="form" aria-label="${t('passwordTitle')}">
${csrfField(session)}
<input type="hidden" name="username" value="${session.name}" autocomplete="username">
${textField({
  name: 'currentPassword',
  label: t('fieldCurrentPassword'),
  type: 'password',
  autocomplete: 'current-password',
  width: 'medium',
  maxlength: 200,
  required: true,
  error: message('currentPassword'),
  t,
})}
${textField({
  name: 'newPassword',
  label: t('fieldNewPassword'),
  type: 'password',
  autocomplete: 'new-password',
  width: 'medium',
  maxlength: 200,
  required: true,
  error: message('newPassword'),
  t,
})}
<div class="actions">${button({ label: t('savePassword') })}</div>
</form>`;
    return layout(v, { title: t('passwordTitle'), page: 'password', body, status: state.status });
  }

  app.get('/password', { schema: { hide: true } }, async (request, reply) => {
    const v = await visit(request, reply);
    if (!v.session) return reply.redirect(`${BASE}/`, 303);
    return passwordPage(v, v.session);
  });

  app.post('/password', { schema: { hide: true } }, async (request, reply) => {
    const v = await visit(request, reply);
    const session = v.session;
    if (!session) return reply.redirect(`${BASE}/`, 303);
    if (!deps.operators.isCsrfValid(session, text(request.body, 'csrf', 100)))
      return passwordPage(v, session, { errors: [{ field: 'currentPassword', message: errorText(v.t, 'form.expired') }], status: 403 });
    const outcome = await deps.operators.changePassword(
      session,
      request.cookies[SESSION_COOKIE] ?? '',
      text(request.body, 'currentPassword', 201),
      text(request.body, 'newPassword', 201),
    );
    if (outcome === 'changed') return reply.redirect(`${BASE}/institutions`, 303);
    const field = outcome === 'wrong-current' ? 'currentPassword' : 'newPassword';
    return passwordPage(v, session, { errors: [{ field, message: errorText(v.t, `password.${outcome}`) }], status: 422 });
  });

  // ——— Institutions ———

  const kindLabel = (t: T, kind: string) => t.maybe(`kind.${kind}`) ?? kind;
  const statusLabel = (t: T, isActive: boolean) => html`<strong>${isActive ? t('active') : t('inactive')}</strong>`;

  async function institutionsPage(
    v: Visit,
    session: OperatorSession,
    state: { entries?: string; reason?: string; error?: string; done?: string; status?: number } = {},
  ) {
    const { t, lang } = v;
    const rows = await registry.listAll();
    const errors: FieldMessage[] = state.error ? [{ field: 'entries', message: state.error }] : [];
    const body = html`${state.done ? notice({ kind: 'success', text: state.done }) : ''}
${errorSummary({ errors, t })}
<p>${t('institutionsIntro')}</p>
${table({
  caption: t('institutionsTitle'),
  isCaptionHidden: true,
  head: [t('colName'), t('colKbo'), t('colKind'), t('colEndpoint'), t('colStatus'), t('registeredAt')],
  rows: rows.map((row) => [
    html`<a href="${BASE}/institutions/${row.kbo}" aria-label="${t('open', { name: row.name })}">${row.name}</a>`,
    html`<code>${row.kbo}</code>`,
    kindLabel(t, row.kind),
    row.endpoint ? html`<code>${row.endpoint}</code>` : '—',
    statusLabel(t, row.is_active),
    formatDateTime(lang, row.registered_at.toISOString()),
  ]),
})}
<section class="panel" aria-labelledby="register-title">
<h2 id="register-title">${t('registerTitle')}</h2>
<p>${t('registerIntro')}</p>
<form method="post" action="${BASE}/institutions/register" class="form" aria-labelledby="register-title">
${csrfField(session)}
${textArea({ name: 'entries', label: t('fieldEntries'), value: state.entries ?? '', error: state.error, rows: 8, maxlength: MAX_JSON, required: true, t })}
${reasonField(t, 'field-register-reason', state.reason ?? '', undefined, false)}
<div class="actions">${button({ label: t('register') })}</div>
</form>
</section>`;
    return layout(v, { title: t('institutionsTitle'), page: 'institutions', body, status: state.status });
  }

  app.get(
    '/institutions',
    { schema: { hide: true } },
    operatorPage(async (v, session) => institutionsPage(v, session)),
  );

  app.post(
    '/institutions/register',
    { schema: { hide: true } },
    operatorPost(async (v, session) => {
      const entriesText = text(v.request.body, 'entries', MAX_JSON + 1);
      const reason = text(v.request.body, 'reason', MAX_REASON + 1).trim();
      const state = { entries: entriesText.slice(0, MAX_JSON), reason: reason.slice(0, MAX_REASON) };
      if (reason.length > MAX_REASON || entriesText.length > MAX_JSON)
        return institutionsPage(v, session, { ...state, error: errorText(v.t, 'registry.entry-invalid', { index: 1 }), status: 422 });
      const parsed = parseExportedEntries(entriesText);
      if (!parsed.ok)
        return institutionsPage(v, session, { ...state, error: errorText(v.t, parsed.code, { index: parsed.index }), status: 422 });
      const current = await registry.listAll();
      if (parsed.entries.some((entry) => current.some((row) => row.kbo === entry.kbo && row.kind === 'hub')))
        return institutionsPage(v, session, { ...state, error: errorText(v.t, 'registry.hub-entry'), status: 422 });
      const done: string[] = [];
      for (const entry of parsed.entries) {
        const action = await registry.register(entry, session.name, reason || null);
        done.push(`${entry.name} (${v.t.maybe(`action.${action}`) ?? action})`);
      }
      return institutionsPage(v, session, { done: v.t('registered', { list: done.join(', ') }) });
    }),
  );

  async function institutionPage(
    v: Visit,
    session: OperatorSession,
    kbo: string,
    state: { form?: string; error?: string; value?: string; reason?: string; done?: boolean; status?: number } = {},
  ) {
    const { t, lang } = v;
    const row = KBO.test(kbo) ? (await registry.listAll()).find((item) => item.kbo === kbo) : undefined;
    if (!row) return notFound(v);
    const history = await registry.history(kbo);
    const keys = await deps.db.one<{ jwks: { keys: { kid?: string; use?: string }[] } }>('SELECT jwks FROM institutions WHERE kbo = $1', [
      kbo,
    ]);
    const errorFor = (form: string) => (state.form === form ? state.error : undefined);
    const errors: FieldMessage[] =
      state.error && state.form ? [{ field: state.form === 'rotate' ? 'jwks' : 'reason', message: state.error }] : [];
    const targets: Record<string, string> = state.form ? { reason: `field-${state.form}-reason`, jwks: 'field-jwks' } : {};
    const isHub = row.kind === 'hub';
    const forms = isHub
      ? html`<p>${t('hubEntry')}</p>`
      : row.is_active
        ? html`<section class="panel" aria-labelledby="rotate-title"><h2 id="rotate-title">${t('rotateTitle')}</h2>
<p>${t('rotateIntro')}</p>
<form method="post" action="${BASE}/institutions/${kbo}/rotate-keys" class="form" aria-labelledby="rotate-title">
${csrfField(session)}
${textArea({
  name: 'jwks',
  label: t('fieldJwks'),
  value: state.form === 'rotate' ? (state.value ?? '') : '',
  error: errorFor('rotate'),
  rows: 6,
  maxlength: MAX_JSON,
  required: true,
  t,
})}
${reasonField(t, 'field-rotate-reason', state.form === 'rotate' ? (state.reason ?? '') : '', undefined, false)}
<div class="actions">${button({ label: t('rotate') })}</div>
</form></section>
<section class="panel" aria-labelledby="deactivate-title"><h2 id="deactivate-title">${t('deactivateTitle')}</h2>
<p>${t('deactivateIntro')}</p>
<form method="post" action="${BASE}/institutions/${kbo}/deactivate" class="form" aria-labelledby="deactivate-title">
${csrfField(session)}
${reasonField(t, 'field-deactivate-reason', state.form === 'deactivate' ? (state.reason ?? '') : '', errorFor('deactivate'))}
<div class="actions">${button({ label: t('deactivate'), variant: 'warning' })}</div>
</form></section>`
        : html`<section class="panel" aria-labelledby="reactivate-title"><h2 id="reactivate-title">${t('reactivateTitle')}</h2>
<form method="post" action="${BASE}/institutions/${kbo}/reactivate" class="form" aria-labelledby="reactivate-title">
${csrfField(session)}
${reasonField(t, 'field-reactivate-reason', state.form === 'reactivate' ? (state.reason ?? '') : '', errorFor('reactivate'), false)}
<div class="actions">${button({ label: t('reactivate') })}</div>
</form></section>`;
    const body = html`<p><a href="${BASE}/institutions">${t('backToList')}</a></p>
${state.done ? notice({ kind: 'success', text: t('saved') }) : ''}
${errorSummary({ errors, t, targets })}
${summaryList([
  [t('colKbo'), html`<code>${row.kbo}</code>`],
  [t('colKind'), kindLabel(t, row.kind)],
  [t('colEndpoint'), row.endpoint ? html`<code>${row.endpoint}</code>` : '—'],
  [t('colStatus'), statusLabel(t, row.is_active)],
  [t('registeredAt'), formatDateTime(lang, row.registered_at.toISOString())],
  [
    t('keys'),
    html`${(keys?.jwks.keys ?? []).map((key, index) => html`${index > 0 ? html`<br>` : ''}<code>${key.use ?? ''} ${key.kid ?? ''}</code>`)}`,
  ],
])}
${forms}
<h2 id="history-title">${t('history')}</h2>
${
  history.length === 0
    ? html`<p>${t('none')}</p>`
    : table({
        caption: t('historyCaption', { name: row.name }),
        isCaptionHidden: true,
        head: [t('colDate'), t('colAction'), t('colOperator'), t('colReason')],
        rows: [...history]
          .reverse()
          .map((change) => [
            formatDateTime(lang, change.changedAt),
            t.maybe(`action.${change.action}`) ?? change.action,
            change.operator,
            change.reason ?? '—',
          ]),
      })
}`;
    return layout(v, { title: row.name, page: 'institutions', body, status: state.status });
  }

  app.get(
    '/institutions/:kbo',
    { schema: { hide: true } },
    operatorPage(async (v, session) =>
      institutionPage(v, session, text(v.request.params, 'kbo', 20), { done: text(v.request.query, 'done', 10) === 'saved' }),
    ),
  );

  for (const action of ['rotate-keys', 'deactivate', 'reactivate'] as const) {
    const form = action === 'rotate-keys' ? 'rotate' : action;
    app.post(
      `/institutions/:kbo/${action}`,
      { schema: { hide: true } },
      operatorPost(async (v, session) => {
        const kbo = text(v.request.params, 'kbo', 20);
        const rawReason = text(v.request.body, 'reason', MAX_REASON + 1).trim();
        const jwksText = text(v.request.body, 'jwks', MAX_JSON + 1);
        const fail = (code: string) =>
          institutionPage(v, session, kbo, {
            form,
            error: errorText(v.t, code),
            value: jwksText.slice(0, MAX_JSON),
            reason: rawReason.slice(0, MAX_REASON),
            status: 422,
          });
        const row = KBO.test(kbo) ? (await registry.listAll()).find((item) => item.kbo === kbo) : undefined;
        if (!row) return notFound(v);
        if (row.kind === 'hub') return fail('registry.hub-entry');
        if (rawReason.length > MAX_REASON) return fail('reason-required');
        const reason = rawReason || null;
        if (action === 'rotate-keys') {
          if (!row.is_active) return fail('registry.not-active');
          const jwks = jwksText.length <= MAX_JSON ? jwksFrom(jwksText, kbo) : null;
          if (!jwks) return fail('registry.jwks-invalid');
          await registry.rotateKeys(kbo, jwks, session.name, reason);
        } else if (action === 'deactivate') {
          if (!row.is_active) return fail('registry.not-active');
          if (!reason) return fail('reason-required');
          await registry.deactivate(kbo, session.name, reason);
        } else {
          if (row.is_active) return fail('registry.already-active');
          await registry.reactivate(kbo, session.name, reason);
        }
        return v.reply.redirect(`${BASE}/institutions/${kbo}?done=saved`, 303);
      }),
    );
  }

  // ——— The exchange log ———

  app.get(
    '/log',
    { schema: { hide: true } },
    operatorPage(async (v) => {
      const { t, lang } = v;
      const state = await readLogState(deps.db);
      const date = (value: Date) => formatDateTime(lang, value.toISOString());
      const body = html`<p>${t('logIntro')}</p>
${summaryList([
  [t('logSize'), formatNumber(lang, state.size)],
  [
    t('treeHead'),
    state.treeHead
      ? t('treeHeadValue', { size: formatNumber(lang, state.treeHead.treeSize), date: date(state.treeHead.signedAt) })
      : t('notYet'),
  ],
  [
    t('checkpoint'),
    state.checkpoint
      ? t('checkpointValue', { size: formatNumber(lang, state.checkpoint.treeSize), date: date(state.checkpoint.publishedAt) })
      : t('notYet'),
  ],
  [t('cosigners'), state.checkpoint && state.checkpoint.cosigners.length > 0 ? state.checkpoint.cosigners.join(', ') : t('none')],
  [t('rootHash'), state.checkpoint ? html`<code>${state.checkpoint.rootHash}</code>` : '—'],
])}
<h2>${t('failuresTitle')}</h2>
${
  state.failures.length === 0
    ? html`<p>${t('failuresNone')}</p>`
    : table({
        caption: t('failuresTitle'),
        isCaptionHidden: true,
        head: [t('colDate'), t('colSize'), t('cosigners'), t('colWitness')],
        rows: state.failures.map((failure) => [
          date(failure.failedAt),
          formatNumber(lang, failure.treeSize),
          failure.cosigners.length > 0 ? failure.cosigners.join(', ') : t('none'),
          html`${Object.entries(failure.reasons).map(([witness, why], index) => html`${index > 0 ? html`<br>` : ''}<strong>${witness}</strong> : ${why}`)}`,
        ]),
      })
}
<h2>${t('keysTitle')}</h2>
${
  state.keyEntries.length === 0
    ? html`<p>${t('keysNone')}</p>`
    : table({
        caption: t('keysTitle'),
        isCaptionHidden: true,
        head: [t('colEntry'), t('colKbo'), t('colKey'), t('colEvent')],
        rows: state.keyEntries.map((entry) => [
          formatNumber(lang, entry.leafIndex),
          html`<code>${entry.kbo}</code>`,
          html`<code>${entry.use} ${entry.kid}</code>`,
          t.maybe(`event.${entry.event}`) ?? entry.event,
        ]),
      })
}`;
      return layout(v, { title: t('logTitle'), page: 'log', body });
    }),
  );

  // ——— Retention ———

  async function retentionPage(
    v: Visit,
    session: OperatorSession,
    state: {
      recordClass?: string;
      days?: string;
      reason?: string;
      error?: { field: string; message: string };
      done?: boolean;
      status?: number;
    } = {},
  ) {
    const { t, lang } = v;
    const [overview, history] = await Promise.all([retention.overview(), retention.history()]);
    const classLabel = (name: string) => t.maybe(`class.${name}`) ?? name;
    const errors: FieldMessage[] = state.error ? [state.error] : [];
    const targets = state.error && state.recordClass ? { [state.error.field]: `field-${state.recordClass}-${state.error.field}` } : {};
    const forms = overview.classes.map((item) => {
      const isCurrent = state.recordClass === item.recordClass;
      const error = (field: string) => (isCurrent && state.error?.field === field ? state.error.message : undefined);
      return html`<section class="panel" aria-labelledby="class-${item.recordClass}">
<h2 id="class-${item.recordClass}">${classLabel(item.recordClass)}</h2>
<p class="hint">${t('daysValue', { days: formatNumber(lang, item.days) })}</p>
<form method="post" action="${BASE}/retention/${item.recordClass}" class="form" aria-labelledby="class-${item.recordClass}">
${csrfField(session)}
${textField({
  name: 'days',
  id: `field-${item.recordClass}-days`,
  label: t('fieldDays'),
  hint: t('daysHint', { min: item.min, max: item.max }),
  value: isCurrent ? (state.days ?? '') : String(item.days),
  inputmode: 'numeric',
  width: 'short',
  required: true,
  error: error('days'),
  t,
})}
${reasonField(t, `field-${item.recordClass}-reason`, isCurrent ? (state.reason ?? '') : '', error('reason'))}
<div class="actions">${button({ label: t('save') })}</div>
</form>
</section>`;
    });
    const body = html`${state.done ? notice({ kind: 'success', text: t('saved') }) : ''}
${errorSummary({ errors, t, targets })}
<p>${t('retentionIntro')}</p>
${forms}
<h2>${t('runsTitle')}</h2>
${
  overview.runs.length === 0
    ? html`<p>${t('runsNone')}</p>`
    : table({
        caption: t('runsTitle'),
        isCaptionHidden: true,
        head: [t('colDate'), t('colTrigger'), t('colRemoved')],
        rows: overview.runs.map((run) => [
          formatDateTime(lang, run.ranAt.toISOString()),
          run.trigger,
          Object.entries(run.counts)
            .filter(([, count]) => count > 0)
            .map(([name, count]) => `${classLabel(name)} : ${count}`)
            .join(', ') || '0',
        ]),
      })
}
<h2>${t('history')}</h2>
${historyTable(v, history, (change) => `${classLabel(change.record_class)} : ${change.previous_days} → ${change.days}`)}`;
    return layout(v, { title: t('retentionTitle'), page: 'retention', body, status: state.status });
  }

  app.get(
    '/retention',
    { schema: { hide: true } },
    operatorPage(async (v, session) => retentionPage(v, session, { done: text(v.request.query, 'done', 10) === 'saved' })),
  );

  app.post(
    '/retention/:recordClass',
    { schema: { hide: true } },
    operatorPost(async (v, session) => {
      const recordClass = text(v.request.params, 'recordClass', 64);
      if (!SLUG.test(recordClass)) return notFound(v);
      const daysText = text(v.request.body, 'days', 10).trim();
      const reason = text(v.request.body, 'reason', MAX_REASON + 1).trim();
      const state = { recordClass, days: daysText, reason: reason.slice(0, MAX_REASON), status: 422 };
      if (!/^\d{1,6}$/.test(daysText))
        return retentionPage(v, session, { ...state, error: { field: 'days', message: errorText(v.t, 'retention.out-of-range') } });
      if (reason.length === 0 || reason.length > MAX_REASON)
        return retentionPage(v, session, { ...state, error: { field: 'reason', message: errorText(v.t, 'reason-required') } });
      const result = await retention.set(recordClass, Number(daysText), session.name, reason);
      if (!result.ok) {
        if (result.problem === 'unknown-class') return notFound(v);
        const field = result.problem === 'reason-required' ? 'reason' : 'days';
        return retentionPage(v, session, {
          ...state,
          error: { field, message: errorText(v.t, result.problem === 'reason-required' ? 'reason-required' : 'retention.out-of-range') },
        });
      }
      return v.reply.redirect(`${BASE}/retention?done=saved`, 303);
    }),
  );

  // ——— Policy and codes ———

  async function policyPage(
    v: Visit,
    session: OperatorSession,
    state: {
      target?: string;
      items?: string[];
      reason?: string;
      error?: { field: string; message: string };
      done?: boolean;
      status?: number;
    } = {},
  ) {
    const { t, lang } = v;
    const [overview, history] = await Promise.all([policy.overview(), policy.history()]);
    const label = (labels: Record<string, string>) => labels[lang] ?? labels.fr ?? '';
    const purposeLabel = (code: string) => {
      const purpose = overview.purposes.find((item) => item.code === code);
      return purpose ? label(purpose.labels) : code;
    };
    const itemList = (items: readonly string[]) =>
      items.length === 0 ? t('itemsNone') : items.map((item) => t.maybe(`item.${item}`) ?? item).join(', ');
    const errors: FieldMessage[] = state.error ? [state.error] : [];
    const targets = state.error && state.target ? { [state.error.field]: `field-${state.target}-${state.error.field}` } : {};
    const ruleForms = overview.rules.map((rule) => {
      const id = `rule-${rule.requester_quality_code}-${rule.purpose}`;
      const isCurrent = state.target === id;
      const items = isCurrent && state.items ? state.items : rule.items;
      return html`<section class="panel" aria-labelledby="${id}">
<h3 id="${id}">${t('ruleLegend', { code: rule.requester_quality_code, purpose: purposeLabel(rule.purpose) })}</h3>
<form method="post" action="${BASE}/policy/rules/${rule.requester_quality_code}/${rule.purpose}" class="form" aria-labelledby="${id}">
${csrfField(session)}
<fieldset class="fieldset" id="field-${id}-items"><legend>${t('ruleLegend', {
        code: rule.requester_quality_code,
        purpose: purposeLabel(rule.purpose),
      })}</legend>
${SUMMARY_ITEMS.map((item) =>
  checkbox({
    name: 'items',
    value: item,
    id: `field-${id}-${item}`,
    label: t(`item.${item}` as MessageKey),
    isChecked: items.includes(item),
  }),
)}
</fieldset>
${reasonField(t, `field-${id}-reason`, isCurrent ? (state.reason ?? '') : '', isCurrent && state.error?.field === 'reason' ? state.error.message : undefined)}
<div class="actions">${button({ label: t('save') })}</div>
</form>
</section>`;
    });
    const codeRows = overview.codes.map((code) => {
      const id = `code-${code.code}`;
      const isCurrent = state.target === id;
      return [
        html`<code>${code.code}</code>`,
        label(code.labels),
        formatNumber(lang, code.integrations),
        html`<strong>${code.is_active ? t('inUse') : t('notInUse')}</strong>`,
        html`<form method="post" action="${BASE}/policy/codes/${code.code}" class="form form--inline" aria-label="${
          code.is_active ? t('retire', { code: code.code }) : t('restore', { code: code.code })
        }">
${csrfField(session)}<input type="hidden" name="isActive" value="${code.is_active ? 'false' : 'true'}">
${textField({
  name: 'reason',
  id: `field-${id}-reason`,
  label: t('reason'),
  value: isCurrent ? (state.reason ?? '') : '',
  error: isCurrent ? state.error?.message : undefined,
  maxlength: MAX_REASON,
  width: 'medium',
  required: true,
  t,
})}
${button({ label: code.is_active ? t('retire', { code: code.code }) : t('restore', { code: code.code }), variant: 'secondary' })}
</form>`,
      ];
    });
    const body = html`${state.done ? notice({ kind: 'success', text: t('saved') }) : ''}
${errorSummary({ errors, t, targets })}
<p>${t('policyIntro')}</p>
<h2>${t('rulesTitle')}</h2>
${ruleForms}
<h2>${t('kindRulesTitle')}</h2>
${summaryList(overview.kindRules.map((rule) => [`${t('kind.portal')} — ${purposeLabel(rule.purpose)}`, itemList(rule.items)] as const))}
<h2>${t('codesTitle')}</h2>
${table({
  caption: t('codesTitle'),
  isCaptionHidden: true,
  head: [t('colCode'), t('colLabel'), t('colIntegrations'), t('colStatus'), t('colChange')],
  rows: codeRows,
})}
<h2>${t('purposesTitle')}</h2>
${summaryList(overview.purposes.map((purpose) => [html`<code>${purpose.code}</code>`, label(purpose.labels)] as const))}
<h2>${t('history')}</h2>
${historyTable(v, history, (change) => {
  type Value = { items?: string[]; isActive?: boolean } | null;
  const describe = (value: Value) =>
    value === null ? '—' : value.items ? itemList(value.items) : value.isActive ? t('inUse') : t('notInUse');
  return `${change.target} : ${describe(change.previous as Value)} → ${describe(change.value as Value)}`;
})}`;
    return layout(v, { title: t('policyTitle'), page: 'policy', body, status: state.status });
  }

  app.get(
    '/policy',
    { schema: { hide: true } },
    operatorPage(async (v, session) => policyPage(v, session, { done: text(v.request.query, 'done', 10) === 'saved' })),
  );

  app.post(
    '/policy/rules/:code/:purpose',
    { schema: { hide: true } },
    operatorPost(async (v, session) => {
      const code = text(v.request.params, 'code', 10);
      const purpose = text(v.request.params, 'purpose', 64);
      if (!CODE.test(code) || !SLUG.test(purpose)) return notFound(v);
      const items = [...new Set(texts(v.request.body, 'items'))];
      const reason = text(v.request.body, 'reason', MAX_REASON + 1).trim();
      const target = `rule-${code}-${purpose}`;
      const fail = (field: string, errorCode: string) =>
        policyPage(v, session, {
          target,
          items,
          reason: reason.slice(0, MAX_REASON),
          error: { field, message: errorText(v.t, errorCode) },
          status: 422,
        });
      if (reason.length === 0 || reason.length > MAX_REASON) return fail('reason', 'reason-required');
      const problem = await policy.setRuleItems(code, purpose, items, session.name, reason);
      if (problem === 'unknown-rule') return notFound(v);
      if (problem) return fail(problem === 'reason-required' ? 'reason' : 'items', `policy.${problem}`);
      return v.reply.redirect(`${BASE}/policy?done=saved`, 303);
    }),
  );

  app.post(
    '/policy/codes/:code',
    { schema: { hide: true } },
    operatorPost(async (v, session) => {
      const code = text(v.request.params, 'code', 10);
      if (!CODE.test(code)) return notFound(v);
      const isActive = text(v.request.body, 'isActive', 5) === 'true';
      const reason = text(v.request.body, 'reason', MAX_REASON + 1).trim();
      const target = `code-${code}`;
      const fail = (errorCode: string) =>
        policyPage(v, session, {
          target,
          reason: reason.slice(0, MAX_REASON),
          error: { field: 'reason', message: errorText(v.t, errorCode) },
          status: 422,
        });
      if (reason.length === 0 || reason.length > MAX_REASON) return fail('reason-required');
      const problem = await policy.setCodeActive(code, isActive, session.name, reason);
      if (problem === 'unknown-code') return notFound(v);
      if (problem) return fail(problem === 'reason-required' ? problem : `policy.${problem}`);
      return v.reply.redirect(`${BASE}/policy?done=saved`, 303);
    }),
  );

  /** A setting's history, newest first as given: when, what changed (`describe`), which operator, and why. */
  function historyTable<C extends { changed_at: Date; operator: string; reason: string }>(
    v: Visit,
    history: readonly C[],
    describe: (change: C) => string,
  ) {
    const { t, lang } = v;
    if (history.length === 0) return html`<p>${t('none')}</p>`;
    return table({
      caption: t('history'),
      isCaptionHidden: true,
      head: [t('colDate'), t('colChange'), t('colOperator'), t('colReason')],
      rows: history.map((change) => [
        formatDateTime(lang, change.changed_at.toISOString()),
        describe(change),
        change.operator,
        change.reason,
      ]),
    });
  }

  function notFound(v: Visit) {
    return layout(v, {
      title: v.t('notFoundTitle'),
      page: 'institutions',
      body: html`<p><a href="${BASE}/institutions">${v.t('backToList')}</a></p>`,
      status: 404,
    });
  }
}
