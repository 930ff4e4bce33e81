/**
 * `rse verify-log [--jwks <file or URL>]`: the auditor's check of the hub's exchange log. Recomputes
 * the whole Merkle tree from the stored entries and checks every signed tree head; prints progress
 * on long logs, names every tampered entry, and exits with 1 when the log does not verify.
 * The hub's public key comes from a published JWKS (`--jwks`: a file, or the hub's
 * `/hub/v1/institutions` registry URL), or by default from the hub's own key directory.
 */
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { KeyObject } from 'node:crypto';
import type { Config } from '#platform/config.ts';
import { createDatabase } from '#platform/db.ts';
import { createLogger } from '#platform/logger.ts';
import { startPostgres } from '#platform/postgres.ts';
import { importPublicJwks, loadOrCreatePrivateKeys } from '#contracts/protocol/keys.ts';
import { hubDatabaseName, verifyWholeLog } from '#hub/index.ts';

type Output = { out: (line: string) => void; err: (line: string) => void };

async function hubKeyFrom(source: string | undefined, config: Config): Promise<KeyObject> {
  if (!source) {
    const directory = path.join(config.keysDir, 'hub');
    try {
      await access(directory);
    } catch {
      throw new Error(`No hub key in ${directory}; pass the hub's published keys with --jwks <file or URL>.`);
    }
    return (await loadOrCreatePrivateKeys(directory)).signing.publicKey;
  }
  const text = /^https?:\/\//.test(source) ? await (await fetch(source)).text() : await readFile(source, 'utf8');
  const parsed = JSON.parse(text) as { keys?: unknown; items?: { kind?: string; jwks?: unknown }[] };
  // Either a JWKS, or the hub's registry listing (the hub's own entry carries its JWKS).
  const jwks = Array.isArray(parsed.items) ? parsed.items.find((item) => item.kind === 'hub')?.jwks : parsed;
  const imported = importPublicJwks(jwks);
  if (!imported.ok || imported.signing.length === 0) throw new Error(`No usable hub signing key in ${source}.`);
  return imported.signing[0]!.publicKey;
}

export async function verifyLogCommand(config: Config, args: string[], output: Output): Promise<number> {
  const jwksIndex = args.indexOf('--jwks');
  const source = jwksIndex >= 0 ? args[jwksIndex + 1] : undefined;
  if (jwksIndex >= 0 && !source) {
    output.err('--jwks needs a file or a URL.');
    return 2;
  }
  const key = await hubKeyFrom(source, config);
  const postgres = await startPostgres({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, log: createLogger({ level: 'warn' }) });
  const db = createDatabase(await postgres.ensureDatabase(hubDatabaseName(config.databasePrefix)), { max: 2 });
  try {
    let lastReport = 0;
    const result = await verifyWholeLog(db, key, {
      onProgress(checked, total) {
        if (Date.now() - lastReport < 2_000 && checked < total) return;
        lastReport = Date.now();
        output.err(`checked ${checked} of ${total} entries (${total === 0 ? 100 : Math.floor((checked / total) * 100)} %)`);
      },
    });
    // Entries with no signed tree head are committed to by nobody: the hub signs one every minute
    // (issue 12, F4), so none means the hub never ran its schedule or the heads were removed.
    if (result.isValid && result.treeSize > 0 && result.treeHeads === 0) {
      output.out(
        `exchange log NOT ATTESTED: ${result.treeSize} entries, 0 signed tree heads (the hub signs one every minute while it runs)`,
      );
      return 1;
    }
    if (result.isValid) {
      output.out(
        `exchange log intact: ${result.treeSize} entries, ${result.treeHeads} signed tree heads verified, ${result.checkpoints} checkpoints verified`,
      );
      return 0;
    }
    output.out(
      `exchange log DOES NOT VERIFY: ${result.treeSize} entries, ${result.treeHeads} signed tree heads, ${result.checkpoints} checkpoints`,
    );
    for (const problem of result.problems) output.out(`  - ${problem}`);
    return 1;
  } finally {
    await db.close();
    await postgres.stop();
  }
}
