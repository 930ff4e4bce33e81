/**
 * The lists of a large CPAS (issue 14) start from a user's own files: `accessible_request_ids` and
 * `team_request_ids` (migration 0054) must name exactly the files `can_access_request` and
 * `is_request_team` (migration 0020) allow — checked here for every user and file of a small CPAS with
 * assignments ended and not, supervisors, grants expired and not. And the stored folded name of
 * migration 0055 is `person_name_key` of the name, kept on update. The lists of open files start from
 * `open_accessible_request_ids` and `open_team_request_ids` (migration 0061): the same sets among the open
 * files, whichever way a file closes, is transferred or reopens. And `can_access_request`, rewritten in
 * PL/pgSQL by migration 0062 so that it is not planned again at each call, still allows exactly its team
 * and grant holders. `accessible_request_id_paths` (migration 0063) names the files of `accessible_request_ids`,
 * an id once per way.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Database } from '#platform/db.ts';
import { openTestDatabase, type TestDatabase } from './database.ts';
import { CASEWORK_MIGRATIONS } from '#casework/casework.ts';
import { OPEN_STATUSES } from '#casework/modules/aid-requests/index.ts';
import { asciiNameKey } from '#casework/modules/persons/index.ts';
import { createWorklistService } from '#casework/modules/worklist/worklist.service.ts';
import type { Tenant, User } from '#casework/tenant.ts';

let testDb: TestDatabase;
let db: Database;
const NOW = new Date('2026-03-10T10:00:00Z');

before(async () => {
  testDb = await openTestDatabase('tlargecpas', { max: 2, migrations: CASEWORK_MIGRATIONS });
  db = testDb.db;
  // 3 supervisors, 12 workers (worker g supervised by supervisor g % 3, worker 12 by nobody), 60 files.
  await db.query(`INSERT INTO users (id, username, display_name, role)
    SELECT md5('s' || g)::uuid, 'sup' || g, 'S' || g, 'supervisor' FROM generate_series(0, 2) g`);
  await db.query(`INSERT INTO users (id, username, display_name, role, supervisor_id)
    SELECT md5('u' || g)::uuid, 'worker' || g, 'W' || g, 'social-worker', CASE WHEN g < 12 THEN md5('s' || (g % 3))::uuid END
      FROM generate_series(0, 12) g`);
  await db.query(`INSERT INTO persons (id, provisional_id, family_name, given_names) SELECT md5('p' || g)::uuid, 'P-' || g, 'Nom' || g, 'Prénom'
    FROM generate_series(0, 59) g`);
  await db.query(
    `INSERT INTO aid_requests (id, person_id, kind, status, received_at, original_received_at, acknowledgement_number,
      acknowledgement_issued_at, created_by)
    SELECT md5('r' || g)::uuid, md5('p' || g)::uuid, 'ris', CASE WHEN g % 4 = 0 THEN 'closed' ELSE 'investigating' END, $1, '2026-03-01',
           'A-' || g, $1, md5('u' || (g % 13))::uuid FROM generate_series(0, 59) g`,
    [NOW],
  );
  // Each file: one or two workers, one assignment in five ended; some files nobody holds.
  await db.query(
    `INSERT INTO assignments (request_id, user_id, ended_at)
    SELECT md5('r' || g)::uuid, md5('u' || (g % 13))::uuid, CASE WHEN g % 5 = 0 THEN $1::timestamptz END FROM generate_series(0, 59) g WHERE g % 7 <> 0`,
    [NOW],
  );
  await db.query(`INSERT INTO assignments (request_id, user_id) SELECT md5('r' || g)::uuid, md5('u' || ((g + 5) % 13))::uuid
    FROM generate_series(0, 59) g WHERE g % 3 = 0 ON CONFLICT DO NOTHING`);
  // Grants: running, expired, to a supervisor and to a worker of another team.
  await db.query(
    `INSERT INTO access_grants (request_id, user_id, kind, reason, granted_by, expires_at)
    SELECT md5('r' || g)::uuid, CASE WHEN g % 2 = 0 THEN md5('u' || (g % 11))::uuid ELSE md5('s' || (g % 3))::uuid END, 'grant', 'reason',
           md5('s0')::uuid, $1::timestamptz + make_interval(hours => CASE WHEN g % 4 < 2 THEN 1 ELSE -1 END)
      FROM generate_series(0, 59, 5) g`,
    [NOW],
  );
});
after(async () => {
  await testDb?.close();
});

test('the files a user may open, as a set, are the files can_access_request allows, and the team files those of is_request_team', async () => {
  const users = await db.query<{ id: string }>('SELECT id FROM users');
  let allowed = 0;
  for (const { id } of users) {
    const expected = await db.query<{ id: string }>('SELECT id FROM aid_requests WHERE can_access_request(id, $1, $2) ORDER BY id', [
      id,
      NOW,
    ]);
    const actual = await db.query<{ id: string }>('SELECT DISTINCT request_id AS id FROM accessible_request_ids($1, $2) ORDER BY 1', [
      id,
      NOW,
    ]);
    assert.deepEqual(actual, expected, `accessible files of ${id}`);
    const paths = await db.query<{ id: string }>('SELECT DISTINCT request_id AS id FROM accessible_request_id_paths($1, $2) ORDER BY 1', [
      id,
      NOW,
    ]);
    assert.deepEqual(paths, expected, `accessible files of ${id}, each way apart (migration 0063)`);
    const team = await db.query<{ id: string }>('SELECT id FROM aid_requests WHERE is_request_team(id, $1) ORDER BY id', [id]);
    const teamSet = await db.query<{ id: string }>('SELECT DISTINCT request_id AS id FROM team_request_ids($1) ORDER BY 1', [id]);
    assert.deepEqual(teamSet, team, `team files of ${id}`);
    allowed += expected.length;
  }
  assert.ok(allowed > 60, 'the data gives users files to open (not a comparison of empty sets)');
  const grantOnly = await db.one<{ n: string }>(
    `SELECT count(*) AS n FROM access_grants g WHERE g.expires_at > $1 AND NOT is_request_team(g.request_id, g.user_id)`,
    [NOW],
  );
  assert.ok(Number(grantOnly!.n) > 0, 'some files are open to a user by a grant alone');
});

test('a worklist shows each waiting notice of the files its user may open, once, however many ways the user reaches the file', async () => {
  // A notice waiting on every third file, a handled one on every fourth: files reached by assignment, as supervisor and by grant.
  await db.query(
    `INSERT INTO worklist_notices (request_id, kind, details, created_at)
    SELECT md5('r' || g)::uuid, 'person-statement', '{}', $1::timestamptz - make_interval(mins => g) FROM generate_series(0, 59, 3) g`,
    [NOW],
  );
  // Supervisor 0 holds a running grant on a file of the team (worker 3's): reached as supervisor and by the grant.
  await db.query(
    `INSERT INTO access_grants (request_id, user_id, kind, reason, granted_by, expires_at)
     VALUES (md5('r3')::uuid, md5('s0')::uuid, 'grant', 'reason', md5('s0')::uuid, $1::timestamptz + interval '1 hour')`,
    [NOW],
  );
  await db.query(
    `INSERT INTO worklist_notices (request_id, kind, details, handled_at)
    SELECT md5('r' || g)::uuid, 'person-statement', '{}', $1 FROM generate_series(0, 59, 4) g`,
    [NOW],
  );
  const worklist = createWorklistService();
  let shown = 0;
  let reachedTwice = 0;
  for (const user of await db.query<{ id: string; role: string }>('SELECT id, role FROM users')) {
    const actor = {
      tenant: { db } as unknown as Tenant,
      user: { id: user.id, role: user.role } as User,
      requestId: `t-${user.id}`,
      now: NOW,
    };
    const notices = (await worklist.worklist(actor, { limit: 200, offset: 0 })).items.flatMap((item) =>
      item.noticeId ? [item.noticeId] : [],
    );
    const expected = await db.query<{ id: string }>(
      'SELECT id FROM worklist_notices WHERE handled_at IS NULL AND can_access_request(request_id, $1, $2) ORDER BY id',
      [user.id, NOW],
    );
    assert.deepEqual(
      [...notices].sort(),
      expected.map((row) => row.id),
      `the notices of ${user.id}`,
    );
    shown += notices.length;
    const twice = await db.one<{ n: string }>(
      `SELECT count(*) AS n FROM (SELECT request_id FROM accessible_request_id_paths($1, $2) GROUP BY 1 HAVING count(*) > 1) x
        JOIN worklist_notices n USING (request_id) WHERE n.handled_at IS NULL`,
      [user.id, NOW],
    );
    reachedTwice += Number(twice!.n);
  }
  assert.ok(shown > 20, 'users are shown notices (not a comparison of empty lists)');
  assert.ok(reachedTwice > 0, 'some notices are on files a user reaches two ways');
});

/** For every user: the open files of the open sets are those the rule allows among the open files. */
async function assertOpenSetsFollowTheRule(): Promise<number> {
  const users = await db.query<{ id: string }>('SELECT id FROM users');
  let allowed = 0;
  for (const { id } of users) {
    const expected = await db.query<{ id: string }>(
      'SELECT id FROM aid_requests WHERE can_access_request(id, $1, $2) AND status = ANY($3::text[]) ORDER BY id',
      [id, NOW, OPEN_STATUSES],
    );
    const actual = await db.query<{ id: string }>('SELECT DISTINCT request_id AS id FROM open_accessible_request_ids($1, $2) ORDER BY 1', [
      id,
      NOW,
    ]);
    assert.deepEqual(actual, expected, `open accessible files of ${id}`);
    const team = await db.query<{ id: string }>(
      'SELECT id FROM aid_requests WHERE is_request_team(id, $1) AND status = ANY($2::text[]) ORDER BY id',
      [id, OPEN_STATUSES],
    );
    const teamSet = await db.query<{ id: string }>('SELECT DISTINCT request_id AS id FROM open_team_request_ids($1) ORDER BY 1', [id]);
    assert.deepEqual(teamSet, team, `open team files of ${id}`);
    allowed += expected.length;
  }
  return allowed;
}

