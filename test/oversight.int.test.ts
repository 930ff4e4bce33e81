/**
 * Misuse indicators and the monthly report (anchors §3.5 Suwinet, §7; R43, R44): a normal day of
 * casework raises nothing; a worker searching ten persons by name at 23:00 is named; refusals and
 * accesses to a person under watch are named; the advisor's own reads are logged and she never reads
 * a confidential note. The federation runs on a clock set to a weekday, 10:00 then 23:00 in Brussels.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { startTestFederation, type TestFederation } from './federation.ts';
import { DEMO_PERSONS, FOREST, MOLENBEEK } from '#casework/modules/demo/demo-federation.ts';
import { generateNiss } from '#contracts/niss.ts';
import { csrfOf, webLoggedIn } from './web-browser.ts';
import { brussels, settableClock } from './clock.ts';
import { cliEnv, runCli } from './cli.ts';
import { belgianPublicHolidays, currentMonth } from '#platform/brussels-time.ts';
import { institutionUsage } from '#hub/modules/exchange-log/usage-report.ts';

/**
 * The next working day (Monday to Friday, not a public holiday) after today: ahead of the database's clock, so that what the
 * database stamps with now() (outbox messages due, for one) is already due on the federation's clock.
 */
function nextWeekday(): string {
  const date = new Date(Date.now() + 86_400_000);
  const isHoliday = () => belgianPublicHolidays(date.getUTCFullYear()).includes(date.toISOString().slice(0, 10));
  while ([0, 6].includes(date.getUTCDay()) || isHoliday()) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

const day = nextWeekday();
const { clock, set: setClock } = settableClock(brussels(day, 10));

let fed: TestFederation;
let marie: string;
let luc: string;
let sophie: string;
let anne: string;
let lucId: string;
let marieId: string;
const persons: { id: string; niss: string; requestId: string }[] = [];

const logInAll = async () => {
  [marie, luc, sophie, anne] = await Promise.all([
    fed.login('marie.forest'),
    fed.login('luc.forest'),
    fed.login('sophie.forest'),
    fed.login('anne.forest'),
  ]);
};

const indicators = async (token = anne) => {
  const response = await fed.api(token, 'GET', `/api/v1/oversight/indicators?from=${day}&to=${day}`);
  assert.equal(response.status, 200, response.text);
  return response.body as {
    items: { indicator: string; userId?: string; personId?: string; count: number; threshold: number }[];
    rankings: { users: { userId: string }[]; persons: { personId: string }[] };
  };
};

before(async () => {
  fed = await startTestFederation({ clock });
  await logInAll();
  marieId = (await fed.api(marie, 'GET', '/api/v1/me')).body.id;
  lucId = (await fed.api(luc, 'GET', '/api/v1/me')).body.id;
});
after(async () => fed?.close());

test('a normal day of casework at the office raises no indicator', async () => {
  for (let index = 0; index < 3; index += 1) {
    const niss = generateNiss({ birthDate: `198${index}-03-1${index}`, sequence: 301 + index * 2 });
    const person = await fed.api(marie, 'POST', '/api/v1/persons', { niss, familyName: `Normal${index}`, givenNames: 'Jour' });
    assert.equal(person.status, 201, person.text);
    const request = await fed.api(marie, 'POST', '/api/v1/aid-requests', {
      personId: person.body.id,
      kind: 'ris',
      receivedAt: clock().toISOString(),
    });
    assert.equal(request.status, 201, request.text);
    persons.push({ id: person.body.id, niss, requestId: request.body.id });
    assert.equal((await fed.api(marie, 'GET', `/api/v1/persons?niss=${niss}`)).status, 200);
    assert.equal((await fed.api(marie, 'GET', `/api/v1/aid-requests/${request.body.id}`)).status, 200);
    assert.equal((await fed.api(sophie, 'GET', `/api/v1/aid-requests/${request.body.id}`)).status, 200);
  }
  assert.equal(
    (
      await fed.api(marie, 'POST', `/api/v1/aid-requests/${persons[0]!.requestId}/notes`, {
        text: 'CONFIDENCE-7731 la personne craint son ex-conjoint',
        visibility: 'private',
      })
    ).status,
    201,
  );
  assert.equal((await fed.api(marie, 'GET', '/api/v1/persons?familyName=Normal1')).status, 200, 'one search by name is ordinary');
  assert.equal((await fed.api(marie, 'GET', '/api/v1/worklist')).status, 200);
  assert.equal((await fed.api(sophie, 'GET', '/api/v1/worklist')).status, 200);

  const report = await indicators();
  assert.deepEqual(report.items, [], `a normal day raised: ${JSON.stringify(report.items)}`);
  assert.ok(
    report.rankings.users.some((user) => user.userId === marieId),
    "the day's activity is counted in the rankings",
  );
});

test('a worker searching ten persons by name at 23:00 shows up on the indicators and in the monthly report', async () => {
  setClock(brussels(day, 23));
  // Thirteen hours later the morning's sessions have timed out: everyone logs in again.
  await logInAll();
  for (const name of ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'Normal2']) {
    assert.equal((await fed.api(luc, 'GET', `/api/v1/persons?familyName=${name}`)).status, 200);
  }
  const report = await indicators();
  const byName = report.items.find((item) => item.indicator === 'search-by-name' && item.userId === lucId);
  assert.ok(byName, `search-by-name raised for the worker: ${JSON.stringify(report.items)}`);
  assert.equal(byName.count, 10, 'ten searches, whatever each found');
  assert.equal(byName.threshold, 5);
  const late = report.items.find((item) => item.indicator === 'out-of-hours' && item.userId === lucId);
  assert.ok(late && late.count >= 10, `out-of-hours raised for the worker: ${JSON.stringify(report.items)}`);
  assert.ok(!report.items.some((item) => item.userId === marieId), 'the colleague who worked at the office is not named');

  const monthly = await fed.api(anne, 'GET', `/api/v1/oversight/reports/monthly?month=${day.slice(0, 7)}`);
  assert.equal(monthly.status, 200, monthly.text);
  const { generic, specific } = monthly.body;
  assert.ok(
    specific.indicators.some(
      (item: { indicator: string; userId?: string }) => item.indicator === 'search-by-name' && item.userId === lucId,
    ),
    'the monthly report names the pattern',
  );
  assert.ok(
    specific.indicators.some((item: { indicator: string; userId?: string }) => item.indicator === 'out-of-hours' && item.userId === lucId),
    'and the hour',
  );
  assert.ok(generic.searchesByName >= 11 && generic.nameSearchShare > 0.5, `generic share of searches by name: ${JSON.stringify(generic)}`);
  assert.ok(generic.outOfHoursActions >= 10, 'actions out of hours counted');
  assert.doesNotMatch(
    JSON.stringify(generic),
    /Luc|Janssens|Dubois|[0-9a-f]{8}-[0-9a-f]{4}-/,
    'the generic part points to no user and no person',
  );
});

