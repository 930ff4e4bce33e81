/**
 * Accessible form and page components (WCAG 2.1 AA): every control has a visible label tied by
 * `for`/`id`, hints and errors are referenced by `aria-describedby`, invalid controls carry
 * `aria-invalid`, and the error summary links each message to its field. Values typed by the user
 * are passed back in `value` so a form that fails validation keeps them.
 */
import { attrs, html, type Interpolation, type SafeHtml } from './html.ts';
import type { Translate } from './i18n.ts';
import type { UiKey } from './messages.ts';

/** The id of the control for a field name: the error summary links to it. */
export const fieldId = (name: string) => `field-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** A validation message for one field. */
export type FieldMessage = { field: string; message: string };

type Common = { name: string; label: string; hint?: string; error?: string; required?: boolean; t: Translate<UiKey>; id?: string };

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function labelAndMessages(id: string, options: Common): SafeHtml {
  return html`<label class="label" for="${id}">${options.label}${
    options.required === false
      ? html` <span class="optional">\
(${options.t('ui.optional')})</span>`
      : ''
  }</label>
${options.hint ? html`<p class="hint" id="${id}-hint">${options.hint}</p>` : ''}
${options.error ? html`<p class="field-error" id="${id}-error"><span class="visually-hidden">${options.t('ui.errorPrefix')}</span> ${options.error}</p>` : ''}`;
}

/** A text input (also `date`, `email`, `number`, `password`, `search`, `tel`, `datetime-local`). */
export function textField(
  options: Common & {
    value?: string | null;
    type?: string;
    autocomplete?: string;
    inputmode?: string;
    width?: 'short' | 'medium' | 'long';
    pattern?: string;
    maxlength?: number;
  },
): SafeHtml {
  const id = options.id ?? fieldId(options.name);
  return html`<div class="field${options.error ? ' field--error' : ''}">
${labelAndMessages(id, options)}
<input${attrs({
    class: `input input--${options.width ?? 'long'}`,
    id,
    name: options.name,
    type: options.type ?? 'text',
    value: options.value ?? '',
    autocomplete: options.autocomplete,
    inputmode: options.inputmode,
    pattern: options.pattern,
    maxlength: options.maxlength,
    required: options.required === true,
    'aria-invalid': options.error ? 'true' : undefined,
    'aria-describedby': describedBy(id, options.hint, options.error),
  })}>
</div>`;
}

/** A multi-line text area. */
export function textArea(options: Common & { value?: string | null; rows?: number; maxlength?: number }): SafeHtml {
  const id = options.id ?? fieldId(options.name);
  return html`<div class="field${options.error ? ' field--error' : ''}">
${labelAndMessages(id, options)}
<textarea${attrs({
    class: 'textarea',
    id,
    name: options.name,
    rows: options.rows ?? 5,
    maxlength: options.maxlength,
    required: options.required === true,
    'aria-invalid': options.error ? 'true' : undefined,
    'aria-describedby': describedBy(id, options.hint, options.error),
  })}>${options.value ?? ''}</textarea>
</div>`;
}

export type Option = { value: string; label: string };

/** A select list; `placeholder` adds a first empty choice. */
export function selectField(options: Common & { value?: string | null; options: Option[]; placeholder?: string }): SafeHtml {
  const id = options.id ?? fieldId(options.name);
  return html`<div class="field${options.error ? ' field--error' : ''}">
${labelAndMessages(id, options)}
<select${attrs({
    class: 'select',
    id,
    name: options.name,
    required: options.required === true,
    'aria-invalid': options.error ? 'true' : undefined,
    'aria-describedby': describedBy(id, options.hint, options.error),
  })}>
${options.placeholder !== undefined ? html`<option value="">${options.placeholder}</option>` : ''}
${options.options.map((option) => html`<option${attrs({ value: option.value, selected: option.value === options.value })}>${option.label}</option>`)}
</select>
</div>`;
}

/** Radio buttons in a fieldset whose legend is the question. */
export function radioGroup(options: Common & { value?: string | null; options: Option[]; isInline?: boolean }): SafeHtml {
  const id = options.id ?? fieldId(options.name);
  const described = describedBy(id, options.hint, options.error);
  return html`<div class="field${options.error ? ' field--error' : ''}">
<fieldset class="fieldset"${attrs({ id, 'aria-describedby': described })}>
<legend class="legend">${options.label}</legend>
${options.hint ? html`<p class="hint" id="${id}-hint">${options.hint}</p>` : ''}
${options.error ? html`<p class="field-error" id="${id}-error"><span class="visually-hidden">${options.t('ui.errorPrefix')}</span> ${options.error}</p>` : ''}
<div class="radios${options.isInline ? ' radios--inline' : ''}">
${options.options.map(
  (option, index) =>
    html`<div class="radio"><input${attrs({
      type: 'radio',
      id: index === 0 ? `${id}-first` : `${id}-${index}`,
      name: options.name,
      value: option.value,
      checked: option.value === options.value,
      required: options.required === true,
    })}><label for="${index === 0 ? `${id}-first` : `${id}-${index}`}">${option.label}</label></div>`,
)}
</div>
</fieldset>
</div>`;
}

/** One checkbox with its label. */
export function checkbox(options: {
  name: string;
  label: string;
  isChecked?: boolean;
  value?: string;
  id?: string;
  hint?: string;
}): SafeHtml {
  const id = options.id ?? fieldId(options.name);
  return html`<div class="field checkbox"><input${attrs({
    type: 'checkbox',
    id,
    name: options.name,
    value: options.value ?? 'on',
    checked: options.isChecked === true,
    'aria-describedby': options.hint ? `${id}-hint` : undefined,
  })}><label for="${id}">${options.label}</label>${options.hint ? html`<p class="hint" id="${id}-hint">${options.hint}</p>` : ''}</div>`;
}

/**
 * The error summary at the top of a form: focused on load by enhance.js, each message a link to its
 * field (WCAG 3.3.1, 3.3.3). Link targets use `fieldId`, or the `-first` radio of a group.
 */
export function errorSummary(options: { errors: FieldMessage[]; t: Translate<UiKey>; targets?: Record<string, string> }): SafeHtml {
  if (options.errors.length === 0) return html``;
  return html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" data-error-summary>
<h2 class="error-summary__title" id="error-summary-title">${options.t('ui.errorSummary.title')}</h2>
<ul class="error-summary__list">
${options.errors.map((error) => html`<li><a href="#${options.targets?.[error.field] ?? fieldId(error.field)}">${error.message}</a></li>`)}
</ul>
</div>`;
}

