/**
 * The misuse indicators read from the daily summaries of the audit log (migration 0046) say exactly
 * what the events say: compared with an independent count in this file over random events, read all
 * from the events, then mostly from the summaries with partial days at the edges, then again after an
 * event dated in the past lands in a day already summarised. The whole report (every raised indicator,
 * persons under watch included, and the rankings) read from the summaries is the one read from the events.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Database } from '#platform/db.ts';
import { openTestDatabase, type TestDatabase } from './database.ts';
import { CASEWORK_MIGRATIONS } from '#casework/casework.ts';
import { computeIndicators, refreshAuditRollups } from '#casework/modules/oversight/index.ts';
import { readSetting } from '#casework/settings.ts';

let testDb: TestDatabase;
let db: Database;

before(async () => {
  testDb = await openTestDatabase('trollup', { max: 4, migrations: CASEWORK_MIGRATIONS });
  db = testDb.db;
});
after(async () => {
  await testDb?.close();
});

type Event = {
  at: Date;
  user: number;
  role: string;
  action: string;
  person: number | null;
  outcome: string;
  request: string;
  reason: string | null;
};

/** A small deterministic generator (mulberry32): the same events on every run. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const ACTIONS = [
  'aid-request.read',
  'person.search-by-name',
  'person.search-by-niss',
  'rse-consultation.create',
  'note.list',
  'social-report.update',
];
const brussels = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  weekday: 'short',
  hourCycle: 'h23',
});
const local = (at: Date) => {
  const parts = Object.fromEntries(brussels.formatToParts(at).map((part) => [part.type, part.value]));
  return {
    day: `${parts.year}-${parts.month}-${parts.day}`,
    hour: Number(parts.hour),
    isWeekend: parts.weekday === 'Sat' || parts.weekday === 'Sun',
  };
};

/** Requests of one to three events, a few seconds apart, from 1 to 10 March 2026 (Brussels is UTC+1 then). */
function generate(count: number, seed: number): Event[] {
  const next = random(seed);
  const events: Event[] = [];
  for (let request = 0; request < count; request += 1) {
    const day = 1 + Math.floor(next() * 10);
    // 05:00 to 23:50 local: some actions out of office hours, none straddling midnight.
    const minutes = 5 * 60 + Math.floor(next() * (18 * 60 + 50));
    const start = Date.UTC(2026, 2, day, 0, 0, 0) - 3_600_000 + minutes * 60_000 + Math.floor(next() * 50_000);
    const user = Math.floor(next() * 4);
    const person = next() < 0.15 ? null : Math.floor(next() * 6);
    const action = ACTIONS[Math.floor(next() * ACTIONS.length)]!;
    const role = user === 3 ? 'security-advisor' : 'social-worker';
    for (let leg = 0, legs = 1 + Math.floor(next() * 3); leg < legs; leg += 1) {
      events.push({
        at: new Date(start + leg * 1000),
        user,
        role,
        action: leg === 0 ? action : 'aid-request.read',
        person,
        outcome: next() < 0.1 ? 'denied' : 'allowed',
        request: `r${seed}-${request}`,
        reason: null,
      });
    }
    // Now and then another CPAS asks this one for the person's summary (the provider's leg).
    if (person !== null && next() < 0.1)
      events.push({
        at: new Date(start + 5000),
        user: -1,
        role: 'system',
        action: 'exchange.summary-sent',
        person,
        outcome: 'allowed',
        request: `x${seed}-${request}`,
        reason: `consultation c by 020000000${Math.floor(next() * 3)} for social-investigation`,
      });
  }
  return events;
}

let userIds: string[] = [];
let personIds: string[] = [];

async function insert(events: Event[]) {
  const rows = [...events].sort((a, b) => a.at.getTime() - b.at.getTime());
  await db.query(
    `INSERT INTO audit_events (at, user_id, role, action, record_type, person_id, outcome, reason, request_id, prev_hash, hash)
     SELECT at, user_id, role, action, 'aid-request', person_id, outcome, reason, request_id, '\\x00'::bytea, '\\x00'::bytea
       FROM unnest($1::timestamptz[], $2::uuid[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::text[], $8::text[])
         AS t(at, user_id, role, action, person_id, outcome, reason, request_id)`,
    [
      rows.map((e) => e.at),
      rows.map((e) => (e.user < 0 ? null : userIds[e.user])),
      rows.map((e) => e.role),
      rows.map((e) => e.action),
      rows.map((e) => (e.person === null ? null : personIds[e.person])),
      rows.map((e) => e.outcome),
      rows.map((e) => e.reason),
      rows.map((e) => e.request),
    ],
  );
}

/** Persons under watch (1 and 4); user 2 holds person 1's file and user 0 supervises user 2: neither raises on person 1. */
const WATCHED = [1, 4];
const isExcused = (user: number, person: number) => person === 1 && (user === 0 || user === 2);