test('repeated attempts to open files one may not see are named', async () => {
  for (const id of [randomUUID(), randomUUID(), persons[1]!.requestId]) {
    assert.equal((await fed.api(luc, 'GET', `/api/v1/aid-requests/${id}`)).status, 404);
  }
  const denied = (await indicators()).items.find((item) => item.indicator === 'denied-attempts' && item.userId === lucId);
  assert.ok(denied && denied.count >= 3, 'denied-attempts raised');
});

test('a person under watch: a worker outside the file is named, the worker of the file is not', async () => {
  const watched = persons[2]!;
  const noReason = await fed.api(anne, 'PUT', `/api/v1/persons/${watched.id}/sensitivity`, { isSensitive: true });
  assert.equal(noReason.status, 422);
  assert.equal(noReason.body.code, 'sensitivity.reason-required');
  assert.equal(
    (await fed.api(marie, 'PUT', `/api/v1/persons/${watched.id}/sensitivity`, { isSensitive: true, reason: 'staff member' })).status,
    403,
  );
  const flagged = await fed.api(anne, 'PUT', `/api/v1/persons/${watched.id}/sensitivity`, {
    isSensitive: true,
    reason: 'membre du personnel du CPAS',
  });
  assert.equal(flagged.status, 200, flagged.text);
  assert.equal(flagged.body.isSensitive, true);
  const listed = await fed.api(anne, 'GET', '/api/v1/oversight/sensitive-persons');
  assert.ok(
    listed.body.items.some(
      (item: { id: string; reason: string }) => item.id === watched.id && item.reason === 'membre du personnel du CPAS',
    ),
    'listed with its reason',
  );

  assert.equal(
    (await fed.api(marie, 'GET', `/api/v1/aid-requests/${watched.requestId}`)).status,
    200,
    'the worker of the file works as usual',
  );
  assert.equal((await fed.api(luc, 'GET', `/api/v1/persons?niss=${watched.niss}`)).status, 200, 'a colleague looks the person up');
  const items = (await indicators()).items.filter((item) => item.indicator === 'sensitive-person-access' && item.personId === watched.id);
  assert.deepEqual(
    items.map((item) => item.userId),
    [lucId],
    `only the colleague outside the file is named: ${JSON.stringify(items)}`,
  );
});

