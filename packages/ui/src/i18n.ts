/**
 * Languages, message catalogs and Belgian formats: the one `Language` type and the one negotiation
 * of every app. A catalog holds, per key, the texts of every language side by side
 * (`{ 'nav.agenda': { fr, nl, de, en } }`, declared with `defineCatalog`); `createTranslator` fills
 * `{name}` placeholders and marks a missing key visibly (`⟦key⟧`) so tests can prove that no page
 * shows an untranslated key. Dates and amounts use
 * Intl with the Belgian locales fr-BE, nl-BE and de-BE (en-BE for developers).
 */

/** The languages of every screen: the three national languages, and English for developers. */
export const LANGUAGES = ['fr', 'nl', 'de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The three national languages: what a person reads (the portal, letters) and what a worker picks. */
export const NATIONAL_LANGUAGES = ['fr', 'nl', 'de'] as const satisfies readonly Language[];
export type NationalLanguage = (typeof NATIONAL_LANGUAGES)[number];

/** Endonyms, shown in the language switcher with their own `lang` attribute. */
export const LANGUAGE_NAMES: Record<Language, string> = { fr: 'Français', nl: 'Nederlands', de: 'Deutsch', en: 'English' };

/** The Intl locale of each language. */
export const LOCALES: Record<Language, string> = { fr: 'fr-BE', nl: 'nl-BE', de: 'de-BE', en: 'en-BE' };

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/**
 * The best supported language for an `Accept-Language` header (RFC 9110 §12.5.4: q-values,
 * `nl-BE` matches `nl`); `fallback` when nothing matches or the header is absent.
 */
export function negotiateLanguage(header: string | undefined): Language;
export function negotiateLanguage<L extends Language>(header: string | undefined, supported: readonly L[], fallback?: L): L;
export function negotiateLanguage(
  header: string | undefined,
  supported: readonly Language[] = LANGUAGES,
  fallback: Language = 'fr',
): Language {
  if (!header) return fallback;
  const ranges = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((range) => range.weight > 0 && range.tag.length > 0);
  ranges.sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const range of ranges) {
    const primary = range.tag.split('-')[0];
    const match = supported.find((language) => language === primary);
    if (match) return match;
  }
  return fallback;
}

/** One text in every language (or in every language of `L`, e.g. the portal's three). */
export type Texts<L extends Language = Language> = Readonly<Record<L, string>>;

/** A catalog: each key with its texts side by side, one per language. */
export type Catalog<K extends string = string, L extends Language = Language> = Readonly<Record<K, Texts<L>>>;

/**
 * Declares a feature's catalog. The type refuses a key that lacks a language, so a catalog is
 * complete when it compiles; `findCatalogProblems` adds what types cannot see (empty texts,
 * placeholders that differ between languages).
 */
export function defineCatalog<C extends Record<string, Texts>>(catalog: C): C {
  return catalog;
}

/**
 * `defineCatalog` for an app that speaks only some languages (the portal: the national three):
 * `const definePortalCatalog = catalogIn(NATIONAL_LANGUAGES)`.
 */
export function catalogIn<L extends Language>(_languages: readonly L[]) {
  return <C extends Record<string, Texts<L>>>(catalog: C): C => catalog;
}

type KeysOf<C> = C extends unknown ? keyof C & string : never;
/** The languages every catalog of a list has. */
type CommonLanguages<C extends readonly unknown[]> = {
  [L in Language]: C[number] extends Readonly<Record<string, Texts<L>>> ? L : never;
}[Language];

/** Several feature catalogs as one; a key declared twice is a mistake and throws. */
export function mergeCatalogs<C extends readonly Readonly<Record<string, Partial<Texts>>>[]>(
  ...catalogs: C
): Catalog<KeysOf<C[number]>, CommonLanguages<C>> {
  const merged: Record<string, Partial<Texts>> = {};
  for (const catalog of catalogs) {
    for (const [key, texts] of Object.entries(catalog)) {
      if (Object.hasOwn(merged, key)) throw new Error(`Message ${key} is declared twice`);
      merged[key] = texts;
    }
  }
  return merged as Catalog<KeysOf<C[number]>, CommonLanguages<C>>;
}

export type Params = Record<string, string | number>;

/** A translate function bound to one language. */
export type Translate<K extends string> = {
  (key: K, params?: Params): string;
  /** For keys built at run time (code lists): the text, or `undefined` when the catalog lacks it. */
  maybe(key: string, params?: Params): string | undefined;
  /** For keys built at run time: the text, or the visible missing-key marker. */
  dynamic(key: string, params?: Params): string;
  readonly language: Language;
};

/** The marker a missing key renders as; tests search pages for it. */
export const missingKeyMarker = (key: string) => `⟦${key}⟧`;

