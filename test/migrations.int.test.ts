/**
 * Migrations on a real PostgreSQL: applied once each, in order; a database that has them all costs one
 * query; a database copied from a migrated template (what the test command gives every federation)
 * holds the template's schema and its record of migrations.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { createDatabase } from '#platform/db.ts';
import { createLogger } from '#platform/logger.ts';
import { migrate, openMigratedDatabase } from '#platform/migrate.ts';
import { startPostgres, type PostgresServer } from '#platform/postgres.ts';
import { testDatabaseUrl } from './database.ts';

let dir: string;
let prefix: string;
let admin: PostgresServer;

before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'rse-migrations-'));
  prefix = `m${randomBytes(5).toString('hex')}`;
  admin = await startPostgres({ dataDir: dir, databaseUrl: testDatabaseUrl(), log: createLogger({ level: 'silent' }) });
  await writeFile(path.join(dir, '0001_person.sql'), 'CREATE TABLE person (id int PRIMARY KEY, name text NOT NULL);');
  await writeFile(path.join(dir, '0002_person_city.sql'), 'ALTER TABLE person ADD COLUMN city text;');
});

after(async () => {
  for (const name of await admin.listDatabases(prefix)) await admin.dropDatabase(name);
  await rm(dir, { recursive: true, force: true });
});

const appliedNames = async (url: string) => {
  const db = createDatabase(url, { max: 1 });
  try {
    return (await db.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name')).map((row) => row.name);
  } finally {
    await db.close();
  }
};

test('a new database gets each migration once, in order; a second run applies none', async () => {
  const { db, applied } = await openMigratedDatabase(admin, `${prefix}_fresh`, dir, { max: 2 });
  try {
    assert.deepEqual(applied, ['0001_person.sql', '0002_person_city.sql']);
    await db.query(`INSERT INTO person (id, name, city) VALUES (1, 'A', 'Forest')`);
    assert.deepEqual((await migrate(db, dir)).applied, [], 'nothing is applied twice');
    assert.equal((await db.query('SELECT * FROM person')).length, 1, 'the data stays');
  } finally {
    await db.close();
  }
});

test('a migration added later is applied to a database that had all the others', async () => {
  const later = await mkdtemp(path.join(os.tmpdir(), 'rse-migrations-later-'));
  try {
    await writeFile(path.join(later, '0001_person.sql'), 'CREATE TABLE person (id int PRIMARY KEY, name text NOT NULL);');
    const first = await openMigratedDatabase(admin, `${prefix}_later`, later, { max: 1 });
    assert.deepEqual(first.applied, ['0001_person.sql']);
    await writeFile(path.join(later, '0002_person_city.sql'), 'ALTER TABLE person ADD COLUMN city text;');
    assert.deepEqual((await migrate(first.db, later)).applied, ['0002_person_city.sql']);
    await first.db.close();
  } finally {
    await rm(later, { recursive: true, force: true });
  }
});

test('a database copied from a migrated template holds its schema and applies no migration again', async () => {
  const template = `${prefix}_template`;
  const made = await openMigratedDatabase(admin, template, dir, { max: 1 });
  await made.db.close();
  const adminDb = createDatabase(admin.urlFor('postgres'), { max: 1 });
  await adminDb.query(`ALTER DATABASE "${template}" WITH ALLOW_CONNECTIONS false`);
  await adminDb.close();

  const withTemplates = await startPostgres({
    dataDir: dir,
    databaseUrl: testDatabaseUrl(),
    log: createLogger({ level: 'silent' }),
    templates: { [path.resolve(dir)]: template },
  });
  const copy = await openMigratedDatabase(withTemplates, `${prefix}_copy`, dir, { max: 1 });
  try {
    assert.deepEqual(copy.applied, [], 'the copy has them all');
    assert.deepEqual(await appliedNames(admin.urlFor(`${prefix}_copy`)), ['0001_person.sql', '0002_person_city.sql']);
    await copy.db.query(`INSERT INTO person (id, name, city) VALUES (1, 'A', 'Gent')`);
  } finally {
    await copy.db.close();
  }
  // Another service's migrations are not the template's: that database is made empty and migrated.
  const other = await mkdtemp(path.join(os.tmpdir(), 'rse-migrations-other-'));
  try {
    await writeFile(path.join(other, '0001_letter.sql'), 'CREATE TABLE letter (id int PRIMARY KEY);');
    const plain = await openMigratedDatabase(withTemplates, `${prefix}_other`, other, { max: 1 });
    assert.deepEqual(plain.applied, ['0001_letter.sql']);
    assert.equal((await plain.db.query(`SELECT 1 FROM pg_tables WHERE tablename = 'person'`)).length, 0, 'no table of the template');
    await plain.db.close();
  } finally {
    await rm(other, { recursive: true, force: true });
  }
});
