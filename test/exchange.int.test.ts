/**
 * The inter-CPAS exchange end to end over HTTP (issue: crossroads hub): relationship-bound, signed,
 * hub-blind, logged in a verifiable Merkle log; refusals with stable codes; pending providers and
 * the outbox; the sharing window; closing ends the integration.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import * as jose from 'jose';
import { startTestFederation, type TestFederation } from './federation.ts';
import { FOREST, MOLENBEEK, DEMO_PERSONS } from '#casework/modules/demo/demo-federation.ts';
import { validateSummary } from '#contracts/summary/summary.schema.ts';
import { signMessage } from '#contracts/protocol/envelope.ts';
import { generateInstitutionKeys } from '#contracts/protocol/keys.ts';
import { decodeHash, decodeHashes, hashLeaf } from '#contracts/merkle/hashes.ts';
import { verifyConsistency, verifyInclusion } from '#contracts/merkle/verify.ts';
import { verifyWholeLog } from '#hub/modules/exchange-log/verify-log.ts';
import { createHubClient } from '#casework/modules/exchange/hub-client.ts';
import { createOutboxRelay } from '#casework/modules/exchange/outbox-relay.ts';
import { createLogger } from '#platform/logger.ts';
import type { Transaction } from '#platform/db.ts';

let fed: TestFederation;
let marie: string;
let nadiaRequestId: string;
const nadia = DEMO_PERSONS.find((p) => p.scenario === 'moved')!;

async function dumpDatabase(db: { query: (sql: string) => Promise<Record<string, unknown>[]> }): Promise<string> {
  const tables = await db.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`);
  let dump = '';
  for (const { tablename } of tables) {
    const rows = await db.query(`SELECT * FROM "${String(tablename)}"`);
    dump += JSON.stringify(rows, (_key, value: unknown) =>
      value && typeof value === 'object' && (value as { type?: string }).type === 'Buffer'
        ? Buffer.from((value as { data: number[] }).data).toString('latin1')
        : value,
    );
  }
  return dump;
}

async function hubPost(path: string, body: string) {
  const response = await fetch(`${fed.baseUrl}/hub${path}`, { method: 'POST', headers: { 'content-type': 'application/jose' }, body });
  const text = await response.text();
  return {
    status: response.status,
    text,
    body: (() => {
      try {
        return JSON.parse(text) as { code?: string };
      } catch {
        return null;
      }
    })(),
  };
}

function forestSigned(
  payload: Record<string, unknown>,
  options: { now?: Date; jti?: string; key?: ReturnType<typeof generateInstitutionKeys> } = {},
) {
  const tenant = fed.tenants.byKbo(FOREST.kbo)!;
  const keys = options.key ?? tenant.keys;
  return signMessage({
    payload,
    issuer: FOREST.kbo,
    audience: 'hub',
    signingKey: keys.signing.privateKey,
    kid: keys.signing.kid,
    now: options.now,
    jti: options.jti,
  });
}

before(async () => {
  fed = await startTestFederation({ providerTimeoutMs: 1_500 });
  marie = await fed.login('marie.forest');
  const person = await fed.api(marie, 'GET', `/api/v1/persons?niss=${nadia.niss}`);
  const requests = await fed.api(marie, 'GET', `/api/v1/aid-requests?personId=${person.body.items[0].id}`);
  nadiaRequestId = requests.body.items[0].id;
  await fed.services.relay.flush();
});
after(async () => fed?.close());

describe('the move scenario', () => {
  test('the first attempt is refused until the person is informed; then CPAS B receives A’s summary, to verify', async () => {
    const refused = await fed.api(marie, 'POST', `/api/v1/aid-requests/${nadiaRequestId}/rse-consultations`, {
      purpose: 'social-investigation',
    });
    assert.equal(refused.status, 409);
    assert.equal(refused.body.code, 'consultation.person-not-informed');

    assert.equal(
      (
        await fed.api(marie, 'POST', `/api/v1/aid-requests/${nadiaRequestId}/person-informed`, {
          informedAt: new Date().toISOString(),
          method: 'in-person',
        })
      ).status,
      201,
    );
    const started = Date.now();
    const response = await fed.api(marie, 'POST', `/api/v1/aid-requests/${nadiaRequestId}/rse-consultations`, {
      purpose: 'social-investigation',
    });
    assert.equal(response.status, 201, response.text);
    assert.ok(Date.now() - started < 5_000, 'answers within seconds');
    const molenbeek = response.body.responses.find((r: { provider: { kbo: string } }) => r.provider.kbo === MOLENBEEK.kbo);
    assert.equal(molenbeek.status, 'answered');
    assert.ok(validateSummary(molenbeek.summary).ok, 'the summary validates against rse.summary/1 at the receiving end');
    assert.equal(molenbeek.summary.person.niss, nadia.niss);
    assert.ok(
      molenbeek.summary.decisions.some((d: { aidType: string; outcome: string }) => d.aidType === 'ris' && d.outcome === 'granted'),
      "molenbeek.summary.decisions.some((d: { aidType: string; outcome: string }) => d.aidType === 'ris' && d.outcome === 'gran",
    );
    assert.match(molenbeek.notice.fr, /^Information du CPAS de Molenbeek-Saint-Jean \(DEMO\) datée du \d{4}-\d{2}-\d{2}, à vérifier$/);
    assert.equal(molenbeek.isToVerify, true);
    assert.ok(new Date(molenbeek.expiresAt) > new Date(), 'new Date(molenbeek.expiresAt) > new Date()');

    const polled = await fed.api(marie, 'GET', `/api/v1/aid-requests/${nadiaRequestId}/rse-consultations/${response.body.id}`);
    assert.equal(polled.status, 200);
    assert.equal(polled.body.responses[0].status, 'answered');
    // The answer to the POST carries the summary as the node checked it; the stored one, read again, is the same.
    assert.deepEqual(polled.body.responses, response.body.responses);
  });

  test('A’s confidential notes, worker names and motivation text appear nowhere outside A', async () => {
    const markers = ['confidence', 'Sarah Mertens', 'Julie Peeters', 'Motivation locale de Molenbeek'];
    const hubDump = await dumpDatabase(fed.hub.db);
    const forestDump = await dumpDatabase(fed.tenants.byKbo(FOREST.kbo)!.db);
    const response = await fed.api(marie, 'POST', `/api/v1/aid-requests/${nadiaRequestId}/rse-consultations`, {
      purpose: 'social-investigation',
    });
    const head = await fed.api(null, 'GET', '/hub/v1/log/tree-head');
    const institutions = await fed.api(null, 'GET', '/hub/v1/institutions');
    for (const marker of markers) {
      for (const [where, text] of [
        ['hub database', hubDump],
        ['Forest database', forestDump],
        ['consultation response', response.text],
        ['tree head', head.text],
        ['registry', institutions.text],
        ['logs', fed.logs()],
      ] as const) {
        assert.ok(!text.toLowerCase().includes(marker.toLowerCase()), `"${marker}" leaked into the ${where}`);
      }
    }
  });

  test('no NISS reaches a log line, not even from a search by NISS in the query string', async () => {
    await fed.api(marie, 'GET', `/api/v1/persons?niss=${nadia.niss}`);
    const logs = fed.logs();
    assert.ok(logs.includes('/api/v1/persons'), 'requests are logged');
    for (const person of DEMO_PERSONS) assert.ok(!logs.includes(person.niss), `NISS of ${person.givenNames} in the logs`);
  });

  test('the hub database holds no plaintext summary and no plain NISS', async () => {
    const dump = await dumpDatabase(fed.hub.db);
    for (const person of DEMO_PERSONS) assert.ok(!dump.includes(person.niss), `NISS of ${person.givenNames} in the hub database`);
    for (const marker of ['rse.summary/1', 'state-of-need-established', 'ris-law-2002', 'D-20'])
      assert.ok(!dump.includes(marker), `${marker} in the hub database`);
  });
});

describe('refusals, each with a stable code, logged when the sender is verified', () => {
  const refusedOutcomes = async () =>
    (await fed.hub.db.query<{ leaf: Buffer }>('SELECT leaf FROM log_leaves'))
      .map((row) => JSON.parse(row.leaf.toString()) as { type: string; outcome: string })
      .filter((leg) => leg.type === 'consultation.refused')
      .map((leg) => leg.outcome);
  const consultation = (overrides: Record<string, unknown> = {}) => ({
    niss: nadia.niss,
    purpose: 'social-investigation',
    fileRef: nadiaRequestId,
    workerRef: 'w',
    personInformedAt: new Date().toISOString(),
    ...overrides,
  });

  test('a worker not assigned to the request', async () => {
    const sophie = await fed.login('sophie.forest');
    const response = await fed.api(sophie, 'POST', `/api/v1/aid-requests/${nadiaRequestId}/rse-consultations`, {
      purpose: 'social-investigation',
    });
    assert.equal(response.status, 403);
    assert.equal(response.body.code, 'consultation.not-assigned');
  });

  test('no integration at B for that file', async () => {
    const response = await hubPost('/v1/consultations', forestSigned(consultation({ fileRef: randomUUID() })));
    assert.equal(response.status, 403);
    assert.equal(response.body?.code, 'consultation.no-integration');
  });

  test('purpose not in the policy', async () => {
    const response = await fed.api(marie, 'POST', `/api/v1/aid-requests/${nadiaRequestId}/rse-consultations`, {
      purpose: 'fraud-detection',
    });
    assert.equal(response.status, 403);
    assert.equal(response.body.code, 'consultation.purpose-not-allowed');
  });

  test('bad signature, unknown institution, replayed jti, stale iat', async () => {
    const forged = forestSigned(consultation(), { key: generateInstitutionKeys() });
    assert.equal((await hubPost('/v1/consultations', forged)).body?.code, 'signature.unknown-institution');
    const valid = forestSigned(consultation());
    const tampered = `${valid.slice(0, -4)}${valid.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`;
    assert.equal((await hubPost('/v1/consultations', tampered)).body?.code, 'signature.invalid');
    const stranger = generateInstitutionKeys();
    const unknown = signMessage({
      payload: consultation(),
      issuer: '0123456749',
      audience: 'hub',
      signingKey: stranger.signing.privateKey,
      kid: stranger.signing.kid,
    });
    assert.equal((await hubPost('/v1/consultations', unknown)).body?.code, 'signature.unknown-institution');
    const jti = randomUUID();
    assert.equal((await hubPost('/v1/consultations', forestSigned(consultation(), { jti }))).status, 200);
    const replay = await hubPost('/v1/consultations', forestSigned(consultation(), { jti }));
    assert.equal(replay.body?.code, 'signature.replayed');
    const stale = await hubPost('/v1/consultations', forestSigned(consultation(), { now: new Date(Date.now() - 10 * 60_000) }));
    assert.equal(stale.body?.code, 'signature.stale');
  });

  test('a requester the person has blocked', async () => {
    await fed.hub.db.query('INSERT INTO blocks (person_pseudonym, institution_kbo, reason) VALUES ($1, $2, $3)', [
      fed.hub.pseudonymise(nadia.niss),
      FOREST.kbo,
      'test',
    ]);
    const response = await fed.api(marie, 'POST', `/api/v1/aid-requests/${nadiaRequestId}/rse-consultations`, {
      purpose: 'social-investigation',
    });
    assert.equal(response.status, 403);
    assert.equal(response.body.code, 'consultation.blocked');
    await fed.hub.db.query('UPDATE blocks SET lifted_at = now()');
  });

  test('every refusal of a verified institution above is a leg of the exchange log; a refused signature is not (F2)', async () => {
    const outcomes = await refusedOutcomes();
    for (const code of ['consultation.no-integration', 'consultation.purpose-not-allowed', 'consultation.blocked']) {
      assert.ok(outcomes.includes(code), `${code} logged`);
    }
    for (const code of ['signature.invalid', 'signature.unknown-institution', 'signature.replayed', 'signature.stale']) {
      assert.ok(!outcomes.includes(code), `${code} not logged: anyone could send it`);
    }
  });
});

describe('the exchange log', () => {
  test('inclusion and consistency proofs verify against signed tree heads with an independent verifier', async () => {
    const hubKey = (await fed.hub.registry.list()).find((i) => i.kind === 'hub')!.jwks.keys.find((k) => k.use === 'sig')!;
    const first = await fed.api(null, 'GET', '/hub/v1/log/tree-head');
    const publicKey = await jose.importJWK(hubKey, 'EdDSA');
    const signed = await jose.compactVerify(first.body.signature, publicKey);
    assert.deepEqual(JSON.parse(new TextDecoder().decode(signed.payload)), {
      treeSize: first.body.treeSize,
      rootHash: first.body.rootHash,
      timestamp: first.body.timestamp,
    });
    const leaves = await fed.hub.db.query<{ leaf_index: number; leaf: Buffer }>(
      'SELECT leaf_index, leaf FROM log_leaves WHERE leaf_index < $1 ORDER BY leaf_index',
      [first.body.treeSize],
    );
    for (const leaf of leaves) {
      const proof = await fed.api(null, 'GET', `/hub/v1/log/proofs/inclusion?leafIndex=${leaf.leaf_index}&treeSize=${first.body.treeSize}`);
      assert.equal(proof.status, 200);
      const path = decodeHashes(proof.body.auditPath);
      const root = decodeHash(first.body.rootHash);
      assert.ok(path.ok && root.ok, 'path.ok && root.ok');
      assert.equal(proof.body.leafHash, hashLeaf(leaf.leaf).toString('base64'));
      assert.ok(
        verifyInclusion({
          leafHash: hashLeaf(leaf.leaf),
          leafIndex: leaf.leaf_index,
          treeSize: first.body.treeSize,
          auditPath: path.hashes,
          rootHash: root.hash,
        }),
        'verifyInclusion({ leafHash: hashLeaf(leaf.leaf), leafIndex: leaf.leaf_index, treeSize: first.body.treeSize, auditPath: p',
      );
    }
    await fed.api(marie, 'POST', `/api/v1/aid-requests/${nadiaRequestId}/rse-consultations`, { purpose: 'social-investigation' });
    const second = await fed.api(null, 'GET', '/hub/v1/log/tree-head');
    assert.ok(second.body.treeSize > first.body.treeSize, 'second.body.treeSize > first.body.treeSize');
    const consistency = await fed.api(
      null,
      'GET',
      `/hub/v1/log/proofs/consistency?first=${first.body.treeSize}&second=${second.body.treeSize}`,
    );
    const path = decodeHashes(consistency.body.consistencyPath);
    const a = decodeHash(first.body.rootHash);
    const b = decodeHash(second.body.rootHash);
    assert.ok(path.ok && a.ok && b.ok, 'path.ok && a.ok && b.ok');
    assert.ok(
      verifyConsistency({
        first: first.body.treeSize,
        second: second.body.treeSize,
        firstRoot: a.hash,
        secondRoot: b.hash,
        consistencyPath: path.hashes,
      }),
      'verifyConsistency({ first: first.body.treeSize, second: second.body.treeSize, firstRoot: a.hash, secondRoot: b.hash, con',
    );
  });

  test('changing any stored entry makes the whole-log verification fail and name the entry', async () => {
    const hubKey = fed.hub.keys.signing.publicKey;
    assert.deepEqual((await verifyWholeLog(fed.hub.db, hubKey)).isValid, true);
    await fed.hub.db.query('ALTER TABLE log_leaves DISABLE TRIGGER log_leaves_append_only');
    // The first answered leg (the log also holds the institutions' key entries, ADR 0017).
    const original = await fed.hub.db.one<{ leaf_index: string; leaf: Buffer }>(
      `SELECT leaf_index, leaf FROM log_leaves WHERE convert_from(leaf, 'UTF8') LIKE '%"answered"%' ORDER BY leaf_index LIMIT 1`,
    );
    const index = Number(original!.leaf_index);
    await fed.hub.db.query(
      `UPDATE log_leaves SET leaf = convert_to(replace(convert_from(leaf, 'UTF8'), 'answered', 'no-file'), 'UTF8') WHERE leaf_index = $1`,
      [index],
    );
    const broken = await verifyWholeLog(fed.hub.db, hubKey);
    await fed.hub.db.query('UPDATE log_leaves SET leaf = $1 WHERE leaf_index = $2', [original!.leaf, index]);
    await fed.hub.db.query('ALTER TABLE log_leaves ENABLE TRIGGER log_leaves_append_only');
    assert.equal(broken.isValid, false);
    if (!broken.isValid)
      assert.ok(
        broken.problems.some((problem) => problem.includes(`entry ${index} `)),
        broken.problems.join('; '),
      );
  });
});

describe('nothing is lost', () => {
  test('a provider that is down yields pending, then answered once it is back', async () => {
    const molenbeek = (await fed.hub.registry.find(MOLENBEEK.kbo))!;
    await fed.hub.registry.register({ ...molenbeek, endpoint: 'http://127.0.0.1:9/exchange/v1/summary-requests' });
    const response = await fed.api(marie, 'POST', `/api/v1/aid-requests/${nadiaRequestId}/rse-consultations`, {
      purpose: 'social-investigation',
    });
    assert.equal(response.status, 201);
    assert.equal(response.body.status, 'pending');
    assert.equal(response.body.responses[0].status, 'pending');
    await fed.hub.registry.register(molenbeek);
    const polled = await fed.api(marie, 'GET', `/api/v1/aid-requests/${nadiaRequestId}/rse-consultations/${response.body.id}`);
    assert.equal(polled.body.status, 'complete');
    assert.equal(polled.body.responses[0].status, 'answered');
    assert.ok(polled.body.responses[0].summary, 'polled.body.responses[0].summary');
  });

  test('an integration written while the hub is down is delivered later from the outbox', async () => {
    const lotte = await fed.api(marie, 'POST', '/api/v1/persons', {
      niss: '90021512345'.slice(0, 0) + DEMO_PERSONS[0]!.niss.replace(/^\d{2}/, '77'),
      familyName: 'Outbox',
      givenNames: 'Test',
    });
    assert.ok([201, 422].includes(lotte.status), '[201, 422].includes(lotte.status)');
    const forest = fed.tenants.byKbo(FOREST.kbo)!;
    const personId = (await forest.db.one<{ id: string }>(`SELECT id FROM persons WHERE family_name = 'Lemaire'`))!.id;
    const deadHub = createHubClient({ hubUrl: () => 'http://127.0.0.1:9/hub', clock: () => new Date(), timeoutMs: 500 });
    const deadRelay = createOutboxRelay({
      tenants: { byKbo: () => forest, byHost: () => undefined, all: () => [forest] },
      hub: deadHub,
      log: createLogger({ level: 'silent' }),
      clock: () => new Date(),
    });
    await fed.services.relay.stop();
    const created = await fed.api(marie, 'POST', '/api/v1/aid-requests', {
      personId,
      kind: 'food-aid',
      receivedAt: new Date().toISOString(),
    });
    assert.equal(created.status, 201);
    assert.equal(created.body.integration.status, 'pending');
    // Each pass stops at the first message the hub does not take: other messages due before this one (the demo's) come first.
    const waitingRow = () =>
      forest.db.one<{ attempts: number; last_error: string; sent_at: Date | null }>(
        `SELECT attempts, last_error, sent_at FROM outbox WHERE payload->>'fileRef' = $1`,
        [created.body.id],
      );
    for (let pass = 0; pass < 10 && (await waitingRow())!.last_error === null; pass += 1) assert.equal(await deadRelay.flush(), 0);
    const waiting = await waitingRow();
    assert.equal(waiting!.sent_at, null);
    assert.equal(waiting!.last_error, 'hub unreachable');
    // The hub is back: the relay delivers on its next passes (with a few passes allowed for a busy machine).
    let delivered = 0;
    for (let pass = 0; pass < 10 && delivered === 0; pass += 1) {
      await forest.db.query(`UPDATE outbox SET next_attempt_at = now() WHERE sent_at IS NULL AND next_attempt_at <> 'infinity'`);
      delivered = await fed.services.relay.flush();
      if (delivered === 0) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const last = await forest.db.one<{ last_error: string | null }>(`SELECT last_error FROM outbox WHERE payload->>'fileRef' = $1`, [
      created.body.id,
    ]);
    assert.ok(delivered >= 1, `the outbox was not delivered once the hub was back (last error: ${last?.last_error})`);
    const after = await fed.api(marie, 'GET', `/api/v1/aid-requests/${created.body.id}`);
    assert.equal(after.body.integration.status, 'registered');
    fed.services.relay.start(1_000);
  });

  test('a relay run with nothing due reads once and opens no transaction; a due message opens one', async () => {
    const forest = fed.tenants.byKbo(FOREST.kbo)!;
    let transactions = 0;
    const counted = {
      ...forest,
      db: {
        ...forest.db,
        transaction: <T>(work: (tx: Transaction) => Promise<T>) => {
          transactions += 1;
          return forest.db.transaction(work);
        },
      },
    };
    const relay = createOutboxRelay({
      tenants: { byKbo: () => counted, byHost: () => undefined, all: () => [counted] },
      hub: createHubClient({ hubUrl: () => `${fed.baseUrl}/hub`, clock: () => new Date() }),
      log: createLogger({ level: 'silent' }),
      clock: () => new Date(),
    });
    await fed.services.relay.stop();
    const id = await forest.db
      .one<{ id: number }>(`INSERT INTO outbox (topic, payload) VALUES ('no-such-topic', '{}') RETURNING id`)
      .then((row) => row!.id);
    try {
      // Whatever else is due goes first; then this message is parked (no route), and nothing is due any more.
      for (
        let pass = 0;
        pass < 10 && (await forest.db.one(`SELECT 1 FROM outbox WHERE id = $1 AND next_attempt_at <> 'infinity'`, [id]));
        pass += 1
      )
        await relay.flush();
      assert.ok(transactions >= 1, 'a due message is taken in a transaction');
      const parked = await forest.db.one<{ last_error: string }>('SELECT last_error FROM outbox WHERE id = $1', [id]);
      assert.equal(parked!.last_error, 'no route for topic');
      transactions = 0;
      assert.equal(await relay.flush(), 0);
      assert.equal(await relay.flush(), 0);
      assert.equal(transactions, 0, 'runs with nothing due open no transaction');
    } finally {
      await forest.db.query('DELETE FROM outbox WHERE id = $1', [id]);
      fed.services.relay.start(1_000);
    }
  });
});

describe('window and closing', () => {
  test('only notified decisions inside the sharing window and not of an excluded aid type are in the summary', async () => {
    const db = fed.tenants.byKbo(MOLENBEEK.kbo)!.db;
    // A file of the consulted person at the provider, so that only the window and the exclusion can leave a decision out.
    const request = (await db.one<{ id: string; created_by: string }>(
      `SELECT r.id, r.created_by FROM aid_requests r JOIN persons p ON p.id = r.person_id WHERE p.niss = $1 ORDER BY r.received_at DESC LIMIT 1`,
      [nadia.niss],
    ))!;
    const decide = async (ref: string, monthsAgo: number, aidType: string) => {
      const row = await db.one<{ id: string }>(
        `INSERT INTO decisions (ref, request_id, decided_at, body, aid_type, outcome, legal_basis, motivation_category, created_by)
         VALUES ($1, $2, (now() - make_interval(months => $3))::date, 'special-committee', $4, 'granted', 'organic-law-1976-art57', 'state-of-need-established', $5)
         RETURNING id`,
        [ref, request.id, monthsAgo, aidType, request.created_by],
      );
      await db.query(`INSERT INTO notifications (decision_id, sent_at, method, created_by) VALUES ($1, now()::date, 'post', $2)`, [
        row!.id,
        request.created_by,
      ]);
    };
    await decide('D-2019-OLD', 25, 'installation-premium');
    await decide('D-IN-WINDOW', 23, 'installation-premium');
    await decide('D-EXCLUDED', 1, 'heating-allowance');
    const sharing = (await db.one<{ value: Record<string, unknown> }>(`SELECT value FROM settings WHERE key = 'sharing'`))!.value;
    await db.query(`UPDATE settings SET value = $1 WHERE key = 'sharing'`, [
      JSON.stringify({ ...sharing, excludedAidTypes: ['heating-allowance'] }),
    ]);
    try {
      const response = await fed.api(marie, 'POST', `/api/v1/aid-requests/${nadiaRequestId}/rse-consultations`, {
        purpose: 'social-investigation',
      });
      const refs = (response.body.responses[0].summary.decisions as { ref: string }[]).map((d) => d.ref);
      assert.ok(refs.includes('D-IN-WINDOW'), 'a notified decision 23 months old is shared');
      assert.ok(!refs.includes('D-2019-OLD'), 'a decision older than the 24-month window is not');
      assert.ok(!refs.includes('D-EXCLUDED'), 'nor one of an excluded aid type');
    } finally {
      await db.query(`UPDATE settings SET value = $1 WHERE key = 'sharing'`, [JSON.stringify(sharing)]);
    }
  });

  test('after closing, the integration ends at the hub and B can no longer consult', async () => {
    const closed = await fed.api(marie, 'POST', `/api/v1/aid-requests/${nadiaRequestId}/close`, { reason: 'moved again' });
    assert.equal(closed.status, 200);
    await fed.services.relay.flush();
    const after = await fed.api(marie, 'GET', `/api/v1/aid-requests/${nadiaRequestId}`);
    assert.equal(after.body.integration.status, 'ended');
    const local = await fed.api(marie, 'POST', `/api/v1/aid-requests/${nadiaRequestId}/rse-consultations`, {
      purpose: 'social-investigation',
    });
    assert.equal(local.status, 409);
    const atHub = await hubPost(
      '/v1/consultations',
      forestSigned({
        niss: nadia.niss,
        purpose: 'social-investigation',
        fileRef: nadiaRequestId,
        workerRef: 'w',
        personInformedAt: new Date().toISOString(),
      }),
    );
    assert.equal(atHub.status, 403);
    assert.equal(atHub.body?.code, 'consultation.no-integration');
  });
});

describe('the first read of a consultation, in the statement that authenticates the session', () => {
  test('a worker who may not open the file, a file that does not exist and an id that is no file: 404, each attempt on record', async () => {
    const luc = await fed.login('luc.forest');
    const body = { purpose: 'social-investigation' };
    const denied = await fed.api(luc, 'POST', `/api/v1/aid-requests/${nadiaRequestId}/rse-consultations`, body);
    assert.equal(denied.status, 404);
    assert.equal(denied.body.code, 'aid-request.not-found');
    const missing = randomUUID();
    assert.equal((await fed.api(marie, 'POST', `/api/v1/aid-requests/${missing}/rse-consultations`, body)).status, 404);
    assert.equal((await fed.api(marie, 'POST', '/api/v1/aid-requests/not-a-file/rse-consultations', body)).status, 404);
    const db = fed.tenants.byKbo(FOREST.kbo)!.db;
    const events = await db.query<{ username: string; record_id: string; has_person: boolean; outcome: string }>(
      `SELECT u.username, e.record_id, e.person_id IS NOT NULL AS has_person, e.outcome FROM audit_events e JOIN users u ON u.id = e.user_id
        WHERE e.action = 'rse-consultation.prepare' AND e.record_id IN ($1, $2, 'not-a-file') AND (u.username = 'luc.forest' OR e.record_id <> $1)
        ORDER BY e.id`,
      [nadiaRequestId, missing],
    );
    assert.deepEqual(events, [
      { username: 'luc.forest', record_id: nadiaRequestId, has_person: true, outcome: 'denied' },
      { username: 'marie.forest', record_id: missing, has_person: false, outcome: 'denied' },
      { username: 'marie.forest', record_id: 'not-a-file', has_person: false, outcome: 'denied' },
    ]);
  });

  test('a token without a valid session gets 401 and nothing is read or recorded', async () => {
    const db = fed.tenants.byKbo(FOREST.kbo)!.db;
    const count = async () => (await db.one<{ n: number }>('SELECT count(*)::int AS n FROM audit_events'))!.n;
    const before = await count();
    const response = await fed.api(
      `rse_${FOREST.kbo}_${'x'.repeat(43)}`,
      'POST',
      `/api/v1/aid-requests/${nadiaRequestId}/rse-consultations`,
      {
        purpose: 'social-investigation',
      },
    );
    assert.equal(response.status, 401);
    assert.equal(response.body.code, 'auth.required');
    assert.equal(await count(), before);
  });
});
