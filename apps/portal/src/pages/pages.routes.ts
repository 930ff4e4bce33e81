/**
 * The portal's pages at `/portal` (server-rendered HTML; one plain script, verify.js, on the exchanges
 * page only, where the person's browser checks the log itself): log in, every exchange about
 * me with its verification, what each CPAS would share with my statements and the actions on each
 * decision, and blocks. FR/NL/DE, phone first, WCAG 2.1 AA, rendered with packages/ui (the page
 * shell without its script and with the portal's own stylesheet). Forms carry a token derived from
 * the session (CSRF); the session cookie is HttpOnly and SameSite=Lax.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  NATIONAL_LANGUAGES,
  attrs,
  button,
  createTranslator,
  formatLongDate,
  formatLongDateTime,
  formatMoney,
  html,
  negotiateLanguage,
  notice,
  renderPage,
  selectField,
  summaryList,
  textArea,
  textField,
  type NationalLanguage,
  type SafeHtml,
  type Translate,
} from '#ui/index.ts';
import { AppError } from '#platform/errors.ts';
import type { LogTrust } from '#contracts/tlog/key-proof.ts';
import { formatVerifierKey, SIGNATURE_TYPE_COSIGNATURE_V1, SIGNATURE_TYPE_ED25519 } from '#contracts/tlog/note.ts';
import type { ShareableSummary } from '#contracts/summary/summary.schema.ts';
import type { Portal } from '../portal.ts';
import type { PersonSession } from '../modules/sessions/sessions.service.ts';
import type { ExchangeItem } from '../modules/exchanges/exchanges.service.ts';
import { ProofParams } from '../modules/exchanges/exchanges.routes.ts';
import type { SummaryItem } from '../modules/summaries/summaries.service.ts';
import type { PersonReply } from '../modules/replies/index.ts';
import { catalog, type MessageKey } from './messages/index.ts';
import { BlockBody, DecisionFormBody, DemoLoginBody, DoneQuery, LogoutBody, PageQuery } from './pages.schema.ts';

const SESSION_COOKIE = 'rse_portal_session';
const LANG_COOKIE = 'rse_portal_lang';
const FORM_COOKIE = 'rse_portal_form';
const BASE = '/portal';
const CSS_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../public/portal.css');
/** The person's own check of the exchange log in the browser (issue 13, scope 4): a plain script, no framework. */
const VERIFY_SCRIPT_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../public/verify.js');
const MAX_WORDS = 2000;
const CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
/** A page with the browser's own check: its script and its reads of the log, from the portal only; still no inline script. */
const CSP_WITH_CHECK = `${CSP}; script-src 'self'; connect-src 'self'`;

type Page = 'login' | 'exchanges' | 'summaries' | 'blocks';
type Draft = { kind: 'statement' | 'contest'; providerKbo: string; decisionRef: string; text: string };
type T = Translate<MessageKey>;

/** The texts of the browser's verdict, handed to verify.js as `data-msg-…` attributes (browserEntryFailed → data-msg-entry-failed). */
const BROWSER_MESSAGES = [
  'browserChecking',
  'browserVerified',
  'browserPending',
  'browserFailed',
  'browserCheckpoint',
  'browserConsistent',
  'browserEntryVerified',
  'browserEntryFailed',
  'browserEntryPending',
  'browserReasonSignature',
  'browserReasonQuorum',
  'browserReasonInconsistent',
  'browserReasonProof',
  'browserReasonKeys',
  'browserReasonUnavailable',
  'browserReasonUnsupported',
] as const satisfies readonly MessageKey[];

const isNational = (value: string | undefined): value is NationalLanguage =>
  (NATIONAL_LANGUAGES as readonly (string | undefined)[]).includes(value);

/** The page's language: `?lang=` (then remembered in a cookie), the cookie, else Accept-Language; French by default. */
function pickLanguage(request: FastifyRequest, asked: string | undefined): NationalLanguage {
  if (isNational(asked)) return asked;
  const cookie = request.cookies[LANG_COOKIE];
  if (isNational(cookie)) return cookie;
  return negotiateLanguage(request.headers['accept-language'], NATIONAL_LANGUAGES, 'fr');
}

