/** The security advisor's transparency page (ADR 0017): unknown keys in the CPAS's name, the audit chain's last anchor. */
import { formatDateTime, html, notice, table } from '#ui/index.ts';
import type { Ctx } from '../context.ts';
import type { PageKit } from '../page-kit.ts';
import { failurePage } from './errors.ts';

type Status = {
  keyAlerts: { leafIndex: number; keyUse: string; kid: string; loggedAt: string | null; detectedAt: string }[];
  lastAnchor: { eventId: number; leafIndex: number; anchoredAt: string } | null;
  lastEventId: number | null;
};

async function renderTransparency(ctx: Ctx) {
  const { t } = ctx;
  const result = await ctx.api('GET', '/api/v1/oversight/transparency');
  if (result.status !== 200) return failurePage(ctx, result.status === 403 ? 403 : 404);
  const status = result.body as Status;
  const pending = status.lastAnchor && status.lastEventId !== null ? status.lastEventId - status.lastAnchor.eventId : 0;
  return ctx.send({
    title: t('transparency.title'),
    main: html`<p><a href="/oversight">${t('oversight.title')}</a></p>
<h1>${t('transparency.title')}</h1>
<h2>${t('transparency.keys.heading')}</h2>
<p>${t('transparency.keys.intro')}</p>
${
  status.keyAlerts.length === 0
    ? notice({ kind: 'success', text: t('transparency.keys.none') })
    : html`${notice({ kind: 'error', text: t('transparency.keys.alert') })}
${table({
  caption: t('transparency.keys.caption'),
  head: [t('transparency.keys.use'), t('transparency.keys.kid'), t('transparency.keys.entry'), t('transparency.keys.detected')],
  rows: status.keyAlerts.map((alert) => [
    alert.keyUse === 'enc' ? t('transparency.keys.use.enc') : t('transparency.keys.use.sig'),
    html`<code>${alert.kid}</code>`,
    String(alert.leafIndex),
    formatDateTime(t.language, alert.detectedAt),
  ]),
})}`
}
<h2>${t('transparency.anchor.heading')}</h2>
<p>${t('transparency.anchor.intro')}</p>
${
  status.lastAnchor
    ? html`<p>${t('transparency.anchor.last', {
        event: String(status.lastAnchor.eventId),
        entry: String(status.lastAnchor.leafIndex),
        date: formatDateTime(t.language, status.lastAnchor.anchoredAt),
      })}</p>
${pending > 0 ? html`<p>${t('transparency.anchor.pending', { count: String(pending) })}</p>` : ''}`
    : notice({ kind: 'warning', text: t('transparency.anchor.none') })
}`,
  });
}

export function registerTransparencyPages(kit: PageKit): void {
  kit.app.get('/oversight/transparency', kit.page(renderTransparency));
}
