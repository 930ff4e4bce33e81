/**
 * Statistics that identify nobody (R49), over HTTP against a real PostgreSQL: data seeded through
 * the API in the first quarter of 2026 (the demo data lies months later), small cells and their
 * complements suppressed, CSV for the CPAS and the federal layout, every read audited (R43), and
 * no NISS, name or user anywhere in the JSON, the CSV or the web page.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateNiss } from '#contracts/niss.ts';
import { FOREST, DEMO_PASSWORD } from '#casework/modules/demo/demo-federation.ts';
import { startTestFederation, type TestFederation } from './federation.ts';

const NOW = new Date('2026-11-20T10:00:00Z');
const FAMILY = 'Vanderbrouckèrezwyn';
const GIVEN = 'Théodulinde';

let fed: TestFederation;
let sophie: string;
const nisses: string[] = [];

type Cell = { dimensions: Record<string, string>; count: number | null; isSuppressed: boolean };
const find = (cells: Cell[], dimensions: Record<string, string>) =>
  cells.find(
    (cell) =>
      Object.keys(cell.dimensions).length === Object.keys(dimensions).length &&
      Object.entries(dimensions).every(([key, value]) => cell.dimensions[key] === value),
  );

/** One request through the API, with its decision and notification when given. */
async function seed(
  marie: string,
  index: number,
  kind: string,
  receivedAt: string,
  decision?: { decidedAt: string; outcome: string; notifiedAt?: string },
) {
  const niss = generateNiss({ birthDate: '1979-04-12', sequence: 101 + index * 2 });
  nisses.push(niss);
  const person = await fed.api(marie, 'POST', '/api/v1/persons', {
    niss,
    familyName: `${FAMILY}${String.fromCharCode(65 + index)}`,
    givenNames: GIVEN,
    language: 'fr',
  });
  assert.equal(person.status, 201, person.text);
  const request = await fed.api(marie, 'POST', '/api/v1/aid-requests', { personId: person.body.id, kind, receivedAt });
  assert.equal(request.status, 201, request.text);
  if (!decision) return;
  const decided = await fed.api(marie, 'POST', `/api/v1/aid-requests/${request.body.id}/decisions`, {
    decidedAt: decision.decidedAt,
    body: 'president-urgency',
    aidType: kind,
    outcome: decision.outcome,
    legalBasis: kind === 'ris' ? 'ris-law-2002' : 'organic-law-1976-art57',
    motivationCategory: decision.outcome === 'granted' ? 'state-of-need-established' : 'resources-above-threshold',
  });
  assert.equal(decided.status, 201, decided.text);
  if (decision.notifiedAt) {
    const notified = await fed.api(marie, 'POST', `/api/v1/decisions/${decided.body.id}/notification`, {
      sentAt: decision.notifiedAt,
      method: 'registered-letter',
    });
    assert.equal(notified.status, 201, notified.text);
  }
}

before(async () => {
  fed = await startTestFederation({ clock: () => new Date(NOW) });
  const marie = await fed.login('marie.forest');
  sophie = await fed.login('sophie.forest');
  let index = 0;
  // 14 financial-aid requests: 7 decided late (received 5 January, due 5 February), 8 granted and 6 refused, all notified in time.
  for (let i = 0; i < 14; i += 1) {
    await seed(marie, index++, 'financial-aid', i < 7 ? '2026-01-05T09:00:00Z' : '2026-02-02T09:00:00Z', {
      decidedAt: '2026-02-20',
      outcome: i < 8 ? 'granted' : 'refused',
      notifiedAt: '2026-02-23',
    });
  }
  // 6 RIS granted on time, never notified; 2 heating allowances: too few to publish.
  for (let i = 0; i < 6; i += 1) await seed(marie, index++, 'ris', '2026-02-09T09:00:00Z', { decidedAt: '2026-02-25', outcome: 'granted' });
  for (let i = 0; i < 2; i += 1)
    await seed(marie, index++, 'heating-allowance', '2026-02-16T09:00:00Z', { decidedAt: '2026-03-02', outcome: 'granted' });
});
after(async () => fed?.close());

