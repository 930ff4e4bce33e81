/**
 * The hub's start: its own database (created and migrated), its keys and pseudonym secret, its
 * services, and its background loop (correction notices retried until acknowledged, R39).
 * Mounting its plugin and listening is the process's choice (apps/cli: alone, or beside the others).
 */
import path from 'node:path';
import { createDatabase } from '#platform/db.ts';
import { migrate } from '#platform/migrate.ts';
import type { Logger } from '#platform/logger.ts';
import type { PostgresServer } from '#platform/postgres.ts';
import { loadOrCreatePrivateKeys } from '#contracts/protocol/keys.ts';
import { formatVerifierKey, SIGNATURE_TYPE_ED25519 } from '#contracts/tlog/note.ts';
import { createHub, HUB_MIGRATIONS, type Hub, type HubWitnessing } from './hub.ts';
import { loadPseudonymiser } from './modules/directory/pseudonym.ts';

export type HubStartOptions = {
  postgres: PostgresServer;
  /** DATABASE_PREFIX: the hub's database is `<prefix>_hub`. */
  prefix: string;
  keysDir: string;
  log: Logger;
  clock: () => Date;
  providerTimeoutMs?: number;
  fetch?: typeof fetch;
  /** Who cosigns the log's checkpoints (ADR 0017); none: the hub's signature alone. */
  witnessing?: HubWitnessing;
};

export const hubDatabaseName = (prefix: string) => `${prefix}_hub`;

/** Opens the hub's database (migrated) and keys and wires its services; no loop runs yet. */
export async function openHub(options: HubStartOptions): Promise<Hub> {
  const db = createDatabase(await options.postgres.ensureDatabase(hubDatabaseName(options.prefix)), { max: 16 });
  await migrate(db, HUB_MIGRATIONS);
  const keys = await loadOrCreatePrivateKeys(path.join(options.keysDir, 'hub'));
  const pseudonymise = await loadPseudonymiser(path.join(options.keysDir, 'hub'));
  return createHub({ ...options, db, keys, pseudonymise });
}

/** The hub, open and running its loops; `hub.close()` stops them and closes its database. */
export async function startHub(options: HubStartOptions): Promise<Hub> {
  const hub = await openHub(options);
  hub.corrections.start();
  // Public: what a witness operator configures to follow this log (ADR 0017).
  options.log.info({ origin: hub.tlog.origin, logKey: hub.tlog.verifierKey(), quorum: hub.tlog.quorum }, 'exchange log: checkpoint key');
  return hub;
}

/**
 * The hub log's verifier key (vkey, Ed25519) for `rse log-key`: what a node (HUB_LOG_KEY) and a
 * witness (WITNESS_LOG_KEY) configure to check the hub's checkpoints (ADR 0017). No database needed.
 */
export async function hubLogVerifierKey(keysDir: string, origin: string): Promise<string> {
  const keys = await loadOrCreatePrivateKeys(path.join(keysDir, 'hub'));
  return formatVerifierKey(origin, SIGNATURE_TYPE_ED25519, keys.signing.publicKey);
}