/** The same counts, computed here from the events (one action per request, at its first event's hour and day). */
function expected(events: Event[], start: Date, end: Date, office: { start: number; end: number }) {
  const inPeriod = events.filter((e) => e.at >= start && e.at <= end);
  const actions = new Map<string, Event[]>();
  for (const e of inPeriod.filter((e) => e.user >= 0))
    actions.set(`${e.user}|${e.request}`, [...(actions.get(`${e.user}|${e.request}`) ?? []), e]);
  const users = new Map<
    string,
    { actions: number; byName: number; byNiss: number; denied: number; consultations: number; outOfHours: number; persons: Set<number> }
  >();
  for (const legs of actions.values()) {
    const first = legs.reduce((a, b) => (a.at <= b.at ? a : b));
    const id = userIds[first.user]!;
    const row = users.get(id) ?? { actions: 0, byName: 0, byNiss: 0, denied: 0, consultations: 0, outOfHours: 0, persons: new Set() };
    const { hour, isWeekend } = local(first.at);
    row.actions += 1;
    if (legs.some((e) => e.action === 'person.search-by-name')) row.byName += 1;
    if (legs.some((e) => e.action === 'person.search-by-niss')) row.byNiss += 1;
    if (legs.some((e) => e.outcome === 'denied')) row.denied += 1;
    if (legs.some((e) => e.action === 'rse-consultation.create' && e.outcome === 'allowed')) row.consultations += 1;
    if (isWeekend || hour < office.start || hour >= office.end) row.outOfHours += 1;
    for (const e of legs) if (e.person !== null) row.persons.add(e.person);
    users.set(id, row);
  }
  const persons = new Map<string, { actions: Set<string>; users: Set<number> }>();
  for (const e of inPeriod.filter((e) => e.user >= 0 && e.person !== null && e.role !== 'security-advisor')) {
    const row = persons.get(personIds[e.person!]!) ?? { actions: new Set(), users: new Set() };
    row.actions.add(`${e.user}|${e.request}`);
    row.users.add(e.user);
    persons.set(personIds[e.person!]!, row);
  }
  const watched = new Map<string, Set<string>>();
  for (const e of inPeriod.filter((e) => e.user >= 0 && e.person !== null && e.role !== 'security-advisor')) {
    if (!WATCHED.includes(e.person!) || isExcused(e.user, e.person!)) continue;
    const key = `${personIds[e.person!]}:${userIds[e.user]}`;
    watched.set(key, (watched.get(key) ?? new Set()).add(e.request));
  }
  return {
    users: [...users.entries()]
      .map(([userId, row]) => ({
        userId,
        actions: row.actions,
        persons: row.persons.size,
        searchesByName: row.byName,
        searchesByNiss: row.byNiss,
        outOfHours: row.outOfHours,
        denied: row.denied,
        consultations: row.consultations,
      }))
      .sort((a, b) => a.userId.localeCompare(b.userId)),
    persons: [...persons.entries()]
      .map(([personId, row]) => ({ personId, actions: row.actions.size, users: row.users.size }))
      .sort((a, b) => a.personId.localeCompare(b.personId)),
    watched: [...watched.entries()].map(([key, actions]) => `${key}:${actions.size}`).sort(),
  };
}

/** A report with its ties put in one order: persons equal on both counts may come in any order. */
const canonical = (report: Awaited<ReturnType<typeof computeIndicators>>) => ({
  ...report,
  items: report.items.map((item) => JSON.stringify(item)).sort(),
  rankings: { users: report.rankings.users, persons: [...report.rankings.persons].sort((a, b) => a.personId.localeCompare(b.personId)) },
});

async function indicators(start: Date, end: Date, now: Date) {
  const settings = {
    ...(await readSetting(db, 'oversight')),
    rankingSize: 100,
    personUsersThreshold: 1,
    requesterInstitutionsThreshold: 1,
    sensitivePersonThreshold: 1,
  };
  const report = await computeIndicators(db, settings, start, end, now);
  return {
    users: report.rankings.users
      .map(({ userId, actions, persons, searchesByName, searchesByNiss, outOfHours, denied, consultations }) => ({
        userId,
        actions,
        persons,
        searchesByName,
        searchesByNiss,
        outOfHours,
        denied,
        consultations,
      }))
      .sort((a, b) => a.userId.localeCompare(b.userId)),
    persons: report.rankings.persons
      .map(({ personId, actions, users }) => ({ personId, actions, users }))
      .sort((a, b) => a.personId.localeCompare(b.personId)),
    requested: report.items
      .filter((item) => item.indicator === 'person-requested-by-many-cpas')
      .map((item) => `${item.personId}:${item.count}`)
      .sort(),
    watched: report.items
      .filter((item) => item.indicator === 'sensitive-person-access')
      .map((item) => `${item.personId}:${item.userId}:${item.count}`)
      .sort(),
    report: canonical(report),
  };
}

