/**
 * Institutions are registered at the hub by its operator from the public part each process exports
 * (`rse export-institutions [--services=casework,portal]` there, `rse register-institutions <file>` on
 * the hub): a node or the portal never writes the hub's registry itself (ADR 0011).
 */
import { readFile } from 'node:fs/promises';
import type { Config } from '#platform/config.ts';
import type { Logger } from '#platform/logger.ts';
import { startPostgres } from '#platform/postgres.ts';
import { isValidKbo } from '#contracts/kbo.ts';
import type { PublicJwks } from '#contracts/protocol/keys.ts';
import { caseworkRegistryEntries } from '#casework/index.ts';
import { openHub } from '#hub/index.ts';
import { portalRegistryEntry } from '#portal/index.ts';
import type { ServiceName } from './services.ts';

export type RegistryEntry = { kbo: string; name: string; kind: 'cpas' | 'portal'; endpoint: string; jwks: PublicJwks };

/** The public registry entries of this process's institutions: its CPAS, and the portal when it runs here (no database needed). */
export async function exportInstitutions(config: Config, services: readonly ServiceName[]): Promise<RegistryEntry[]> {
  const entries: RegistryEntry[] = [];
  if (services.includes('casework')) entries.push(...(await caseworkRegistryEntries(config, config.publicUrl)));
  if (services.includes('portal')) entries.push(await portalRegistryEntry(config.keysDir, `${config.publicUrl}/portal`));
  return entries;
}

/** `rse register-institutions <file>`: the hub operator adds or updates institutions from exported entries. */
export async function registerInstitutions(config: Config, log: Logger, file: string): Promise<string[]> {
  const entries = JSON.parse(await readFile(file, 'utf8')) as RegistryEntry[];
  if (!Array.isArray(entries) || entries.length === 0) throw new Error(`${file} must hold a non-empty JSON list of institutions`);
  for (const [index, entry] of entries.entries()) {
    const where = `${file}[${index}]`;
    if (typeof entry.kbo !== 'string' || !isValidKbo(entry.kbo)) throw new Error(`${where}: kbo is not a valid enterprise number`);
    if (typeof entry.name !== 'string' || entry.name.length === 0) throw new Error(`${where}: name is required`);
    if (entry.kind !== 'cpas' && entry.kind !== 'portal') throw new Error(`${where}: kind must be "cpas" or "portal"`);
    if (typeof entry.endpoint !== 'string' || !/^https?:\/\//.test(entry.endpoint))
      throw new Error(`${where}: endpoint must be an http(s) URL`);
  }
  const postgres = await startPostgres({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, log });
  const hub = await openHub({ postgres, prefix: config.databasePrefix, keysDir: config.keysDir, log, clock: () => new Date() });
  try {
    for (const entry of entries) await hub.registry.register(entry);
    return entries.map((entry) => `${entry.kbo} ${entry.name}`);
  } finally {
    await hub.close();
    await postgres.stop();
  }
}
