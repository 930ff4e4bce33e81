/**
 * HTML as tagged templates with automatic escaping: every interpolated value is escaped unless it is
 * already `SafeHtml` (the result of another `html` template or of `raw`). Attributes must be quoted
 * in the template (`href="${url}"`); the escaping covers `& < > " '`, so a value cannot leave its
 * attribute or open a tag.
 */

/** A fragment of HTML that is already safe to send: made by `html` or `raw`. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** What a template may interpolate; `null`, `undefined` and booleans render nothing (so `${isX && html`…`}` works). */
export type Interpolation = SafeHtml | string | number | bigint | boolean | null | undefined | readonly Interpolation[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an element body or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

function render(value: Interpolation): string {
  if (value === null || value === undefined || typeof value === 'boolean') return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** The tagged template: `html`<p>${userText}</p>`` escapes `userText`. */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let index = 0; index < values.length; index += 1) out += render(values[index]) + (strings[index + 1] ?? '');
  return new SafeHtml(out);
}

/** Marks trusted markup as safe (never pass user data). */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** Joins fragments with an optional separator, keeping them safe. */
export function join(parts: readonly Interpolation[], separator: Interpolation = ''): SafeHtml {
  return new SafeHtml(parts.map(render).join(render(separator)));
}

/**
 * Attributes from an object: `false`/`null`/`undefined` drop the attribute, `true` writes it bare
 * (`disabled`), anything else is escaped and quoted. Names must be literal attribute names.
 */
export function attrs(values: Record<string, string | number | boolean | null | undefined>): SafeHtml {
  const parts: string[] = [];
  for (const [name, value] of Object.entries(values)) {
    if (!/^[a-zA-Z_:][a-zA-Z0-9_.:-]*$/.test(name)) throw new Error(`Invalid attribute name: ${name}`);
    if (value === false || value === null || value === undefined) continue;
    parts.push(value === true ? name : `${name}="${escapeHtml(String(value))}"`);
  }
  return new SafeHtml(parts.length > 0 ? ` ${parts.join(' ')}` : '');
}
