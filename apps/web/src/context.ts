/**
 * The per-request context of a page: the language (chosen cookie, else Accept-Language), the
 * session token from the HttpOnly cookie, the API call bound to it, the CSRF token for forms, the
 * user (from `GET /api/v1/me`, kept a few seconds per session: me-cache.ts) and the page renderer with the navigation of the user's role.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  NATIONAL_LANGUAGES,
  createTranslator,
  html,
  isLanguage,
  negotiateLanguage,
  renderPage,
  type Interpolation,
  type Language,
  type NavItem,
  type SafeHtml,
  type Translate,
} from '#ui/index.ts';
import { createApiCall, type ApiCall, type Inject } from './api-client.ts';
import { catalog, type MessageKey } from './messages/index.ts';
import { safeReturnTo, textValue } from './forms.ts';
import type { MeCache } from './me-cache.ts';

export type WebSettings = { isDemo: boolean; isSecure: boolean; hasOidc: boolean };

export const COOKIES = (isSecure: boolean) => ({
  // `__Host-` binds the cookie to this origin and path / (only allowed with Secure).
  session: isSecure ? '__Host-rse_session' : 'rse_session',
  language: 'rse_lang',
  oidc: isSecure ? '__Host-rse_oidc' : 'rse_oidc',
});

/** The languages a worker can pick (English stays available to developers through Accept-Language or the cookie). */
export const PICKABLE: readonly Language[] = NATIONAL_LANGUAGES;

export type Me = {
  id: string;
  username: string;
  displayName: string;
  role: string;
  language: string;
  isQualifiedSocialWorker: boolean;
  /** A one-time password (set by an administrator) must be replaced before anything else. */
  mustChangePassword?: boolean;
  institution: { kbo: string; name: string };
};

/** The roles a worker may have. The API decides what a role may do; the pages only choose what to offer. */
export type Role = 'social-worker' | 'supervisor' | 'committee-member' | 'security-advisor' | 'admin';

/** Whether the user (or an account a page shows) has one of `roles`: every role check of the pages goes through here. */
export const hasRole = (me: Pick<Me, 'role'> | null | undefined, ...roles: readonly Role[]): boolean =>
  me !== null && me !== undefined && (roles as readonly string[]).includes(me.role);

export type PageOptions = { title: string; main: Interpolation; status?: number; nav?: 'auto' | 'none' };

export type Ctx = {
  request: FastifyRequest;
  reply: FastifyReply;
  language: Language;
  t: Translate<MessageKey>;
  token: string | null;
  api: ApiCall;
  /** The API with another token (right after login). */
  apiAs(token: string): ApiCall;
  csrf(): string;
  me: Me | null;
  settings: WebSettings;
  /** A whole page as an outcome (for forms: sent now, or kept as the answer to a repeated submit). */
  page(options: PageOptions): { html: string; status: number };
  /** Sends a whole page. */
  send(options: PageOptions): FastifyReply;
  /** Sends an outcome: a 303 redirect or a page. */
  respond(outcome: { redirect: string } | { html: string; status: number }): FastifyReply;
  /** The current path with its query, for the language switcher's return. */
  returnTo: string;
  /** A query-string value (the first when repeated), or `undefined`. */
  query(name: string): string | undefined;
  /** A path parameter of the route ('' when the route has none of that name). */
  param(name: string): string;
};

export function resolveLanguage(request: FastifyRequest, cookieName: string): Language {
  const chosen = request.cookies[cookieName];
  if (isLanguage(chosen)) return chosen;
  return negotiateLanguage(request.headers['accept-language']);
}

