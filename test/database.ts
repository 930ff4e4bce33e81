/**
 * A database of its own for one integration test file, on the PostgreSQL the test command gives
 * (`DATABASE_URL`, set by scripts/run-tests.ts to the served or the embedded server): created under a
 * random name, migrated when asked, and dropped by `close`.
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { loadTestRunSettings } from '#platform/config.ts';
import { createDatabase, type Database } from '#platform/db.ts';
import { createLogger } from '#platform/logger.ts';
import { openMigratedDatabase } from '#platform/migrate.ts';
import { startPostgres, type MigratedTemplates } from '#platform/postgres.ts';

/** The server of this test run; the one place the tests read it. */
export function testDatabaseUrl(): string {
  return loadTestRunSettings().databaseUrl;
}

/**
 * The migrated template databases the test command made for this run (scripts/run-tests.ts), by
 * migrations directory: a database for those migrations starts as a copy, then migrates as usual.
 */
export function testTemplates(): MigratedTemplates {
  return loadTestRunSettings().templates;
}

export type TestDatabase = { db: Database; close(): Promise<void> };

/** A fresh database named `<prefix><random>`, with `max` connections and, when given, a migrations directory applied. */
export async function openTestDatabase(prefix: string, options: { max: number; migrations?: string }): Promise<TestDatabase> {
  const name = `${prefix}${randomBytes(4).toString('hex')}`;
  const postgres = await startPostgres({
    dataDir: os.tmpdir(),
    databaseUrl: testDatabaseUrl(),
    log: createLogger({ level: 'silent' }),
    templates: testTemplates(),
  });
  const db = options.migrations
    ? (await openMigratedDatabase(postgres, name, options.migrations, { max: options.max })).db
    : createDatabase(await postgres.ensureDatabase(name), { max: options.max });
  return {
    db,
    async close() {
      await db.close();
      await postgres.dropDatabase(name);
    },
  };
}
