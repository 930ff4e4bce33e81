/**
 * Each node monitors the hub's log for its own keys (issue 13, scope 3; ADR 0017): every key entry in
 * the name of one of its CPAS must be a key that CPAS holds (or held, before a rotation). Any other is
 * an alert: stored, and logged loudly without secrets (KBO, key id, log index), for the operator.
 */
import type { RequestText } from '#platform/http-client.ts';
import type { Logger } from '#platform/logger.ts';
import { createPeriodicTask } from '#platform/periodic.ts';
import type { Tenant, TenantRegistry } from '../../tenant.ts';

type KeyLeg = { type?: unknown; institution?: unknown; keyUse?: unknown; kid?: unknown; publicKey?: unknown; at?: unknown };

const publicX = (tenant: Tenant, use: 'sig' | 'enc') =>
  (use === 'sig' ? tenant.keys.signing.publicKey : tenant.keys.encryption.publicKey).export({ format: 'jwk' }).x ?? '';

export function createKeyMonitor(deps: { tenants: TenantRegistry; hubUrl: () => string; transport: RequestText; log: Logger }) {
  async function checkTenant(tenant: Tenant): Promise<number> {
    // The keys this CPAS holds now join the ones it held: a later rotation is no alarm.
    for (const use of ['sig', 'enc'] as const) {
      const kid = use === 'sig' ? tenant.keys.signing.kid : tenant.keys.encryption.kid;
      await tenant.db.query('INSERT INTO key_transparency_own_keys (key_use, kid, public_key) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [
        use,
        kid,
        publicX(tenant, use),
      ]);
    }
    const response = await deps.transport(`${deps.hubUrl()}/tlog/keys?kbo=${tenant.kbo}`);
    if (!response.ok) throw new Error(`the hub answered ${response.status}`);
    const { entries } = (await response.json()) as { entries: { leafIndex: number; leaf: string }[] };
    const own = await tenant.db.query<{ key_use: string; kid: string; public_key: string }>(
      'SELECT key_use, kid, public_key FROM key_transparency_own_keys',
    );
    let alerts = 0;
    for (const entry of entries) {
      let leg: KeyLeg;
      try {
        leg = JSON.parse(Buffer.from(entry.leaf, 'base64').toString('utf8')) as KeyLeg;
      } catch {
        continue;
      }
      if (leg.type !== 'key.registered' || leg.institution !== tenant.kbo) continue;
      const isOwn = own.some((key) => key.key_use === leg.keyUse && key.kid === leg.kid && key.public_key === leg.publicKey);
      if (isOwn) continue;
      const inserted = await tenant.db.query<{ leaf_index: string }>(
        `INSERT INTO key_transparency_alerts (leaf_index, key_use, kid, public_key, logged_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (leaf_index) DO NOTHING RETURNING leaf_index`,
        [entry.leafIndex, String(leg.keyUse), String(leg.kid), String(leg.publicKey), typeof leg.at === 'string' ? leg.at : null],
      );
      if (inserted.length === 0) continue;
      alerts += 1;
      deps.log.error(
        { kbo: tenant.kbo, kid: String(leg.kid), keyUse: String(leg.keyUse), leafIndex: entry.leafIndex },
        'KEY TRANSPARENCY ALERT: the hub log holds a key in the name of this CPAS that this node did not register',
      );
    }
    return alerts;
  }

  const monitor = createPeriodicTask(
    async () => {
      let alerts = 0;
      for (const tenant of deps.tenants.all()) {
        try {
          alerts += await checkTenant(tenant);
        } catch (error) {
          deps.log.warn({ kbo: tenant.kbo, err: error }, 'key transparency: the log could not be checked now');
        }
      }
      return alerts;
    },
    { onError: (error) => deps.log.warn({ err: error }, 'key transparency: the log could not be checked now') },
  );

  return {
    /** Checks every CPAS of the node once; resolves with the number of new alerts. */
    checkOnce: monitor.run,
    /** Open alerts of one CPAS (for its operator). */
    openAlerts: (tenant: Tenant) =>
      tenant.db.query<{ leaf_index: string; key_use: string; kid: string; detected_at: Date }>(
        'SELECT leaf_index, key_use, kid, detected_at FROM key_transparency_alerts WHERE resolved_at IS NULL ORDER BY leaf_index',
      ),
    start: monitor.start,
    stop: monitor.stop,
  };
}

export type KeyMonitor = ReturnType<typeof createKeyMonitor>;