test("the security advisor's own reads are in the audit log, and she never reads a confidential note", async () => {
  const db = fed.tenants.byKbo(FOREST.kbo)!.db;
  const reads = await db.query<{ action: string }>(
    `SELECT e.action FROM audit_events e JOIN users u ON u.id = e.user_id WHERE u.username = 'anne.forest' AND e.action LIKE 'oversight.%'`,
  );
  assert.ok(
    reads.some((row) => row.action === 'oversight.indicators.read'),
    'indicator reads logged',
  );
  assert.ok(
    reads.some((row) => row.action === 'oversight.monthly-report.read'),
    'monthly report reads logged',
  );
  assert.equal((await fed.api(anne, 'GET', `/api/v1/aid-requests/${persons[0]!.requestId}/notes`)).status, 404, 'notes are case-based');
  const report = await fed.api(anne, 'GET', `/api/v1/persons/${persons[0]!.id}/access-report`);
  assert.equal(report.status, 200, report.text);
  assert.doesNotMatch(report.text, /CONFIDENCE-7731/, 'the access report says a note exists, never what it says');
  assert.equal(report.body.confidentialNotes[0].count, 1);
});

test('the security advisor reads the audit log of one user or about one person, for an investigation; never the whole log at once', async () => {
  const ofLuc = await fed.api(anne, 'GET', `/api/v1/oversight/audit-events?userId=${lucId}&from=${day}&to=${day}&limit=5`);
  assert.equal(ofLuc.status, 200, ofLuc.text);
  assert.equal(ofLuc.body.user.displayName, 'Luc Janssens');
  assert.ok(ofLuc.body.total >= 10 && ofLuc.body.items.length === 5, `the late searches and more, by pages: ${ofLuc.body.total}`);
  assert.ok(
    ofLuc.body.items.every((item: { user: { id: string } }) => item.user.id === lucId),
    'only that user',
  );
  const about = await fed.api(anne, 'GET', `/api/v1/oversight/audit-events?personId=${persons[2]!.id}&from=${day}&to=${day}`);
  assert.ok(
    about.body.items.some(
      (item: { user: { id: string }; action: string }) => item.user.id === lucId && item.action === 'person.search-by-niss',
    ),
    "the colleague's look-up of the watched person",
  );
  assert.doesNotMatch(about.text, /CONFIDENCE-7731/, 'no content');
  const unfiltered = await fed.api(anne, 'GET', '/api/v1/oversight/audit-events');
  assert.equal(unfiltered.status, 422);
  assert.equal(unfiltered.body.code, 'audit-log.filter-required');
  assert.equal((await fed.api(anne, 'GET', '/api/v1/oversight/audit-events?userId=nope')).status, 422);
  assert.equal((await fed.api(sophie, 'GET', `/api/v1/oversight/audit-events?userId=${lucId}`)).status, 403);
  const browser = await webLoggedIn(fed.baseUrl, 'anne.forest', 'nl-BE');
  const overview = await browser.request('GET', `/oversight?from=${day}&to=${day}`);
  assert.ok(overview.text.includes(`/oversight/audit?userId=${lucId}`), 'the worker named by an indicator links to his log');
  const page = await browser.request('GET', `/oversight/audit?userId=${lucId}&from=${day}&to=${day}`);
  assert.equal(page.status, 200);
  assert.ok(page.text.includes('Auditlogboek van Luc Janssens'), 'the page in Dutch');
});

