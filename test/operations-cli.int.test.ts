/**
 * The operator's commands on the configured tenants (issue 12, F4): `rse migrate` and `rse verify-audit`
 * read TENANTS_FILE, create no stray database, name a tampered event of a real CPAS, and work beside
 * an embedded PostgreSQL that the app is running on the same DATA_DIR.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runCli } from './cli.ts';
import { appendAudit } from '#casework/modules/audit/index.ts';
import { createDatabase } from '#platform/db.ts';
import { createLogger } from '#platform/logger.ts';
import { startPostgres, type PostgresServer } from '#platform/postgres.ts';
import { generateKbo } from '#contracts/kbo.ts';
import { childProcessEnv } from '#platform/config.ts';
import { testDatabaseUrl } from './database.ts';

describe('the operator’s commands on the configured tenants (F4)', () => {
  const kbo = generateKbo(`0${String(2_000_000 + Math.floor(Math.random() * 7_000_000))}`);
  let dir: string;
  let env: NodeJS.ProcessEnv;

  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'rse-ops-'));
    await chmod(dir, 0o755);
    const tenantsFile = path.join(dir, 'tenants.json');
    await writeFile(tenantsFile, JSON.stringify([{ kbo, name: 'CPAS de Sombreffe', language: 'fr' }]));
    env = {
      ...childProcessEnv(),
      DATABASE_PREFIX: `o${randomBytes(4).toString('hex')}`,
      DATA_DIR: path.join(dir, 'data'),
      DEMO: 'false',
      TENANTS_FILE: tenantsFile,
      LOG_LEVEL: 'warn',
    };
  });
  after(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** Tampers the reason of one audit event of the tenant's chain, as an intruder with SQL would; returns its id. */
  async function tamper(url: string): Promise<number> {
    const db = createDatabase(url, { max: 1 });
    try {
      for (let i = 0; i < 4; i += 1) {
        await appendAudit(db, { user: null, requestId: 'ops-test' }, { action: 'test.event', recordType: 'test', reason: `event ${i}` });
      }
      await db.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only');
      const row = await db.one<{ id: number }>('SELECT id FROM audit_events ORDER BY id DESC LIMIT 1 OFFSET 1');
      await db.query(`UPDATE audit_events SET reason = 'changed' WHERE id = $1`, [row!.id]);
      await db.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only');
      return row!.id;
    } finally {
      await db.close();
    }
  }

  async function checkCommands(served: NodeJS.ProcessEnv, postgres: PostgresServer) {
    const migrated = await runCli(['migrate'], served);
    assert.equal(migrated.code, 0, migrated.stdout + migrated.stderr);
    assert.match(migrated.stdout, /migrated CPAS de Sombreffe/);
    assert.match(migrated.stdout, /migrated 1 casework databases/);
    const databases = await postgres.listDatabases(`${served.DATABASE_PREFIX}_`);
    assert.deepEqual(databases, [`${served.DATABASE_PREFIX}_cpas_${kbo}`], 'the configured CPAS only: no stray demo databases');
    const intact = await runCli(['verify-audit'], served);
    assert.equal(intact.code, 0, intact.stdout + intact.stderr);
    assert.match(intact.stdout, /CPAS de Sombreffe: \d+ audit events, chain intact/);
    const id = await tamper(postgres.urlFor(databases[0]!));
    const broken = await runCli(['verify-audit'], served);
    assert.equal(broken.code, 1, broken.stdout + broken.stderr);
    assert.match(broken.stdout, new RegExp(`CPAS de Sombreffe: audit chain BROKEN at event ${id}`));
  }

  test('served mode: migrate and verify-audit work on the CPAS of TENANTS_FILE and name a tampered event', async () => {
    const served: NodeJS.ProcessEnv = { ...env, DATABASE_URL: testDatabaseUrl() };
    const postgres = await startPostgres({ dataDir: dir, databaseUrl: testDatabaseUrl(), log: createLogger({ level: 'silent' }) });
    try {
      await checkCommands(served, postgres);
    } finally {
      for (const name of await postgres.listDatabases(`${served.DATABASE_PREFIX}_`)) await postgres.dropDatabase(name);
    }
  });

  test('embedded mode, while the app’s PostgreSQL runs on the same DATA_DIR: the commands use the running server', async () => {
    const postgres = await startPostgres({ dataDir: env.DATA_DIR!, databaseUrl: null, log: createLogger({ level: 'silent' }) });
    try {
      await checkCommands(env, postgres);
    } finally {
      await postgres.stop();
    }
  });

  test('verify-audit names a configured CPAS that has no database instead of creating one', async () => {
    const served = { ...env, DATABASE_URL: testDatabaseUrl(), DATABASE_PREFIX: `o${randomBytes(4).toString('hex')}` };
    const result = await runCli(['verify-audit'], served);
    assert.equal(result.code, 1, result.stdout + result.stderr);
    assert.match(result.stdout, /CPAS de Sombreffe: NO DATABASE/);
  });
});
