/**
 * The portal's pages at `/portal` (server-rendered HTML, no script): log in, every exchange about
 * me with its verification, what each CPAS would share with my statements and the actions on each
 * decision, and blocks. FR/NL/DE, phone first, WCAG 2.1 AA. Forms carry a token derived from the
 * session (CSRF); the session cookie is HttpOnly and SameSite=Lax.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '#platform/errors.ts';
import type { ShareableSummary } from '#contracts/summary/summary.schema.ts';
import type { Portal } from '../portal.ts';
import type { PersonSession } from '../modules/sessions/sessions.service.ts';
import type { ExchangeItem } from '../modules/exchanges/exchanges.service.ts';
import type { SummaryItem } from '../modules/summaries/summaries.service.ts';
import { html, type Html } from './html.ts';
import { CODES, LANGS, LEG_SENTENCES, OUTCOMES, PURPOSES, errorText, fill, label, t, type Lang, type MessageKey } from './messages.ts';

const SESSION_COOKIE = 'rse_portal_session';
const LANG_COOKIE = 'rse_portal_lang';
const FORM_COOKIE = 'rse_portal_form';
const BASE = '/portal';
const CSS_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../public/portal.css');
const MAX_WORDS = 2000;

type Page = 'login' | 'exchanges' | 'summaries' | 'blocks';
type Draft = { kind: 'statement' | 'contest'; providerKbo: string; decisionRef: string; text: string };

function pickLang(request: FastifyRequest): Lang {
  const query = (request.query as { lang?: string } | undefined)?.lang;
  if (query && (LANGS as readonly string[]).includes(query)) return query as Lang;
  const cookie = request.cookies[LANG_COOKIE];
  if (cookie && (LANGS as readonly string[]).includes(cookie)) return cookie as Lang;
  for (const part of (request.headers['accept-language'] ?? '').split(',')) {
    const tag = part.trim().slice(0, 2).toLowerCase();
    if ((LANGS as readonly string[]).includes(tag)) return tag as Lang;
  }
  return 'fr';
}

const locale = (lang: Lang) => `${lang}-BE`;
const formatDateTime = (iso: string | null, lang: Lang) =>
  iso
    ? new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Brussels' }).format(new Date(iso))
    : '';
const formatDate = (date: string | null | undefined, lang: Lang) =>
  date
    ? new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date.slice(0, 10)}T00:00:00Z`))
    : '';
const formatAmount = (cents: number, lang: Lang) =>
  new Intl.NumberFormat(locale(lang), { style: 'currency', currency: 'EUR' }).format(cents / 100);

function outcomeText(outcome: string | null, lang: Lang): string {
  if (!outcome) return '';
  const providers = /^providers:(\d+)$/.exec(outcome);
  if (providers) return fill(OUTCOMES.providers![lang], { count: providers[1]! });
  if (outcome.startsWith('signature.')) return OUTCOMES.signature![lang];
  return label(OUTCOMES, outcome, lang);
}

export async function registerPortalPages(app: FastifyInstance, portal: Portal): Promise<void> {
  const css = await readFile(CSS_FILE, 'utf8');
  const isSecure = () => portal.publicUrl().startsWith('https:');

  function setCookie(reply: FastifyReply, name: string, value: string, maxAgeSeconds?: number) {
    reply.setCookie(name, value, {
      path: BASE,
      httpOnly: true,
      sameSite: 'lax',
      secure: isSecure(),
      ...(maxAgeSeconds !== undefined ? { maxAge: maxAgeSeconds } : {}),
    });
  }

  function layout(
    lang: Lang,
    options: { title: string; session: PersonSession | null; page: Page; body: Html; status?: number },
    reply: FastifyReply,
    request: FastifyRequest,
  ) {
    const here = `${BASE}${request.url.slice(BASE.length).split('?')[0] || '/'}`;
    const link = (page: Page, key: MessageKey) =>
      html`<li><a href="${BASE}/${page}"${options.page === page ? html` aria-current="page"` : ''}>${t(lang, key)}</a></li>`;
    const page = html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} — ${t(lang, 'appName')}</title>
<link rel="stylesheet" href="${BASE}/assets/portal.css">
</head>
<body>
<a class="skip" href="#main">${t(lang, 'skip')}</a>
<header>
<p class="brand">${t(lang, 'appName')}${portal.sessions.isDemo ? html` <span class="demo">${t(lang, 'demoBadge')}</span>` : ''}</p>
<nav class="langs" aria-label="${t(lang, 'languages')}"><ul>${LANGS.map((code) => html`<li><a href="${here}?lang=${code}" lang="${code}" hreflang="${code}"${code === lang ? html` aria-current="true"` : ''}>${code.toUpperCase()}</a></li>`)}</ul></nav>
</header>
${
  options.session
    ? html`<nav class="menu" aria-label="${t(lang, 'menu')}"><ul>${link('exchanges', 'navExchanges')}${link('summaries', 'navSummaries')}${link('blocks', 'navBlocks')}
<li><form method="post" action="${BASE}/logout"><input type="hidden" name="csrf" value="${options.session.csrfToken}"><button class="link" type="submit">${t(lang, 'logOut')}</button></form></li></ul></nav>`
    : ''
}
<main id="main">
<h1>${options.title}</h1>
${options.body}
</main>
<footer><p>${t(lang, 'footer')}</p></footer>
</body>
</html>`;
    if (typeof (request.query as { lang?: string } | undefined)?.lang === 'string') setCookie(reply, LANG_COOKIE, lang, 365 * 86_400);
    return reply
      .code(options.status ?? 200)
      .type('text/html; charset=utf-8')
      .header(
        'content-security-policy',
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
      )
      .header('x-frame-options', 'DENY')
      .send(page.value);
  }

  const sessionOf = (request: FastifyRequest) => portal.sessions.authenticate(request.cookies[SESSION_COOKIE] ?? null);
  const errorBox = (lang: Lang, code: string) =>
    html`<div class="alert bad" role="alert"><h2>${t(lang, 'errorTitle')}</h2><p>${errorText(code, lang)}</p></div>`;
  const codeOf = (error: unknown) => (error instanceof AppError ? error.code : 'other');
  const statusOf = (error: unknown) => (error instanceof AppError ? error.status : 500);

  /** Runs a page that needs a person; without a session, back to the login page. */
  async function withPerson(request: FastifyRequest, reply: FastifyReply, work: (session: PersonSession, lang: Lang) => Promise<unknown>) {
    const session = await sessionOf(request);
    if (!session) return reply.redirect(`${BASE}/`, 303);
    return work(session, pickLang(request));
  }

  async function loginPage(request: FastifyRequest, reply: FastifyReply, error?: { code: string; status: number }) {
    const lang = pickLang(request);
    const formToken = randomBytes(24).toString('base64url');
    setCookie(reply, FORM_COOKIE, formToken, 3_600);
    const demo = portal.sessions.isDemo
      ? html`<section aria-labelledby="demo-title">
<h2 id="demo-title">${t(lang, 'demoTitle')}</h2>
<p>${t(lang, 'demoIntro')}</p>
<ul class="cards">${portal.sessions.demoPersons().map((person) => html`<li><form method="post" action="${BASE}/login/demo"><input type="hidden" name="form" value="${formToken}"><input type="hidden" name="niss" value="${person.niss}"><button type="submit">${t(lang, 'demoAs', { name: `${person.givenNames} ${person.familyName} (${person.scenario})` })}</button></form></li>`)}</ul>
<form method="post" action="${BASE}/login/demo">
<input type="hidden" name="form" value="${formToken}">
<label for="niss">${t(lang, 'nissLabel')}</label>
<p class="hint" id="niss-hint">${t(lang, 'nissHint')}</p>
<input type="text" id="niss" name="niss" inputmode="numeric" autocomplete="off" aria-describedby="niss-hint" required>
<button type="submit">${t(lang, 'enter')}</button>
</form>
</section>`
      : '';
    const body = html`${error ? errorBox(lang, error.code) : ''}
<p>${t(lang, 'loginIntro')}</p>
${portal.sessions.hasOidc ? html`<p><a class="button" href="${BASE}/login/oidc">${t(lang, 'loginOidc')}</a></p>` : html`<p>${t(lang, 'loginNoOidc')}</p>`}
${demo}`;
    return layout(lang, { title: t(lang, 'loginTitle'), session: null, page: 'login', body, status: error?.status }, reply, request);
  }

  function startSession(reply: FastifyReply, token: string) {
    setCookie(reply, SESSION_COOKIE, token);
    return reply.redirect(`${BASE}/exchanges`, 303);
  }

  app.get('/assets/portal.css', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(css),
  );

  app.get('/', { schema: { hide: true } }, async (request, reply) => {
    if (await sessionOf(request)) return reply.redirect(`${BASE}/exchanges`, 303);
    return loginPage(request, reply);
  });

  app.post('/login/demo', { schema: { hide: true } }, async (request, reply) => {
    const body = (request.body ?? {}) as { niss?: unknown; form?: unknown };
    const cookieToken = request.cookies[FORM_COOKIE];
    if (typeof body.form !== 'string' || !cookieToken || body.form !== cookieToken)
      return loginPage(request, reply, { code: 'form.expired', status: 403 });
    try {
      const session = await portal.sessions.logInDemo(typeof body.niss === 'string' ? body.niss.slice(0, 32) : '');
      return startSession(reply, session.token);
    } catch (error) {
      return loginPage(request, reply, { code: codeOf(error), status: statusOf(error) });
    }
  });

  app.get('/login/oidc', { schema: { hide: true } }, async (request, reply) => {
    try {
      return reply.redirect((await portal.sessions.startOidc()).href, 303);
    } catch (error) {
      return loginPage(request, reply, { code: codeOf(error), status: statusOf(error) });
    }
  });

  app.get('/login/oidc/callback', { schema: { hide: true } }, async (request, reply) => {
    try {
      const query = new URLSearchParams(request.url.split('?')[1] ?? '');
      const session = await portal.sessions.finishOidcWithCode(query.get('code') ?? '', query.get('state') ?? '');
      return startSession(reply, session.token);
    } catch (error) {
      return loginPage(request, reply, { code: codeOf(error), status: statusOf(error) });
    }
  });

  app.post('/logout', { schema: { hide: true } }, async (request, reply) => {
    const session = await sessionOf(request);
    if (session && portal.sessions.isCsrfValid(session, (request.body as { csrf?: unknown } | undefined)?.csrf)) {
      await portal.sessions.logOut(request.cookies[SESSION_COOKIE] ?? null);
    }
    reply.clearCookie(SESSION_COOKIE, { path: BASE });
    return reply.redirect(`${BASE}/`, 303);
  });

  // Every exchange about me, each verified by the portal itself.
  app.get('/exchanges', { schema: { hide: true } }, async (request, reply) =>
    withPerson(request, reply, async (session, lang) => {
      let body: Html;
      try {
        const result = await portal.exchanges.listExchanges(session.niss);
        const failed = result.items.filter((item) => !item.verified).length;
        const entry = (item: ExchangeItem) => {
          const sentence = fill(label(LEG_SENTENCES, item.type in LEG_SENTENCES ? item.type : 'unknown', lang), {
            requester: item.requester?.name ?? '',
            provider: item.provider?.name ?? item.requester?.name ?? '',
            outcome: outcomeText(item.outcome, lang),
          });
          return html`<li class="entry${item.verified ? '' : ' failed'}">
<p><strong>${formatDateTime(item.at, lang)}</strong></p>
<p>${sentence}</p>
${item.purpose ? html`<p class="meta">${t(lang, 'purpose', { purpose: label(PURPOSES, item.purpose, lang) })}</p>` : ''}
<p class="meta">${item.verified ? html`<span class="badge ok">✓ ${t(lang, 'verified')}</span>` : html`<span class="badge bad">✗ ${t(lang, 'notVerified')}</span>`} ${t(lang, 'entryNumber', { index: item.leafIndex })}</p>
</li>`;
        };
        const heading =
          result.items.length === 0
            ? html`<p>${t(lang, 'exchangesNone')}</p>`
            : failed === 0
              ? html`<div class="alert ok" role="status"><p>✓ ${t(lang, 'allVerified', { count: result.items.length })}</p></div>`
              : html`<div class="alert bad" role="alert"><p>${t(lang, 'someFailed', { count: failed })}</p></div>`;
        body = html`${session.givenNames ? html`<p>${t(lang, 'hello', { name: `${session.givenNames} ${session.familyName ?? ''}`.trim() })}</p>` : ''}
<p>${t(lang, 'exchangesIntro')}</p>
${result.log.isConsistent ? '' : html`<div class="alert bad" role="alert"><p><strong>${t(lang, 'logInconsistent')}</strong></p></div>`}
${heading}
<ol class="entries" reversed>${[...result.items].reverse().map(entry)}</ol>
${result.log.treeHead ? html`<p class="meta">${t(lang, 'treeHeadLine', { size: result.log.treeHead.treeSize, date: formatDateTime(result.log.treeHead.timestamp, lang) })}</p>` : ''}`;
      } catch (error) {
        body = errorBox(lang, codeOf(error));
      }
      return layout(lang, { title: t(lang, 'exchangesTitle'), session, page: 'exchanges', body }, reply, request);
    }),
  );

  async function summariesPage(
    request: FastifyRequest,
    reply: FastifyReply,
    session: PersonSession,
    lang: Lang,
    notice?: { done?: MessageKey; error?: { code: string; status: number }; draft?: Draft },
  ) {
    let content: Html;
    try {
      const { items } = await portal.summaries.listSummaries(session.niss);
      content =
        items.length === 0
          ? html`<p>${t(lang, 'summariesNone')}</p>`
          : html`${items.map((item, index) => summaryCard(item, index, lang, session, notice?.draft))}`;
    } catch (error) {
      content = errorBox(lang, codeOf(error));
    }
    const body = html`${notice?.done ? html`<div class="alert ok" role="status"><p>${t(lang, notice.done)}</p></div>` : ''}
${notice?.error ? errorBox(lang, notice.error.code) : ''}
<p>${t(lang, 'summariesIntro')}</p>
${content}`;
    return layout(
      lang,
      { title: t(lang, 'summariesTitle'), session, page: 'summaries', body, status: notice?.error?.status },
      reply,
      request,
    );
  }

  function summaryCard(item: SummaryItem, index: number, lang: Lang, session: PersonSession, draft?: Draft) {
    const summary = item.summary;
    const contact = summary
      ? [summary.provider.serviceContact.phone, summary.provider.serviceContact.email].filter(Boolean).join(' · ')
      : '';
    return html`<section class="card" aria-labelledby="cpas-${index}">
<h2 id="cpas-${index}">${item.provider.name}</h2>
${item.status !== 'answered' ? html`<p>${t(lang, 'summaryStatus', { status: outcomeText(item.status, lang) })}</p>` : ''}
${contact ? html`<p class="meta">${t(lang, 'contact', { contact })}</p>` : ''}
${summary ? (summary.decisions.length === 0 ? html`<p>${t(lang, 'noDecisions')}</p>` : summary.decisions.map((decision, d) => decisionBlock(item, summary, decision, `${index}-${d}`, lang, session, draft))) : ''}
</section>`;
  }

  function decisionBlock(
    item: SummaryItem,
    summary: ShareableSummary,
    decision: ShareableSummary['decisions'][number],
    id: string,
    lang: Lang,
    session: PersonSession,
    draft?: Draft,
  ) {
    const statements = summary.statements.filter((s) => s.decisionRef === decision.ref);
    const isDraftFor = (kind: Draft['kind']) =>
      draft && draft.kind === kind && draft.decisionRef === decision.ref && draft.providerKbo === item.provider.kbo;
    const form = (
      kind: Draft['kind'],
      summaryKey: MessageKey,
      helpKey: MessageKey,
      labelKey: MessageKey,
      buttonKey: MessageKey,
    ) => html`<details${isDraftFor(kind) ? html` open` : ''}>
<summary>${t(lang, summaryKey)}</summary>
<form method="post" action="${BASE}/summaries/${kind}">
<input type="hidden" name="csrf" value="${session.csrfToken}">
<input type="hidden" name="providerKbo" value="${item.provider.kbo}">
<input type="hidden" name="decisionRef" value="${decision.ref}">
<label for="${kind}-${id}">${t(lang, labelKey)}</label>
<p class="hint" id="${kind}-${id}-hint">${t(lang, helpKey)}</p>
<textarea id="${kind}-${id}" name="text" maxlength="${MAX_WORDS}" required aria-describedby="${kind}-${id}-hint">${isDraftFor(kind) ? draft!.text : ''}</textarea>
<button type="submit">${t(lang, buttonKey)}</button>
</form>
</details>`;
    const period = decision.period
      ? decision.period.to
        ? t(lang, 'periodFromTo', { from: formatDate(decision.period.from, lang), to: formatDate(decision.period.to, lang) })
        : t(lang, 'periodFrom', { from: formatDate(decision.period.from, lang) })
      : '';
    return html`<article class="card" aria-labelledby="decision-${id}">
<h3 id="decision-${id}">${t(lang, 'decisionOf', { date: formatDate(decision.decidedAt, lang) })}</h3>
<dl class="fields">
<dt>${t(lang, 'fieldAid')}</dt><dd>${label(CODES, decision.aidType, lang)}</dd>
<dt>${t(lang, 'fieldOutcome')}</dt><dd>${label(CODES, decision.outcome, lang)}</dd>
${period ? html`<dt>${t(lang, 'fieldPeriod')}</dt><dd>${period}</dd>` : ''}
${decision.amountCents !== undefined ? html`<dt>${t(lang, 'fieldAmount')}</dt><dd>${formatAmount(decision.amountCents, lang)}</dd>` : ''}
<dt>${t(lang, 'fieldBasis')}</dt><dd>${label(CODES, decision.legalBasis, lang)}</dd>
<dt>${t(lang, 'fieldMotivation')}</dt><dd>${label(CODES, decision.motivationCategory, lang)}</dd>
<dt>${t(lang, 'fieldStatus')}</dt><dd>${label(CODES, decision.status, lang)}</dd>
<dt>${t(lang, 'fieldRef')}</dt><dd>${decision.ref}</dd>
</dl>
${statements.length > 0 ? html`<h4>${t(lang, 'myStatements')}</h4>${statements.map((s) => html`<blockquote><p>${s.text}</p><p class="meta">${formatDateTime(s.at, lang)}</p></blockquote>`)}` : ''}
${form('statement', 'addStatement', 'statementHelp', 'statementLabel', 'sendStatement')}
${decision.status === 'final' ? form('contest', 'contestDecision', 'contestHelp', 'contestLabel', 'sendContest') : ''}
</article>`;
  }

  app.get('/summaries', { schema: { hide: true } }, async (request, reply) =>
    withPerson(request, reply, async (session, lang) => {
      const done = (request.query as { done?: string }).done;
      return summariesPage(request, reply, session, lang, {
        done: done === 'statement' ? 'doneStatement' : done === 'contest' ? 'doneContest' : undefined,
      });
    }),
  );

  for (const kind of ['statement', 'contest'] as const) {
    app.post(`/summaries/${kind}`, { schema: { hide: true } }, async (request, reply) =>
      withPerson(request, reply, async (session, lang) => {
        const body = (request.body ?? {}) as Record<string, unknown>;
        const draft: Draft = {
          kind,
          providerKbo: String(body.providerKbo ?? '').slice(0, 20),
          decisionRef: String(body.decisionRef ?? '').slice(0, 128),
          text: String(body.text ?? '').slice(0, MAX_WORDS),
        };
        if (!portal.sessions.isCsrfValid(session, body.csrf))
          return summariesPage(request, reply, session, lang, { error: { code: 'form.expired', status: 403 }, draft });
        if (draft.text.trim().length === 0 || String(body.text ?? '').length > MAX_WORDS)
          return summariesPage(request, reply, session, lang, { error: { code: 'validation.failed', status: 422 }, draft });
        try {
          if (kind === 'statement')
            await portal.requests.addStatement(session.niss, {
              providerKbo: draft.providerKbo,
              decisionRef: draft.decisionRef,
              text: draft.text.trim(),
            });
          else
            await portal.requests.contest(session.niss, {
              providerKbo: draft.providerKbo,
              decisionRef: draft.decisionRef,
              reason: draft.text.trim(),
            });
        } catch (error) {
          return summariesPage(request, reply, session, lang, { error: { code: codeOf(error), status: statusOf(error) }, draft });
        }
        return reply.redirect(`${BASE}/summaries?done=${kind}`, 303);
      }),
    );
  }

  async function blocksPage(
    request: FastifyRequest,
    reply: FastifyReply,
    session: PersonSession,
    lang: Lang,
    notice?: { done?: boolean; error?: { code: string; status: number }; draft?: { institutionKbo: string; reason: string } },
  ) {
    let content: Html;
    try {
      const [{ items }, names] = await Promise.all([portal.requests.listBlocks(session.niss), portal.hub.names()]);
      const cpas = [];
      for (const [kbo, name] of names) if ((await portal.hub.institution(kbo))?.kind === 'cpas') cpas.push({ kbo, name });
      cpas.sort((a, b) => a.name.localeCompare(b.name));
      content = html`<h2>${t(lang, 'blocksCurrent')}</h2>
${items.length === 0 ? html`<p>${t(lang, 'blocksNone')}</p>` : html`<ul>${items.map((block) => html`<li>${t(lang, 'blockedSince', { name: block.institution.name, date: formatDate(block.createdAt, lang), reason: block.reason })}</li>`)}</ul>`}
<h2>${t(lang, 'blockNew')}</h2>
<form method="post" action="${BASE}/blocks">
<input type="hidden" name="csrf" value="${session.csrfToken}">
<label for="institution">${t(lang, 'blockWhich')}</label>
<select id="institution" name="institutionKbo" required>${cpas.map((c) => html`<option value="${c.kbo}"${notice?.draft?.institutionKbo === c.kbo ? html` selected` : ''}>${c.name}</option>`)}</select>
<label for="reason">${t(lang, 'blockReason')}</label>
<textarea id="reason" name="reason" maxlength="1000" required>${notice?.draft?.reason ?? ''}</textarea>
<button type="submit">${t(lang, 'sendBlock')}</button>
</form>`;
    } catch (error) {
      content = errorBox(lang, codeOf(error));
    }
    const body = html`${notice?.done ? html`<div class="alert ok" role="status"><p>${t(lang, 'doneBlock')}</p></div>` : ''}
${notice?.error ? errorBox(lang, notice.error.code) : ''}
<p>${t(lang, 'blocksIntro')}</p>
${content}`;
    return layout(lang, { title: t(lang, 'blocksTitle'), session, page: 'blocks', body, status: notice?.error?.status }, reply, request);
  }

  app.get('/blocks', { schema: { hide: true } }, async (request, reply) =>
    withPerson(request, reply, async (session, lang) =>
      blocksPage(request, reply, session, lang, { done: (request.query as { done?: string }).done === 'block' }),
    ),
  );

  app.post('/blocks', { schema: { hide: true } }, async (request, reply) =>
    withPerson(request, reply, async (session, lang) => {
      const body = (request.body ?? {}) as Record<string, unknown>;
      const draft = { institutionKbo: String(body.institutionKbo ?? '').slice(0, 20), reason: String(body.reason ?? '').slice(0, 1000) };
      if (!portal.sessions.isCsrfValid(session, body.csrf))
        return blocksPage(request, reply, session, lang, { error: { code: 'form.expired', status: 403 }, draft });
      if (draft.reason.trim().length === 0)
        return blocksPage(request, reply, session, lang, { error: { code: 'validation.failed', status: 422 }, draft });
      try {
        await portal.requests.block(session.niss, { institutionKbo: draft.institutionKbo, reason: draft.reason.trim() });
      } catch (error) {
        return blocksPage(request, reply, session, lang, { error: { code: codeOf(error), status: statusOf(error) }, draft });
      }
      return reply.redirect(`${BASE}/blocks?done=block`, 303);
    }),
  );
}
