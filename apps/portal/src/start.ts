/**
 * The portal's start: its own database (created and migrated), its keys as the institution of kind
 * `portal`, its services, and its retention schedule (R42). Mounting its plugin at `/portal` and
 * listening is the process's choice (apps/cli: alone, or beside the others).
 */
import path from 'node:path';
import { openMigratedDatabase } from '#platform/migrate.ts';
import type { PostgresServer } from '#platform/postgres.ts';
import { runRetention, scheduleRetention } from '#platform/retention.ts';
import { loadOrCreatePrivateKeys, toPublicJwks } from '#contracts/protocol/keys.ts';
import { portalRecordClasses } from './modules/retention/index.ts';
import { createPortal, PORTAL_KBO, PORTAL_MIGRATIONS, PORTAL_NAME, type Portal, type PortalOptions } from './portal.ts';

export type PortalStartOptions = PortalOptions & {
  postgres: PostgresServer;
  /** DATABASE_PREFIX: the portal's database is `<prefix>_portal`. */
  prefix: string;
  keysDir: string;
};

const keysOf = (keysDir: string) => path.join(keysDir, 'portal');

/** The portal's retention runs every hour (R42): closed sessions, with the NISS and names they held, go at the next run. */
export const PORTAL_PURGE_INTERVAL_MS = 3_600_000;

/** One retention run over every record class of the portal (R42, issue 12 F6), recorded in purge_runs. */
export async function purgePortal(
  portal: Pick<Portal, 'db'>,
  options: { idleMinutes: number; trigger: 'scheduler' | 'cli'; now?: Date; isDryRun?: boolean },
) {
  return runRetention(portal.db, portalRecordClasses({ idleMinutes: options.idleMinutes }), {
    now: options.now ?? new Date(),
    trigger: options.trigger,
    isDryRun: options.isDryRun,
  });
}

/** Opens the portal's database (migrated) and keys, wires its services and runs its retention schedule; `portal.close()` stops it and closes the database. */
export async function startPortal(options: PortalStartOptions): Promise<Portal> {
  const portal = await openPortal(options);
  const stopRetention = scheduleRetention(
    () => purgePortal(portal, { idleMinutes: options.sessionIdleMinutes, trigger: 'scheduler', now: options.clock() }),
    PORTAL_PURGE_INTERVAL_MS,
    options.log,
    'portal',
  );
  const close = portal.close;
  portal.close = async () => {
    stopRetention();
    await close();
  };
  return portal;
}

/** The portal's database (migrated) and keys and its services, no loop (an operator's command). */
export async function openPortal(options: PortalStartOptions): Promise<Portal> {
  const { db } = await openMigratedDatabase(options.postgres, `${options.prefix}_portal`, PORTAL_MIGRATIONS, { max: 8, keep: 8 });
  const keys = await loadOrCreatePrivateKeys(keysOf(options.keysDir));
  return createPortal({ ...options, db, keys });
}

/** The portal's public registry entry (no database needed), for the hub operator: `rse export-institutions --services=portal`. */
export async function portalRegistryEntry(keysDir: string, endpoint: string) {
  const keys = await loadOrCreatePrivateKeys(keysOf(keysDir));
  return { kbo: PORTAL_KBO, name: PORTAL_NAME, kind: 'portal' as const, endpoint, jwks: toPublicJwks(keys) };
}
