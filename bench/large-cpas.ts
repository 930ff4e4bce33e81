/**
 * Part 6 of `npm run bench` (issue 14, scope 1): one large CPAS — 50,000 active files (500,000 over
 * ten years), 1,000 users with their caseloads, documents' metadata and audit events — and a realistic
 * mix of a working day driven through the web application and the API over HTTP by 1,000 sessions
 * at a fixed arrival rate (open loop: latency counts from the scheduled send time).
 * `--quick`: a tenth (5,000 active files of 50,000, 100 users and sessions), the same caseload per worker.
 * `npm run bench -- --large-cpas-only [--quick]` runs it alone.
 *
 * One process (`rse start`, DEMO=false) on the served PostgreSQL (DATABASE_URL); the files are bulk-loaded with
 * SQL (generate_series) into the tenant's database once the server has migrated it. The same process holds the
 * hub and a second CPAS (Petite-Ville), where 100 persons with open files at the large CPAS are known: the mix's
 * consultations of the RSE go through the hub to it and back, every check and signature as between two nodes.
 * Figures, each against a baseline measured in the same run at the same rate (an authenticated
 * `GET /api/v1/me`: session lookup, JSON, HTTP — the floor of the stack):
 * - p50/p95/p99 per operation within the mix (the load a CPAS sees);
 * - CPU per operation: each operation alone at a lower fixed rate, the server process's CPU (user +
 *   system, /proc) and its PostgreSQL backends' CPU divided by the operations completed.
 */
import http from 'node:http';
import {
  benchReport,
  benchSettings,
  consultUntilAnswered,
  cpuSeconds,
  daysAgo,
  freePort,
  openLoop,
  profileArgs,
  request as send,
  seedCaller,
  seedKnownPerson,
  serviceEnv,
  type Reply,
} from './harness.ts';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createDatabase } from '../packages/platform/src/db.ts';
import { createLogger } from '../packages/platform/src/logger.ts';
import { startPostgres } from '../packages/platform/src/postgres.ts';
import { hashPassword } from '../apps/casework/src/modules/auth/passwords.ts';
import { tenantDatabaseName } from '../apps/casework/src/index.ts';
import { generateKbo } from '../packages/contracts/src/kbo.ts';
import { generateNiss } from '../packages/contracts/src/niss.ts';
import type { Summary } from './stats.ts';

const KBO = '0207834551';
/** Another CPAS of the network, in the same process: where the persons the large CPAS consults the RSE for are known. */
const PROVIDER = { kbo: generateKbo('02121199'), name: 'CPAS de Petite-Ville', language: 'fr' };
/** Workers of the large CPAS with files to consult the RSE for, and such files each. */
const CONSULTING_WORKERS = 20;
const CONSULTABLE_PER_WORKER = 5;
const PASSWORD = 'bench-large-cpas-2026';

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
const request = (url: string, method: string, headers: Record<string, string> = {}, body?: string): Promise<Reply> =>
  send(agent, url, method, body, headers);

/** The report the mix saves. */
const REPORT = benchReport('2026-01-05');

const FAMILY = [
  'Janssens',
  'Peeters',
  'Maes',
  'Jacobs',
  'Mertens',
  'Willems',
  'Claes',
  'Goossens',
  'Wouters',
  'De Smet',
  'Dubois',
  'Lambert',
  'Martin',
  'Dupont',
  'Leroy',
  'Renard',
  'El Amrani',
  'Benali',
  'Yılmaz',
  'Nowak',
  'Müller',
  'Lefèvre',
  'Hermans',
  'Michiels',
  'Desmet',
  'Van den Broeck',
  'D’Hondt',
  'Françoise',
  'Gérard',
  'Mathieu',
  'Diallo',
  'Bah',
  'Kaya',
  'Öztürk',
  'Popescu',
  'Kowalski',
  'Nguyen',
  'Lemaire',
  'Simon',
  'Laurent',
  'Vermeulen',
  'Pauwels',
  'Aerts',
  'Smets',
  'De Clercq',
  'Van Damme',
  'Bogaert',
  'Coppens',
  'Verhoeven',
  'Hendrickx',
  'Ahmed',
  'Mohamed',
  'Haddad',
  'Bouzid',
  'Ribeiro',
  'Da Silva',
  'García',
  'Rossi',
  'Schmitz',
  'Thiry',
];
const GIVEN = [
  'Marie',
  'Élodie',
  'Sarah',
  'Nadia',
  'Fatima',
  'Anna',
  'Léa',
  'Emma',
  'Louise',
  'Inès',
  'Jan',
  'Luc',
  'Pieter',
  'Mohamed',
  'Youssef',
  'Ahmed',
  'Jean',
  'François',
  'Noël',
  'Björn',
  'Sofia',
  'Olga',
  'Ayşe',
  'Zoë',
  'Chloé',
  'Hélène',
  'Maarten',
  'Wout',
  'Koen',
  'Jérôme',
  'Karim',
  'Omar',
  'Ibrahim',
  'Amadou',
  'Mamadou',
  'Thi',
  'Piotr',
  'Andrei',
  'Lucas',
  'Noah',
];
const sqlArray = (values: string[]) => `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')}]`;

