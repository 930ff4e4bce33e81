/** Error pages in the user's language: not found (also "not yours": R23 never reveals a file), refused, form expired, unexpected. */
import { html } from '#ui/index.ts';
import type { Ctx } from '../context.ts';

export const notFoundPage = (ctx: Ctx) =>
  ctx.send({
    status: 404,
    title: ctx.t('error.notFound.title'),
    main: html`<h1>${ctx.t('error.notFound.title')}</h1><p>${ctx.t('error.notFound.text')}</p><p><a href="/">${ctx.t('error.backHome')}</a></p>`,
  });

export const forbiddenPage = (ctx: Ctx) =>
  ctx.send({
    status: 403,
    title: ctx.t('error.forbidden.title'),
    main: html`<h1>${ctx.t('error.forbidden.title')}</h1><p>${ctx.t('error.forbidden.text')}</p><p><a href="/">${ctx.t('error.backHome')}</a></p>`,
  });

export const csrfPage = (ctx: Ctx) =>
  ctx.send({
    status: 403,
    title: ctx.t('error.csrf.title'),
    main: html`<h1>${ctx.t('error.csrf.title')}</h1><p>${ctx.t('error.csrf.text')}</p><p><a href="/">${ctx.t('error.backHome')}</a></p>`,
  });

export const unexpectedPage = (ctx: Ctx) =>
  ctx.send({
    status: 500,
    nav: 'none',
    title: ctx.t('error.unexpected.title'),
    main: html`<h1>${ctx.t('error.unexpected.title')}</h1><p>${ctx.t('error.unexpected.text', { id: ctx.request.id })}</p><p>\
<a href="/">${ctx.t('error.backHome')}</a></p>`,
  });

/** A page that needs an API answer the user may not have: 404 → not found, 403 → refused. */
export function failurePage(ctx: Ctx, status: number) {
  if (status === 403) return forbiddenPage(ctx);
  if (status === 404 || status === 400) return notFoundPage(ctx);
  return unexpectedPage(ctx);
}
