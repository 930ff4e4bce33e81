/** Reading posted forms and turning API problems into messages on the fields that caused them. */
import type { FieldMessage, Translate } from '#ui/index.ts';
import type { MessageKey } from './messages/index.ts';
import type { ApiResult } from './api-client.ts';

/**
 * The text values of one name in a posted form, a query string or path parameters, read without
 * trusting their shape: strings only, in order (a name sent twice gives two values).
 */
export function textValues(source: unknown, name: string): string[] {
  if (typeof source !== 'object' || source === null || !Object.hasOwn(source, name)) return [];
  const value: unknown = Reflect.get(source, name);
  return (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string');
}

/** One text value (the first when the name was sent twice), or `undefined`. */
export const textValue = (source: unknown, name: string): string | undefined => textValues(source, name)[0];

/** Every name of a query string or form with its first text value. */
export function textRecord(source: unknown): Record<string, string> {
  if (typeof source !== 'object' || source === null) return {};
  const entries = Object.keys(source).map((name) => [name, textValue(source, name)] as const);
  return Object.fromEntries(entries.filter((entry): entry is readonly [string, string] => entry[1] !== undefined));
}

/** One text value of a posted form, trimmed; the first when the field was sent twice. */
export function field(body: unknown, name: string): string {
  return textValue(body, name)?.trim() ?? '';
}

/** The values of a form to pass back into its fields. */
export function values(body: unknown, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, field(body, name)]));
}

/**
 * The field messages of an API problem: each `errors[].path` (e.g. `/niss`, `/period/from`) is
 * mapped to a form field by `paths`; the message comes from the catalog by code, in the user's
 * language. A problem without field errors becomes one message on `fallbackField`.
 */
export function problemMessages(
  result: ApiResult,
  t: Translate<MessageKey>,
  paths: Record<string, string>,
  fallbackField: string,
): FieldMessage[] {
  const problem = (result.body ?? {}) as { code?: string; errors?: { path: string; code: string }[] };
  const messages: FieldMessage[] = [];
  for (const error of problem.errors ?? []) {
    const fieldName = paths[error.path] ?? Object.entries(paths).find(([path]) => error.path.startsWith(`${path}/`))?.[1];
    if (!fieldName) continue;
    const text =
      t.maybe(`error.${problem.code}.${fieldName}`) ??
      t.maybe(`error.${problem.code}`) ??
      t.maybe(`field.${error.code}`) ??
      t('field.invalid');
    if (!messages.some((m) => m.field === fieldName)) messages.push({ field: fieldName, message: text });
  }
  if (messages.length === 0) messages.push({ field: fallbackField, message: t.maybe(`error.${problem.code}`) ?? t('error.generic') });
  return messages;
}

/** The message of a field, if any. */
export const errorOf = (errors: FieldMessage[], name: string) => errors.find((error) => error.field === name)?.message;

/** `YYYY-MM-DD` of a date input, or '' when it is not one. */
export const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

const BRUSSELS_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today in Brussels as `YYYY-MM-DD` (the default of date fields). */
export function todayInBrussels(now = new Date()): string {
  return BRUSSELS_DAY.format(now);
}

/**
 * A local path to come back to after a form (the language switch), or `/` (F8). An allow-list, not a
 * block-list: a single leading slash followed by path characters of RFC 3986 only — no control or
 * space character (a tab or newline made `/\t/evil.example` a protocol-relative URL, and a newline
 * broke the redirect header), no backslash, no second slash at the start, no scheme or host.
 */
export function safeReturnTo(value: string): string {
  if (value.length > 2000 || !/^\/(?![/\\])[A-Za-z0-9\-._~!$&'()*+,;=:@/?%]*$/.test(value)) return '/';
  try {
    const parsed = new URL(value, 'http://rse.invalid');
    if (parsed.origin !== 'http://rse.invalid' || parsed.pathname.startsWith('//')) return '/';
    return `${parsed.pathname}${parsed.search}`;
  } catch {
    return '/';
  }
}
