/** Bad input gets problem+json 4xx with a stable code: never a 500, nothing half-written. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { startTestFederation, type TestFederation } from './federation.ts';
import { FOREST } from '#casework/modules/demo/demo-federation.ts';

let fed: TestFederation;
let marie: string;

before(async () => {
  fed = await startTestFederation();
  marie = await fed.login('marie.forest');
});
after(async () => fed?.close());

async function raw(method: string, url: string, body: string | Buffer | undefined, contentType: string | undefined) {
  const response = await fetch(`${fed.baseUrl}${url}`, {
    method,
    body,
    headers: { authorization: `Bearer ${marie}`, ...(contentType ? { 'content-type': contentType } : {}) },
  });
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    body: (await response.json().catch(() => null)) as { code?: string; errors?: { path: string; code: string }[] } | null,
  };
}

describe('malformed requests', () => {
  test('malformed JSON is 400 request.malformed-json', async () => {
    const response = await raw('POST', '/api/v1/persons', '{"familyName": ', 'application/json');
    assert.equal(response.status, 400);
    assert.equal(response.body?.code, 'request.malformed-json');
    assert.match(response.type, /application\/problem\+json/);
  });

  test('a wrong media type is 415 request.unsupported-media-type', async () => {
    const response = await raw('POST', '/api/v1/persons', 'familyName=x', 'text/plain');
    assert.equal(response.status, 415);
    assert.equal(response.body?.code, 'request.unsupported-media-type');
    const form = await raw('POST', '/api/v1/persons', 'familyName=x', 'application/x-www-form-urlencoded');
    assert.equal(form.status, 415);
  });

  test('an oversize body is 413 request.body-too-large', async () => {
    const response = await raw(
      'POST',
      '/api/v1/persons',
      JSON.stringify({ familyName: 'x'.repeat(2 * 1024 * 1024), givenNames: 'y' }),
      'application/json',
    );
    assert.equal(response.status, 413);
    assert.equal(response.body?.code, 'request.body-too-large');
  });

  test('wrong types are 422 validation.failed naming the field', async () => {
    const response = await raw('POST', '/api/v1/persons', JSON.stringify({ familyName: 42, givenNames: 'y' }), 'application/json');
    assert.equal(response.status, 422);
    assert.equal(response.body?.code, 'validation.failed');
    assert.deepEqual(
      response.body?.errors?.map((e) => [e.path, e.code]),
      [['/familyName', 'wrong-type']],
    );
  });

  test('unknown fields are 422 with an unknown-field error', async () => {
    const response = await raw(
      'POST',
      '/api/v1/persons',
      JSON.stringify({ familyName: 'x', givenNames: 'y', isVip: true }),
      'application/json',
    );
    assert.equal(response.status, 422);
    assert.ok(
      response.body?.errors?.some((e) => e.path === '/isVip' && e.code === 'unknown-field'),
      "response.body?.errors?.some((e) => e.path === '/isVip' && e.code === 'unknown-field')",
    );
  });

  test('a missing required field is 422 with a required error', async () => {
    const response = await raw(
      'POST',
      '/api/v1/aid-requests',
      JSON.stringify({ kind: 'ris', receivedAt: '2025-03-03T00:00:00Z' }),
      'application/json',
    );
    assert.equal(response.status, 422);
    assert.ok(
      response.body?.errors?.some((e) => e.path === '/personId' && e.code === 'required'),
      "response.body?.errors?.some((e) => e.path === '/personId' && e.code === 'required')",
    );
  });

  test('an unknown route is 404 problem+json', async () => {
    const response = await raw('GET', '/api/v1/nope', undefined, undefined);
    assert.equal(response.status, 404);
    assert.equal(response.body?.code, 'route.not-found');
  });

  test('a bad query parameter is 400 validation.failed', async () => {
    const response = await raw('GET', '/api/v1/worklist?limit=abc', undefined, undefined);
    assert.equal(response.status, 400);
    assert.equal(response.body?.code, 'validation.failed');
  });

  test('an ill-formed id is a 404, not a 500', async () => {
    const response = await raw('GET', '/api/v1/aid-requests/not-a-uuid', undefined, undefined);
    assert.equal(response.status, 404);
  });
});

describe('random bodies', () => {
  test('random JSON bodies on every POST route never produce a 500 nor a half-written record', async () => {
    const db = fed.tenants.byKbo(FOREST.kbo)!.db;
    const count = async () =>
      (await db.one<{ n: number }>(
        'SELECT (SELECT count(*) FROM persons) + (SELECT count(*) FROM aid_requests) + (SELECT count(*) FROM decisions) AS n',
      ))!.n;
    const before = await count();
    const request = (await db.one<{ id: string }>(
      `SELECT r.id FROM aid_requests r JOIN persons p ON p.id = r.person_id WHERE p.family_name = 'Diallo'`,
    ))!.id;
    const routes = [
      '/api/v1/persons',
      '/api/v1/aid-requests',
      `/api/v1/aid-requests/${request}/decisions`,
      `/api/v1/aid-requests/${request}/notes`,
      `/api/v1/aid-requests/${request}/person-informed`,
      `/api/v1/aid-requests/${request}/transfer`,
      '/api/v1/sessions',
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), fc.jsonValue({ maxDepth: 3 }), async (route, value) => {
        const response = await raw('POST', route, JSON.stringify(value), 'application/json');
        assert.ok(
          response.status >= 400 && response.status < 500,
          `${route} answered ${response.status} to ${JSON.stringify(value).slice(0, 100)}`,
        );
        assert.ok(response.body?.code, 'a stable code');
      }),
      { numRuns: 150 },
    );
    assert.equal(await count(), before);
  });
});

describe('random input on the oversight, disclosure, statistics and settings routes', () => {
  test('random JSON bodies and query values never produce a 500, and every refusal has a stable code', async () => {
    const [anne, sophie] = [await fed.login('anne.forest'), await fed.login('sophie.forest')];
    const db = fed.tenants.byKbo(FOREST.kbo)!.db;
    const request = (await db.one<{ id: string; person_id: string }>(
      `SELECT r.id, r.person_id FROM aid_requests r JOIN persons p ON p.id = r.person_id WHERE p.family_name = 'Diallo'`,
    ))!;
    const call = async (token: string, method: string, url: string, value?: unknown) => {
      const response = await fetch(`${fed.baseUrl}${url}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(value === undefined ? {} : { 'content-type': 'application/json' }) },
        body: value === undefined ? undefined : JSON.stringify(value),
      });
      const text = await response.text();
      assert.ok(
        response.status < 500,
        `${method} ${url} answered ${response.status} to ${JSON.stringify(value)?.slice(0, 100)}: ${text.slice(0, 200)}`,
      );
      if (response.status >= 400) assert.ok(JSON.parse(text).code, `${method} ${url}: a stable code`);
    };
    const writes: [string, string, string][] = [
      [sophie, 'POST', '/api/v1/disclosures'],
      [anne, 'PUT', '/api/v1/settings/oversight'],
      [anne, 'PUT', '/api/v1/settings/retention'],
      [anne, 'POST', '/api/v1/oversight/sensitive-persons'],
      [anne, 'PUT', `/api/v1/persons/${request.person_id}/sensitivity`],
      [anne, 'POST', '/api/v1/oversight/break-glass/00000000-0000-4000-8000-000000000000/review'],
      [marie, 'POST', `/api/v1/aid-requests/${request.id}/break-glass`],
    ].map(([token, method, url]) => [token!, method!, url!]);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...writes), fc.jsonValue({ maxDepth: 3 }), async ([token, method, url], value) =>
        call(token, method, url, value),
      ),
      { numRuns: 120 },
    );
    const reads = [
      '/api/v1/oversight/indicators?from=',
      '/api/v1/oversight/reports/monthly?month=',
      '/api/v1/statistics?to=',
      '/api/v1/statistics/federal?year=',
      '/api/v1/oversight/break-glass/weekly?week=',
      '/api/v1/oversight/break-glass?status=',
      '/api/v1/disclosures?status=',
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...reads), fc.string({ maxLength: 20 }), async (url, value) =>
        call(anne, 'GET', `${url}${encodeURIComponent(value)}`),
      ),
      { numRuns: 120 },
    );
  });
});
