/**
 * `rse witness`: one tlog witness alone (ADR 0017), at its own operator (e.g. the data-protection
 * authority): its own database `<prefix>_witness_<WITNESS_ID>`, its own key, following the hub's log
 * key WITNESS_LOG_KEY. It prints its vkey, which the hub operator adds to LOG_WITNESSES.
 */
import type { Config } from '#platform/config.ts';
import { createHttpApp } from '#platform/http.ts';
import { createLogger } from '#platform/logger.ts';
import { startPostgres } from '#platform/postgres.ts';
import { parseVerifierKey, SIGNATURE_TYPE_ED25519 } from '#contracts/tlog/note.ts';
import { startWitness, witnessPlugin } from '#witness/index.ts';

export async function runWitness(config: Config, print: (line: string) => void): Promise<number> {
  const settings = config.transparency.witness;
  const logKey = settings ? parseVerifierKey(settings.logKey) : null;
  if (!settings || !logKey || logKey.type !== SIGNATURE_TYPE_ED25519) {
    process.stderr.write("rse witness needs WITNESS_ID, WITNESS_NAME and WITNESS_LOG_KEY (the hub log's Ed25519 vkey).\n");
    return 2;
  }
  const log = createLogger({ level: config.logLevel, format: config.logFormat });
  const postgres = await startPostgres({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, log });
  const running = await startWitness({
    postgres,
    prefix: config.databasePrefix,
    keysDir: config.keysDir,
    id: settings.id,
    name: settings.name,
    logs: [{ origin: logKey.name, name: logKey.name, publicKey: logKey.publicKey }],
    log,
    clock: () => new Date(),
  });
  const app = createHttpApp({ log });
  await app.register(witnessPlugin(running.witness));
  const address = await app.listen({ port: config.port, host: config.host });
  print(`RSE witness ${settings.name} is running at ${address} (add-checkpoint: ${address}/add-checkpoint)`);
  print(`  its key for LOG_WITNESSES: ${running.witness.verifierKey()}`);
  const stop = async () => {
    await app.close();
    await running.close();
    await postgres.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return -1;
}
