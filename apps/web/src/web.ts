/**
 * The worker web application (ADR 0008), mounted at `/` beside the API: server-rendered FR/NL/DE
 * pages that call the casework API in process with the session's bearer token. Its own
 * encapsulated context adds cookies, form bodies, CSRF protection on every POST, security headers
 * (CSP without inline script, frame-ancestors 'none') and the UI assets; the API keeps its
 * JSON-only parsing and bearer authentication.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import csrf from '@fastify/csrf-protection';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { UI_ASSETS_DIR } from '#ui/index.ts';
import type { Logger } from '#platform/logger.ts';
import { SessionEndedError, type Inject } from './api-client.ts';
import { buildContext, COOKIES, type Ctx, type WebSettings } from './context.ts';
import { createIdempotencyStore, type ActionOutcome } from './idempotency.ts';
import { createMeCache } from './me-cache.ts';
import { createOidcLogin, readPending, type OidcSettings } from '#platform/oidc.ts';
import { field, textRecord } from './forms.ts';
import { chooseLanguage, logIn, logOut, renderLogin, startSession } from './pages/session.ts';
import { renderWorklist } from './pages/worklist.ts';
import { register, renderPerson, renderRegister, renderSearch } from './pages/persons.ts';
import {
  assign,
  close,
  createRequest,
  loadRequest,
  renderAcknowledgement,
  renderClose,
  renderReopen,
  reopen,
  renderNewRequest,
  renderRequest,
  type AidRequest,
} from './pages/requests.ts';
import { loadReport, renderReport, saveReport, signReport } from './pages/report.ts';
import { addNote, renderNotes } from './pages/notes.ts';
import { consult, recordInformed, renderConsultation, renderRse } from './pages/rse.ts';
import { recordDecision, recordNotification, renderDecision, renderNotification, sendPdf } from './pages/decisions.ts';
import { renderAgenda, renderAgendaReport } from './pages/agenda.ts';
import { csrfPage, failurePage, notFoundPage, unexpectedPage } from './pages/errors.ts';
import type { PageKit } from './page-kit.ts';
import { registerOversightPages } from './pages/oversight.ts';
import { registerTransparencyPages } from './pages/transparency.ts';
import { registerBreakGlassPages } from './pages/break-glass.ts';
import { registerDisclosurePages } from './pages/disclosures.ts';
import { registerFileWorkflowPages } from './pages/file-workflow.ts';
import { registerStatisticsPages } from './pages/statistics.ts';
import { registerOutboxPages } from './pages/outbox.ts';
import { registerUserPages } from './pages/users.ts';
import { registerCpasSettingsPages } from './pages/cpas-settings.ts';
import { registerCaseloadPages } from './pages/caseload.ts';
import { registerPersonRecordPages } from './pages/person-record.ts';
import { registerExchangeFilePages } from './pages/exchange-file.ts';
import { registerCommitteePages } from './pages/committee.ts';
import { registerDecidePages } from './pages/decide.ts';
import { registerLetterPages } from './pages/letters.ts';

export type WebDeps = {
  inject: Inject;
  isDemo: boolean;
  publicUrl: string;
  oidc: OidcSettings | null;
  /** Opens an API session for the local account a verified OIDC login names (null: no such active account). */
  federatedLogin(input: {
    username: string;
    groups: readonly string[];
    institution?: string;
    /** The address the login arrived at: a CPAS that claims it (TENANTS_FILE `hosts`) is the one logged into. */
    host?: string;
    issuer: string;
    requestId: string;
  }): Promise<{ token: string } | null>;
  log: Logger;
};

type Handler = (ctx: Ctx) => Promise<unknown>;

