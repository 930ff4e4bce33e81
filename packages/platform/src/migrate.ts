/**
 * Forward-only SQL migrations: numbered `.sql` files applied in order, each in its own
 * transaction, under an advisory lock so two processes never apply the same file twice.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createDatabase, type Database } from './db.ts';
import type { PostgresServer } from './postgres.ts';

export type MigrationResult = { applied: string[]; current: string | null };

export async function listMigrationFiles(directory: string): Promise<string[]> {
  const files = await readdir(directory);
  return files.filter((file) => /^\d{4}_[a-z0-9_]+\.sql$/.test(file)).sort();
}

export async function migrate(db: Database, directory: string): Promise<MigrationResult> {
  const files = await listMigrationFiles(directory);
  // A database that has them all (every start after the first): one query, no lock taken.
  if (await isApplied(db, files)) return { applied: [], current: files.at(-1) ?? null };
  const applied: string[] = [];
  // Under the lock too: two processes creating the table at once would collide on its type (23505).
  await db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('rse.schema_migrations'))`);
    await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
    name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
  });
  for (const file of files) {
    const sql = await readFile(path.join(directory, file), 'utf8');
    const wasApplied = await db.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('rse.schema_migrations'))`);
      const done = await tx.one('SELECT 1 AS done FROM schema_migrations WHERE name = $1', [file]);
      if (done) return false;
      await tx.query(sql);
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [file]);
      return true;
    });
    if (wasApplied) applied.push(file);
  }
  return { applied, current: files.at(-1) ?? null };
}

/** True when every migration file of the directory is recorded as applied (readiness). */
export async function isMigrated(db: Database, directory: string): Promise<boolean> {
  return isApplied(db, await listMigrationFiles(directory));
}

async function isApplied(db: Database, files: string[]): Promise<boolean> {
  const rows = await db.query<{ name: string }>(`SELECT name FROM schema_migrations WHERE name = ANY($1::text[])`, [files]).catch(() => []);
  return rows.length === files.length;
}

/**
 * Opens `database` of `postgres` with a pool of `max` connections, created when missing (as a copy of
 * the server's migrated template for `directory`, when it has one: the test command's) and migrated.
 */
export async function openMigratedDatabase(
  postgres: PostgresServer,
  database: string,
  directory: string,
  options: { max: number; keep?: number },
): Promise<{ db: Database; applied: string[] }> {
  const db = createDatabase(await postgres.ensureDatabase(database, { migrations: directory }), options);
  try {
    return { db, applied: (await migrate(db, directory)).applied };
  } catch (error) {
    await db.close();
    throw error;
  }
}
