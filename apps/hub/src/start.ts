/**
 * The hub's start: its own database (created and migrated), its keys and pseudonym secret, its
 * services, and its background loops (correction notices retried until acknowledged, R39; a signed
 * tree head of the exchange log every minute when it grew).
 * Mounting its plugin and listening is the process's choice (apps/cli: alone, or beside the others).
 */
import path from 'node:path';
import { openMigratedDatabase } from '#platform/migrate.ts';
import type { Logger } from '#platform/logger.ts';
import type { PostgresServer } from '#platform/postgres.ts';
import { loadOrCreatePrivateKeys } from '#contracts/protocol/keys.ts';
import { formatVerifierKey, SIGNATURE_TYPE_ED25519 } from '#contracts/tlog/note.ts';
import { createHub, HUB_MIGRATIONS, type Hub, type HubWitnessing } from './hub.ts';
import { loadPseudonymiser } from './modules/directory/pseudonym.ts';
import { hubRecordClasses } from './modules/retention/index.ts';
import { runRetention, scheduleRetention } from '#platform/retention.ts';
import { loadSealer } from '#platform/sealing.ts';

export type HubStartOptions = {
  postgres: PostgresServer;
  /** DATABASE_PREFIX: the hub's database is `<prefix>_hub`. */
  prefix: string;
  keysDir: string;
  log: Logger;
  clock: () => Date;
  providerTimeoutMs?: number;
  fetch?: typeof fetch;
  /** Several messages per request towards one institution (ADR 0025); EXCHANGE_MULTIPLEX, on by default. */
  isMultiplexed?: boolean;
  /** How often the hub signs a tree head of its log when it grew (default a minute). */
  treeHeadIntervalMs?: number;
  /** Who cosigns the log's checkpoints (ADR 0017); none: the hub's signature alone. */
  witnessing?: HubWitnessing;
};

/** The hub's retention runs every hour (R42); its periods are in `retention_settings`. */
export const HUB_PURGE_INTERVAL_MS = 3_600_000;

/** One retention run over every record class of the hub (R42, issue 12 F6), recorded in purge_runs. */
export async function purgeHub(hub: Hub, options: { trigger: 'scheduler' | 'cli'; now?: Date; isDryRun?: boolean }) {
  return runRetention(hub.db, hubRecordClasses(hub.sealer), { ...options, now: options.now ?? new Date() });
}

/** A signed tree head at most this old covers every acknowledged leg (issue 12: heads were made only on demand). */
export const TREE_HEAD_INTERVAL_MS = 60_000;

/**
 * Signs a tree head of the exchange log on a schedule, so an auditor (`rse verify-log`) and the
 * institutions always find a recent signed commitment to every entry, even when nobody asked for one.
 * `latestTreeHead` signs only when the log grew; two hub processes may both run it (one row per size).
 */
export function scheduleTreeHeads(hub: Hub, intervalMs: number, log: Logger): () => void {
  let isRunning = false;
  const sign = async () => {
    if (isRunning) return;
    isRunning = true;
    try {
      await hub.log.latestTreeHead();
    } catch (error) {
      log.warn({ err: error }, 'the scheduled tree head could not be signed; trying again at the next interval');
    } finally {
      isRunning = false;
    }
  };
  void sign();
  const timer = setInterval(() => void sign(), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

export const hubDatabaseName = (prefix: string) => `${prefix}_hub`;

/** Opens the hub's database (migrated) and keys and wires its services; no loop runs yet. */
export async function openHub(options: HubStartOptions): Promise<Hub> {
  const { db } = await openMigratedDatabase(options.postgres, hubDatabaseName(options.prefix), HUB_MIGRATIONS, { max: 16, keep: 16 });
  const keys = await loadOrCreatePrivateKeys(path.join(options.keysDir, 'hub'));
  const pseudonymise = await loadPseudonymiser(path.join(options.keysDir, 'hub'));
  const sealer = await loadSealer(path.join(options.keysDir, 'hub'));
  return createHub({ ...options, db, keys, pseudonymise, sealer });
}

/** The hub, open and running its loops; `hub.close()` stops them and closes its database. */
export async function startHub(options: HubStartOptions): Promise<Hub> {
  const hub = await openHub(options);
  hub.corrections.start();
  const stopTreeHeads = scheduleTreeHeads(hub, options.treeHeadIntervalMs ?? TREE_HEAD_INTERVAL_MS, options.log.child({ module: 'hub' }));
  const stopRetention = scheduleRetention(
    () => purgeHub(hub, { trigger: 'scheduler', now: options.clock() }),
    HUB_PURGE_INTERVAL_MS,
    options.log,
    'hub',
  );
  const close = hub.close;
  hub.close = async () => {
    stopTreeHeads();
    stopRetention();
    await close();
  };
  hub.transfers.start();
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