/** Fails when a body holds a NISS, a seeded name, a worker's name or username, or any user id. */
function assertIdentifiesNobody(text: string, where: string) {
  for (const niss of nisses) assert.ok(!text.includes(niss), `a NISS in ${where}`);
  assert.doesNotMatch(text, /\b\d{11}\b/, `an 11-digit number in ${where}`);
  for (const name of [FAMILY, GIVEN, 'Marie Dubois', 'Sophie Lambert', 'marie.forest', 'sophie.forest'])
    assert.ok(!text.includes(name), `"${name}" in ${where}`);
  assert.doesNotMatch(text, /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i, `a user or record id in ${where}`);
}

describe('statistics of the CPAS (R49)', () => {
  test('counts requests and decisions, publishes no cell below the threshold, and hides the complement that would give a small cell away', async () => {
    const response = await fed.api(sophie, 'GET', '/api/v1/statistics?from=2026-01-01&to=2026-03-31');
    assert.equal(response.status, 200, response.text);
    const { cells, smallCellThreshold, institution } = response.body as {
      cells: Cell[];
      smallCellThreshold: number;
      institution: { kbo: string; name: string };
    };
    assert.equal(smallCellThreshold, 5);
    assert.equal(institution.kbo, FOREST.kbo);
    for (const cell of cells) assert.ok(cell.count === null || cell.count >= 5, `published ${JSON.stringify(cell)}`);
    assert.equal(find(cells, { measure: 'requests', kind: 'financial-aid' })?.count, 14);
    assert.equal(find(cells, { measure: 'requests' })?.count, 22);
    assert.equal(find(cells, { measure: 'requests', month: '2026-01' })?.count, 7);
    assert.equal(find(cells, { measure: 'requests', month: '2026-02' })?.count, 15);
    const heating = find(cells, { measure: 'requests', kind: 'heating-allowance' });
    assert.deepEqual([heating?.count, heating?.isSuppressed], [null, true], 'the two heating allowances are suppressed');
    // 22 − 14 would give the 2 heating allowances if the 6 RIS requests were published.
    assert.equal(find(cells, { measure: 'requests', kind: 'ris' })?.count, null, 'the complement is suppressed too');
    assert.equal(find(cells, { measure: 'decisions', aidType: 'financial-aid', outcome: 'granted' })?.count, 8);
    assert.equal(find(cells, { measure: 'decisions', aidType: 'financial-aid', outcome: 'refused' })?.count, 6);
    assert.equal(find(cells, { measure: 'decisions', aidType: 'heating-allowance', outcome: 'granted' })?.count, null);
    assert.equal(
      find(cells, { measure: 'decision-within-deadline', aidType: 'financial-aid', onTime: 'no' })?.count,
      7,
      'decided after one month: late',
    );
    assert.equal(find(cells, { measure: 'decision-within-deadline', aidType: 'financial-aid', onTime: 'yes' })?.count, 7);
    assert.equal(find(cells, { measure: 'notification-within-8-days', aidType: 'financial-aid', onTime: 'yes' })?.count, 14);
    assert.equal(
      find(cells, { measure: 'notification-within-8-days', onTime: 'no' })?.count,
      8,
      'the RIS and heating decisions were never notified',
    );
    assert.equal(
      find(cells, { measure: 'notification-within-8-days', aidType: 'ris', onTime: 'no' })?.count,
      null,
      'the RIS row would give away the heating row',
    );
    for (const cell of cells) assert.ok(!('worker' in cell.dimensions) && !('user' in cell.dimensions), 'no measure by worker');
    assertIdentifiesNobody(response.text, 'the JSON');
  });

  test('no suppressed cell can be recovered from a published total of its group', async () => {
    const { cells } = (await fed.api(sophie, 'GET', '/api/v1/statistics?from=2026-01-01&to=2026-03-31')).body as { cells: Cell[] };
    const groups: [Record<string, string>, string, string][] = [
      [{ measure: 'requests' }, 'kind', 'requests'],
      [{ measure: 'requests' }, 'month', 'requests'],
      [{ measure: 'decisions', outcome: 'granted' }, 'aidType', 'decisions'],
      [{ measure: 'decision-within-deadline', onTime: 'yes' }, 'aidType', 'decision-within-deadline'],
      [{ measure: 'notification-within-8-days', onTime: 'no' }, 'aidType', 'notification-within-8-days'],
    ];
    for (const [totalDimensions, dimension, measure] of groups) {
      const total = find(cells, totalDimensions);
      const fixed = Object.entries(totalDimensions).filter(([key]) => key !== 'measure');
      const members = cells.filter(
        (cell) =>
          cell.dimensions.measure === measure &&
          dimension in cell.dimensions &&
          Object.keys(cell.dimensions).length === fixed.length + 2 &&
          fixed.every(([key, value]) => cell.dimensions[key] === value),
      );
      const hidden = members.filter((cell) => cell.isSuppressed);
      if (total && !total.isSuppressed)
        assert.notEqual(
          hidden.length,
          1,
          `${JSON.stringify(totalDimensions)} minus its published cells gives ${JSON.stringify(hidden[0]?.dimensions)}`,
        );
    }
  });

  test('the CSV names the CPAS, the period and the threshold, one row per cell, suppressed cells empty and flagged', async () => {
    for (const url of [
      '/api/v1/statistics.csv?from=2026-01-01&to=2026-03-31',
      '/api/v1/statistics?from=2026-01-01&to=2026-03-31&format=csv',
    ]) {
      const response = await fed.api(sophie, 'GET', url);
      assert.equal(response.status, 200, response.text);
      assert.equal(response.headers.get('content-type'), 'text/csv; charset=utf-8');
      assert.match(
        response.headers.get('content-disposition') ?? '',
        /^attachment; filename="statistics-\d{10}-2026-01-01-2026-03-31\.csv"$/,
      );
      const lines = response.text.trimEnd().split('\r\n');
      assert.ok(
        lines.some((line) => line === `# institution: ${FOREST.kbo} CPAS de Forest (DEMO)`),
        'the institution is named',
      );
      assert.ok(lines.includes('# period: 2026-01-01 to 2026-03-31'), 'the period is named');
      assert.ok(
        lines.some((line) => line.startsWith('# small-cell threshold: 5;')),
        'the threshold is named',
      );
      assert.ok(lines.includes('measure,kind,month,aidType,outcome,onTime,purpose,status,count,suppressed'), 'the column header');
      assert.ok(lines.includes('requests,financial-aid,,,,,,,14,0'), 'a published row');
      assert.ok(lines.includes('requests,heating-allowance,,,,,,,,1'), 'a suppressed row: empty count, flag 1');
      for (const line of lines.filter((row) => !row.startsWith('#') && !row.startsWith('measure,'))) {
        const count = line.split(',')[8];
        assert.ok(count === '' || Number(count) >= 5, `published CSV row ${line}`);
      }
      assertIdentifiesNobody(response.text, url);
    }
  });

  test('the federal return lists every code of the quarter, zeros included, with the institution on every CSV row', async () => {
    const response = await fed.api(sophie, 'GET', '/api/v1/statistics/federal?year=2026&quarter=1');
    assert.equal(response.status, 200, response.text);
    assert.equal(response.body.schema, 'rse.federal-statistics/1');
    // The quarter in Brussels time: from midnight on 1 January (CET) to the last millisecond of 31 March (CEST).
    assert.equal(response.body.from, '2025-12-31T23:00:00.000Z');
    assert.equal(response.body.to, '2026-03-31T21:59:59.999Z');
    assert.deepEqual(response.body.period, { from: '2026-01-01', to: '2026-03-31' });
    const cells = response.body.cells as Cell[];
    assert.equal(find(cells, { measure: 'requests', kind: 'urgent-medical-aid' })?.count, 0, 'an aid kind without requests is listed as 0');
    assert.equal(find(cells, { measure: 'requests', month: '2026-03' })?.count, 0, 'every month of the quarter is listed');
    assert.equal(find(cells, { measure: 'requests', kind: 'financial-aid' })?.count, 14);
    for (const cell of cells) assert.ok(cell.count === null || cell.count === 0 || cell.count >= 5, `published ${JSON.stringify(cell)}`);
    const csv = await fed.api(sophie, 'GET', '/api/v1/statistics/federal?year=2026&quarter=1&format=csv');
    assert.equal(csv.status, 200);
    assert.equal(csv.headers.get('content-type'), 'text/csv; charset=utf-8');
    const [header, ...rows] = csv.text.trimEnd().split('\r\n');
    assert.equal(
      header,
      'institutionKbo,institutionName,year,quarter,smallCellThreshold,measure,kind,month,aidType,outcome,onTime,purpose,status,count,suppressed',
    );
    assert.equal(rows.length, cells.length, 'one row per cell');
    for (const row of rows) assert.ok(row.startsWith(`${FOREST.kbo},CPAS de Forest (DEMO),2026,1,5,`), `institution and quarter on ${row}`);
    assertIdentifiesNobody(response.text, 'the federal JSON');
    assertIdentifiesNobody(csv.text, 'the federal CSV');
  });

  test('every statistics read is in the audit log, without a person', async () => {
    const db = fed.tenants.byKbo(FOREST.kbo)!.db;
    const count = async () =>
      (await db.one<{ n: number }>(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'statistics.read' AND person_id IS NULL`))!
        .n;
    const before = await count();
    await fed.api(sophie, 'GET', '/api/v1/statistics?from=2026-01-01&to=2026-03-31');
    await fed.api(sophie, 'GET', '/api/v1/statistics.csv?from=2026-01-01&to=2026-03-31');
    await fed.api(sophie, 'GET', '/api/v1/statistics/federal?year=2026&quarter=1&format=csv');
    assert.equal(await count(), before + 3);
    const last = await db.one<{ reason: string; record_type: string }>(
      `SELECT reason, record_type FROM audit_events WHERE action = 'statistics.read' ORDER BY id DESC LIMIT 1`,
    );
    assert.deepEqual(last, { reason: 'federal csv 2026-Q1', record_type: 'statistics' });
  });

  test('the default period is the last 30 calendar days in Brussels, today included, and is labelled as counted', async () => {
    // NOW is 20 November 2026: the 30 days are 22 October (CEST) to 20 November (CET), whole days.
    const response = await fed.api(sophie, 'GET', '/api/v1/statistics');
    assert.equal(response.status, 200, response.text);
    assert.deepEqual(response.body.period, { from: '2026-10-22', to: '2026-11-20' });
    assert.equal(response.body.from, '2026-10-21T22:00:00.000Z');
    assert.equal(response.body.to, '2026-11-20T22:59:59.999Z');
    const explicit = await fed.api(sophie, 'GET', '/api/v1/statistics?from=2026-10-22&to=2026-11-20');
    assert.deepEqual(explicit.body.cells, response.body.cells, 'the default period counts what its label says');
  });

  test('refuses other roles with 403, a reversed period with 422 and a quarter 5 with 400', async () => {
    const marie = await fed.login('marie.forest');
    const refused = await fed.api(marie, 'GET', '/api/v1/statistics.csv');
    assert.equal(refused.status, 403);
    assert.equal(refused.body.code, 'access.role');
    assert.equal((await fed.api(marie, 'GET', '/api/v1/statistics/federal?year=2026&quarter=1')).status, 403);
    const reversed = await fed.api(sophie, 'GET', '/api/v1/statistics?from=2026-03-31&to=2026-01-01');
    assert.equal(reversed.status, 422);
    assert.equal(reversed.body.code, 'period.invalid');
    assert.match(reversed.headers.get('content-type') ?? '', /application\/problem\+json/);
    const tooLong = await fed.api(sophie, 'GET', '/api/v1/statistics?from=2000-01-01&to=2026-01-01');
    assert.equal(tooLong.body.code, 'period.too-long');
    const quarter = await fed.api(sophie, 'GET', '/api/v1/statistics/federal?year=2026&quarter=5');
    assert.equal(quarter.status, 400);
    assert.equal(quarter.body.code, 'validation.failed');
    assert.equal((await fed.api(sophie, 'GET', '/api/v1/statistics?format=xml')).status, 400);
    for (const username of ['anne.forest', 'admin.forest']) {
      assert.equal(
        (await fed.api(await fed.login(username), 'GET', '/api/v1/statistics/federal?year=2026&quarter=1')).status,
        200,
        `${username} reads the statistics`,
      );
    }
  });
});

describe('the statistics page', () => {
  /** A tiny browser: a cookie jar, no automatic redirects. */
  async function loggedIn(username: string, language: string) {
    const jar = new Map<string, string>();
    const request = async (method: string, url: string, form?: Record<string, string>) => {
      const response = await fetch(`${fed.baseUrl}${url}`, {
        method,
        redirect: 'manual',
        headers: {
          'accept-language': language,
          cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
          ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        },
        body: form ? new URLSearchParams(form).toString() : undefined,
      });
      for (const header of response.headers.getSetCookie()) {
        const [pair] = header.split(';');
        const [name, ...value] = pair!.split('=');
        jar.set(name!.trim(), value.join('='));
      }
      return { status: response.status, headers: response.headers, text: await response.text() };
    };
    const login = await request('GET', '/');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(login.text)?.[1] ?? '';
    assert.equal((await request('POST', '/login', { _csrf: csrf, username, password: DEMO_PASSWORD })).status, 303);
    jar.set('rse_lang', language);
    return request;
  }

  test('answers in French, Dutch and German with the tables, the chart and the explanation, and names nobody', async () => {
    const expected = { fr: 'Statistiques', nl: 'Statistieken', de: 'Statistiken' };
    for (const [language, title] of Object.entries(expected)) {
      const request = await loggedIn('sophie.forest', language);
      const page = await request('GET', '/statistics?from=2026-01-01&to=2026-03-31');
      assert.equal(page.status, 200, page.text.slice(0, 300));
      assert.match(page.text, new RegExp(`<html lang="${language}">`));
      assert.match(page.text, new RegExp(`<h1>${title}</h1>`));
      assert.match(page.text, /<svg[^>]+role="img"/, 'a chart');
      assert.match(page.text, /<caption[^>]*>/, 'tables with captions');
      assert.match(page.text, /href="\/statistics\.csv\?from=2026-01-01&amp;to=2026-03-31"/, 'the CSV link keeps the period');
      assert.doesNotMatch(page.text, /style=/, 'no inline style (the CSP forbids it)');
      assert.doesNotMatch(page.text, /⟦/, 'no missing text');
      // The page shows the user's own name in the header; the statistics part names nobody.
      const main = page.text.slice(page.text.indexOf('<main'), page.text.indexOf('</main>'));
      assertIdentifiesNobody(main, `the ${language} page`);
    }
  });

  test('the CSV downloads through the web application, and a worker gets the 403 page', async () => {
    const request = await loggedIn('sophie.forest', 'fr');
    const csv = await request('GET', '/statistics.csv?from=2026-01-01&to=2026-03-31');
    assert.equal(csv.status, 200);
    assert.equal(csv.headers.get('content-type'), 'text/csv; charset=utf-8');
    assert.match(csv.headers.get('content-disposition') ?? '', /^attachment; filename="statistics-/);
    assert.ok(csv.text.includes('requests,financial-aid,,,,,,,14,0'), 'the CSV rows');
    const federal = await request('GET', '/statistics/federal.csv?year=2026&quarter=1');
    assert.equal(federal.status, 200);
    assert.ok(federal.text.startsWith('institutionKbo,'), 'the federal CSV');
    const worker = await loggedIn('marie.forest', 'fr');
    assert.equal((await worker('GET', '/statistics')).status, 403);
    const wrong = await request('GET', '/statistics?from=2026-03-31&to=2026-01-01');
    assert.equal(wrong.status, 422, 'a reversed period is shown as an error on the page');
  });
});
