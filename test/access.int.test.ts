/** Case-based access (R23), grants, break-glass, and the audit trail of every attempt (R43, R44). */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestFederation, type TestFederation } from './federation.ts';
import { verifyAuditChain } from '#casework/modules/audit/audit.ts';
import { FOREST, MOLENBEEK } from '#casework/modules/demo/demo-federation.ts';

let fed: TestFederation;
let marie: string;
let luc: string;
let sophie: string;
let lucsRequestId: string;
let molenbeekRequestId: string;

async function deniedAttempts(kbo: string, recordId: string) {
  type Row = { action: string; outcome: string; user_id: string };
  const { db } = fed.tenants.byKbo(kbo)!;
  return db.query<Row>(`SELECT action, outcome, user_id FROM audit_events WHERE record_id = $1 AND outcome = 'denied'`, [recordId]);
}

before(async () => {
  fed = await startTestFederation();
  [marie, luc, sophie] = await Promise.all([fed.login('marie.forest'), fed.login('luc.forest'), fed.login('sophie.forest')]);
  const forestDb = fed.tenants.byKbo(FOREST.kbo)!.db;
  lucsRequestId = (await forestDb.one<{ id: string }>(
    `SELECT r.id FROM aid_requests r JOIN persons p ON p.id = r.person_id WHERE p.family_name = 'Vermeulen'`,
  ))!.id;
  molenbeekRequestId = (await fed.tenants.byKbo(MOLENBEEK.kbo)!.db.one<{ id: string }>('SELECT id FROM aid_requests LIMIT 1'))!.id;
});
after(async () => fed?.close());