/** A code's label from a code list of the catalog (`code.ris`), or the code itself when the list lacks it. */
const label = (t: T, list: 'code' | 'purpose' | 'outcome', code: string | null | undefined) =>
  code ? (t.maybe(`${list}.${code}`) ?? code) : '';

function outcomeText(t: T, outcome: string | null): string {
  if (!outcome) return '';
  const providers = /^providers:(\d+)$/.exec(outcome);
  if (providers) return t('outcome.providers', { count: providers[1]! });
  const recipients = /^recipients:(\d+)$/.exec(outcome);
  if (recipients) return t('outcome.recipients', { count: recipients[1]! });
  if (outcome.startsWith('signature.')) return t('outcome.signature');
  // Never a code in front of the person (issue 11): a refusal of what they sent, or a technical error.
  if (outcome.startsWith('person-request.')) return t('outcome.refused');
  return t.maybe(`outcome.${outcome}`) ?? t('outcome.error');
}

function errorText(t: T, code: string): string {
  const known = t.maybe(`error.${code}`);
  if (known) return known;
  return code.startsWith('signature.') || code.startsWith('hub.') ? t('error.hub.unreachable') : t('error.other');
}

export async function registerPortalPages(fastify: FastifyInstance, portal: Portal): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const css = await readFile(CSS_FILE, 'utf8');
  const verifyScript = await readFile(VERIFY_SCRIPT_FILE, 'utf8');
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

  /** One visit of a page: the language (from `?lang=`, remembered), its translator, and the page sender. */
  type Visit = { request: FastifyRequest; reply: FastifyReply; lang: NationalLanguage; t: T; isLangAsked: boolean };
  const visit = (request: FastifyRequest, reply: FastifyReply, asked: string | undefined): Visit => {
    const lang = pickLanguage(request, asked);
    return { request, reply, lang, t: createTranslator(catalog, lang), isLangAsked: asked !== undefined };
  };

  function layout(
    v: Visit,
    options: { title: string; session: PersonSession | null; page: Page; body: SafeHtml; status?: number; hasBrowserCheck?: boolean },
  ) {
    const { t, lang, request, reply } = v;
    const here = `${BASE}${request.url.slice(BASE.length).split('?')[0] || '/'}`;
    const navItem = (page: Page, key: MessageKey) => ({ href: `${BASE}/${page}`, label: t(key), isCurrent: options.page === page });
    const page = renderPage({
      language: lang,
      title: options.title,
      serviceName: t('appName'),
      homeHref: `${BASE}/`,
      t,
      assetsBase: `${BASE}/assets`,
      hasUiStylesheet: false,
      hasScript: false,
      stylesheets: [`${BASE}/assets/portal.css`],
      scripts: options.hasBrowserCheck ? [`${BASE}/assets/verify.js`] : [],
      banner: portal.sessions.isDemo ? t('demoBadge') : undefined,
      languageLinks: { languages: NATIONAL_LANGUAGES, href: (code) => `${here}?lang=${code}` },
      nav: options.session
        ? [navItem('exchanges', 'navExchanges'), navItem('summaries', 'navSummaries'), navItem('blocks', 'navBlocks')]
        : undefined,
      userArea: options.session
        ? html`<form method="post" action="${BASE}/logout"><input type="hidden" name="csrf" value="${options.session.csrfToken}">\
<button class="link" type="submit">${t('logOut')}</button></form>`
        : undefined,
      main: html`<h1>${options.title}</h1>
${options.body}`,
      footer: html`<p>${t('footer')}</p>`,
    });
    if (v.isLangAsked) setCookie(reply, LANG_COOKIE, lang, 365 * 86_400);
    return reply
      .code(options.status ?? 200)
      .type('text/html; charset=utf-8')
      .header('content-security-policy', options.hasBrowserCheck ? CSP_WITH_CHECK : CSP)
      .header('x-frame-options', 'DENY')
      .send(page.value);
  }

  const sessionOf = (request: FastifyRequest) => portal.sessions.authenticate(request.cookies[SESSION_COOKIE] ?? null);
  const errorBox = (t: T, code: string) => notice({ kind: 'error', title: t('errorTitle'), text: errorText(t, code) });
  const doneBox = (text: string) => notice({ kind: 'success', text });
  const codeOf = (error: unknown) => (error instanceof AppError ? error.code : 'other');
  const statusOf = (error: unknown) => (error instanceof AppError ? error.status : 500);

  /** Runs a page that needs a person; without a session, back to the login page. */
  async function withPerson(v: Visit, work: (session: PersonSession) => Promise<unknown>) {
    const session = await sessionOf(v.request);
    if (!session) return v.reply.redirect(`${BASE}/`, 303);
    return work(session);
  }

  async function loginPage(v: Visit, error?: { code: string; status: number }) {
    const { t } = v;
    const formToken = randomBytes(24).toString('base64url');
    setCookie(v.reply, FORM_COOKIE, formToken, 3_600);
    const formTokenField = html`<input type="hidden" name="form" value="${formToken}">`;
    const demoPerson = (person: ReturnType<Portal['sessions']['demoPersons']>[number]) =>
      html`<li><form method="post" action="${BASE}/login/demo">${formTokenField}\
<input type="hidden" name="niss" value="${person.niss}">\
${button({ label: t('demoAs', { name: `${person.givenNames} ${person.familyName} (${person.scenario})` }) })}</form></li>`;
    const demo = portal.sessions.isDemo
      ? html`<section aria-labelledby="demo-title">
<h2 id="demo-title">${t('demoTitle')}</h2>
<p>${t('demoIntro')}</p>
<ul class="cards">${portal.sessions.demoPersons().map(demoPerson)}</ul>
<form method="post" action="${BASE}/login/demo">
${formTokenField}
${textField({ name: 'niss', id: 'niss', label: t('nissLabel'), hint: t('nissHint'), inputmode: 'numeric', autocomplete: 'off', required: true, t })}
${button({ label: t('enter') })}
</form>
</section>`
      : '';
    const oidc = portal.sessions.hasOidc
      ? html`<p><a class="button" href="${BASE}/login/oidc">${t('loginOidc')}</a></p>`
      : html`<p>${t('loginNoOidc')}</p>`;
    const body = html`${error ? errorBox(t, error.code) : ''}
<p>${t('loginIntro')}</p>
${oidc}
${demo}`;
    return layout(v, { title: t('loginTitle'), session: null, page: 'login', body, status: error?.status });
  }

  function startSession(reply: FastifyReply, token: string) {
    setCookie(reply, SESSION_COOKIE, token);
    return reply.redirect(`${BASE}/exchanges`, 303);
  }

  app.get('/assets/portal.css', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(css),
  );

  app.get('/assets/verify.js', { schema: { hide: true } }, async (_request, reply) =>
    reply
      .type('text/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .header('x-content-type-options', 'nosniff')
      .send(verifyScript),
  );

  /**
   * What the person's browser needs to check the log itself (verify.js): where to read it, the keys
   * to trust, the person's pseudonym at the hub (it never leaves the page) and the texts of its verdict.
   * Without JavaScript the section says that the portal's verdict above is the one that holds.
   */
  function browserCheckSection(t: T, trust: LogTrust, subject: string): SafeHtml {
    const message = (key: MessageKey) => t(key, { count: '{count}', size: '{size}', cosigners: '{cosigners}' });
    const keys = {
      'data-base': `${BASE}/tlog`,
      'data-origin': trust.origin,
      'data-log-key': formatVerifierKey(trust.origin, SIGNATURE_TYPE_ED25519, trust.logKey),
      'data-witness-keys': trust.witnesses.map((w) => formatVerifierKey(w.name, SIGNATURE_TYPE_COSIGNATURE_V1, w.publicKey)).join(' '),
      'data-quorum': String(trust.quorum),
      'data-subject': subject,
    };
    const texts = Object.fromEntries(
      BROWSER_MESSAGES.map((key) => [
        `data-msg-${key
          .slice('browser'.length)
          .replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
          .slice(1)}`,
        message(key),
      ]),
    );
    return html`<section id="browser-check" class="browser-check" aria-labelledby="browser-check-title"${attrs({ ...keys, ...texts })}>
<h2 id="browser-check-title">${t('browserCheckTitle')}</h2>
<p id="browser-verdict" aria-live="polite">${t('browserCheckIntro')}</p>
<p id="browser-details" class="meta"></p>
<details><summary>${t('browserKeysTitle')}</summary>
<p>${t('browserKeysIntro', { quorum: trust.quorum })}</p>
<ul class="vkeys">${[keys['data-log-key'], ...keys['data-witness-keys'].split(' ').filter(Boolean)].map((vkey) => html`<li><code>${vkey}</code></li>`)}</ul>
</details>
</section>`;
  }

  app.get('/', { schema: { hide: true, querystring: PageQuery } }, async (request, reply) => {
    if (await sessionOf(request)) return reply.redirect(`${BASE}/exchanges`, 303);
    return loginPage(visit(request, reply, request.query.lang));
  });

  app.post('/login/demo', { schema: { hide: true, querystring: PageQuery, body: DemoLoginBody } }, async (request, reply) => {
    const v = visit(request, reply, request.query.lang);
    const { form, niss } = request.body;
    const cookieToken = request.cookies[FORM_COOKIE];
    if (form === undefined || !cookieToken || form !== cookieToken) return loginPage(v, { code: 'form.expired', status: 403 });
    try {
      const session = await portal.sessions.logInDemo((niss ?? '').slice(0, 32));
      return startSession(reply, session.token);
    } catch (error) {
      return loginPage(v, { code: codeOf(error), status: statusOf(error) });
    }
  });

  app.get('/login/oidc', { schema: { hide: true, querystring: PageQuery } }, async (request, reply) => {
    try {
      return reply.redirect((await portal.sessions.startOidc()).href, 303);
    } catch (error) {
      return loginPage(visit(request, reply, request.query.lang), { code: codeOf(error), status: statusOf(error) });
    }
  });

  app.get('/login/oidc/callback', { schema: { hide: true } }, async (request, reply) => {
    const query = new URLSearchParams(request.url.split('?')[1] ?? '');
    try {
      const session = await portal.sessions.finishOidcWithCode(query.get('code') ?? '', query.get('state') ?? '');
      return startSession(reply, session.token);
    } catch (error) {
      return loginPage(visit(request, reply, query.get('lang') ?? undefined), { code: codeOf(error), status: statusOf(error) });
    }
  });

  app.post('/logout', { schema: { hide: true, body: LogoutBody } }, async (request, reply) => {
    const session = await sessionOf(request);
    if (session && portal.sessions.isCsrfValid(session, request.body.csrf)) {
      await portal.sessions.logOut(request.cookies[SESSION_COOKIE] ?? null);
    }
    reply.clearCookie(SESSION_COOKIE, { path: BASE });
    return reply.redirect(`${BASE}/`, 303);
  });

  // Every exchange about me, each verified by the portal itself.
  app.get('/exchanges', { schema: { hide: true, querystring: PageQuery } }, async (request, reply) => {
    const v = visit(request, reply, request.query.lang);
    return withPerson(v, async (session) => {
      const { t, lang } = v;
      let body: SafeHtml;
      let hasBrowserCheck = false;
      try {
        const result = await portal.exchanges.listExchanges(session.niss);
        const trust = result.items.length > 0 ? await portal.logTrust().catch(() => null) : null;
        hasBrowserCheck = trust !== null;
        const failed = result.items.filter((item) => !item.verified).length;
        const entry = (item: ExchangeItem) => {
          const parties = {
            requester: item.requester?.name ?? '',
            provider: item.provider?.name ?? item.requester?.name ?? '',
            outcome: outcomeText(t, item.outcome),
          };
          const sentence = t.maybe(`sentence.${item.type}`, parties) ?? t('sentence.unknown', parties);
          const badge = item.verified
            ? html`<span class="badge ok">✓ ${t('verified')}</span>`
            : html`<span class="badge bad">✗ ${t('notVerified')}</span>`;
          return html`<li class="entry${item.verified ? '' : ' failed'}">
<p><strong>${formatLongDateTime(lang, item.at)}</strong></p>
<p>${sentence}</p>
${item.purpose ? html`<p class="meta">${t('purpose', { purpose: t.maybe(`purpose.${item.purpose}`) ?? t('purpose.other') })}</p>` : ''}
<p class="meta"><!--server-verdict-->${badge}<!--/server-verdict--> ${t('entryNumber', { index: item.leafIndex })}\
${
  hasBrowserCheck
    ? html` <span${attrs({
        class: 'browser-verdict',
        'data-browser-entry': '',
        'data-leaf-index': String(item.leafIndex),
        'data-opening': item.opening,
      })}></span>`
    : ''
}</p>
<p class="meta"><a href="${BASE}/exchanges/${item.leafIndex}/proof" download>${t('proofLink', { index: item.leafIndex })}</a></p>
</li>`;
        };
        const heading =
          result.items.length === 0
            ? html`<p>${t('exchangesNone')}</p>`
            : failed === 0
              ? doneBox(`✓ ${t('allVerified', { count: result.items.length })}`)
              : notice({ kind: 'error', text: t('someFailed', { count: failed }) });
        const name = `${session.givenNames} ${session.familyName ?? ''}`.trim();
        const treeHead = result.log.treeHead;
        body = html`${session.givenNames ? html`<p>${t('hello', { name })}</p>` : ''}
<p>${t('exchangesIntro')}</p>
${result.log.isConsistent ? '' : notice({ kind: 'error', text: html`<strong>${t('logInconsistent')}</strong>` })}
<!--server-verdict-->${heading}<!--/server-verdict-->
${trust ? browserCheckSection(t, trust, result.subject) : ''}
${result.items.length > 0 ? html`<p>${t('proofIntro')}</p>` : ''}
<ol class="entries" reversed>${[...result.items].reverse().map(entry)}</ol>
${treeHead ? html`<p class="meta">${t('treeHeadLine', { size: treeHead.treeSize, date: formatLongDateTime(lang, treeHead.timestamp) })}</p>` : ''}`;
      } catch (error) {
        body = errorBox(t, codeOf(error));
      }
      return layout(v, { title: t('exchangesTitle'), session, page: 'exchanges', body, hasBrowserCheck });
    });
  });

  // One exchange's offline proof (C2SP tlog-proof), a file the person keeps; an error comes back as the exchanges page's.
  app.get(
    '/exchanges/:leafIndex/proof',
    { schema: { hide: true, querystring: PageQuery, params: ProofParams } },
    async (request, reply) => {
      const v = visit(request, reply, request.query.lang);
      return withPerson(v, async (session) => {
        try {
          const proof = await portal.exchanges.offlineProof(session.niss, request.params.leafIndex);
          return reply
            .header('content-disposition', `attachment; filename="rse-exchange-${request.params.leafIndex}.tlog-proof"`)
            .header('cache-control', 'private, no-store')
            .type('text/plain; charset=utf-8')
            .send(proof);
        } catch (error) {
          return layout(v, {
            title: v.t('exchangesTitle'),
            session,
            page: 'exchanges',
            body: errorBox(v.t, codeOf(error)),
            status: statusOf(error),
          });
        }
      });
    },
  );

  async function summariesPage(
    v: Visit,
    session: PersonSession,
    notice?: { done?: MessageKey; error?: { code: string; status: number }; draft?: Draft },
  ) {
    const { t } = v;
    let content: SafeHtml;
    try {
      const [{ items }, { items: replies }] = await Promise.all([
        portal.summaries.listSummaries(session.niss),
        portal.replies.listReplies(session.niss),
      ]);
      const shown = new Set<string>();
      const cards = items.map((item, index) => summaryCard(v, item, index, session, notice?.draft, replies, shown));
      // Answers to a decision no longer shared (outside the window) are still the person's to read.
      const others = replies.filter((reply) => !shown.has(reply.id));
      content =
        items.length === 0 && others.length === 0
          ? html`<p>${t('summariesNone')}</p>`
          : html`${cards}${
              others.length > 0
                ? html`<section class="card" aria-labelledby="other-replies"><h2 id="other-replies">${t('repliesOther')}</h2>${others.map(
                    (reply) => replyBlock(v, reply, true),
                  )}</section>`
                : ''
            }`;
    } catch (error) {
      content = errorBox(t, codeOf(error));
    }
    const body = html`${notice?.done ? doneBox(t(notice.done)) : ''}
${notice?.error ? errorBox(t, notice.error.code) : ''}
<p>${t('summariesIntro')}</p>
${content}`;
    return layout(v, { title: t('summariesTitle'), session, page: 'summaries', body, status: notice?.error?.status });
  }

  /** The CPAS's answer to a statement, or the outcome of a contest, in the person's language (R39, R40). */
  function replyBlock(v: Visit, reply: PersonReply, withDecision = false) {
    const { t, lang } = v;
    const title =
      reply.kind === 'statement-reply'
        ? t('replyToStatement', { name: reply.provider.name })
        : t('contestOutcome', { name: reply.provider.name, outcome: t(`contestOutcome.${reply.outcome ?? 'upheld'}`) });
    return html`<div class="reply">
<h4>${title}</h4>
${withDecision ? html`<p class="meta">${t('fieldRef')} ${reply.decisionRef}</p>` : ''}
<blockquote><p>${reply.text}</p><p class="meta">${formatLongDateTime(lang, reply.repliedAt)}</p></blockquote>
</div>`;
  }

  function summaryCard(
    v: Visit,
    item: SummaryItem,
    index: number,
    session: PersonSession,
    draft?: Draft,
    replies: PersonReply[] = [],
    shown = new Set<string>(),
  ) {
    const { t } = v;
    const summary = item.summary;
    const contact = summary
      ? [summary.provider.serviceContact.phone, summary.provider.serviceContact.email].filter(Boolean).join(' · ')
      : '';
    const decisions = summary
      ? summary.decisions.length === 0
        ? html`<p>${t('noDecisions')}</p>`
        : summary.decisions.map((decision, d) => {
            const mine = replies.filter((r) => r.provider.kbo === item.provider.kbo && r.decisionRef === decision.ref);
            for (const reply of mine) shown.add(reply.id);
            return decisionBlock(v, item, summary, decision, `${index}-${d}`, session, draft, mine);
          })
      : '';
    return html`<section class="card" aria-labelledby="cpas-${index}">
<h2 id="cpas-${index}">${item.provider.name}</h2>
${item.status !== 'answered' ? html`<p>${t('summaryStatus', { status: outcomeText(t, item.status) })}</p>` : ''}
${contact ? html`<p class="meta">${t('contact', { contact })}</p>` : ''}
${decisions}
</section>`;
  }

  function decisionBlock(
    v: Visit,
    item: SummaryItem,
    summary: ShareableSummary,
    decision: ShareableSummary['decisions'][number],
    id: string,
    session: PersonSession,
    draft?: Draft,
    replies: PersonReply[] = [],
  ) {
    const { t, lang } = v;
    const statements = summary.statements.filter((s) => s.decisionRef === decision.ref);
    const isDraftFor = (kind: Draft['kind']) =>
      draft !== undefined && draft.kind === kind && draft.decisionRef === decision.ref && draft.providerKbo === item.provider.kbo;
    const form = (kind: Draft['kind'], keys: { summary: MessageKey; help: MessageKey; label: MessageKey; button: MessageKey }) =>
      html`<details${isDraftFor(kind) ? html` open` : ''}>
<summary>${t(keys.summary)}</summary>
<form method="post" action="${BASE}/summaries/${kind}">
<input type="hidden" name="csrf" value="${session.csrfToken}">
<input type="hidden" name="providerKbo" value="${item.provider.kbo}">
<input type="hidden" name="decisionRef" value="${decision.ref}">
${textArea({
  name: 'text',
  id: `${kind}-${id}`,
  label: t(keys.label),
  hint: t(keys.help),
  maxlength: MAX_WORDS,
  required: true,
  value: isDraftFor(kind) ? draft!.text : '',
  t,
})}
${button({ label: t(keys.button) })}
</form>
</details>`;
    const period = decision.period
      ? decision.period.to
        ? t('periodFromTo', { from: formatLongDate(lang, decision.period.from), to: formatLongDate(lang, decision.period.to) })
        : t('periodFrom', { from: formatLongDate(lang, decision.period.from) })
      : '';
    const fields = summaryList([
      [t('fieldAid'), label(t, 'code', decision.aidType)],
      [t('fieldOutcome'), label(t, 'code', decision.outcome)],
      ...(period ? [[t('fieldPeriod'), period] as const] : []),
      ...(decision.amountCents !== undefined ? [[t('fieldAmount'), formatMoney(lang, decision.amountCents)] as const] : []),
      [t('fieldBasis'), label(t, 'code', decision.legalBasis)],
      [t('fieldMotivation'), label(t, 'code', decision.motivationCategory)],
      [t('fieldStatus'), label(t, 'code', decision.status)],
      [t('fieldRef'), decision.ref],
    ]);
    const statement = (s: ShareableSummary['statements'][number]) =>
      html`<blockquote><p>${s.text}</p><p class="meta">${formatLongDateTime(lang, s.at)}</p></blockquote>`;
    return html`<article class="card" aria-labelledby="decision-${id}">
<h3 id="decision-${id}">${t('decisionOf', { date: formatLongDate(lang, decision.decidedAt) })}</h3>
${fields}
${statements.length > 0 ? html`<h4>${t('myStatements')}</h4>${statements.map(statement)}` : ''}
${replies.map((reply) => replyBlock(v, reply))}
${form('statement', { summary: 'addStatement', help: 'statementHelp', label: 'statementLabel', button: 'sendStatement' })}
${decision.status === 'final' ? form('contest', { summary: 'contestDecision', help: 'contestHelp', label: 'contestLabel', button: 'sendContest' }) : ''}
</article>`;
  }

  app.get('/summaries', { schema: { hide: true, querystring: DoneQuery } }, async (request, reply) => {
    const v = visit(request, reply, request.query.lang);
    const done = request.query.done;
    return withPerson(v, async (session) =>
      summariesPage(v, session, { done: done === 'statement' ? 'doneStatement' : done === 'contest' ? 'doneContest' : undefined }),
    );
  });

  for (const kind of ['statement', 'contest'] as const) {
    app.post(`/summaries/${kind}`, { schema: { hide: true, querystring: PageQuery, body: DecisionFormBody } }, async (request, reply) => {
      const v = visit(request, reply, request.query.lang);
      return withPerson(v, async (session) => {
        const body = request.body;
        const text = body.text ?? '';
        const draft: Draft = {
          kind,
          providerKbo: (body.providerKbo ?? '').slice(0, 20),
          decisionRef: (body.decisionRef ?? '').slice(0, 128),
          text: text.slice(0, MAX_WORDS),
        };
        if (!portal.sessions.isCsrfValid(session, body.csrf))
          return summariesPage(v, session, { error: { code: 'form.expired', status: 403 }, draft });
        if (draft.text.trim().length === 0 || text.length > MAX_WORDS)
          return summariesPage(v, session, { error: { code: 'validation.failed', status: 422 }, draft });
        try {
          const target = { providerKbo: draft.providerKbo, decisionRef: draft.decisionRef };
          if (kind === 'statement') await portal.requests.addStatement(session.niss, { ...target, text: draft.text.trim() });
          else await portal.requests.contest(session.niss, { ...target, reason: draft.text.trim() });
        } catch (error) {
          return summariesPage(v, session, { error: { code: codeOf(error), status: statusOf(error) }, draft });
        }
        return reply.redirect(`${BASE}/summaries?done=${kind}`, 303);
      });
    });
  }

  async function blocksPage(
    v: Visit,
    session: PersonSession,
    notice?: { done?: boolean; error?: { code: string; status: number }; draft?: { institutionKbo: string; reason: string } },
  ) {
    const { t, lang } = v;
    let content: SafeHtml;
    try {
      const [{ items }, names] = await Promise.all([portal.requests.listBlocks(session.niss), portal.hub.names()]);
      const cpas = [];
      for (const [kbo, name] of names) if ((await portal.hub.institution(kbo))?.kind === 'cpas') cpas.push({ kbo, name });
      cpas.sort((a, b) => a.name.localeCompare(b.name));
      const blocked = (block: (typeof items)[number]) =>
        html`<li>${t('blockedSince', { name: block.institution.name, date: formatLongDate(lang, block.createdAt), reason: block.reason })}</li>`;
      content = html`<h2>${t('blocksCurrent')}</h2>
${items.length === 0 ? html`<p>${t('blocksNone')}</p>` : html`<ul>${items.map(blocked)}</ul>`}
<h2>${t('blockNew')}</h2>
<form method="post" action="${BASE}/blocks">
<input type="hidden" name="csrf" value="${session.csrfToken}">
${selectField({
  name: 'institutionKbo',
  id: 'institution',
  label: t('blockWhich'),
  options: cpas.map((c) => ({ value: c.kbo, label: c.name })),
  value: notice?.draft?.institutionKbo,
  required: true,
  t,
})}
${textArea({ name: 'reason', id: 'reason', label: t('blockReason'), maxlength: 1000, required: true, value: notice?.draft?.reason ?? '', t })}
${button({ label: t('sendBlock') })}
</form>`;
    } catch (error) {
      content = errorBox(t, codeOf(error));
    }
    const body = html`${notice?.done ? doneBox(t('doneBlock')) : ''}
${notice?.error ? errorBox(t, notice.error.code) : ''}
<p>${t('blocksIntro')}</p>
${content}`;
    return layout(v, { title: t('blocksTitle'), session, page: 'blocks', body, status: notice?.error?.status });
  }

  app.get('/blocks', { schema: { hide: true, querystring: DoneQuery } }, async (request, reply) => {
    const v = visit(request, reply, request.query.lang);
    return withPerson(v, async (session) => blocksPage(v, session, { done: request.query.done === 'block' }));
  });

  app.post('/blocks', { schema: { hide: true, querystring: PageQuery, body: BlockBody } }, async (request, reply) => {
    const v = visit(request, reply, request.query.lang);
    return withPerson(v, async (session) => {
      const body = request.body;
      const draft = { institutionKbo: (body.institutionKbo ?? '').slice(0, 20), reason: (body.reason ?? '').slice(0, 1000) };
      if (!portal.sessions.isCsrfValid(session, body.csrf))
        return blocksPage(v, session, { error: { code: 'form.expired', status: 403 }, draft });
      if (draft.reason.trim().length === 0) return blocksPage(v, session, { error: { code: 'validation.failed', status: 422 }, draft });
      try {
        await portal.requests.block(session.niss, { institutionKbo: draft.institutionKbo, reason: draft.reason.trim() });
      } catch (error) {
        return blocksPage(v, session, { error: { code: codeOf(error), status: statusOf(error) }, draft });
      }
      return reply.redirect(`${BASE}/blocks?done=block`, 303);
    });
  });
}
