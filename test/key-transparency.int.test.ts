/**
 * Key transparency (issue 13, scope 3; ADR 0017) in the demo federation: every institution key is an
 * entry of the hub's log inside a checkpoint cosigned by both witnesses, and a provider encrypts only
 * to a requester key proven there — a hub that substitutes a requester's encryption key gets nothing.
 * The provider's other guarantee is tested here too, on the same provider: no answer leaves before its
 * disclosure is in the audit log (it is signed while the audit commits, and dropped when it fails).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { startTestFederation, type TestFederation } from './federation.ts';
import { FOREST, MOLENBEEK, DEMO_PERSONS } from '#casework/modules/demo/demo-federation.ts';
import { createHubClient } from '#casework/modules/exchange/hub-client.ts';
import { createKeyProofChecker } from '#casework/modules/exchange/key-proof.ts';
import { createProviderService } from '#casework/modules/exchange/provider.service.ts';
import { generateInstitutionKeys, toPublicJwks } from '#contracts/protocol/keys.ts';
import { verifyKeyProof } from '#contracts/tlog/key-proof.ts';
import { createLogger } from '#platform/logger.ts';
import { requestText } from '#platform/http-client.ts';
import { AppError } from '#platform/errors.ts';

let fed: TestFederation;
const nadia = DEMO_PERSONS.find((p) => p.scenario === 'moved')!;

before(async () => {
  fed = await startTestFederation();
});
after(async () => fed?.close());

/** A provider as the Molenbeek node runs it, with a fresh view of the hub's registry. */
function molenbeekProvider() {
  const hubUrl = () => `${fed.baseUrl}/hub`;
  return createProviderService({
    tenants: fed.tenants,
    hub: createHubClient({ hubUrl, clock: () => new Date() }),
    clock: () => new Date(),
    keyProofs: createKeyProofChecker({
      hubUrl,
      transport: requestText,
      trust: async () => fed.hub.tlog.trust(),
      log: createLogger({ level: 'silent' }),
    }),
  });
}

const summaryRequest = () => ({
  type: 'summary-request' as const,
  consultationId: randomUUID(),
  niss: nadia.niss,
  purpose: 'social-investigation',
  items: ['decisions', 'contact'],
  requester: { kbo: FOREST.kbo, name: FOREST.name },
});

test('every institution key is a log entry, proven in a checkpoint cosigned by both demo witnesses', async () => {
  assert.equal(fed.witnesses.length, 2, 'the demo runs two witnesses');
  const entries = (await fed.api(null, 'GET', `/hub/tlog/keys?kbo=${FOREST.kbo}`)).body.entries as { leaf: string }[];
  const legs = entries.map((entry) => JSON.parse(Buffer.from(entry.leaf, 'base64').toString('utf8')));
  assert.deepEqual(legs.map((leg) => `${leg.type} ${leg.keyUse}`).sort(), ['key.registered enc', 'key.registered sig']);
  const forest = (await fed.hub.registry.find(FOREST.kbo))!;
  const enc = forest.jwks.keys.find((key) => key.use === 'enc')!;
  const proof = (await fed.api(null, 'GET', `/hub/tlog/key-proof?kbo=${FOREST.kbo}&kid=${encodeURIComponent(enc.kid)}`)).body;
  const trust = fed.hub.tlog.trust();
  assert.equal(trust.quorum, 2);
  const check = verifyKeyProof(proof, { kbo: FOREST.kbo, use: 'enc', kid: enc.kid, x: enc.x }, trust);
  assert.equal(check.ok, true, JSON.stringify(check));
  assert.equal(
    verifyKeyProof(proof, { kbo: FOREST.kbo, use: 'enc', kid: enc.kid, x: 'A'.repeat(43) }, trust).ok,
    false,
    'another key is not proven by it',
  );
  assert.equal(
    verifyKeyProof(proof, { kbo: FOREST.kbo, use: 'enc', kid: enc.kid, x: enc.x }, { ...trust, quorum: 3 }).ok,
    false,
    'a quorum of 3 is not met',
  );
  assert.equal((await fed.api(null, 'GET', `/hub/tlog/key-proof?kbo=${FOREST.kbo}&kid=nope`)).status, 404);
  assert.equal((await fed.api(null, 'GET', `/hub/tlog/key-proof?kbo=12&kid=x`)).status, 400);
});

test("a hub that substitutes a requester's encryption key: the provider refuses to encrypt", async () => {
  const molenbeek = fed.tenants.byKbo(MOLENBEEK.kbo)!;
  // The honest registry: the provider answers, encrypted to Forest's proven key.
  const token = await molenbeekProvider().answerSummaryRequest(molenbeek, summaryRequest(), randomUUID());
  assert.equal(typeof token, 'string');
  // The hub now hands out a key of its own for Forest, without logging it (it would be seen there).
  const forest = (await fed.hub.registry.find(FOREST.kbo))!;
  const substitute = toPublicJwks(generateInstitutionKeys()).keys.find((key) => key.use === 'enc')!;
  const jwks = { keys: forest.jwks.keys.map((key) => (key.use === 'enc' ? substitute : key)) };
  await fed.hub.db.query('UPDATE institutions SET jwks = $2 WHERE kbo = $1', [FOREST.kbo, JSON.stringify(jwks)]);
  fed.hub.registry.invalidate();
  try {
    const auditBefore = await molenbeek.db.one<{ n: string }>('SELECT count(*) AS n FROM audit_events');
    await assert.rejects(
      molenbeekProvider().answerSummaryRequest(molenbeek, summaryRequest(), randomUUID()),
      (error: unknown) => error instanceof AppError && error.code === 'exchange.requester-key-unproven',
    );
    const auditAfter = await molenbeek.db.one<{ n: string }>('SELECT count(*) AS n FROM audit_events');
    assert.equal(auditAfter!.n, auditBefore!.n, 'nothing was read or disclosed');
  } finally {
    await fed.hub.db.query('UPDATE institutions SET jwks = $2 WHERE kbo = $1', [FOREST.kbo, JSON.stringify(forest.jwks)]);
    fed.hub.registry.invalidate();
  }
});

