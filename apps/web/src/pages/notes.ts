/** Confidential notes (R25, ADR 0006): encrypted at rest, never in a summary, letter, export or log. */
import { button, errorSummary, formatDateTime, html, notice, postForm, radioGroup, textArea, type FieldMessage } from '#ui/index.ts';
import type { Ctx } from '../context.ts';
import type { ActionOutcome } from '../idempotency.ts';
import { errorOf, field, problemMessages } from '../forms.ts';
import { codeLabel } from '../labels.ts';
import { requestHeader, type AidRequest } from './requests.ts';

type Note = { id: string; visibility: string; authorName: string; createdAt: string; text: string };

export async function renderNotes(
  ctx: Ctx,
  request: AidRequest,
  state: { text?: string; visibility?: string; errors?: FieldMessage[]; status?: number; idempotencyKey: string },
): Promise<ActionOutcome> {
  const { t } = ctx;
  const result = await ctx.api('GET', `/api/v1/aid-requests/${request.id}/notes`);
  const notes = result.status === 200 ? (result.body as { items: Note[] }).items : [];
  const errors = state.errors ?? [];
  return ctx.page({
    title: t('notes.title'),
    status: state.status,
    main: html`${requestHeader(ctx, request)}${ctx.query('done') === 'noted' ? notice({ kind: 'success', text: t('done.noted') }) : ''}
<h1>${t('notes.title')}</h1>
<p>${t('notes.intro')}</p>
${
  notes.length === 0
    ? html`<p>${t('notes.none')}</p>`
    : html`<ol class="notes">${notes.map(
        (note) => html`<li class="panel"><p>\
<strong>${note.authorName}</strong>\
 — ${formatDateTime(t.language, note.createdAt)} — ${codeLabel(t, 'visibility', note.visibility)}</p><p>${note.text}</p></li>`,
      )}</ol>`
}
<h2>${t('notes.add')}</h2>
${errorSummary({ errors, t, targets: { visibility: 'field-visibility-first' } })}
${postForm({
  action: `/requests/${request.id}/notes`,
  csrfToken: ctx.csrf(),
  idempotencyKey: state.idempotencyKey,
  label: t('notes.add'),
  body: html`
${textArea({ name: 'text', label: t('notes.text'), value: state.text, error: errorOf(errors, 'text'), rows: 4, required: true, t })}
${radioGroup({
  name: 'visibility',
  label: t('notes.visibility'),
  value: state.visibility ?? 'team',
  options: [
    { value: 'team', label: codeLabel(t, 'visibility', 'team') },
    { value: 'private', label: codeLabel(t, 'visibility', 'private') },
  ],
  error: errorOf(errors, 'visibility'),
  t,
})}
<div class="actions">${button({ label: t('notes.submit') })}</div>`,
})}`,
  });
}

export async function addNote(ctx: Ctx, request: AidRequest, key: string): Promise<ActionOutcome> {
  const text = field(ctx.request.body, 'text');
  const visibility = field(ctx.request.body, 'visibility');
  const errors: FieldMessage[] = [];
  if (!text) errors.push({ field: 'text', message: ctx.t('notes.text.required') });
  if (visibility !== 'team' && visibility !== 'private') errors.push({ field: 'visibility', message: ctx.t('notes.visibility.required') });
  if (errors.length > 0) return renderNotes(ctx, request, { text, visibility, errors, status: 422, idempotencyKey: key });
  const result = await ctx.api('POST', `/api/v1/aid-requests/${request.id}/notes`, { text, visibility });
  if (result.status === 201) return { redirect: `/requests/${request.id}/notes?done=noted` };
  return renderNotes(ctx, request, {
    text,
    visibility,
    errors: problemMessages(result, ctx.t, { '/text': 'text', '/visibility': 'visibility' }, 'text'),
    status: result.status,
    idempotencyKey: key,
  });
}