test('indicators read from the daily summaries equal those counted from the events, edges and late events included', async () => {
  userIds = (
    await db.query<{ id: string }>(
      `INSERT INTO users (username, display_name, role) SELECT 'u' || g, 'User ' || g, CASE WHEN g = 3 THEN 'security-advisor' ELSE 'social-worker' END
         FROM generate_series(0, 3) g ORDER BY g RETURNING id`,
    )
  ).map((row) => row.id);
  personIds = (
    await db.query<{ id: string }>(
      `INSERT INTO persons (provisional_id, family_name, given_names, is_sensitive)
       SELECT 'P' || g, 'Family' || g, 'Given', g = ANY($1::int[]) FROM generate_series(0, 5) g ORDER BY g RETURNING id`,
      [WATCHED],
    )
  ).map((row) => row.id);
  await db.query('UPDATE users SET supervisor_id = $1 WHERE id = $2', [userIds[0], userIds[2]]);
  const [file] = await db.query<{ id: string }>(
    `INSERT INTO aid_requests (person_id, kind, status, received_at, original_received_at, acknowledgement_number, acknowledgement_issued_at, created_by)
     VALUES ($1, 'ris', 'investigating', '2026-02-20', '2026-02-20', 'A-1', '2026-02-20', $2) RETURNING id`,
    [personIds[1], userIds[2]],
  );
  await db.query('INSERT INTO assignments (request_id, user_id) VALUES ($1, $2)', [file!.id, userIds[2]]);
  const events = generate(600, 7);
  await insert(events);
  const settings = await readSetting(db, 'oversight');
  const office = { start: settings.officeHoursStart, end: settings.officeHoursEnd };
  // From 2 March 11:00 to 8 March 16:00 in Brussels: partial days at both edges.
  const start = new Date('2026-03-02T10:00:00Z');
  const end = new Date('2026-03-08T15:00:00Z');
  const now = new Date('2026-03-20T09:00:00Z');
  const truth = expected(events, start, end, office);
  assert.ok(truth.users.length >= 3 && truth.persons.length >= 5, 'the sample touches several users and persons');

  const fromEvents = await indicators(start, end, now);
  assert.deepEqual(fromEvents.users, truth.users, 'read from the events: per user');
  assert.deepEqual(fromEvents.persons, truth.persons, 'read from the events: per person');
  assert.deepEqual(fromEvents.watched, truth.watched, 'read from the events: persons under watch');
  assert.ok(truth.watched.length >= 3, 'the sample raises accesses to persons under watch');

  const refreshed = await refreshAuditRollups(db, { from: start, to: end, now, office });
  assert.equal(refreshed.summarised, 5, 'the whole days 3 to 7 March are summarised');
  const fromSummaries = await indicators(start, end, now);
  assert.deepEqual(fromSummaries, fromEvents, 'read from the summaries and the edges: the same figures');
  assert.equal((await refreshAuditRollups(db, { from: start, to: end, now, office })).summarised, 0, 'a second refresh has nothing to do');

  // An event dated in a summarised day (5 March, 23:30 local, out of hours): that day is summarised again.
  const late = generate(1, 99).map((e) => ({ ...e, at: new Date('2026-03-05T22:30:00Z'), user: 1, person: 2, role: 'social-worker' }));
  await insert(late);
  const afterLate = await refreshAuditRollups(db, { from: start, to: end, now, office });
  assert.deepEqual(afterLate, { summarised: 1, stale: 1 }, 'the stale day is dropped and summarised again');
  const withLate = await indicators(start, end, now);
  const truthWithLate = expected([...events, ...late], start, end, office);
  assert.deepEqual(withLate.users, truthWithLate.users, 'the late event counts, out of hours');
  assert.deepEqual(withLate.persons, truthWithLate.persons);
  assert.deepEqual(withLate.watched, truthWithLate.watched);
  assert.deepEqual(
    withLate,
    await indicators(start, end, start),
    'the same report read from the events alone (nothing is over at the start)',
  );

  // The current day is never summarised: with `now` on 6 March, only 3 to 5 March are.
  await db.query('DELETE FROM audit_rollup_days');
  const early = await refreshAuditRollups(db, { from: start, to: end, now: new Date('2026-03-06T12:00:00Z'), office });
  assert.equal(early.summarised, 3, 'only the days that are over');
  assert.deepEqual(await indicators(start, end, new Date('2026-03-06T12:00:00Z')), withLate, 'the rest is read from the events');

  // Office hours changed (8:00 to 17:00): summaries made with the old hours are not read, then made again.
  await refreshAuditRollups(db, { from: start, to: end, now, office });
  const shorter = { start: 8, end: 17 };
  await db.query(
    `UPDATE settings SET value = value || jsonb_build_object('officeHoursStart', 8, 'officeHoursEnd', 17) WHERE key = 'oversight'`,
  );
  const truthShorter = expected([...events, ...late], start, end, shorter);
  assert.deepEqual((await indicators(start, end, now)).users, truthShorter.users, 'read from the events while the summaries are stale');
  assert.equal(
    (await refreshAuditRollups(db, { from: start, to: end, now, office: shorter })).summarised,
    5,
    'made again with the new hours',
  );
  assert.deepEqual((await indicators(start, end, now)).users, truthShorter.users, 'and read from them');
});