for (const acceptsBatch of [false, true]) {
  test(`a disclosure whose audit cannot be written is not answered (${acceptsBatch ? 'batch-signed' : 'signed alone'})`, async () => {
    const molenbeek = fed.tenants.byKbo(MOLENBEEK.kbo)!;
    const provider = molenbeekProvider();
    const auditBefore = await molenbeek.db.one<{ n: string }>('SELECT count(*) AS n FROM audit_events');
    // The audit log refuses the disclosure (a full disk, a lost connection would do the same).
    await molenbeek.db.query(`CREATE FUNCTION refuse_disclosure_audit() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.action LIKE 'exchange.summary-%' THEN RAISE EXCEPTION 'audit refused'; END IF; RETURN NEW; END $$`);
    await molenbeek.db.query(
      'CREATE TRIGGER refuse_disclosure_audit BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION refuse_disclosure_audit()',
    );
    try {
      await assert.rejects(provider.answerSummaryRequest(molenbeek, summaryRequest(), randomUUID(), acceptsBatch), /audit refused/);
      const auditAfter = await molenbeek.db.one<{ n: string }>('SELECT count(*) AS n FROM audit_events');
      assert.equal(auditAfter!.n, auditBefore!.n, 'nothing recorded');
    } finally {
      await molenbeek.db.query('DROP TRIGGER refuse_disclosure_audit ON audit_events');
      await molenbeek.db.query('DROP FUNCTION refuse_disclosure_audit()');
    }
    // Once the audit log takes it again, the same provider answers, and its disclosure is on record first.
    const answered = `SELECT count(*) AS n FROM audit_events WHERE action = 'exchange.summary-answered'`;
    const before = Number((await molenbeek.db.one<{ n: string }>(answered))!.n);
    const token = await provider.answerSummaryRequest(molenbeek, summaryRequest(), randomUUID(), acceptsBatch);
    assert.equal(typeof token, 'string');
    assert.equal(Number((await molenbeek.db.one<{ n: string }>(answered))!.n), before + 1, 'the disclosure is audited');
  });
}

test('a key published in the name of a CPAS that its node did not register raises an alert, without secrets', async () => {
  assert.equal(await fed.services.keyMonitor.checkOnce(), 0, 'the node knows every key in its names');
  const forest = (await fed.hub.registry.find(FOREST.kbo))!;
  const rogue = toPublicJwks(generateInstitutionKeys()).keys.find((key) => key.use === 'enc')!;
  // The hub (or whoever holds its registry) publishes another key for Forest: it is logged.
  await fed.hub.registry.register({ ...forest, jwks: { keys: forest.jwks.keys.map((key) => (key.use === 'enc' ? rogue : key)) } });
  try {
    assert.equal(await fed.services.keyMonitor.checkOnce(), 1, 'one alert');
    assert.equal(await fed.services.keyMonitor.checkOnce(), 0, 'raised once');
    const alerts = await fed.services.keyMonitor.openAlerts(fed.tenants.byKbo(FOREST.kbo)!);
    assert.deepEqual(
      alerts.map((alert) => [alert.key_use, alert.kid]),
      [['enc', rogue.kid]],
    );
    assert.equal((await fed.services.keyMonitor.openAlerts(fed.tenants.byKbo(MOLENBEEK.kbo)!)).length, 0, 'no alert for Molenbeek');
    const line = fed
      .logs()
      .split('\n')
      .find((entry) => entry.includes('KEY TRANSPARENCY ALERT'));
    assert.ok(line?.includes(rogue.kid), 'the log line names the key id');
    assert.ok(!line?.includes(rogue.x), 'and not the key material');
    // The security advisor reads it on the transparency page, in her language; a social worker may not.
    const page = async (username: string, language: string) =>
      fetch(`${fed.baseUrl}/oversight/transparency`, {
        headers: { cookie: `rse_session=${await fed.login(username)}`, 'accept-language': language },
      });
    const anne = await page('anne.forest', 'fr');
    const text = await anne.text();
    assert.equal(anne.status, 200, text);
    assert.match(text, /Une clé que ce serveur n’a pas enregistrée est publiée au nom du CPAS/);
    assert.ok(text.includes(rogue.kid), 'the unknown key is listed');
    assert.match(text, /Dernier ancrage : événement n° \d+/, 'the last audit anchor is shown');
    assert.equal((await page('marie.forest', 'fr')).status, 403);
  } finally {
    await fed.hub.registry.register(forest);
  }
});