test('a status is open in the database exactly when it is one of the open statuses of the code', async () => {
  const statuses = ['received', 'investigating', 'report-signed', 'decided', 'notified', 'transferred', 'closed'];
  for (const status of statuses) {
    const row = await db.one<{ is_open: boolean }>('SELECT is_open_request_status($1) AS is_open', [status]);
    assert.equal(row!.is_open, OPEN_STATUSES.includes(status), status);
  }
});

test('the open files a user may open are the accessible ones among the open files, as files close, are transferred and reopen', async () => {
  assert.ok((await assertOpenSetsFollowTheRule()) > 30, 'the data gives users open files (not a comparison of empty sets)');
  // Open files close or are transferred, closed ones reopen; a worker is assigned a closed file, another an open one.
  await db.query(
    `UPDATE aid_requests SET status = 'closed', closed_at = $1 WHERE status = 'investigating' AND acknowledgement_number LIKE '%1'`,
    [NOW],
  );
  await db.query(`UPDATE aid_requests SET status = 'transferred' WHERE status = 'investigating' AND acknowledgement_number LIKE '%3'`);
  await db.query(`UPDATE aid_requests SET status = 'decided' WHERE status = 'closed' AND acknowledgement_number LIKE '%0'`);
  await db.query(`UPDATE aid_requests SET status = 'notified' WHERE status = 'decided'`);
  await db.query(`INSERT INTO assignments (request_id, user_id) VALUES (md5('r4')::uuid, md5('u1')::uuid), (md5('r2')::uuid, md5('u1')::uuid)
    ON CONFLICT (request_id, user_id) DO UPDATE SET ended_at = NULL`);
  const closedAssigned = await db.one<{ n: string }>(
    `SELECT count(*) AS n FROM assignments a JOIN aid_requests r ON r.id = a.request_id WHERE a.ended_at IS NULL AND r.status = 'closed'`,
  );
  assert.ok(Number(closedAssigned!.n) > 0, 'closed files keep their assignments');
  assert.ok((await assertOpenSetsFollowTheRule()) > 20, 'users still have open files after the changes');
});

