/**
 * A witness's start: its own database `<prefix>_witness_<id>` (created and migrated) and its own
 * Ed25519 cosigning key under `<keysDir>/witness-<id>`. `rse witness` runs one; the embedded
 * `rse start` runs the demo's two (the CPAS federations and the data-protection authority).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Database } from '#platform/db.ts';
import { openMigratedDatabase } from '#platform/migrate.ts';
import type { Logger } from '#platform/logger.ts';
import type { PostgresServer } from '#platform/postgres.ts';
import { loadOrCreatePrivateKeys } from '#contracts/protocol/keys.ts';
import { createWitness, type Witness } from './witness.service.ts';
import { createWitnessRepository } from './witness.repository.ts';
import { registerWitnessRoutes } from './witness.routes.ts';
import type { FollowedLog } from './witness.ts';

export const WITNESS_MIGRATIONS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../migrations');

export type WitnessStartOptions = {
  postgres: PostgresServer;
  prefix: string;
  keysDir: string;
  /** A short id for the database and key directory (`federations`, `apd`). */
  id: string;
  /** The witness's name in its cosignatures, a schema-less URL. */
  name: string;
  logs: readonly FollowedLog[];
  log: Logger;
  clock: () => Date;
};

export type RunningWitness = { id: string; witness: Witness; db: Database; close(): Promise<void> };

export const witnessDatabaseName = (prefix: string, id: string) => `${prefix}_witness_${id.replace(/[^a-z0-9_]/g, '_')}`;

export async function startWitness(options: WitnessStartOptions): Promise<RunningWitness> {
  const { db } = await openMigratedDatabase(options.postgres, witnessDatabaseName(options.prefix, options.id), WITNESS_MIGRATIONS, {
    max: 4,
    keep: 4,
  });
  const keys = await loadOrCreatePrivateKeys(path.join(options.keysDir, `witness-${options.id}`));
  const witness = createWitness({
    name: options.name,
    privateKey: keys.signing.privateKey,
    logs: options.logs,
    repository: createWitnessRepository(db),
    clock: options.clock,
    log: options.log.child({ module: 'witness', witness: options.id }),
  });
  return { id: options.id, witness, db, close: () => db.close() };
}

export function witnessPlugin(witness: Witness) {
  return async function witnessRoutes(app: FastifyInstance): Promise<void> {
    registerWitnessRoutes(app, witness);
  };
}