test('only the security advisor reads the indicators and the monthly report; a malformed month is refused', async () => {
  for (const token of [marie, sophie]) {
    assert.equal((await fed.api(token, 'GET', '/api/v1/oversight/indicators')).status, 403);
    const monthly = await fed.api(token, 'GET', '/api/v1/oversight/reports/monthly');
    assert.equal(monthly.status, 403);
    assert.equal(monthly.body.code, 'oversight.forbidden');
  }
  const malformed = await fed.api(anne, 'GET', '/api/v1/oversight/reports/monthly?month=2026-13');
  assert.equal(malformed.status, 422);
  assert.equal(malformed.body.code, 'period.invalid');
  assert.match(malformed.headers.get('content-type') ?? '', /application\/problem\+json/);
  const backwards = await fed.api(anne, 'GET', '/api/v1/oversight/indicators?from=2026-02-01&to=2026-01-01');
  assert.equal(backwards.status, 422);
  assert.doesNotMatch(fed.logs(), new RegExp(persons.map((person) => person.niss).join('|')), 'no NISS in any log line');
});

test('the oversight pages show the indicators and the monthly report in French, Dutch and German, to the security advisor only', async () => {
  const expected = {
    'fr-BE': 'Recherches par nom plutôt que par NISS',
    'nl-BE': 'Zoekopdrachten op naam in plaats van INSZ',
    'de-BE': 'Suchen nach Namen statt nach NISS',
  };
  for (const [language, label] of Object.entries(expected)) {
    const browser = await webLoggedIn(fed.baseUrl, 'anne.forest', language);
    const page = await browser.request('GET', `/oversight?from=${day}&to=${day}`);
    assert.equal(page.status, 200, page.text.slice(0, 300));
    assert.ok(page.text.includes(label), `${language}: the raised indicator is named`);
    assert.ok(page.text.includes('Luc Janssens'), `${language}: the worker is named to the advisor`);
    const monthly = await browser.request('GET', `/oversight/reports/monthly?month=${day.slice(0, 7)}`);
    assert.equal(monthly.status, 200);
    assert.ok(monthly.text.includes(label), `${language}: the monthly report names the pattern`);
  }
  const worker = await webLoggedIn(fed.baseUrl, 'marie.forest');
  assert.equal((await worker.request('GET', '/oversight')).status, 403);
});

test('the security advisor puts a person under watch from the page by NISS, with a reason, and lifts it', async () => {
  const browser = await webLoggedIn(fed.baseUrl, 'anne.forest');
  const page = await browser.request('GET', '/oversight');
  const empty = await browser.request('POST', '/oversight/watch', { _csrf: csrfOf(page.text), niss: persons[1]!.niss, reason: '' });
  assert.equal(empty.status, 422);
  assert.ok(empty.text.includes('Indiquez pourquoi cette personne est sous surveillance'), 'the missing reason is said on the field');
  const unknown = await browser.request('POST', '/oversight/watch', {
    _csrf: csrfOf(page.text),
    niss: generateNiss({ birthDate: '1970-01-01', sequence: 997 }),
    reason: 'personnalité publique',
  });
  assert.equal(unknown.status, 404);
  assert.ok(unknown.text.includes('Personne n’est enregistré sous ce numéro'), 'an unknown number is said on the field');
  const added = await browser.request('POST', '/oversight/watch', {
    _csrf: csrfOf(page.text),
    niss: persons[1]!.niss,
    reason: 'personnalité publique',
  });
  assert.equal(added.status, 303);
  const listed = await browser.request('GET', '/oversight?done=watched');
  assert.ok(listed.text.includes('personnalité publique'), 'listed with its reason');
  const lift = await browser.request('POST', `/oversight/watch/${persons[1]!.id}/lift`, { _csrf: csrfOf(listed.text) });
  assert.equal(lift.status, 303);
  const after = await fed.api(anne, 'GET', '/api/v1/oversight/sensitive-persons');
  assert.ok(!after.body.items.some((item: { id: string }) => item.id === persons[1]!.id), 'the watch is lifted');
});

