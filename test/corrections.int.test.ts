/**
 * Corrections (flow 3, R39) end to end over HTTP: a provider that corrects or annuls a decision it
 * shared keeps the old version, and the hub notifies the CPAS that received it; the notice reaches
 * the worker's worklist, is logged at the hub, and is delivered later when the recipient is down.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestFederation, type TestFederation } from './federation.ts';
import { FOREST, MOLENBEEK, DEMO_PERSONS } from '#casework/modules/demo/demo-federation.ts';
import { toPublicJwks } from '#contracts/protocol/keys.ts';

let fed: TestFederation;
let marie: string;
let sarah: string;
let forestRequestId: string;
let consultationId: string;
let decision: { id: string; ref: string };
const nadia = DEMO_PERSONS.find((p) => p.scenario === 'moved')!;

type Leg = { type: string; provider?: string; requester?: string; outcome: string };
const legs = async () =>
  (await fed.hub.db.query<{ leaf: Buffer }>('SELECT leaf FROM log_leaves ORDER BY leaf_index')).map(
    (row) => JSON.parse(row.leaf.toString()) as Leg,
  );

async function deliverEverything() {
  await fed.services.relay.flush();
  await fed.hub.corrections.deliverDue();
}

async function requestOf(token: string) {
  const person = await fed.api(token, 'GET', `/api/v1/persons?niss=${nadia.niss}`);
  const requests = await fed.api(token, 'GET', `/api/v1/aid-requests?personId=${person.body.items[0].id}`);
  return fed.api(token, 'GET', `/api/v1/aid-requests/${requests.body.items[0].id}`);
}

before(async () => {
  fed = await startTestFederation({ providerTimeoutMs: 1_500 });
  marie = await fed.login('marie.forest');
  sarah = await fed.login('sarah.molenbeek');
  forestRequestId = (await requestOf(marie)).body.id;
  await fed.services.relay.flush();
  await fed.api(marie, 'POST', `/api/v1/aid-requests/${forestRequestId}/person-informed`, {
    informedAt: new Date().toISOString(),
    method: 'in-person',
  });
  const consulted = await fed.api(marie, 'POST', `/api/v1/aid-requests/${forestRequestId}/rse-consultations`, {
    purpose: 'social-investigation',
  });
  assert.equal(consulted.status, 201, consulted.text);
  consultationId = consulted.body.id;
  const molenbeekRequest = await requestOf(sarah);
  decision = molenbeekRequest.body.decisions[0];
});
after(async () => fed?.close());

describe('a provider corrects a decision it shared', () => {
  test('the correction keeps the earlier version and queues the notice for the hub', async () => {
    const response = await fed.api(sarah, 'POST', `/api/v1/decisions/${decision.id}/corrections`, {
      kind: 'corrected',
      reasonCode: 'material-error',
      changes: { amountCents: 100_000, motivationCategory: 'resources-below-threshold' },
    });
    assert.equal(response.status, 201, response.text);
    assert.equal(response.body.status, 'corrected');
    assert.equal(response.body.revision, 2);
    assert.equal(response.body.motivationCategory, 'resources-below-threshold');
    assert.deepEqual(
      response.body.revisions.map((r: { revision: number; kind: string }) => [r.revision, r.kind]),
      [[1, 'corrected']],
    );
    assert.equal(response.body.hubNotification, 'queued');
    type Kept = { previous: { motivationCategory: string; amountCents: number } };
    const molenbeek = fed.tenants.byKbo(MOLENBEEK.kbo)!;
    const kept = await molenbeek.db.one<Kept>('SELECT previous FROM decision_revisions WHERE decision_id = $1 AND revision = 1', [
      decision.id,
    ]);
    assert.equal(kept!.previous.motivationCategory, 'state-of-need-established');
  });

  test('the CPAS that received the old value sees the correction beside the summary and on its worklist', async () => {
    await deliverEverything();
    const polled = await fed.api(marie, 'GET', `/api/v1/aid-requests/${forestRequestId}/rse-consultations/${consultationId}`);
    const molenbeek = polled.body.responses.find((r: { provider: { kbo: string } }) => r.provider.kbo === MOLENBEEK.kbo);
    assert.deepEqual(
      molenbeek.corrections.map((c: { decisionRef: string; status: string }) => [c.decisionRef, c.status]),
      [[decision.ref, 'corrected']],
    );
    assert.equal(
      molenbeek.summary.decisions.find((d: { ref: string }) => d.ref === decision.ref).status,
      'final',
      'the summary stays as it was received and signed',
    );

    const worklist = await fed.api(marie, 'GET', '/api/v1/worklist');
    const notice = worklist.body.items.find((item: { alert: string }) => item.alert === 'correction-received');
    assert.ok(notice, 'a correction notice is on the worklist');
    assert.equal(notice.requestId, forestRequestId);
    assert.equal(notice.details.decisionRef, decision.ref);
    assert.equal(notice.details.providerKbo, MOLENBEEK.kbo);

    const handled = await fed.api(marie, 'POST', `/api/v1/worklist/notices/${notice.noticeId}/handled`);
    assert.equal(handled.status, 200, handled.text);
    assert.equal(
      (await fed.api(marie, 'POST', `/api/v1/worklist/notices/${notice.noticeId}/handled`)).body.code,
      'worklist-notice.handled',
    );
    const after = await fed.api(marie, 'GET', '/api/v1/worklist');
    assert.ok(
      !after.body.items.some((item: { noticeId?: string }) => item.noticeId === notice.noticeId),
      '!after.body.items.some((item: { noticeId?: string }) => item.noticeId === notice.noticeId)',
    );
  });

  test('a worker of another file cannot handle the notice', async () => {
    const luc = await fed.login('luc.forest');
    const notice = await fed.tenants.byKbo(FOREST.kbo)!.db.one<{ id: string }>('SELECT id FROM worklist_notices LIMIT 1');
    const response = await fed.api(luc, 'POST', `/api/v1/worklist/notices/${notice!.id}/handled`);
    assert.equal(response.status, 404);
  });

  test('the correction and its notice are legs of the exchange log', async () => {
    const all = await legs();
    assert.ok(
      all.some((leg) => leg.type === 'correction.received' && leg.provider === MOLENBEEK.kbo && leg.outcome === 'recipients:1'),
      "all.some((leg) => leg.type === 'correction.received' && leg.provider === MOLENBEEK.kbo && leg.outcome === 'recipients:1'",
    );
    assert.ok(
      all.some((leg) => leg.type === 'correction.notified' && leg.requester === FOREST.kbo && leg.outcome === 'corrected'),
      "all.some((leg) => leg.type === 'correction.notified' && leg.requester === FOREST.kbo && leg.outcome === 'corrected')",
    );
  });

  test('the next summary carries the corrected fields with status "corrected"', async () => {
    const again = await fed.api(marie, 'POST', `/api/v1/aid-requests/${forestRequestId}/rse-consultations`, {
      purpose: 'social-investigation',
    });
    const molenbeek = again.body.responses.find((r: { provider: { kbo: string } }) => r.provider.kbo === MOLENBEEK.kbo);
    const shared = molenbeek.summary.decisions.find((d: { ref: string }) => d.ref === decision.ref);
    assert.equal(shared.status, 'corrected');
    assert.equal(shared.motivationCategory, 'resources-below-threshold');
  });
});

describe('bad corrections are refused with stable codes, nothing written', () => {
  const revisions = async () =>
    Number((await fed.tenants.byKbo(MOLENBEEK.kbo)!.db.one<{ n: string }>('SELECT count(*) AS n FROM decision_revisions'))!.n);

  test('an unknown reason, a correction without change, changes on an annulment, an unknown code', async () => {
    const before = await revisions();
    const cases: [Record<string, unknown>, number, string][] = [
      [{ kind: 'corrected', reasonCode: 'because', changes: { amountCents: 1 } }, 422, 'correction.unknown-reason'],
      [{ kind: 'corrected', reasonCode: 'material-error' }, 422, 'correction.no-change'],
      [{ kind: 'annulled', reasonCode: 'unlawful-decision', changes: { amountCents: 1 } }, 422, 'correction.changes-on-annulment'],
      [{ kind: 'corrected', reasonCode: 'material-error', changes: { legalBasis: 'no-such-law' } }, 422, 'correction.unknown-legal-basis'],
      [{ kind: 'erased', reasonCode: 'material-error' }, 422, 'request.invalid'],
    ];
    for (const [body, status, code] of cases) {
      const response = await fed.api(sarah, 'POST', `/api/v1/decisions/${decision.id}/corrections`, body);
      assert.equal(response.status, status, `${JSON.stringify(body)} → ${response.text}`);
      assert.equal(response.headers.get('content-type'), 'application/problem+json; charset=utf-8');
      if (code !== 'request.invalid') assert.equal(response.body.code, code);
    }
    assert.equal(await revisions(), before);
  });

  test('another CPAS cannot correct the decision, and does not learn that it exists', async () => {
    const response = await fed.api(marie, 'POST', `/api/v1/decisions/${decision.id}/corrections`, {
      kind: 'annulled',
      reasonCode: 'unlawful-decision',
    });
    assert.equal(response.status, 404);
    assert.equal(response.body.code, 'aid-request.not-found');
  });
});

describe('nothing is lost', () => {
  test('a notice for a recipient that is down is delivered once it is back', async () => {
    const forest = fed.tenants.byKbo(FOREST.kbo)!;
    const registered = { kbo: forest.kbo, name: forest.name, kind: 'cpas' as const, jwks: toPublicJwks(forest.keys) };
    await fed.hub.registry.register({ ...registered, endpoint: 'http://127.0.0.1:9/exchange/v1/summary-requests' });
    const annulled = await fed.api(sarah, 'POST', `/api/v1/decisions/${decision.id}/corrections`, {
      kind: 'annulled',
      reasonCode: 'unlawful-decision',
    });
    assert.equal(annulled.status, 201, annulled.text);
    await deliverEverything();
    const waiting = await fed.hub.db.one<{ attempts: number; last_error: string; delivered_at: Date | null }>(
      `SELECT attempts, last_error, delivered_at FROM correction_notices WHERE status = 'annulled'`,
    );
    assert.equal(waiting!.delivered_at, null);
    assert.equal(waiting!.last_error, 'recipient.unreachable');

    await fed.hub.registry.register({ ...registered, endpoint: `${fed.url}/exchange/v1/summary-requests` });
    await fed.hub.db.query(`UPDATE correction_notices SET next_attempt_at = now() WHERE delivered_at IS NULL`);
    // The hub's own retry loop may take it first: either way the notice ends up delivered.
    for (let pass = 0; pass < 20; pass += 1) {
      await fed.hub.corrections.deliverDue();
      const pending = await fed.hub.db.one<{ n: string }>(`SELECT count(*) AS n FROM correction_notices WHERE delivered_at IS NULL`);
      if (Number(pending!.n) === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const undelivered = await fed.hub.db.one<{ n: string }>(`SELECT count(*) AS n FROM correction_notices WHERE delivered_at IS NULL`);
    assert.equal(Number(undelivered!.n), 0, 'the notice was delivered once the recipient was back');
    const polled = await fed.api(marie, 'GET', `/api/v1/aid-requests/${forestRequestId}/rse-consultations/${consultationId}`);
    const molenbeek = polled.body.responses.find((r: { provider: { kbo: string } }) => r.provider.kbo === MOLENBEEK.kbo);
    assert.deepEqual(
      molenbeek.corrections.map((c: { status: string }) => c.status),
      ['corrected', 'annulled'],
    );

    const again = await fed.api(sarah, 'POST', `/api/v1/decisions/${decision.id}/corrections`, {
      kind: 'annulled',
      reasonCode: 'unlawful-decision',
    });
    assert.equal(again.status, 409);
    assert.equal(again.body.code, 'decision.annulled');
  });

  test('the hub keeps no NISS and no content for corrections', async () => {
    const rows = JSON.stringify(await fed.hub.db.query('SELECT * FROM correction_notices'));
    for (const person of DEMO_PERSONS) assert.ok(!rows.includes(person.niss), '!rows.includes(person.niss)');
    for (const marker of ['resources-below-threshold', 'material-error', 'unlawful-decision', '100000'])
      assert.ok(!rows.includes(marker), `${marker} at the hub`);
  });
});