test('a name typed in ASCII is folded by the application exactly as person_name_key folds it', async () => {
  const printable = Array.from({ length: 95 }, (_, index) => String.fromCharCode(32 + index)).join('');
  const texts = ['Schmitz Luc', "D'Hondt-Muller, Elodie", '  El   Amrani  ', 'VAN DEN BERGHE j.', 'O_Brien 2nd', printable];
  for (let index = 0; index < 200; index += 1)
    texts.push(Array.from({ length: 1 + (index % 23) }, (_, k) => printable[(index * 31 + k * 17) % printable.length]).join(''));
  const rows = await db.query<{ text: string; key: string }>('SELECT t AS text, person_name_key(t) AS key FROM unnest($1::text[]) t', [
    texts,
  ]);
  for (const row of rows) assert.equal(asciiNameKey(row.text), row.key, JSON.stringify(row.text));
});

test('can_access_request (PL/pgSQL since migration 0062) allows exactly the team of is_request_team and the holders of a running grant', async () => {
  const disagreements = await db.query(
    `SELECT u.id AS user_id, r.id AS request_id FROM users u CROSS JOIN aid_requests r
      WHERE can_access_request(r.id, u.id, $1) IS DISTINCT FROM (is_request_team(r.id, u.id)
            OR EXISTS (SELECT 1 FROM access_grants g WHERE g.request_id = r.id AND g.user_id = u.id AND g.expires_at > $1))`,
    [NOW],
  );
  assert.deepEqual(disagreements, []);
  const language = await db.one<{ lanname: string }>(
    `SELECT l.lanname FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang WHERE p.proname = 'can_access_request'`,
  );
  assert.equal(language!.lanname, 'plpgsql');
});

test('the stored folded name is person_name_key of the name, and follows an update', async () => {
  await db.query(`UPDATE persons SET family_name = 'D’Hondt-Müller', given_names = 'Élodie' WHERE provisional_id = 'P-1'`);
  const row = await db.one<{ name_key: string; expected: string }>(
    `SELECT name_key, person_name_key(family_name || ' ' || given_names) AS expected FROM persons WHERE provisional_id = 'P-1'`,
  );
  assert.equal(row!.name_key, 'd hondt muller elodie');
  assert.equal(row!.name_key, row!.expected);
});
