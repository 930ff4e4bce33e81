/**
 * The way back to the person, in the demo (R40, ADR 0009): once the hub and the portal listen, Jean
 * Lemaire writes a statement from the portal (portal → hub → Forest, his words encrypted to Forest, the
 * hub reading none of them) and Marie answers it in his file; the answer goes back through Forest's
 * outbox and the hub to the portal, where Jean reads it. The seed itself runs before the hub and the
 * portal listen, so this step is the process's, once, after it; a process without them skips it.
 */
import type { TenantRegistry } from '../../tenant.ts';
import type { CaseworkServices } from '../../routes.ts';
import { toUser, type UserRow } from '../auth/index.ts';
import { createPersonFollowUpService } from '../person-requests/follow-up.service.ts';
import { DEMO_PERSONS, FOREST } from './demo-federation.ts';

/** What the portal does when the person sends a statement (`POST /portal/api/v1/me/statements`). */
export type SendStatementFromPortal = (niss: string, input: { providerKbo: string; decisionRef: string; text: string }) => Promise<unknown>;

const MARKER = 'demo-portal-reply';
export const DEMO_PORTAL_STATEMENT =
  'DEMO — Je commence une formation de cariste le mois prochain : est-ce que l’aide continue pendant la formation ?';
export const DEMO_PORTAL_REPLY =
  'DEMO — Oui. Apportez-nous l’attestation d’inscription à la formation : nous l’ajoutons à votre dossier ' +
  'et l’aide continue pendant la formation.';

/** Runs the round trip once (a marker in Forest's settings); false when it ran before or Forest is not here. */
export async function seedPortalReplyDemo(
  tenants: TenantRegistry,
  services: CaseworkServices,
  sendFromPortal: SendStatementFromPortal,
  now: Date,
): Promise<boolean> {
  const forest = tenants.byKbo(FOREST.kbo);
  if (!forest) return false;
  if (await forest.db.one(`SELECT 1 FROM settings WHERE key = $1`, [MARKER])) return false;
  const jean = DEMO_PERSONS.find((p) => p.key === 'jean')!;
  const decision = await forest.db.one<{ ref: string; request_id: string }>(
    `SELECT d.ref, d.request_id FROM decisions d JOIN aid_requests r ON r.id = d.request_id
       JOIN person_identifiers i ON i.person_id = r.person_id
      WHERE i.niss = $1 ORDER BY d.decided_at DESC LIMIT 1`,
    [jean.niss],
  );
  const marie = await forest.db.one<UserRow>(`SELECT * FROM users WHERE username = 'marie.forest'`);
  if (!decision || !marie) return false;
  await sendFromPortal(jean.niss, { providerKbo: FOREST.kbo, decisionRef: decision.ref, text: DEMO_PORTAL_STATEMENT });
  const actor = { tenant: forest, user: toUser(marie), requestId: 'demo-seed', now };
  const followUp = createPersonFollowUpService();
  const statement = (await followUp.list(actor, decision.request_id)).statements.find(
    (item) => item.text === DEMO_PORTAL_STATEMENT && item.isAnsweredInPortal && item.status === 'received',
  );
  if (!statement) return false;
  await followUp.replyToStatement(actor, decision.request_id, statement.id, { reply: DEMO_PORTAL_REPLY });
  await forest.db.query(`INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING`, [
    MARKER,
    JSON.stringify({ at: now.toISOString() }),
  ]);
  // The answer leaves now rather than at the relay's next tick.
  await services.relay.flush();
  return true;
}