test("from the exchange: a worker's RSE consultations, and a person whose summary other CPAS asked, are counted against their thresholds", async () => {
  const forestDb = fed.tenants.byKbo(FOREST.kbo)!.db;
  const molenbeekDb = fed.tenants.byKbo(MOLENBEEK.kbo)!.db;
  // Thresholds are data: a CPAS that wants to see every consultation sets them to one.
  await forestDb.query(`UPDATE settings SET value = value || '{"consultationThreshold": 1}' WHERE key = 'oversight'`);
  await molenbeekDb.query(`UPDATE settings SET value = value || '{"requesterInstitutionsThreshold": 1}' WHERE key = 'oversight'`);
  const nadia = DEMO_PERSONS.find((person) => person.scenario === 'moved')!;
  const personId = (await fed.api(marie, 'GET', `/api/v1/persons?niss=${nadia.niss}`)).body.items[0].id;
  const requestId = (await fed.api(marie, 'GET', `/api/v1/aid-requests?personId=${personId}`)).body.items[0].id;
  assert.equal(
    (
      await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/person-informed`, {
        informedAt: clock().toISOString(),
        method: 'in-person',
      })
    ).status,
    201,
  );
  const consultation = await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/rse-consultations`, {
    purpose: 'social-investigation',
  });
  assert.equal(consultation.status, 201, consultation.text);

  const forest = (await indicators()).items.find((item) => item.indicator === 'consultations-volume' && item.userId === marieId);
  assert.equal(forest?.count, 1, 'the consultation counts for the worker who asked it');
  const omar = await fed.login('omar.molenbeek');
  const molenbeek = await fed.api(omar, 'GET', `/api/v1/oversight/indicators?from=${day}&to=${day}`);
  const requested = molenbeek.body.items.find((item: { indicator: string }) => item.indicator === 'person-requested-by-many-cpas');
  assert.ok(
    requested && requested.count === 1 && requested.personName.includes('El Amrani'),
    `the provider sees who was asked about: ${JSON.stringify(molenbeek.body.items)}`,
  );

  // The hub operator's view of the same day, from the exchange log's metadata.
  const usage = await institutionUsage(fed.hub.db, new Date(Date.now() - 86_400_000), new Date(clock().getTime() + 86_400_000));
  const forestUsage = usage.institutions.find((row) => row.kbo === FOREST.kbo);
  assert.ok(
    forestUsage && forestUsage.accepted >= 1 && forestUsage.persons >= 1,
    `Forest's consultations in the hub's log: ${JSON.stringify(usage.institutions)}`,
  );
  assert.doesNotMatch(JSON.stringify(usage), new RegExp(nadia.niss), "the hub's report holds no NISS");
  const env = cliEnv(fed.config);
  const printed = await runCli(['hub-usage', '--month', currentMonth(new Date())], env);
  assert.equal(printed.code, 0, printed.stderr);
  assert.match(printed.stdout, new RegExp(`${FOREST.kbo} CPAS de Forest \\(DEMO\\): \\d+ consultations about \\d+ persons`));
  assert.equal((await runCli(['hub-usage', '--month', '2026-13'], env)).code, 2, 'a malformed month is refused');
});

test("the person's access report lists every emergency opening of their files, with its reason and the review", async () => {
  const opened = await fed.api(luc, 'POST', `/api/v1/aid-requests/${persons[0]!.requestId}/break-glass`, {
    reason: 'Expulsion annoncée, dossier de la collègue absente',
  });
  assert.equal(opened.status, 201, opened.text);
  const report = await fed.api(anne, 'GET', `/api/v1/persons/${persons[0]!.id}/access-report`);
  assert.deepEqual(
    report.body.breakGlass.map((entry: { by: string; reason: string; verdict: string }) => [entry.by, entry.reason, entry.verdict]),
    [['Luc Janssens', 'Expulsion annoncée, dossier de la collègue absente', 'pending-review']],
  );
});

test('the security advisor changes a threshold within its bounds; the change is logged with its previous value and the indicators follow it', async () => {
  assert.equal((await fed.api(marie, 'PUT', '/api/v1/settings/oversight', { nameSearchThreshold: 20 })).status, 403);
  for (const [key, body, path] of [
    ['oversight', { nameSearchThreshold: 0 }, '/nameSearchThreshold'],
    ['oversight', { invented: 3 }, '/invented'],
    ['oversight', { officeHoursStart: 20 }, '/officeHoursEnd'],
    ['retention', { auditLogMonths: 6 }, '/auditLogMonths'],
    ['statistics', { smallCellThreshold: 1 }, '/smallCellThreshold'],
  ] as const) {
    const refused = await fed.api(anne, 'PUT', `/api/v1/settings/${key}`, body);
    assert.equal(refused.status, 422, `${key} ${JSON.stringify(body)}: ${refused.text}`);
    assert.equal(refused.body.code, 'setting.invalid');
    assert.ok(
      refused.body.errors.some((error: { path: string }) => error.path === path),
      `${key}: the error names ${path}: ${refused.text}`,
    );
  }
  assert.equal((await fed.api(anne, 'PUT', '/api/v1/settings/hub-secret', { a: 1 })).status, 404);

  const saved = await fed.api(anne, 'PUT', '/api/v1/settings/oversight', { nameSearchThreshold: 20 });
  assert.equal(saved.status, 200, saved.text);
  assert.equal(saved.body.value.officeHoursStart, 7, 'the other fields keep their value');
  assert.ok(
    !(await indicators()).items.some((item) => item.indicator === 'search-by-name'),
    'ten searches are under a threshold of twenty',
  );
  const history = await fed.api(anne, 'GET', '/api/v1/settings/oversight/history');
  assert.equal(history.body.items[0].previous.nameSearchThreshold, 5);
  assert.equal(history.body.items[0].changedBy, 'Anne Wauters');

  // The page: a value out of range is said on its field; a good one is saved.
  const browser = await webLoggedIn(fed.baseUrl, 'anne.forest');
  const page = await browser.request('GET', '/oversight/settings');
  assert.equal(page.status, 200);
  const form = { _csrf: csrfOf(page.text), smallCellThreshold: '1' };
  const refused = await browser.request('POST', '/oversight/settings/statistics', form);
  assert.equal(refused.status, 422);
  assert.ok(refused.text.includes('aria-invalid="true"'), 'the field is marked invalid');
  const accepted = await browser.request('POST', '/oversight/settings/statistics', { ...form, smallCellThreshold: '10' });
  assert.equal(accepted.status, 303, accepted.text.slice(0, 300));
  assert.equal(
    (await fed.api(anne, 'GET', '/api/v1/settings')).body.items.find((item: { key: string }) => item.key === 'statistics').value
      .smallCellThreshold,
    10,
  );
});

test("an emergency opening of a closed file is told on the worklist of the file's worker, not of the one who opened it", async () => {
  const file = persons[1]!;
  assert.equal((await fed.api(marie, 'POST', `/api/v1/aid-requests/${file.requestId}/close`, { reason: 'aide terminée' })).status, 200);
  assert.equal(
    (
      await fed.api(luc, 'POST', `/api/v1/aid-requests/${file.requestId}/break-glass`, {
        reason: 'Question urgente du juge de paix sur ce dossier clôturé',
      })
    ).status,
    201,
  );
  const notices = async (token: string) =>
    (await fed.api(token, 'GET', '/api/v1/worklist?limit=200')).body.items.filter(
      (item: { alert: string; requestId: string }) => item.alert === 'break-glass-opened' && item.requestId === file.requestId,
    );
  assert.equal((await notices(marie)).length, 1, 'the worker of the closed file is told');
  assert.equal((await notices(luc)).length, 0, 'the worker who opened it is not told of his own opening');
  const click = await fed.api(marie, 'POST', `/api/v1/worklist/notices/${(await notices(marie))[0].noticeId}/handled`);
  assert.equal(click.status, 409, 'the notice is not closed while the letter to the person is due');
  assert.equal(click.body.code, 'worklist-notice.letter-due');
});

test('an action on a Belgian public holiday on a weekday counts as out of office hours', async () => {
  // A holiday on a weekday, so that only the holiday makes it out of hours.
  const armistice = belgianPublicHolidays(Number(day.slice(0, 4))).find(
    (date) => ![0, 6].includes(new Date(`${date}T12:00:00Z`).getUTCDay()),
  )!;
  // Five searches through the API on the morning of that holiday, at 10:00 in Brussels.
  setClock(brussels(armistice, 10));
  await logInAll();
  for (let index = 0; index < 5; index += 1)
    assert.equal((await fed.api(sophie, 'GET', `/api/v1/persons?niss=${persons[0]!.niss}`)).status, 200);
  const report = await fed.api(anne, 'GET', `/api/v1/oversight/indicators?from=${armistice}&to=${armistice}`);
  const sophieId = (await fed.api(sophie, 'GET', '/api/v1/me')).body.id;
  assert.ok(
    report.body.items.some((item: { indicator: string; userId?: string }) => item.indicator === 'out-of-hours' && item.userId === sophieId),
    `the holiday's actions are out of hours: ${JSON.stringify(report.body.items)}`,
  );
  setClock(brussels(day, 23));
  await logInAll();
});