describe('case-based access', () => {
  test('the assigned worker opens the file', async () => {
    assert.equal((await fed.api(luc, 'GET', `/api/v1/aid-requests/${lucsRequestId}`)).status, 200);
  });

  test('a colleague gets 404 for an unassigned file, and the attempt is in the audit log', async () => {
    const response = await fed.api(marie, 'GET', `/api/v1/aid-requests/${lucsRequestId}`);
    assert.equal(response.status, 404);
    assert.equal(response.body.code, 'aid-request.not-found');
    const attempts = await deniedAttempts(FOREST.kbo, lucsRequestId);
    assert.ok(
      attempts.some((a) => a.action === 'aid-request.read'),
      "attempts.some((a) => a.action === 'aid-request.read')",
    );
  });

  test('every route of a file refuses the colleague the same way', async () => {
    for (const [method, path, body] of [
      ['GET', `/api/v1/aid-requests/${lucsRequestId}/notes`, undefined],
      ['POST', `/api/v1/aid-requests/${lucsRequestId}/notes`, { text: 'x', visibility: 'team' }],
      ['GET', `/api/v1/aid-requests/${lucsRequestId}/social-report`, undefined],
      ['PUT', `/api/v1/aid-requests/${lucsRequestId}/social-report`, { sections: {} }],
      ['POST', `/api/v1/aid-requests/${lucsRequestId}/close`, { reason: 'x' }],
    ] as const) {
      const response = await fed.api(marie, method, path, body);
      assert.equal(response.status, 404, `${method} ${path}`);
    }
  });

  test('a worker of another CPAS gets 404 for a file of CPAS B, and the attempt is logged there', async () => {
    const response = await fed.api(marie, 'GET', `/api/v1/aid-requests/${molenbeekRequestId}`);
    assert.equal(response.status, 404);
    // The file lives in Molenbeek's database, which Forest's node cannot even see: the attempt is
    // recorded in Forest's own audit log, against an id it does not know.
    const attempts = await deniedAttempts(FOREST.kbo, molenbeekRequestId);
    assert.ok(attempts.length >= 1, 'attempts.length >= 1');
  });

  test('the supervisor of the assigned worker reads the file', async () => {
    assert.equal((await fed.api(sophie, 'GET', `/api/v1/aid-requests/${lucsRequestId}`)).status, 200);
  });

  test('a time-limited grant with a reason opens the file, and it lapses', async () => {
    const marieId = (await fed.api(marie, 'GET', '/api/v1/me')).body.id;
    const noReason = await fed.api(sophie, 'POST', `/api/v1/aid-requests/${lucsRequestId}/access-grants`, {
      userId: marieId,
      reason: '',
      hours: 1,
    });
    assert.equal(noReason.status, 422);
    const grant = await fed.api(sophie, 'POST', `/api/v1/aid-requests/${lucsRequestId}/access-grants`, {
      userId: marieId,
      reason: 'replacement during Luc’s leave',
      hours: 1,
    });
    assert.equal(grant.status, 201);
    assert.equal((await fed.api(marie, 'GET', `/api/v1/aid-requests/${lucsRequestId}`)).status, 200);
    await fed.tenants
      .byKbo(FOREST.kbo)!
      .db.query(`UPDATE access_grants SET expires_at = now() - interval '1 second' WHERE id = $1`, [grant.body.id]);
    assert.equal((await fed.api(marie, 'GET', `/api/v1/aid-requests/${lucsRequestId}`)).status, 404);
  });

  test('a social worker cannot grant access', async () => {
    const response = await fed.api(luc, 'POST', `/api/v1/aid-requests/${lucsRequestId}/access-grants`, {
      userId: lucsRequestId,
      reason: 'a reason long enough',
      hours: 1,
    });
    assert.equal(response.status, 403);
  });

  test('break-glass without a reason is refused; with one it opens the file for a limited time', async () => {
    const without = await fed.api(marie, 'POST', `/api/v1/aid-requests/${lucsRequestId}/break-glass`, {});
    assert.equal(without.status, 422);
    assert.equal(without.body.code, 'break-glass.reason-required');
    const opened = await fed.api(marie, 'POST', `/api/v1/aid-requests/${lucsRequestId}/break-glass`, {
      reason: 'urgence : expulsion ce soir, Luc injoignable',
    });
    assert.equal(opened.status, 201);
    const minutes = (new Date(opened.body.expiresAt).getTime() - Date.now()) / 60_000;
    assert.ok(minutes > 50 && minutes <= 60, `expires in ${minutes} minutes`);
    assert.equal((await fed.api(marie, 'GET', `/api/v1/aid-requests/${lucsRequestId}`)).status, 200);
  });

  test('a committee member, the security advisor and the admin do not read social files', async () => {
    for (const username of ['karim.forest', 'anne.forest', 'admin.forest']) {
      const token = await fed.login(username);
      assert.equal((await fed.api(token, 'GET', `/api/v1/aid-requests/${lucsRequestId}`)).status, 404, username);
    }
  });
});

describe('the audit log', () => {
  test('every read and write lands in a hash chain that verifies', async () => {
    const db = fed.tenants.byKbo(FOREST.kbo)!.db;
    const actions = await db.query<{ action: string }>('SELECT DISTINCT action FROM audit_events');
    for (const expected of [
      'person.create',
      'aid-request.create',
      'aid-request.read',
      'social-report.sign',
      'decision.create',
      'note.create',
    ]) {
      assert.ok(
        actions.some((row) => row.action === expected),
        expected,
      );
    }
    const result = await verifyAuditChain(db);
    assert.equal(result.isIntact, true);
  });

  test('the audit log refuses updates and deletes', async () => {
    const db = fed.tenants.byKbo(FOREST.kbo)!.db;
    await assert.rejects(db.query(`UPDATE audit_events SET action = 'x' WHERE id = 1`), /append-only/);
    await assert.rejects(db.query('DELETE FROM audit_events WHERE id = 1'), /append-only/);
  });

  test('a tampered event breaks verification at that event', async () => {
    const db = fed.tenants.byKbo(MOLENBEEK.kbo)!.db;
    await db.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only');
    await db.query(`UPDATE audit_events SET action = 'aid-request.read' WHERE id = 3`);
    await db.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only');
    const result = await verifyAuditChain(db);
    assert.equal(result.isIntact, false);
    if (!result.isIntact) assert.equal(result.brokenAtId, 3);
  });
});