export function webPlugin(deps: WebDeps) {
  const settings: WebSettings = { isDemo: deps.isDemo, isSecure: deps.publicUrl.startsWith('https:'), hasOidc: deps.oidc !== null };
  const cookies = COOKIES(settings.isSecure);
  const idempotency = createIdempotencyStore();
  const meCache = createMeCache();
  const oidc = deps.oidc ? createOidcLogin(deps.oidc) : null;

  return async function web(app: FastifyInstance): Promise<void> {
    await app.register(cookie);
    await app.register(formbody, { bodyLimit: 256 * 1024 });
    await app.register(csrf, {
      sessionPlugin: '@fastify/cookie',
      cookieKey: settings.isSecure ? '__Host-rse_csrf' : 'rse_csrf',
      cookieOpts: { path: '/', httpOnly: true, sameSite: 'strict', secure: settings.isSecure },
    });
    await app.register(helmet, {
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'none'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          ...(settings.isSecure ? { upgradeInsecureRequests: [] } : {}),
        },
      },
      strictTransportSecurity: settings.isSecure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
      referrerPolicy: { policy: 'no-referrer' },
      crossOriginEmbedderPolicy: false,
      frameguard: { action: 'deny' },
    });
    await app.register(fastifyStatic, { root: UI_ASSETS_DIR, prefix: '/assets/ui/', decorateReply: false, maxAge: 3_600_000 });

    const context = (request: FastifyRequest, reply: FastifyReply, isLoggedInPage = true) =>
      buildContext(request, reply, { inject: deps.inject, settings, isLoggedInPage, meCache });
    // A form sent may change what `GET /api/v1/me` answers (logout, language, password; an administrator's
    // change of a user): its session's kept answer is forgotten before the reply leaves, so the next page asks again.
    app.addHook('onSend', async (request) => {
      if (request.method === 'GET' || request.method === 'HEAD') return;
      if (request.url.startsWith('/admin/')) meCache.clear();
      const token = request.cookies?.[cookies.session];
      if (token) meCache.forget(token);
    });

    app.setErrorHandler(async (error: Error & { code?: string; statusCode?: number }, request, reply) => {
      const ctx = await context(request, reply, false).catch(() => null);
      if (error instanceof SessionEndedError) {
        const token = request.cookies[cookies.session];
        if (token) meCache.forget(token);
        reply.clearCookie(cookies.session, { path: '/' });
        return reply.redirect('/?expired=1', 303);
      }
      if (!ctx) return reply.code(500).type('text/plain; charset=utf-8').send('Internal error');
      if (error.code?.startsWith('FST_CSRF')) return csrfPage(ctx);
      if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500)
        return failurePage(ctx, error.statusCode === 403 ? 403 : 404);
      request.log.error({ err: error }, 'web page failed');
      return unexpectedPage(ctx);
    });

    /** A page for a logged-in user; without a (valid) session: the login page, or a redirect to it for deeper pages. */
    const page = (handler: Handler) => async (request: FastifyRequest, reply: FastifyReply) => {
      const ctx = await context(request, reply);
      if (!ctx.me) {
        if (ctx.token) reply.clearCookie(cookies.session, { path: '/' });
        if (request.method === 'GET' && request.url.split('?')[0] === '/') return renderLogin(ctx);
        return reply.redirect(ctx.token ? '/?expired=1' : '/', 303);
      }
      // A one-time password opens only the page where the user chooses their own.
      if (ctx.me.mustChangePassword && request.url.split('?')[0] !== '/profile/password') return reply.redirect('/profile/password', 303);
      return handler(ctx);
    };
    /** A page of one aid request (the API decides whether this user may see it). */
    const requestPage = (handler: (ctx: Ctx, request: AidRequest) => Promise<unknown>) =>
      page(async (ctx) => {
        const request = await loadRequest(ctx, ctx.param('id'));
        if (!('id' in request)) return failurePage(ctx, request.status);
        return handler(ctx, request);
      });
    /** A creating form: runs once per form key, even when submitted twice. */
    const once = (ctx: Ctx, action: (key: string) => Promise<ActionOutcome>) => {
      const key = field(ctx.request.body, '_idempotency');
      return idempotency.once(ctx.token!, key, () => action(key || idempotency.newKey())).then((outcome) => ctx.respond(outcome));
    };
    const post = { preHandler: app.csrfProtection };

    app.get('/', page(renderWorklist));
    app.get('/worklist', page(renderWorklist));
    app.get('/login', async (request, reply) => renderLogin(await context(request, reply, false)));
    app.post('/login', post, async (request, reply) => logIn(await context(request, reply, false)));
    app.post('/logout', post, async (request, reply) => logOut(await context(request, reply, false)));
    app.post('/language', post, async (request, reply) => chooseLanguage(await context(request, reply, false)));

    app.get('/login/oidc', async (request, reply) => {
      const ctx = await context(request, reply, false);
      if (!oidc) return notFoundPage(ctx);
      try {
        const { url, pending } = await oidc.start();
        // The CPAS chosen on the login page (a KBO number), carried through the provider in the HttpOnly cookie.
        const institution = ctx.query('institution') ?? '';
        reply.setCookie(cookies.oidc, JSON.stringify(/^\d{10}$/.test(institution) ? { ...pending, institution } : pending), {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure: settings.isSecure,
          maxAge: 600,
        });
        return reply.redirect(url, 303);
      } catch (error) {
        request.log.warn({ err: error }, 'OIDC provider unreachable');
        return renderLogin(ctx, { info: ctx.t('login.oidc.unavailable'), status: 503 });
      }
    });
    app.get('/login/oidc/callback', async (request, reply) => {
      const ctx = await context(request, reply, false);
      if (!oidc) return notFoundPage(ctx);
      reply.clearCookie(cookies.oidc, { path: '/' });
      const pending = readPending(request.cookies[cookies.oidc]);
      if (!pending) return renderLogin(ctx, { info: ctx.t('login.oidc.failed'), status: 400 });
      let identity: { username: string; groups: string[] } | null = null;
      try {
        identity = await oidc.finish(textRecord(request.query), pending);
      } catch (error) {
        request.log.warn({ err: { message: (error as Error).message } }, 'OIDC login refused');
        return renderLogin(ctx, { info: ctx.t('login.oidc.failed'), status: 400 });
      }
      const institution = typeof pending.institution === 'string' && /^\d{10}$/.test(pending.institution) ? pending.institution : undefined;
      const session = identity
        ? await deps.federatedLogin({
            ...identity,
            ...(institution ? { institution } : {}),
            host: request.hostname,
            issuer: oidc.issuer,
            requestId: request.id,
          })
        : null;
      if (!session) return renderLogin(ctx, { info: ctx.t('login.oidc.unknownUser'), status: 403 });
      startSession(ctx, session.token);
      return reply.redirect('/', 303);
    });

    app.get('/persons', page(renderSearch));
    app.get(
      '/persons/new',
      page(async (ctx) => ctx.respond(renderRegister(ctx, { idempotencyKey: idempotency.newKey() }))),
    );
    app.post(
      '/persons/new',
      post,
      page((ctx) => once(ctx, () => register(ctx, idempotency.newKey))),
    );
    app.get(
      '/persons/:id',
      page((ctx) => renderPerson(ctx, ctx.param('id'))),
    );
    const personOf = async (ctx: Ctx) => {
      const result = await ctx.api('GET', `/api/v1/persons/${encodeURIComponent(ctx.param('id'))}`);
      return result.status === 200 ? (result.body as { id: string; givenNames: string; familyName: string }) : null;
    };
    app.get(
      '/persons/:id/requests/new',
      page(async (ctx) => {
        const person = await personOf(ctx);
        return person ? ctx.respond(renderNewRequest(ctx, person, { idempotencyKey: idempotency.newKey() })) : notFoundPage(ctx);
      }),
    );
    app.post(
      '/persons/:id/requests/new',
      post,
      page(async (ctx) => {
        const person = await personOf(ctx);
        return person ? once(ctx, (key) => createRequest(ctx, person, key)) : notFoundPage(ctx);
      }),
    );

    app.get(
      '/requests/:id',
      page((ctx) => renderRequest(ctx, ctx.param('id'))),
    );
    app.get(
      '/requests/:id/acknowledgement',
      page((ctx) => renderAcknowledgement(ctx, ctx.param('id'))),
    );
    app.get(
      '/requests/:id/acknowledgement.pdf',
      page((ctx) => {
        const id = ctx.param('id');
        const lang = ctx.query('lang') ?? 'fr';
        return sendPdf(
          ctx,
          `/api/v1/aid-requests/${encodeURIComponent(id)}/acknowledgement?lang=${['fr', 'nl', 'de'].includes(lang) ? lang : 'fr'}`,
          'acknowledgement.pdf',
        );
      }),
    );
    app.post(
      '/requests/:id/assignment',
      post,
      page((ctx) => assign(ctx, ctx.param('id'))),
    );
    app.get(
      '/requests/:id/close',
      requestPage(async (ctx, request) => ctx.respond(renderClose(ctx, request))),
    );
    app.post(
      '/requests/:id/close',
      post,
      requestPage(async (ctx, request) => ctx.respond(await close(ctx, request))),
    );
    app.get(
      '/requests/:id/reopen',
      requestPage(async (ctx, request) => ctx.respond(renderReopen(ctx, request))),
    );
    app.post(
      '/requests/:id/reopen',
      post,
      requestPage(async (ctx, request) => ctx.respond(await reopen(ctx, request))),
    );

    app.get(
      '/requests/:id/report',
      requestPage(async (ctx, request) => {
        const report = await loadReport(ctx, request.id);
        return report ? ctx.respond(renderReport(ctx, request, report)) : notFoundPage(ctx);
      }),
    );
    app.post(
      '/requests/:id/report',
      post,
      requestPage(async (ctx, request) => {
        const report = await loadReport(ctx, request.id);
        return report ? ctx.respond(await saveReport(ctx, request, report)) : notFoundPage(ctx);
      }),
    );
    app.post(
      '/requests/:id/report/signature',
      post,
      requestPage(async (ctx, request) => {
        const report = await loadReport(ctx, request.id);
        return report ? ctx.respond(await signReport(ctx, request, report)) : notFoundPage(ctx);
      }),
    );

    app.get(
      '/requests/:id/notes',
      requestPage(async (ctx, request) => ctx.respond(await renderNotes(ctx, request, { idempotencyKey: idempotency.newKey() }))),
    );
    app.post(
      '/requests/:id/notes',
      post,
      requestPage((ctx, request) => once(ctx, (key) => addNote(ctx, request, key))),
    );

    app.get(
      '/requests/:id/rse',
      requestPage(async (ctx, request) => ctx.respond(await renderRse(ctx, request))),
    );
    app.post(
      '/requests/:id/rse/person-informed',
      post,
      requestPage(async (ctx, request) => ctx.respond(await recordInformed(ctx, request))),
    );
    app.post(
      '/requests/:id/rse',
      post,
      requestPage(async (ctx, request) => ctx.respond(await consult(ctx, request))),
    );
    app.get(
      '/requests/:id/rse/:consultationId',
      requestPage((ctx, request) => renderConsultation(ctx, request, ctx.param('consultationId'))),
    );

    app.get(
      '/requests/:id/decision',
      requestPage(async (ctx, request) => ctx.respond(renderDecision(ctx, request, { idempotencyKey: idempotency.newKey() }))),
    );
    app.post(
      '/requests/:id/decision',
      post,
      requestPage((ctx, request) => once(ctx, (key) => recordDecision(ctx, request, key))),
    );
    const decisionOf = (ctx: Ctx, request: AidRequest) => request.decisions.find((d) => d.id === ctx.param('decisionId'));
    app.get(
      '/requests/:id/decisions/:decisionId/notification',
      requestPage(async (ctx, request) => {
        const decision = decisionOf(ctx, request);
        return decision
          ? ctx.respond(renderNotification(ctx, request, decision.id, { idempotencyKey: idempotency.newKey() }))
          : notFoundPage(ctx);
      }),
    );
    app.post(
      '/requests/:id/decisions/:decisionId/notification',
      post,
      requestPage(async (ctx, request) => {
        const decision = decisionOf(ctx, request);
        return decision ? once(ctx, (key) => recordNotification(ctx, request, decision.id, key)) : notFoundPage(ctx);
      }),
    );
    app.get(
      '/requests/:id/decisions/:decisionId/letter.pdf',
      requestPage(async (ctx, request) => {
        const decision = decisionOf(ctx, request);
        if (!decision) return notFoundPage(ctx);
        const lang = String(ctx.query('lang') ?? request.person?.language ?? 'fr');
        return sendPdf(
          ctx,
          `/api/v1/decisions/${decision.id}/letter?lang=${['fr', 'nl', 'de'].includes(lang) ? lang : 'fr'}`,
          `decision-${decision.ref}-${lang}.pdf`,
        );
      }),
    );

    app.get('/agenda', page(renderAgenda));
    app.get(
      '/agenda/:id',
      page((ctx) => renderAgendaReport(ctx, ctx.param('id'))),
    );

    // Oversight, emergency access, disclosures and statistics: each capability registers its own pages.
    const kit: PageKit = { app, page, requestPage, once, post, newKey: () => idempotency.newKey() };
    registerOversightPages(kit);
    registerTransparencyPages(kit);
    registerBreakGlassPages(kit);
    registerDisclosurePages(kit);
    registerStatisticsPages(kit);
    registerOutboxPages(kit);
    registerUserPages(kit);
    registerCpasSettingsPages(kit);
    registerCaseloadPages(kit);
    registerPersonRecordPages(kit);
    registerFileWorkflowPages(kit);
    registerExchangeFilePages(kit);
    registerCommitteePages(kit);
    registerDecidePages(kit);
    registerLetterPages(kit);
  };
}
