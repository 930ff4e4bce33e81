/**
 * The page shell shared by the worker application and the citizen portal: `<html lang>`, a skip
 * link, a header with the service name, the main navigation, the language switcher and the user
 * area, one `<main>` landmark and a footer. No inline script or style (the CSP forbids them): the
 * stylesheet and enhance.js come from the UI assets (`UI_ASSETS_DIR`). The portal runs no script at
 * all and keeps its own phone-first stylesheet: `hasScript: false`, `hasUiStylesheet: false`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { attrs, html, type Interpolation, type SafeHtml } from './html.ts';
import { LANGUAGE_NAMES, type Language, type Translate } from './i18n.ts';
import type { UiKey } from './messages.ts';
import { csrfField } from './components.ts';

/** The directory of ui.css and enhance.js; serve it (e.g. with @fastify/static) at `assetsBase`. */
export const UI_ASSETS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../assets');

export type NavItem = { href: string; label: string; isCurrent?: boolean };

/** A POST form switching the language; the app stores the choice (cookie, profile) and redirects to `returnTo`. */
export type LanguageSwitch = { action: string; csrfToken: string; returnTo: string; languages: readonly Language[] };

/** Links switching the language without a script or a form (`?lang=nl`): the app remembers the choice. */
export type LanguageLinks = { languages: readonly Language[]; href: (language: Language) => string };

export type PageOptions = {
  language: Language;
  /** The page's own title; the document title is "title — serviceName". */
  title: string;
  serviceName: string;
  homeHref: string;
  t: Translate<UiKey>;
  main: Interpolation;
  /** Where ui.css and enhance.js are served, without trailing slash (e.g. `/assets/ui`). */
  assetsBase: string;
  nav?: NavItem[];
  /** Right-hand side of the header: the user's name and a logout form. */
  userArea?: Interpolation;
  languageSwitch?: LanguageSwitch;
  languageLinks?: LanguageLinks;
  /** A banner above the header (e.g. "DEMO — synthetic data only"). */
  banner?: Interpolation;
  footer?: Interpolation;
  /** Extra stylesheets after ui.css. */
  stylesheets?: string[];
  /** Whether the page links ui.css (default true; the portal has its own stylesheet). */
  hasUiStylesheet?: boolean;
  /** Whether the page loads enhance.js (default true; the portal runs no script). */
  hasScript?: boolean;
  /** Extra scripts of the app (same origin, deferred; the CSP forbids inline script). */
  scripts?: string[];
};

function languageSwitcher(options: LanguageSwitch, current: Language, t: Translate<UiKey>): SafeHtml {
  return html`<form class="language-switch" method="post" action="${options.action}">
${csrfField(options.csrfToken)}<input type="hidden" name="returnTo" value="${options.returnTo}">
<fieldset class="language-switch__group"><legend class="visually-hidden">${t('ui.language')}</legend>
${options.languages.map(
  (language) =>
    html`<button${attrs({
      type: 'submit',
      name: 'lang',
      value: language,
      lang: language,
      class: 'language-switch__button',
      'aria-pressed': language === current ? 'true' : 'false',
    })}>${LANGUAGE_NAMES[language]}</button>`,
)}
</fieldset>
</form>`;
}

function languageLinks(options: LanguageLinks, current: Language, t: Translate<UiKey>): SafeHtml {
  const link = (language: Language) =>
    html`<a${attrs({
      href: options.href(language),
      lang: language,
      hreflang: language,
      'aria-current': language === current ? 'true' : undefined,
    })}>${language.toUpperCase()}</a>`;
  return html`<nav class="language-links" aria-label="${t('ui.language')}">\
<ul>${options.languages.map((language) => html`<li>${link(language)}</li>`)}</ul></nav>`;
}

/** The whole HTML document of one page. */
export function renderPage(options: PageOptions): SafeHtml {
  const { t } = options;
  return html`<!doctype html>
<html lang="${options.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} — ${options.serviceName}</title>
${options.hasUiStylesheet === false ? '' : html`<link rel="stylesheet" href="${options.assetsBase}/ui.css">`}
${(options.stylesheets ?? []).map((href) => html`<link rel="stylesheet" href="${href}">`)}
${options.hasScript === false ? '' : html`<script src="${options.assetsBase}/enhance.js" defer></script>`}
${(options.scripts ?? []).map((src) => html`<script src="${src}" defer></script>`)}
</head>
<body>
<a class="skip-link" href="#main">${t('ui.skipLink')}</a>
${options.banner ? html`<div class="banner">${options.banner}</div>` : ''}
<header class="site-header">
<div class="site-header__inner">
<a class="site-header__name" href="${options.homeHref}">${options.serviceName}</a>
${options.languageSwitch ? languageSwitcher(options.languageSwitch, options.language, t) : ''}
${options.languageLinks ? languageLinks(options.languageLinks, options.language, t) : ''}
${options.userArea ? html`<div class="site-header__user">${options.userArea}</div>` : ''}
</div>
${
  options.nav && options.nav.length > 0
    ? html`<nav class="site-nav" aria-label="${t('ui.mainNavigation')}"><ul>
${options.nav.map((item) => html`<li><a${attrs({ href: item.href, 'aria-current': item.isCurrent ? 'page' : undefined })}>${item.label}</a></li>`)}
</ul></nav>`
    : ''
}
</header>
<main id="main" class="main" tabindex="-1">
${options.main}
</main>
${options.footer ? html`<footer class="site-footer">${options.footer}</footer>` : ''}
</body>
</html>`;
}