/** The files of ten years of a large CPAS, bulk-loaded. Ids are md5-derived so that tables refer to each other without joins. */
async function load(url: string, sizes: { files: number; active: number; users: number }, print: (line: string) => void) {
  const db = createDatabase(url, { max: 2 });
  const started = performance.now();
  const { files: N, active: A, users: U } = sizes;
  const supervisors = Math.max(2, Math.round(U * 0.08));
  const workers = U - supervisors;
  const persons = Math.round(N * 0.6);
  const passwordHash = await hashPassword(PASSWORD);
  try {
    const step = async (label: string, sql: string, params: unknown[] = []) => {
      const t0 = performance.now();
      await db.query(sql, params);
      print(`  (${label}: ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    };
    const admin = (await db.one<{ id: string }>(`SELECT id FROM users ORDER BY created_at LIMIT 1`))?.id ?? null;
    await step(
      `${U} users`,
      `INSERT INTO users (id, username, display_name, role, is_qualified_social_worker, supervisor_id, language, password_hash)
       SELECT md5('s' || g)::uuid, 'sup' || g, 'Superviseur ' || g, 'supervisor', true, NULL, 'fr', $2 FROM generate_series(1, $1::int) g`,
      [supervisors, passwordHash],
    );
    await db.query(
      `INSERT INTO users (id, username, display_name, role, is_qualified_social_worker, supervisor_id, language, password_hash)
       SELECT md5('u' || g)::uuid, 'worker' || g, 'Travailleur·euse ' || g, 'social-worker', true, md5('s' || (1 + g % $2::int))::uuid,
              (ARRAY['fr','nl','fr','fr','de'])[1 + g % 5], $3 FROM generate_series(1, $1::int) g`,
      [workers, supervisors, passwordHash],
    );
    await step(
      `${persons.toLocaleString('en')} persons`,
      `INSERT INTO persons (id, niss, family_name, given_names, birth_date, language, created_at, created_by)
       SELECT md5('p' || g)::uuid,
              to_char(b, 'YYMMDD') || lpad(s::text, 3, '0') || lpad((97 - ((to_char(b, 'YYMMDD') || lpad(s::text, 3, '0'))::bigint % 97))::text, 2, '0'),
              CASE WHEN g % 7 = 0 THEN f1 || '-' || f2 ELSE f1 END, gv, b, (ARRAY['fr','fr','nl','fr','de'])[1 + g % 5],
              now() - make_interval(days => (g % 3650)::int), $2::uuid
         FROM (SELECT g, date '1940-01-01' + (g % 21900) AS b, 1 + g / 21900 AS s,
                      (${sqlArray(FAMILY)})[1 + (g * 7) % ${FAMILY.length}] AS f1, (${sqlArray(FAMILY)})[1 + (g / 7) % ${FAMILY.length}] AS f2,
                      (${sqlArray(GIVEN)})[1 + (g / 3) % ${GIVEN.length}] || CASE WHEN g % 3 = 0 THEN ' ' || (${sqlArray(GIVEN)})[1 + g % ${GIVEN.length}] ELSE '' END AS gv
                 FROM generate_series(1, $1::int) g) x`,
      [persons, admin],
    );
    // Request i: the last A are open (received in the last 90 days), the others closed over the ten years before.
    // Kind, status and the other facts come from a hash of i (h), independent of the worker (i * 31 modulo the workers).
    await db.query(
      `CREATE TEMP TABLE bench_requests AS
      SELECT i, h, md5('r' || i)::uuid AS id, md5('p' || (1 + (i::bigint * 7919) % $2::int))::uuid AS person_id,
             md5('u' || (1 + (i::bigint * 31) % $4::int))::uuid AS worker,
             (ARRAY['ris','ris','ris','financial-aid','urgent-medical-aid','equivalent-ris','ris','heating-allowance'])[1 + h % 8] AS kind,
             CASE WHEN i > $1::int - $3::int
               THEN (ARRAY['received','investigating','investigating','investigating','report-signed','report-signed','decided','notified','notified','notified'])[1 + (h / 8) % 10]
               ELSE 'closed' END AS status,
             current_date - CASE WHEN i > $1::int - $3::int THEN (($1::int - i)::bigint * 90 / $3::int)::int
                                 ELSE 90 + (($1::int - $3::int - i)::bigint * 3560 / greatest(1, $1::int - $3::int))::int END AS received
        FROM (SELECT i, hashint4(i) & 2147483647 AS h FROM generate_series(1, $1::int) i) n`,
      [N, persons, A, workers],
    );
    await step(
      `${N.toLocaleString('en')} aid requests (${A.toLocaleString('en')} open)`,
      `INSERT INTO aid_requests (id, person_id, kind, status, received_at, original_received_at, acknowledgement_number, acknowledgement_issued_at,
                                 is_new_ris_beneficiary, last_home_visit_at, closed_at, close_reason, created_by, created_at, updated_at)
       SELECT id, person_id, kind, status, received + time '09:00', received, 'BENCH-' || i, received + time '09:05', (h / 80) % 3 = 0,
              CASE WHEN status IN ('notified', 'closed') AND (h / 240) % 2 = 0 THEN received + 20 END,
              CASE WHEN status = 'closed' THEN received + 200 + time '10:00' END, CASE WHEN status = 'closed' THEN 'end-of-aid' END,
              worker, received + time '09:00', received + time '09:00'
         FROM bench_requests`,
    );
    await step(
      'assignments',
      `INSERT INTO assignments (request_id, user_id, assigned_at, assigned_by, ended_at)
       SELECT id, worker, received + time '09:00', worker, NULL FROM bench_requests`,
    );
    await step(
      'social reports',
      `INSERT INTO social_reports (request_id, sections, updated_at, updated_by, signed_at, signed_by)
       SELECT id, $1::jsonb, received + 12 + time '15:00', worker,
              CASE WHEN status NOT IN ('received', 'investigating') THEN received + 14 + time '11:00' END,
              CASE WHEN status NOT IN ('received', 'investigating') THEN worker END
         FROM bench_requests WHERE status <> 'received'`,
      [JSON.stringify(REPORT)],
    );
    await step(
      'decisions and notifications',
      `INSERT INTO decisions (id, ref, request_id, decided_at, body, aid_type, outcome, amount_cents, legal_basis, motivation_category, created_by, created_at)
       SELECT md5('d' || i)::uuid, 'BENCH-D-' || i, id, received + 25, 'special-committee', kind,
              CASE WHEN (h / 480) % 5 = 0 THEN 'refused' ELSE 'granted' END, CASE WHEN (h / 480) % 5 = 0 THEN NULL ELSE 129874 END,
              CASE WHEN kind = 'ris' THEN 'ris-law-2002' ELSE 'organic-law-1976-art57' END,
              CASE WHEN (h / 480) % 5 = 0 THEN 'resources-above-threshold' ELSE 'state-of-need-established' END, worker, received + 25 + time '16:00'
         FROM bench_requests WHERE status IN ('decided', 'notified', 'closed')`,
    );
    await db.query(
      `INSERT INTO notifications (decision_id, sent_at, method, created_by)
       SELECT md5('d' || i)::uuid, received + 28, 'registered-letter', worker FROM bench_requests WHERE status IN ('notified', 'closed')`,
    );
    // Worklist notices (a person's statement or contest, a correction received): one in ten files had one, handled
    // since; one open file in fifty has one waiting (≈ one per worker, a dozen on a supervisor's team).
    await step(
      'worklist notices',
      `INSERT INTO worklist_notices (request_id, kind, details, created_at, handled_at, handled_by)
       SELECT id, (ARRAY['person-statement','person-contest','correction-received'])[1 + (h / 7) % 3],
              jsonb_build_object('decisionRef', 'BENCH-D-' || i, 'receivedVia', 'portal'), least(received + 30 + time '10:00', now() - interval '2 hours'),
              CASE WHEN status = 'closed' OR (h / 11) % 5 <> 0 THEN least(received + 31 + time '10:00', now() - interval '1 hour') END,
              CASE WHEN status = 'closed' OR (h / 11) % 5 <> 0 THEN worker END
         FROM bench_requests WHERE (h / 3) % 10 = 0`,
    );
    await step(
      'documents (metadata)',
      `INSERT INTO documents (request_id, type, title, document_date, source, retention_class, media_type, size_bytes, created_by, created_at)
       SELECT id, (ARRAY['identity-document','bank-statement','lease','payslip','attestation'])[1 + (i + k) % 5], 'Pièce ' || k, received + k,
              'person', 'supporting-document', 'application/pdf', 150000 + (i % 1000) * 100, worker, received + k + time '10:00'
         FROM bench_requests, generate_series(1, 3) k`,
    );
    // Audit: ten events on each open file (its reads and writes), two on each closed one, spread over the file's life.
    await step(
      'audit events',
      `INSERT INTO audit_events (at, user_id, role, action, record_type, record_id, person_id, outcome, request_id, prev_hash, hash)
       SELECT received + make_interval(days => k * 3, hours => 8 + (i + k) % 9), worker, 'social-worker',
              (ARRAY['aid-request.read','aid-request.read','social-report.update','aid-request.read','document.create','note.list','aid-request.read','decision.create','person.search-by-name','worklist.read'])[1 + k],
              'aid-request', id::text, person_id, 'allowed', 'bench-' || i || '-' || k, sha256(int8send(i * 16 + k)), sha256(int8send(i * 16 + k + 1))
         FROM bench_requests, generate_series(0, 9) k WHERE k < CASE WHEN status = 'closed' THEN 2 ELSE 10 END`,
    );
    // A steady state: autovacuum has run (visibility map set, statistics current).
    await step('vacuum analyze', 'VACUUM ANALYZE');
    // And the load's dirty pages written out, as a server in service has long done: otherwise the checkpoint that the
    // load's WAL asked for writes them during the measured minutes, and a commit's WAL flush waits behind it.
    await step('checkpoint', 'CHECKPOINT');
    const counts = (await db.one<Record<string, string>>(
      `SELECT (SELECT count(*) FROM aid_requests) AS requests, (SELECT count(*) FROM persons) AS persons, (SELECT count(*) FROM documents) AS documents,
              (SELECT count(*) FROM audit_events) AS audit, (SELECT count(*) FROM decisions) AS decisions, (SELECT count(*) FROM users) AS users,
              (SELECT count(*) FROM worklist_notices WHERE handled_at IS NULL) AS "notices waiting"`,
    ))!;
    return {
      seconds: Math.round((performance.now() - started) / 1000),
      counts: Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, Number(v)])),
    };
  } finally {
    await db.close();
  }
}

type Session = {
  username: string;
  token: string;
  cookie: string;
  auth: Record<string, string>;
  /** Open files by status, `all` of them, and `consultable`: those with a person known at the provider, informed. */
  files: Record<string, string[]>;
  decisions: string[];
  /** What the worker types to find one of their persons: the family name and the first letters of a given name. */
  searches: string[];
  isSupervisor: boolean;
};

/**
 * Files to consult the RSE for: a person known at CPAS de Petite-Ville (a signed report and a granted RIS there) who
 * now asks the large CPAS (a file opened through the API by the worker, so that the hub knows of it, the person
 * informed). Each is consulted once, until answered, before the measures: the two files reach the hub's directory
 * through each CPAS's outbox. Returns how many were seeded.
 */
async function seedConsultable(base: string, providerUrl: string, sessions: Session[]): Promise<number> {
  const db = createDatabase(providerUrl, { max: 1 });
  try {
    await db.query(
      `INSERT INTO users (id, username, display_name, role, is_qualified_social_worker, supervisor_id, language, password_hash)
       VALUES (md5('provider')::uuid, 'petiteville.worker', 'Travailleuse de Petite-Ville', 'social-worker', true, NULL, 'fr', $1)`,
      [await hashPassword(PASSWORD)],
    );
  } finally {
    await db.close();
  }
  const api = (method: string, url: string, body: string | undefined, headers: Record<string, string>) =>
    request(`${base}${url}`, method, headers, body);
  const login = await seedCaller(api)('POST', '/api/v1/sessions', { username: 'petiteville.worker', password: PASSWORD });
  const provider = seedCaller(api, login.token as string);
  const seedOne = async (worker: Session, w: number, j: number) => {
    const names = { atProvider: `Personne ${w}-${j}`, atRequester: `Personne ${w}-${j}` };
    // Sequence numbers from 500 on: never one of the loaded persons' (1–14).
    const niss = generateNiss({ birthDate: daysAgo(365 * 30 + w * 40 + j), sequence: 501 + 2 * j });
    const fileId = await seedKnownPerson(provider, seedCaller(api, worker.token), { niss, familyName: 'Consultée', givenNames: names });
    (worker.files.consultable ??= []).push(fileId);
  };
  const workers = sessions.filter((s) => !s.isSupervisor && (s.files.all?.length ?? 0) > 0).slice(0, CONSULTING_WORKERS);
  const jobs = workers.flatMap((worker, w) => Array.from({ length: CONSULTABLE_PER_WORKER }, (_, j) => () => seedOne(worker, w, j)));
  for (let i = 0; i < jobs.length; i += 4) await Promise.all(jobs.slice(i, i + 4).map((job) => job()));
  for (const worker of workers)
    for (const id of worker.files.consultable ?? []) await consultUntilAnswered(seedCaller(api, worker.token), id);
  return jobs.length;
}

/** The files of each logged-in user, by what can be done on them (read from the database: the bench knows its own data). */
async function caseloads(url: string, sessions: Session[]) {
  const db = createDatabase(url, { max: 1 });
  try {
    const rows = await db.query<{
      username: string;
      id: string;
      status: string;
      decision_id: string | null;
      family_name: string;
      given_names: string;
    }>(
      `SELECT u.username, r.id, r.status, (SELECT d.id FROM decisions d WHERE d.request_id = r.id LIMIT 1) AS decision_id, p.family_name, p.given_names
         FROM aid_requests r JOIN assignments a ON a.request_id = r.id AND a.ended_at IS NULL JOIN users u ON u.id = a.user_id
         JOIN persons p ON p.id = r.person_id
        WHERE r.status <> 'closed'`,
    );
    const byUser = new Map(sessions.map((s) => [s.username, s]));
    for (const row of rows) {
      const session = byUser.get(row.username);
      if (!session) continue;
      (session.files[row.status] ??= []).push(row.id);
      (session.files.all ??= []).push(row.id);
      if (row.decision_id) session.decisions.push(row.decision_id);
      // One search in four by the family name alone (a common name: hundreds of candidates).
      session.searches.push(session.searches.length % 4 === 3 ? row.family_name : `${row.family_name} ${row.given_names.slice(0, 3)}`);
    }
  } finally {
    await db.close();
  }
}

/**
 * With BENCH_TIMELINE: the bench's PostgreSQL backends every 100 ms (state, wait, when each backend and its
 * statement started), beside the open loops' timeline, to tell cold connections and lock waits from the rest.
 */
function sampleActivity(url: string, databasePrefix: string, file: string) {
  const db = createDatabase(url, { max: 1 });
  let stopped = false;
  const lines: string[] = [];
  const done = (async () => {
    while (!stopped) {
      const rows = await db.query<Record<string, unknown>>(
        `SELECT pid, backend_type, state, wait_event_type, wait_event, (extract(epoch FROM backend_start) * 1000)::bigint AS backend_start_ms,
                (extract(epoch FROM query_start) * 1000)::bigint AS query_start_ms, left(query, 80) AS query
           FROM pg_stat_activity WHERE (datname LIKE $1 OR backend_type <> 'client backend') AND pid <> pg_backend_pid()`,
        [`${databasePrefix}%`],
      );
      lines.push(JSON.stringify({ epochMs: Date.now(), rows }));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return async () => {
    stopped = true;
    await done;
    await db.close();
    await appendFile(file, lines.join('\n') + '\n');
  };
}

async function backendPids(url: string, databasePrefix: string): Promise<number[]> {
  const db = createDatabase(url, { max: 1 });
  try {
    const rows = await db.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname LIKE $1 AND pid <> pg_backend_pid()`, [
      `${databasePrefix}%`,
    ]);
    return rows.map((row) => row.pid);
  } finally {
    await db.close();
  }
}

export async function largeCpas(options: { servedUrl: string; isQuick: boolean; print: (line: string) => void }) {
  const { print, isQuick } = options;
  const sizes = isQuick ? { files: 50_000, active: 5_000, users: 100 } : { files: 500_000, active: 50_000, users: 1_000 };
  const rate = 100;
  const seconds = isQuick ? 20 : 60;
  const soloRate = 20;
  const soloSeconds = isQuick ? 4 : 10;
  const prefix = `benchcpas${randomBytes(3).toString('hex')}`;
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'rse-bench-cpas-'));
  const port = await freePort();
  const tenantsFile = path.join(dataDir, 'tenants.json');
  await writeFile(tenantsFile, JSON.stringify([{ kbo: KBO, name: 'CPAS de Grande-Ville', language: 'fr' }, PROVIDER]));
  const env = serviceEnv({
    DATABASE_URL: options.servedUrl,
    DATABASE_PREFIX: prefix,
    DEMO: 'false',
    TENANTS_FILE: tenantsFile,
    LOG_LEVEL: 'warn',
    DATA_DIR: dataDir,
    KEYS_DIR: path.join(dataDir, 'keys'),
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
  });
  const base = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  let stopActivity: (() => Promise<void>) | null = null;
  const postgres = await startPostgres({ dataDir, databaseUrl: options.servedUrl, log: createLogger({ level: 'silent' }) });
  try {
    // BENCH_PROFILE=<dir>, BENCH_HEAP_PROFILE=<dir>: CPU and allocation profiles of the server process.
    child = spawn(process.execPath, [...profileArgs(), '--import', 'tsx', 'apps/cli/src/main.ts', 'start'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
    child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
    for (let waited = 0; ; waited += 200) {
      if (child.exitCode !== null) throw new Error(`rse start exited: ${output}`);
      if (
        (await request(`${base}/readyz`, 'GET').then(
          (r) => r.status,
          () => 0,
        )) === 200
      )
        break;
      if (waited > 180_000) throw new Error(`rse start not ready: ${output}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const tenantUrl = await postgres.ensureDatabase(tenantDatabaseName(prefix, KBO));
    print(
      `one large CPAS: loading ${sizes.files.toLocaleString('en')} files (${sizes.active.toLocaleString('en')} open) and ${sizes.users} users…`,
    );
    const loaded = await load(tenantUrl, sizes, print);
    print(`  loaded in ${loaded.seconds} s: ${JSON.stringify(loaded.counts)}`);

    // Logins first: every user opens a session through the API (scrypt, as a morning would).
    const t0 = performance.now();
    const usernames = [
      ...Array.from({ length: sizes.users - Math.max(2, Math.round(sizes.users * 0.08)) }, (_, i) => `worker${i + 1}`),
      ...Array.from({ length: Math.max(2, Math.round(sizes.users * 0.08)) }, (_, i) => `sup${i + 1}`),
    ];
    const sessions: Session[] = [];
    for (let i = 0; i < usernames.length; i += 4) {
      await Promise.all(
        usernames.slice(i, i + 4).map(async (username) => {
          const reply = await request(
            `${base}/api/v1/sessions`,
            'POST',
            { 'content-type': 'application/json' },
            JSON.stringify({ username, password: PASSWORD }),
          );
          if (reply.status !== 201) throw new Error(`login ${username}: ${reply.status} ${reply.text}`);
          const token = (JSON.parse(reply.text) as { token: string }).token;
          sessions.push({
            username,
            token,
            cookie: `rse_session=${token}`,
            auth: { authorization: `Bearer ${token}` },
            files: {},
            decisions: [],
            searches: [],
            isSupervisor: username.startsWith('sup'),
          });
        }),
      );
    }
    const loginSeconds = (performance.now() - t0) / 1000;
    print(`  ${sessions.length} sessions opened in ${loginSeconds.toFixed(1)} s`);
    await caseloads(tenantUrl, sessions);
    const t1 = performance.now();
    const consultable = await seedConsultable(base, await postgres.ensureDatabase(tenantDatabaseName(prefix, PROVIDER.kbo)), sessions);
    print(
      `  ${consultable} files to consult the RSE for, known at ${PROVIDER.name}, seeded and consulted once in ${((performance.now() - t1) / 1000).toFixed(1)} s`,
    );
    stopActivity = benchSettings.timelineFile ? sampleActivity(options.servedUrl, prefix, `${benchSettings.timelineFile}.activity`) : null;
    const workerSessions = sessions.filter((s) => !s.isSupervisor && (s.files.all?.length ?? 0) > 0);

    let counter = 0;
    const any = <T>(values: T[] | undefined): T | undefined =>
      values && values.length > 0 ? values[counter++ % values.length] : undefined;
    const web =
      (s: Session, url: string, expect = 200) =>
      async () =>
        (await request(`${base}${url}`, 'GET', { cookie: s.cookie })).status === expect;
    const today = new Date().toISOString().slice(0, 10);
    /** A JSON request of the API in the session's name: its status. */
    const sendJson = async (s: Session, method: string, url: string, body: unknown) =>
      (await request(`${base}${url}`, method, { ...s.auth, 'content-type': 'application/json' }, JSON.stringify(body))).status;
    const ops: Record<string, (s: Session) => () => Promise<boolean>> = {
      'baseline GET /api/v1/me': (s) => async () => (await request(`${base}/api/v1/me`, 'GET', s.auth)).status === 200,
      'worklist (web /)': (s) => web(s, '/'),
      // Alone only: one in ten worklists of the mix is a supervisor's, over the files of a team (≈ 575 at the full size).
      "supervisor's worklist (web /)": (s) => web(s, '/'),
      'caseload (web /caseload)': (s) => web(s, '/caseload'),
      'find by name (web /persons?q=)': (s) => web(s, `/persons?q=${encodeURIComponent(any(s.searches)!)}`),
      'file page (web /requests/:id)': (s) => web(s, `/requests/${any(s.files.all)!}`),
      'consultation page (web /requests/:id/rse)': (s) => web(s, `/requests/${any(s.files.all)!}/rse`),
      'report save (API PUT social-report)': (s) => {
        const id = any(s.files.investigating) ?? any(s.files.received);
        return async () =>
          id !== undefined && (await sendJson(s, 'PUT', `/api/v1/aid-requests/${id}/social-report`, { sections: REPORT })) === 200;
      },
      'decision (API POST decisions)': (s) => {
        // Each file decided once: a signed report taken off the list.
        const id = s.files['report-signed']?.pop();
        return async () =>
          id !== undefined &&
          (await sendJson(s, 'POST', `/api/v1/aid-requests/${id}/decisions`, {
            decidedAt: today,
            body: 'special-committee',
            aidType: 'financial-aid',
            outcome: 'granted',
            amountCents: 50_000,
            legalBasis: 'organic-law-1976-art57',
            motivationCategory: 'state-of-need-established',
          })) === 201;
      },
      'consultation (API POST rse-consultations)': (s) => {
        const id = any(s.files.consultable);
        return async () =>
          id !== undefined &&
          (await sendJson(s, 'POST', `/api/v1/aid-requests/${id}/rse-consultations`, { purpose: 'social-investigation' })) === 201;
      },
      'letter (API decision letter PDF)': (s) => {
        const id = any(s.decisions);
        return async () =>
          id !== undefined && (await request(`${base}/api/v1/decisions/${id}/letter?lang=fr`, 'GET', s.auth)).status === 200;
      },
    };
    // The working day's mix (weights out of 100).
    const MIX: [string, number][] = [
      ['worklist (web /)', 20],
      ['file page (web /requests/:id)', 22],
      ['find by name (web /persons?q=)', 16],
      ['caseload (web /caseload)', 10],
      ['report save (API PUT social-report)', 10],
      ['consultation page (web /requests/:id/rse)', 8],
      ['letter (API decision letter PDF)', 7],
      ['decision (API POST decisions)', 5],
      ['consultation (API POST rse-consultations)', 2],
    ];
    const wheel = MIX.flatMap(([name, weight]) => Array.from({ length: weight }, () => name));
    const supervisors = sessions.filter((s) => s.isSupervisor);
    // A write needs a file in the right state: the worker is one who has one (the others do something else).
    const needs: Record<string, (s: Session) => boolean> = {
      'report save (API PUT social-report)': (s) => (s.files.investigating?.length ?? 0) + (s.files.received?.length ?? 0) > 0,
      'decision (API POST decisions)': (s) => (s.files['report-signed']?.length ?? 0) > 0,
      'letter (API decision letter PDF)': (s) => s.decisions.length > 0,
      'consultation (API POST rse-consultations)': (s) => (s.files.consultable?.length ?? 0) > 0,
    };
    const sessionFor = (i: number, name: string): Session => {
      if (name === "supervisor's worklist (web /)") return supervisors[i % supervisors.length]!;
      if (name === 'worklist (web /)' && i % 10 === 0 && supervisors.length > 0) return supervisors[i % supervisors.length]!;
      for (let k = 0; k < workerSessions.length; k += 1) {
        const s = workerSessions[(i * 7919 + k) % workerSessions.length]!;
        if (needs[name]?.(s) ?? true) return s;
      }
      return workerSessions[0]!;
    };
    /** CPU seconds of the server process and of each PostgreSQL backend of the bench's databases. */
    const snapshot = async () => {
      const backends = new Map<number, number>();
      for (const pid of await backendPids(options.servedUrl, prefix)) backends.set(pid, await cpuSeconds([pid]));
      return { server: await cpuSeconds([child!.pid!]), backends };
    };
    /** Since `before`: a backend opened meanwhile counts whole; one closed meanwhile is lost (an undercount, rare). */
    const cpuSince = async (before: Awaited<ReturnType<typeof snapshot>>) => {
      const after = await snapshot();
      let postgres = 0;
      for (const [pid, seconds] of after.backends) postgres += seconds - (before.backends.get(pid) ?? 0);
      return { server: after.server - before.server, postgres };
    };

    // Warm-up (plans, caches, JIT), not counted.
    await openLoop(rate, isQuick ? 3 : 5, (i) => {
      const name = wheel[(i * 37) % wheel.length]!;
      return { name, send: name.startsWith('decision') ? async () => true : ops[name]!(sessionFor(i, name)) };
    });

    // CPU per operation: each alone at a lower fixed rate.
    const cpu: Record<string, { serverMs: number; postgresMs: number; count: number; p95: number }> = {};
    for (const name of ['baseline GET /api/v1/me', ...MIX.map(([n]) => n), "supervisor's worklist (web /)"]) {
      const before = await snapshot();
      const result = (
        await openLoop(soloRate, name.startsWith('decision') ? Math.min(soloSeconds, 3) : soloSeconds, (i) => ({
          name,
          send: ops[name]!(sessionFor(i, name)),
        }))
      ).get(name)!;
      const used = await cpuSince(before);
      const per = (secondsUsed: number) => Math.round(((secondsUsed * 1000) / Math.max(1, result.count)) * 100) / 100;
      cpu[name] = { serverMs: per(used.server), postgresMs: per(used.postgres), count: result.count, p95: result.p95 };
      print(
        `  alone at ${soloRate}/s: ${name.padEnd(44)} p95 ${String(result.p95).padStart(7)} ms  cpu/op: server ${cpu[name]!.serverMs} ms, postgres ${cpu[name]!.postgresMs} ms  errors ${result.errors}`,
      );
    }

    // The same mix at 40 % of the target rate: what the operations cost when the server keeps up.
    const lowRate = Math.round(rate * 0.4);
    const low = await openLoop(
      lowRate,
      seconds / 2,
      (i) => {
        const name = wheel[(i * 37) % wheel.length]!;
        return { name, send: ops[name]!(sessionFor(i, name)) };
      },
      { label: `large CPAS: the mix at ${lowRate}/s` },
    );
    const atLowRate: Record<string, Summary> = {};
    for (const [name] of MIX) {
      const s = low.get(name);
      if (!s) continue;
      atLowRate[name] = s;
      print(
        `  mix at ${lowRate}/s: ${name.padEnd(44)} n ${String(s.count).padStart(5)}  p50 ${String(s.p50).padStart(7)}  p95 ${String(s.p95).padStart(7)}  p99 ${String(s.p99).padStart(7)} ms  errors ${s.errors}`,
      );
    }

    // The baseline at the mix's rate, then the mix.
    const baseline = (
      await openLoop(rate, Math.max(5, seconds / 4), (i) => ({
        name: 'baseline',
        send: ops['baseline GET /api/v1/me']!(workerSessions[i % workerSessions.length]!),
      }))
    ).get('baseline')!;
    print(
      `  baseline at ${rate}/s (authenticated GET /api/v1/me): p50 ${baseline.p50} ms, p95 ${baseline.p95} ms, p99 ${baseline.p99} ms, errors ${baseline.errors}`,
    );
    const before = await snapshot();
    const mix = await openLoop(
      rate,
      seconds,
      (i) => {
        const name = wheel[(i * 37) % wheel.length]!;
        return { name, send: ops[name]!(sessionFor(i, name)) };
      },
      { label: `large CPAS: the mix at ${rate}/s` },
    );
    const used = await cpuSince(before);
    await stopActivity?.();
    stopActivity = null;
    const total = [...mix.values()].reduce((sum, s) => sum + s.count, 0);
    // Answered per second over the time until the last answer (beyond `seconds` when the server falls behind).
    const elapsed = Math.max(...[...mix.values()].map((s) => s.seconds));
    const achieved = Math.round((total / elapsed) * 10) / 10;
    print(
      `  mix at ${rate}/s for ${seconds} s, ${sessions.length} sessions: ${total} answered in ${elapsed} s (${achieved}/s); CPU per request: server ${((used.server * 1000) / total).toFixed(2)} ms, postgres ${((used.postgres * 1000) / total).toFixed(2)} ms`,
    );
    const perOperation: Record<string, Summary & { p95ToBaseline: number }> = {};
    for (const [name] of MIX) {
      const s = mix.get(name);
      if (!s) continue;
      perOperation[name] = { ...s, p95ToBaseline: Math.round((s.p95 / baseline.p95) * 10) / 10 };
      print(
        `  ${name.padEnd(44)} n ${String(s.count).padStart(5)}  p50 ${String(s.p50).padStart(7)}  p95 ${String(s.p95).padStart(7)}  p99 ${String(s.p99).padStart(7)} ms  errors ${s.errors}  p95 × baseline ${perOperation[name]!.p95ToBaseline}`,
      );
    }
    return {
      sizes,
      load: loaded,
      sessions: sessions.length,
      loginSeconds: Math.round(loginSeconds * 10) / 10,
      rate,
      seconds,
      achievedPerSecond: achieved,
      baseline,
      perOperation,
      atLowRate: { rate: lowRate, perOperation: atLowRate },
      cpuPerOperation: cpu,
      mixCpuMsPerRequest: { server: +((used.server * 1000) / total).toFixed(2), postgres: +((used.postgres * 1000) / total).toFixed(2) },
    };
  } finally {
    await stopActivity?.().catch(() => undefined);
    if (child && child.exitCode === null) {
      await new Promise((resolve) => {
        child!.once('exit', resolve);
        child!.kill('SIGTERM');
        setTimeout(resolve, 10_000);
      });
    }
    for (const name of await postgres.listDatabases(`${prefix}_`)) await postgres.dropDatabase(name).catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true });
  }
}