/** Fills `{name}` placeholders; an unknown name stays as written. */
export function fillPlaceholders(text: string, params?: Params): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function createTranslator<K extends string, L extends Language>(catalog: Catalog<K, L>, language: L): Translate<K> {
  const entries = catalog as Readonly<Record<string, Texts<L>>>;
  const maybe = (key: string, params?: Params) =>
    Object.hasOwn(entries, key) ? fillPlaceholders(entries[key]![language], params) : undefined;
  const dynamic = (key: string, params?: Params) => maybe(key, params) ?? missingKeyMarker(key);
  const translate = ((key: K, params?: Params) => dynamic(key, params)) as Translate<K>;
  return Object.assign(translate, { maybe, dynamic, language });
}

/**
 * Every catalog problem the types cannot rule out: a language missing or unknown, an empty text,
 * placeholders that differ from the reference language's.
 */
export function findCatalogProblems(
  catalog: Readonly<Record<string, Readonly<Record<string, string>>>>,
  languages: readonly Language[] = LANGUAGES,
  reference: Language = languages.includes('en') ? 'en' : languages[0]!,
): string[] {
  const problems: string[] = [];
  const placeholders = (text: string) =>
    [...text.matchAll(/\{(\w+)\}/g)]
      .map((m) => m[1])
      .sort()
      .join(',');
  for (const [key, texts] of Object.entries(catalog)) {
    const base = texts[reference];
    for (const language of languages) {
      const text = texts[language];
      if (text === undefined) problems.push(`${language}: missing ${key}`);
      else if (text.trim() === '') problems.push(`${language}: empty ${key}`);
      else if (base !== undefined && placeholders(text) !== placeholders(base))
        problems.push(`${language}: placeholders of ${key} differ from ${reference}`);
    }
    for (const language of Object.keys(texts))
      if (!(languages as readonly string[]).includes(language)) problems.push(`${language}: extra ${key}`);
  }
  return problems;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = make()));
  return formatter as T;
}

/** A date as Belgians write it (`03/03/2026`, `03.03.2026` in German); a `YYYY-MM-DD` date is never shifted by time zones. */
export function formatDate(language: Language, value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const isDateOnly = typeof value === 'string' && DATE_ONLY.test(value);
  const date = typeof value === 'string' ? new Date(isDateOnly ? `${value}T00:00:00Z` : value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  const timeZone = isDateOnly ? 'UTC' : 'Europe/Brussels';
  return cached(
    `d:${language}:${timeZone}`,
    () => new Intl.DateTimeFormat(LOCALES[language], { day: '2-digit', month: '2-digit', year: 'numeric', timeZone }),
  ).format(date);
}

/** A moment in Brussels time with hours and minutes. */
export function formatDateTime(language: Language, value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return cached(
    `dt:${language}`,
    () =>
      new Intl.DateTimeFormat(LOCALES[language], {
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        timeZone: 'Europe/Brussels',
      }),
  ).format(date);
}

/** A date written out for a person (`3 mars 2026`, `3 maart 2026`, `3. März 2026`); a `YYYY-MM-DD` date is never shifted. */
export function formatLongDate(language: Language, value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return value;
  return cached(`ld:${language}`, () => new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' })).format(date);
}

/** A moment written out for a person, in Brussels time (`3 mars 2026 à 10:15`). */
export function formatLongDateTime(language: Language, value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return cached(
    `ldt:${language}`,
    () => new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Brussels' }),
  ).format(date);
}

/** Euro cents as a Belgian amount (`1 298,74 €`, `€ 1.298,74`). */
export function formatMoney(language: Language, cents: number | null | undefined): string {
  if (cents === null || cents === undefined) return '';
  return cached(`m:${language}`, () => new Intl.NumberFormat(LOCALES[language], { style: 'currency', currency: 'EUR' })).format(
    cents / 100,
  );
}

/** An integer or decimal in the language's notation. */
export function formatNumber(language: Language, value: number): string {
  return cached(`n:${language}`, () => new Intl.NumberFormat(LOCALES[language])).format(value);
}

/** Parses an amount typed by a person (`1.298,74`, `1298.74`, `1 298,74 €`) into cents; `null` when it is not an amount. */
export function parseAmountToCents(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f€]/g, '').replace(/^EUR/i, '');
  if (!/^\d{1,3}([.,]?\d{3})*([.,]\d{1,2})?$/.test(cleaned) && !/^\d+([.,]\d{1,2})?$/.test(cleaned)) return null;
  const decimal = /[.,]\d{1,2}$/.exec(cleaned);
  const whole = (decimal ? cleaned.slice(0, decimal.index) : cleaned).replace(/[.,]/g, '');
  const fraction = decimal ? decimal[0].slice(1).padEnd(2, '0') : '00';
  const cents = Number(whole) * 100 + Number(fraction);
  return Number.isSafeInteger(cents) ? cents : null;
}
