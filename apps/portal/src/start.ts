/**
 * The portal's start: its own database (created and migrated), its keys as the institution of kind
 * `portal`, and its services. It has no background loop. Mounting its plugin at `/portal` and
 * listening is the process's choice (apps/cli: alone, or beside the others).
 */
import path from 'node:path';
import { createDatabase } from '#platform/db.ts';
import { migrate } from '#platform/migrate.ts';
import type { PostgresServer } from '#platform/postgres.ts';
import { loadOrCreatePrivateKeys, toPublicJwks } from '#contracts/protocol/keys.ts';
import { createPortal, PORTAL_KBO, PORTAL_MIGRATIONS, PORTAL_NAME, type Portal, type PortalOptions } from './portal.ts';

export type PortalStartOptions = PortalOptions & {
  postgres: PostgresServer;
  /** DATABASE_PREFIX: the portal's database is `<prefix>_portal`. */
  prefix: string;
  keysDir: string;
};

const keysOf = (keysDir: string) => path.join(keysDir, 'portal');

/** Opens the portal's database (migrated) and keys and wires its services; `portal.close()` closes the database. */
export async function startPortal(options: PortalStartOptions): Promise<Portal> {
  const db = createDatabase(await options.postgres.ensureDatabase(`${options.prefix}_portal`), { max: 8 });
  await migrate(db, PORTAL_MIGRATIONS);
  const keys = await loadOrCreatePrivateKeys(keysOf(options.keysDir));
  return createPortal({ ...options, db, keys });
}

/** The portal's public registry entry (no database needed), for the hub operator: `rse export-institutions --services=portal`. */
export async function portalRegistryEntry(keysDir: string, endpoint: string) {
  const keys = await loadOrCreatePrivateKeys(keysOf(keysDir));
  return { kbo: PORTAL_KBO, name: PORTAL_NAME, kind: 'portal' as const, endpoint, jwks: toPublicJwks(keys) };
}