/** The hidden CSRF field every POST form carries. */
export const csrfField = (token: string) => html`<input type="hidden" name="_csrf" value="${token}">`;

/** A POST form with its CSRF field; `idempotencyKey` adds a one-time key so a double submit saves once. */
export function postForm(options: {
  action: string;
  csrfToken: string;
  body: Interpolation;
  idempotencyKey?: string;
  className?: string;
  isMultipart?: boolean;
  label?: string;
}): SafeHtml {
  return html`<form method="post"${attrs({
    action: options.action,
    class: options.className ?? 'form',
    novalidate: true,
    'aria-label': options.label,
    enctype: options.isMultipart ? 'multipart/form-data' : undefined,
  })}>
${csrfField(options.csrfToken)}
${options.idempotencyKey ? html`<input type="hidden" name="_idempotency" value="${options.idempotencyKey}">` : ''}
${options.body}
</form>`;
}

/** A button; `secondary` and `warning` variants. */
export function button(options: {
  label: string;
  variant?: 'primary' | 'secondary' | 'warning';
  name?: string;
  value?: string;
  type?: 'submit' | 'button';
  data?: Record<string, string>;
}): SafeHtml {
  const data = Object.fromEntries(Object.entries(options.data ?? {}).map(([key, value]) => [`data-${key}`, value]));
  return html`<button${attrs({
    type: options.type ?? 'submit',
    class: `button button--${options.variant ?? 'primary'}`,
    name: options.name,
    value: options.value,
    ...data,
  })}>${options.label}</button>`;
}

/** A short message after an action (status region, announced politely). */
export function notice(options: { kind: 'success' | 'info' | 'warning' | 'error'; text: Interpolation; title?: string }): SafeHtml {
  const role = options.kind === 'error' ? 'alert' : 'status';
  const title = options.title ? html`<p class="notice__title">${options.title}</p>` : '';
  return html`<div class="notice notice--${options.kind}" role="${role}">${title}<p>${options.text}</p></div>`;
}

/** Label/value pairs as a description list. */
export function summaryList(rows: readonly (readonly [Interpolation, Interpolation])[]): SafeHtml {
  return html`<dl class="summary-list">${rows.map(([label, value]) => html`<div class="summary-list__row"><dt>${label}</dt><dd>${value}</dd></div>`)}</dl>`;
}

/** A small status label; `tone` picks an AA-contrast colour pair. */
export const statusTag = (text: string, tone: 'neutral' | 'info' | 'success' | 'warning' | 'danger' = 'neutral') =>
  html`<span class="tag tag--${tone}">${text}</span>`;

let tableCount = 0;

/**
 * A data table with a caption and column headers (`scope="col"`); its wrapper scrolls sideways on
 * narrow screens and is then reachable by keyboard (a labelled, focusable region).
 */
export function table(options: {
  caption: Interpolation;
  head: Interpolation[];
  rows: Interpolation[][];
  isCaptionHidden?: boolean;
}): SafeHtml {
  tableCount = (tableCount + 1) % 1_000_000;
  const captionId = `table-caption-${tableCount}`;
  return html`<div class="table-wrap" role="region" tabindex="0" aria-labelledby="${captionId}"><table class="table">
<caption${attrs({ id: captionId, class: options.isCaptionHidden ? 'visually-hidden' : 'table__caption' })}>${options.caption}</caption>
<thead><tr>${options.head.map((cell) => html`<th scope="col">${cell}</th>`)}</tr></thead>
<tbody>${options.rows.map((row) => html`<tr>${row.map((cell) => html`<td>${cell}</td>`)}</tr>`)}</tbody>
</table></div>`;
}

/** Previous/next links and the range shown, for a list paginated by offset and limit. */
export function pagination(options: {
  total: number;
  limit: number;
  offset: number;
  href: (offset: number) => string;
  t: Translate<UiKey>;
}): SafeHtml {
  const { total, limit, offset, t } = options;
  if (total <= limit && offset === 0) return html``;
  const from = total === 0 ? 0 : offset + 1;
  const to = Math.min(offset + limit, total);
  return html`<nav class="pagination" aria-label="${t('ui.pagination.label')}">
<p class="pagination__range">${t('ui.pagination.range', { from, to, total })}</p>
<ul class="pagination__links">
${offset > 0 ? html`<li><a rel="prev" href="${options.href(Math.max(0, offset - limit))}">${t('ui.pagination.previous')}</a></li>` : ''}
${offset + limit < total ? html`<li><a rel="next" href="${options.href(offset + limit)}">${t('ui.pagination.next')}</a></li>` : ''}
</ul>
</nav>`;
}

/** A print button (enhance.js calls window.print); hidden when printing. */
export const printButton = (t: Translate<UiKey>) =>
  html`<button type="button" class="button button--secondary no-print" data-print hidden>${t('ui.print')}</button>`;
