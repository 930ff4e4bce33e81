/**
 * R25: a confidential note never leaves its place. A unique marker written into a note must
 * appear in no other response body, in no PDF, and in no log line.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { startTestFederation, type TestFederation } from './federation.ts';
import { extractPdfText } from './pdf-text.ts';
import { FOREST } from '#casework/modules/demo/demo-federation.ts';

let fed: TestFederation;
const MARKER = `SECRET-${randomUUID()}`;

before(async () => {
  fed = await startTestFederation();
});
after(async () => fed?.close());

test('a confidential note marker appears in no other response, PDF or log line', async () => {
  const marie = await fed.login('marie.forest');
  const luc = await fed.login('luc.forest');
  const advisor = await fed.login('anne.forest');
  const sophie = await fed.login('sophie.forest');
  const db = fed.tenants.byKbo(FOREST.kbo)!.db;
  const row = await db.one<{ id: string; person_id: string }>(
    `SELECT r.id, r.person_id FROM aid_requests r JOIN persons p ON p.id = r.person_id WHERE p.family_name = 'Lemaire'`,
  );
  const requestId = row!.id;
  const personId = row!.person_id;

  const created = await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/notes`, {
    text: `Confidence: ${MARKER}`,
    visibility: 'team',
  });
  assert.equal(created.status, 201);
  assert.doesNotMatch(created.text, new RegExp(MARKER));
  await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/notes`, { text: `Private ${MARKER}`, visibility: 'private' });

  // The notes endpoint is the one place the text is shown, to those entitled to it.
  const notes = await fed.api(marie, 'GET', `/api/v1/aid-requests/${requestId}/notes`);
  assert.equal(notes.body.items.filter((note: { text: string }) => note.text.includes(MARKER)).length, 2);
  const supervisorNotes = await fed.api(sophie, 'GET', `/api/v1/aid-requests/${requestId}/notes`);
  assert.equal(
    supervisorNotes.body.items.filter((note: { text: string }) => note.text.includes(MARKER)).length,
    1,
    'private notes stay with their author',
  );

  // Encrypted at rest: the database holds no plaintext.
  const raw = await db.query<{ ciphertext: Buffer }>('SELECT ciphertext FROM notes WHERE request_id = $1', [requestId]);
  for (const note of raw)
    assert.ok(!note.ciphertext.toString('latin1').includes(MARKER), "!note.ciphertext.toString('latin1').includes(MARKER)");

  const decision = (await fed.api(marie, 'GET', `/api/v1/aid-requests/${requestId}`)).body.decisions[0];
  const bodies: string[] = [];
  const collect = async (token: string, method: string, url: string, body?: unknown) => {
    const response = await fed.api(token, method, url, body);
    bodies.push(`${method} ${url} ${response.status} ${response.text}`);
  };
  await collect(marie, 'GET', `/api/v1/aid-requests/${requestId}`);
  await collect(marie, 'GET', `/api/v1/aid-requests?personId=${personId}`);
  await collect(marie, 'GET', `/api/v1/aid-requests/${requestId}/social-report`);
  await collect(marie, 'GET', `/api/v1/aid-requests/${requestId}/documents`);
  await collect(marie, 'GET', `/api/v1/decisions/${decision.id}`);
  await collect(marie, 'GET', '/api/v1/worklist');
  await collect(marie, 'GET', `/api/v1/persons/${personId}`);
  await collect(advisor, 'GET', `/api/v1/persons/${personId}/access-report`);
  await collect(advisor, 'GET', '/api/v1/oversight/indicators?from=2020-01-01&to=2030-01-01');
  await collect(sophie, 'GET', '/api/v1/statistics?from=2020-01-01&to=2030-01-01');
  await collect(luc, 'GET', `/api/v1/aid-requests/${requestId}/notes`);
  await collect(marie, 'POST', `/api/v1/aid-requests/${requestId}/notes`, { text: MARKER, visibility: 'nonsense' });
  await collect(marie, 'POST', `/api/v1/aid-requests/${requestId}/notes`, { text: MARKER, visibility: 'team', extra: MARKER });
  for (const body of bodies) assert.ok(!body.includes(MARKER), `leak in ${body.slice(0, 120)}`);

  for (const lang of ['fr', 'nl', 'de']) {
    for (const url of [
      `/api/v1/decisions/${decision.id}/letter?lang=${lang}`,
      `/api/v1/aid-requests/${requestId}/acknowledgement?lang=${lang}`,
    ]) {
      const response = await fetch(`${fed.baseUrl}${url}`, { headers: { authorization: `Bearer ${marie}` } });
      assert.equal(response.status, 200);
      const text = await extractPdfText(Buffer.from(await response.arrayBuffer()));
      assert.ok(text.length > 100, 'the PDF text was extracted');
      assert.ok(!text.includes(MARKER), `leak in ${url}`);
    }
  }

  const logs = fed.logs();
  assert.ok(logs.length > 0, 'log output was captured');
  assert.ok(!logs.includes(MARKER), 'the marker is in no log line');
  assert.ok(!/\b\d{11}\b/.test(logs), 'no NISS in any log line');
  assert.ok(!/rse_\d{10}_[A-Za-z0-9_-]{20,}/.test(logs), 'no session token in any log line');
});
