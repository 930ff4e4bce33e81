/**
 * The worker's contact in letters (issue 11): each user sets the direct line and work e-mail that
 * the decisions and acknowledgements of their files print under their name (Charter of the social
 * insured, art. 14: the letter says whom to ask). Through `GET`/`PUT /api/v1/me/contact`.
 */
import { button, errorSummary, html, notice, postForm, textField, type FieldMessage } from '#ui/index.ts';
import type { Ctx } from '../context.ts';
import type { PageKit } from '../page-kit.ts';
import { errorOf, field, problemMessages } from '../forms.ts';
import { failurePage } from './errors.ts';

const FIELDS = ['phone', 'email'] as const;

export function registerLetterPages(kit: PageKit): void {
  kit.app.get(
    '/me/contact',
    kit.page((ctx) => renderContact(ctx)),
  );
  kit.app.post('/me/contact', kit.post, kit.page(saveContact));
}

async function renderContact(ctx: Ctx, state: { values?: Record<string, string>; errors?: FieldMessage[]; status?: number } = {}) {
  const { t } = ctx;
  let values = state.values;
  if (!values) {
    const result = await ctx.api('GET', '/api/v1/me/contact');
    if (result.status !== 200) return failurePage(ctx, result.status);
    const body = result.body as { phone: string | null; email: string | null };
    values = { phone: body.phone ?? '', email: body.email ?? '' };
  }
  const errors = state.errors ?? [];
  return ctx.send({
    title: t('letters.contact.title'),
    status: state.status,
    main: html`<h1>${t('letters.contact.title')}</h1>
${ctx.query('done') === 'saved' ? notice({ kind: 'success', text: t('letters.contact.saved') }) : ''}
${errorSummary({ errors, t, targets: Object.fromEntries(errors.map((error) => [error.field, `field-${error.field}`])) })}
<p>${t('letters.contact.intro', { cpas: ctx.me?.institution.name ?? '' })}</p>
${postForm({
  action: '/me/contact',
  csrfToken: ctx.csrf(),
  label: t('letters.contact.title'),
  body: html`${textField({
    name: 'phone',
    id: 'field-phone',
    label: t('letters.contact.phone'),
    hint: t('letters.contact.phone.hint'),
    type: 'tel',
    autocomplete: 'work tel',
    value: values.phone,
    maxlength: 40,
    width: 'medium',
    error: errorOf(errors, 'phone'),
    required: false,
    t,
  })}
${textField({
  name: 'email',
  id: 'field-email',
  label: t('letters.contact.email'),
  type: 'email',
  autocomplete: 'work email',
  value: values.email,
  maxlength: 254,
  error: errorOf(errors, 'email'),
  required: false,
  t,
})}
<div class="actions">${button({ label: t('letters.contact.save') })}</div>`,
})}`,
  });
}

async function saveContact(ctx: Ctx) {
  const values = Object.fromEntries(FIELDS.map((name) => [name, field(ctx.request.body, name)]));
  const changes = Object.fromEntries(FIELDS.map((name) => [name, values[name] === '' ? null : values[name]]));
  const result = await ctx.api('PUT', '/api/v1/me/contact', changes);
  if (result.status === 200) return ctx.respond({ redirect: '/me/contact?done=saved' });
  const errors = problemMessages(result, ctx.t, { '/phone': 'phone', '/email': 'email' }, 'phone');
  return renderContact(ctx, { values, errors, status: result.status >= 500 ? 500 : 422 });
}