function navFor(me: Me, t: Translate<MessageKey>, path: string): NavItem[] {
  const items: NavItem[] = [];
  if (hasRole(me, 'social-worker', 'supervisor')) {
    items.push({ href: '/', label: t('nav.worklist'), isCurrent: path === '/' || path.startsWith('/worklist') });
    items.push({ href: '/persons', label: t('nav.persons'), isCurrent: path.startsWith('/persons') });
    items.push({ href: '/caseload', label: t('nav.caseload'), isCurrent: path.startsWith('/caseload') });
  }
  if (hasRole(me, 'supervisor')) items.push({ href: '/team', label: t('nav.team'), isCurrent: path.startsWith('/team') });
  if (hasRole(me, 'committee-member')) items.push({ href: '/agenda', label: t('nav.agenda'), isCurrent: path.startsWith('/agenda') });
  if (hasRole(me, 'supervisor', 'committee-member'))
    items.push({ href: '/committee', label: t('nav.committee'), isCurrent: path.startsWith('/committee') });
  if (hasRole(me, 'security-advisor')) {
    items.push({
      href: '/oversight',
      label: t('nav.oversight'),
      isCurrent: path === '/oversight' || path.startsWith('/oversight/reports') || path.startsWith('/oversight/persons'),
    });
    items.push({ href: '/oversight/break-glass', label: t('nav.breakGlass'), isCurrent: path.startsWith('/oversight/break-glass') });
  }
  if (hasRole(me, 'security-advisor', 'supervisor'))
    items.push({ href: '/disclosures', label: t('nav.disclosures'), isCurrent: path.startsWith('/disclosures') });
  if (hasRole(me, 'security-advisor', 'supervisor', 'admin'))
    items.push({ href: '/statistics', label: t('nav.statistics'), isCurrent: path.startsWith('/statistics') });
  if (hasRole(me, 'admin')) items.push({ href: '/admin/outbox', label: t('nav.outbox'), isCurrent: path.startsWith('/admin/outbox') });
  if (hasRole(me, 'admin')) items.push({ href: '/admin/users', label: t('nav.users'), isCurrent: path.startsWith('/admin/users') });
  if (hasRole(me, 'admin'))
    items.push({ href: '/admin/settings', label: t('nav.settings'), isCurrent: path.startsWith('/admin/settings') });
  if (hasRole(me, 'social-worker', 'supervisor'))
    items.push({ href: '/transfers/incoming', label: t('nav.incomingTransfers'), isCurrent: path.startsWith('/transfers/incoming') });
  return items;
}

export async function buildContext(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: { inject: Inject; settings: WebSettings; isLoggedInPage: boolean; meCache?: MeCache },
): Promise<Ctx> {
  const cookies = COOKIES(deps.settings.isSecure);
  const language = resolveLanguage(request, cookies.language);
  const t = createTranslator(catalog, language);
  const token = request.cookies[cookies.session] ?? null;
  const host = request.headers.host;
  const api = createApiCall(deps.inject, { token, language, requestId: request.id, clientAddress: request.ip, host });
  let me: Me | null = null;
  if (token && deps.isLoggedInPage) {
    // A page shown (GET) may use the answer of the session's previous page (me-cache.ts); a form sent asks again.
    const isShown = request.method === 'GET' || request.method === 'HEAD';
    me = (isShown ? deps.meCache?.get(token, host) : undefined) ?? null;
    if (!me) {
      const result = await api('GET', '/api/v1/me');
      if (result.status === 200) {
        me = result.body as Me;
        if (isShown) deps.meCache?.set(token, host, me);
      }
    }
  }
  let csrfToken: string | null = null;
  const csrf = () => (csrfToken ??= reply.generateCsrf());
  const returnTo = safeReturnTo(request.url);
  const ctx: Ctx = {
    request,
    reply,
    language,
    t,
    token,
    api,
    apiAs: (other) => createApiCall(deps.inject, { token: other, language, requestId: request.id, clientAddress: request.ip, host }),
    csrf,
    me,
    settings: deps.settings,
    returnTo,
    query: (name) => textValue(request.query, name),
    param: (name) => textValue(request.params, name) ?? '',
    send(options) {
      const { html: body, status } = ctx.page(options);
      return reply.code(status).type('text/html; charset=utf-8').send(body);
    },
    respond(outcome) {
      if ('redirect' in outcome) return reply.redirect(outcome.redirect, 303);
      return reply.code(outcome.status).type('text/html; charset=utf-8').send(outcome.html);
    },
    page(options) {
      const userArea: SafeHtml | undefined = me
        ? html`<span>${me.displayName} · ${me.institution.name}</span>
<form method="post" action="/logout"><input type="hidden" name="_csrf" value="${csrf()}">\
<button type="submit" class="button--link">${t('nav.logout')}</button></form>`
        : undefined;
      const page = renderPage({
        language,
        title: options.title,
        serviceName: t('app.name'),
        homeHref: '/',
        t,
        assetsBase: '/assets/ui',
        main: options.main,
        nav: me && options.nav !== 'none' ? navFor(me, t, request.url.split('?')[0] ?? '/') : [],
        userArea,
        languageSwitch: { action: '/language', csrfToken: csrf(), returnTo, languages: PICKABLE },
        banner: deps.settings.isDemo ? html`${t('app.demoBanner')}` : undefined,
        footer: html`<p>${t('app.footer')}</p>`,
      });
      return { html: page.value, status: options.status ?? 200 };
    },
  };
  return ctx;
}
