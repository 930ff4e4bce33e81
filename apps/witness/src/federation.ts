/**
 * The demo's two witnesses in the embedded `rse start` (issue 13): one run for the CPAS federations
 * (Brulocalis, VVSG, UVCW) and one for the data-protection authority (APD/GBA). Each has its own
 * database and key; the hub asks both and publishes a checkpoint only with both cosignatures.
 * In production each runs as its own `rse witness` at its own operator.
 */
import type { KeyObject } from 'node:crypto';
import type { Logger } from '#platform/logger.ts';
import type { PostgresServer } from '#platform/postgres.ts';
import { startWitness, type RunningWitness } from './start.ts';

export const DEMO_WITNESSES = [
  { id: 'federations', name: 'witness.federations-cpas.example/rse' },
  { id: 'apd', name: 'witness.apd-gba.example/rse' },
] as const;

export async function startDemoWitnesses(options: {
  postgres: PostgresServer;
  prefix: string;
  keysDir: string;
  log: Logger;
  clock: () => Date;
  logKey: { origin: string; publicKey: KeyObject };
}): Promise<RunningWitness[]> {
  const logs = [{ origin: options.logKey.origin, name: options.logKey.origin, publicKey: options.logKey.publicKey }];
  const running: RunningWitness[] = [];
  for (const witness of DEMO_WITNESSES) running.push(await startWitness({ ...options, id: witness.id, name: witness.name, logs }));
  return running;
}
