/**
 * The citizen portal end to end over HTTP (issue: citizen portal): after the move scenario the person
 * sees exactly the hub-log entries about them, each verified by the portal itself; a tampered entry
 * and a forked log are shown as failed; a statement travels with the next summary CPAS B receives;
 * a contest marks the decision `contested`; both reach the worker's worklist; a block makes the next
 * consultation by that CPAS refused and logged; the hub never reads the person's words.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestFederation, type TestFederation } from './federation.ts';
import { portalApi, portalPageSession, readPortalPage } from './portal-helpers.ts';
import { FOREST, MOLENBEEK, DEMO_PERSONS } from '#casework/modules/demo/demo-federation.ts';
import { DEMO_PORTAL_REPLY } from '#casework/modules/demo/demo-portal-reply.ts';
import { signTreeHead } from '#hub/modules/exchange-log/tree-head.ts';
import { encodeHash } from '#contracts/merkle/hashes.ts';
import { createHash } from 'node:crypto';
import { verifyTlogProof } from '#contracts/tlog/proof.ts';
import { signMessage } from '#contracts/protocol/envelope.ts';
import { purgeHub } from '#hub/start.ts';
import { purgePortal } from '#portal/start.ts';
import { webLoggedIn } from './web-browser.ts';

let fed: TestFederation;
let marie: string;
let sarah: string;
let nadiaToken: string;
let nadiaRequestId: string;
let decisionRef: string;
const nadia = DEMO_PERSONS.find((p) => p.scenario === 'moved')!;
const klaus = DEMO_PERSONS.find((p) => p.scenario === 'new-request')!;
const STATEMENT = 'DEMO — Je travaille à mi-temps depuis mars, ce qui explique le montant.';
const CONTEST = 'DEMO — La période indiquée est fausse : mon aide a commencé plus tard.';

const subjectOf = (niss: string) => fed.hub.pseudonymise(niss).toString('base64');

/** Every leaf of the hub's log that names this person, read from the leaf bytes themselves. */
async function hubLeavesAbout(niss: string, treeSize: number): Promise<number[]> {
  const rows = await fed.hub.db.query<{ leaf_index: string; leaf: Buffer; subject_opening: Buffer | null }>(
    'SELECT leaf_index, leaf, subject_opening FROM log_leaves WHERE leaf_index < $1 ORDER BY leaf_index',
    [treeSize],
  );
  // Version 2 leaves commit to the pseudonym (ADR 0017): SHA-256("rse/subject-commitment/v1\n" ‖ pseudonym ‖ opening).
  const isAbout = (leg: { subject?: string; subjectCommitment?: string }, opening: Buffer | null) =>
    leg.subject === subjectOf(niss) ||
    (opening !== null &&
      leg.subjectCommitment ===
        createHash('sha256')
          .update('rse/subject-commitment/v1\n')
          .update(Buffer.from(subjectOf(niss), 'base64'))
          .update(opening)
          .digest('base64'));
  return rows.filter((row) => isAbout(JSON.parse(row.leaf.toString('utf8')), row.subject_opening)).map((row) => Number(row.leaf_index));
}

async function consultAsMarie() {
  const response = await fed.api(
    marie,
    'POST',
    `/api/v1/aid-requests/${nadiaRequestId}/rse-consultations`,
    { purpose: 'social-investigation' },
    { 'accept-language': 'fr' },
  );
  return response;
}

before(async () => {
  fed = await startTestFederation({ providerTimeoutMs: 2_000 });
  marie = await fed.login('marie.forest');
  sarah = await fed.login('sarah.molenbeek');
  const person = await fed.api(marie, 'GET', `/api/v1/persons?niss=${nadia.niss}`);
  nadiaRequestId = (await fed.api(marie, 'GET', `/api/v1/aid-requests?personId=${person.body.items[0].id}`)).body.items[0].id;
  await fed.services.relay.flush();
  // The move scenario: refused first (not informed), then answered.
  assert.equal((await consultAsMarie()).body.code, 'consultation.person-not-informed');
  assert.equal(
    (
      await fed.api(marie, 'POST', `/api/v1/aid-requests/${nadiaRequestId}/person-informed`, {
        informedAt: new Date().toISOString(),
        method: 'in-person',
      })
    ).status,
    201,
  );
  assert.equal((await consultAsMarie()).status, 201);
  // Another person's exchange in the same log: it must never appear in Nadia's list.
  const klausPerson = await fed.api(marie, 'GET', `/api/v1/persons?niss=${klaus.niss}`);
  const klausRequest = (await fed.api(marie, 'GET', `/api/v1/aid-requests?personId=${klausPerson.body.items[0].id}`)).body.items[0].id;
  await fed.api(marie, 'POST', `/api/v1/aid-requests/${klausRequest}/person-informed`, {
    informedAt: new Date().toISOString(),
    method: 'letter',
  });
  assert.equal(
    (await fed.api(marie, 'POST', `/api/v1/aid-requests/${klausRequest}/rse-consultations`, { purpose: 'social-investigation' })).status,
    201,
  );
  const login = await portalApi(fed, null, 'POST', '/portal/api/v1/sessions', { niss: nadia.niss });
  assert.equal(login.status, 201, login.text);
  nadiaToken = login.body.token;
});
after(async () => fed?.close());

describe('every exchange about me, verified', () => {
  test('after the move scenario the list holds exactly the hub-log entries about the person, none missing, none of another person, each verified', async () => {
    const response = await portalApi(fed, nadiaToken, 'GET', '/portal/api/v1/me/exchanges');
    assert.equal(response.status, 200, response.text);
    const { items, log } = response.body;
    const expected = await hubLeavesAbout(nadia.niss, log.treeHead.treeSize);
    assert.deepEqual(
      items.map((item: { leafIndex: number }) => item.leafIndex),
      expected,
    );
    assert.ok(expected.length >= 3, `the move scenario leaves an acceptance, a forward and an answer (got ${expected.length})`);
    for (const klausLeaf of await hubLeavesAbout(klaus.niss, log.treeHead.treeSize)) {
      assert.ok(
        !items.some((item: { leafIndex: number }) => item.leafIndex === klausLeaf),
        `Klaus's entry ${klausLeaf} is in Nadia's list`,
      );
    }
    assert.ok(
      items.every((item: { verified: boolean }) => item.verified === true),
      'every entry is verified',
    );
    assert.equal(log.isConsistent, true);
    const types = items.map((item: { type: string; outcome: string }) => `${item.type}:${item.outcome}`);
    assert.ok(types.includes('consultation.accepted:providers:1'), `the consultation is listed: ${types.join(', ')}`);
    assert.ok(types.includes('summary.answered:answered'), `the answer is listed: ${types.join(', ')}`);
    const answered = items.find((item: { type: string }) => item.type === 'summary.answered');
    assert.deepEqual(answered.requester, { kbo: FOREST.kbo, name: FOREST.name });
    assert.deepEqual(answered.provider, { kbo: MOLENBEEK.kbo, name: MOLENBEEK.name });
    assert.equal(answered.purpose, 'social-investigation');
    assert.match(answered.at, /^\d{4}-\d{2}-\d{2}T/);
  });

  test('the page says in plain words who asked, and that every line is verified', async () => {
    const cookie = await portalPageSession(fed, nadia.niss);
    const page = await readPortalPage(fed, cookie, '/portal/exchanges?lang=fr');
    assert.equal(page.status, 200);
    assert.match(page.text, /CPAS de Molenbeek-Saint-Jean \(DEMO\) a répondu à CPAS de Forest \(DEMO\) : informations envoyées\./);
    assert.match(page.text, /Les \d+ échanges sont vérifiés\./);
    const dutch = await readPortalPage(fed, cookie, '/portal/exchanges?lang=nl');
    assert.match(dutch.text, /<html lang="nl">/);
    assert.match(dutch.text, /uitwisselingen zijn gecontroleerd/);
  });

  test('each of the person’s exchanges has an offline proof (C2SP tlog-proof) that verifies without the hub; another’s has none', async () => {
    assert.equal((await fed.hub.tlog.publish()).published, true);
    const { items } = (await portalApi(fed, nadiaToken, 'GET', '/portal/api/v1/me/exchanges')).body;
    const leafIndex = (items as { leafIndex: number }[])[0]!.leafIndex;
    const proof = await portalApi(fed, nadiaToken, 'GET', `/portal/api/v1/me/exchanges/${leafIndex}/proof`);
    assert.equal(proof.status, 200, proof.text);
    assert.match(proof.headers.get('content-disposition') ?? '', /rse-exchange-\d+\.tlog-proof/);
    const check = verifyTlogProof(proof.text, fed.hub.tlog.trust());
    assert.ok(check.ok && check.index === leafIndex, JSON.stringify(check));
    const mine = new Set((items as { leafIndex: number }[]).map((item) => item.leafIndex));
    const foreign = [...Array(check.ok ? check.treeSize : 0).keys()].find((index) => !mine.has(index))!;
    const other = await portalApi(fed, nadiaToken, 'GET', `/portal/api/v1/me/exchanges/${foreign}/proof`);
    assert.equal(other.status, 404);
    assert.equal(other.body.code, 'exchange.not-found');
    const bad = await portalApi(fed, nadiaToken, 'GET', '/portal/api/v1/me/exchanges/abc/proof');
    assert.equal(bad.status, 400);
    assert.match(bad.headers.get('content-type') ?? '', /application\/problem\+json/);
  });

  test('without a session the API answers 401 and the pages send the person to the login', async () => {
    const response = await portalApi(fed, null, 'GET', '/portal/api/v1/me/exchanges');
    assert.equal(response.status, 401);
    assert.equal(response.body.code, 'auth.required');
    assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/);
    const page = await fetch(`${fed.baseUrl}/portal/exchanges`, { redirect: 'manual' });
    assert.equal(page.status, 303);
    assert.equal(page.headers.get('location'), '/portal/');
  });
});

describe('what each CPAS would share, statements and contests', () => {
  test('the person sees Molenbeek’s summary, decrypted by the portal, and the portal keeps no copy', async () => {
    const response = await portalApi(fed, nadiaToken, 'GET', '/portal/api/v1/me/summaries');
    assert.equal(response.status, 200, response.text);
    const molenbeek = response.body.items.find((item: { provider: { kbo: string } }) => item.provider.kbo === MOLENBEEK.kbo);
    assert.equal(molenbeek.status, 'answered');
    assert.equal(molenbeek.summary.person.niss, nadia.niss);
    assert.equal(molenbeek.summary.decisions[0].status, 'final');
    decisionRef = molenbeek.summary.decisions[0].ref;
    const portalRows =
      JSON.stringify(await fed.portal.db.query('SELECT * FROM sessions')) +
      JSON.stringify(await fed.portal.db.query('SELECT * FROM seen_tree_heads'));
    for (const marker of [decisionRef, 'ris-law-2002', 'state-of-need-established'])
      assert.ok(!portalRows.includes(marker), `${marker} stored in the portal database`);
    // The person's own look is an exchange too, logged and listed.
    const exchanges = await portalApi(fed, nadiaToken, 'GET', '/portal/api/v1/me/exchanges');
    assert.ok(
      exchanges.body.items.some(
        (item: { type: string; provider?: { kbo: string } }) =>
          item.type === 'person-access.answered' && item.provider?.kbo === MOLENBEEK.kbo,
      ),
      'the person’s look is listed',
    );
  });

  test('a statement added in the portal appears in the next summary CPAS B receives, and on A’s worklist', async () => {
    const added = await portalApi(fed, nadiaToken, 'POST', '/portal/api/v1/me/statements', {
      providerKbo: MOLENBEEK.kbo,
      decisionRef,
      text: STATEMENT,
    });
    assert.equal(added.status, 201, added.text);
    assert.equal(added.body.status, 'recorded');
    const consultation = await consultAsMarie();
    assert.equal(consultation.status, 201, consultation.text);
    const summary = consultation.body.responses.find((r: { provider: { kbo: string } }) => r.provider.kbo === MOLENBEEK.kbo).summary;
    assert.deepEqual(
      summary.statements.map((s: { decisionRef: string; text: string }) => [s.decisionRef, s.text]),
      [[decisionRef, STATEMENT]],
    );
    const worklist = await fed.api(sarah, 'GET', '/api/v1/worklist');
    const notice = worklist.body.items.find((item: { alert: string }) => item.alert === 'person-statement');
    assert.ok(notice, 'the statement is on the assigned worker’s worklist');
    assert.equal(notice.details.decisionRef, decisionRef);
    assert.equal(notice.details.text, STATEMENT);
  });

  test('the hub never reads the person’s words: they travel encrypted to the CPAS', async () => {
    const rows = await fed.hub.db.query<{ leaf: Buffer }>('SELECT leaf FROM log_leaves');
    const dump = rows.map((row) => row.leaf.toString('utf8')).join('\n') + JSON.stringify(await fed.hub.db.query('SELECT * FROM blocks'));
    assert.ok(!dump.includes('mi-temps'), 'the statement text is in the hub database');
    assert.ok(!fed.logs().includes('mi-temps'), 'the statement text is in a log line');
  });

  test('a contest marks the decision contested in every later summary and reaches the worklist', async () => {
    const contested = await portalApi(fed, nadiaToken, 'POST', '/portal/api/v1/me/contests', {
      providerKbo: MOLENBEEK.kbo,
      decisionRef,
      reason: CONTEST,
    });
    assert.equal(contested.status, 201, contested.text);
    const consultation = await consultAsMarie();
    const summary = consultation.body.responses.find((r: { provider: { kbo: string } }) => r.provider.kbo === MOLENBEEK.kbo).summary;
    assert.equal(summary.decisions.find((d: { ref: string }) => d.ref === decisionRef).status, 'contested');
    const worklist = await fed.api(sarah, 'GET', '/api/v1/worklist');
    assert.ok(
      worklist.body.items.some(
        (item: { alert: string; details?: { text?: string } }) => item.alert === 'person-contest' && item.details?.text === CONTEST,
      ),
      'the contest is on the worklist',
    );
    const mine = await portalApi(fed, nadiaToken, 'GET', '/portal/api/v1/me/summaries');
    assert.equal(
      mine.body.items.find((item: { provider: { kbo: string } }) => item.provider.kbo === MOLENBEEK.kbo).summary.decisions[0].status,
      'contested',
    );
  });

  test('bad input: a clear problem with a stable code, nothing recorded', async () => {
    const before = await fed.tenants.byKbo(MOLENBEEK.kbo)!.db.one<{ n: string }>('SELECT count(*) AS n FROM person_statements');
    const cases: [unknown, number, string][] = [
      [{ providerKbo: MOLENBEEK.kbo, decisionRef, text: '' }, 422, 'validation.failed'],
      [{ providerKbo: MOLENBEEK.kbo, decisionRef, text: 'x'.repeat(2001) }, 422, 'validation.failed'],
      [{ providerKbo: MOLENBEEK.kbo, decisionRef, text: 'ok', extra: 1 }, 422, 'validation.failed'],
      [{ providerKbo: '0123456789', decisionRef, text: 'ok' }, 422, 'kbo.invalid'],
      [{ providerKbo: MOLENBEEK.kbo, decisionRef: 'D-1900-000001', text: 'ok' }, 404, 'person-request.decision-not-found'],
      [{ providerKbo: '0999999922', decisionRef, text: 'ok' }, 404, 'person-request.no-file'],
    ];
    for (const [body, status, code] of cases) {
      const response = await portalApi(fed, nadiaToken, 'POST', '/portal/api/v1/me/statements', body);
      assert.equal(response.status, status, `${JSON.stringify(body).slice(0, 80)} → ${response.text}`);
      assert.equal(response.body.code, code);
    }
    const malformed = await fetch(`${fed.baseUrl}/portal/api/v1/me/statements`, {
      method: 'POST',
      headers: { authorization: `Bearer ${nadiaToken}`, 'content-type': 'application/json' },
      body: '{"providerKbo":',
    });
    assert.equal(malformed.status, 400);
    const after = await fed.tenants.byKbo(MOLENBEEK.kbo)!.db.one<{ n: string }>('SELECT count(*) AS n FROM person_statements');
    assert.equal(after!.n, before!.n);
  });
});

describe('the CPAS answers the person, back through the hub (R39, R40)', () => {
  const REPLY = 'DEMO — Merci, votre déclaration est jointe à la décision ; le montant tient compte du mi-temps.';
  const OUTCOME = 'DEMO — La période est correcte : l’aide a commencé à la date de la demande.';
  let molenbeekRequestId: string;

  test('the statement sent from the portal is answered at the CPAS; the answer reaches the person’s page in their language', async () => {
    const person = await fed.api(sarah, 'GET', `/api/v1/persons?niss=${nadia.niss}`);
    const requests = (await fed.api(sarah, 'GET', `/api/v1/aid-requests?personId=${person.body.items[0].id}`)).body.items;
    let found: { statements: { id: string; text: string }[]; contests: { id: string; text: string }[] } | undefined;
    for (const request of requests) {
      const list = await fed.api(sarah, 'GET', `/api/v1/aid-requests/${request.id}/person-requests`);
      if (list.body.statements?.some((s: { text: string }) => s.text === STATEMENT)) {
        molenbeekRequestId = request.id;
        found = list.body;
      }
    }
    assert.ok(found, 'the statement is on a Molenbeek file');
    const statement = found!.statements.find((s) => s.text === STATEMENT)! as { id: string; text: string; isAnsweredInPortal: boolean };
    assert.equal(statement.isAnsweredInPortal, true, 'the worker is told the answer goes back through the portal');
    const web = await webLoggedIn(fed.baseUrl, 'sarah.molenbeek', 'fr');
    const followUp = await web.request('GET', `/requests/${molenbeekRequestId}/person-requests`);
    assert.equal(followUp.status, 200);
    assert.ok(followUp.text.includes('votre réponse lui y est transmise, dans sa langue'), 'said on the worker’s page');
    const replied = await fed.api(sarah, 'POST', `/api/v1/aid-requests/${molenbeekRequestId}/person-statements/${statement.id}/reply`, {
      reply: REPLY,
    });
    assert.equal(replied.status, 200, replied.text);
    await fed.services.relay.flush();
    const parked = await fed.tenants
      .byKbo(MOLENBEEK.kbo)!
      .db.one<{ n: number }>(`SELECT count(*)::int AS n FROM outbox WHERE topic = 'person-reply' AND sent_at IS NULL`);
    assert.equal(parked!.n, 0, 'the reply left the outbox');
    const mine = await portalApi(fed, nadiaToken, 'GET', '/portal/api/v1/me/replies');
    assert.equal(mine.status, 200, mine.text);
    const reply = mine.body.items.find((item: { kind: string }) => item.kind === 'statement-reply');
    assert.equal(reply.text, REPLY);
    assert.equal(reply.decisionRef, decisionRef);
    assert.deepEqual(reply.provider, { kbo: MOLENBEEK.kbo, name: MOLENBEEK.name });
    const cookie = await portalPageSession(fed, nadia.niss);
    for (const [lang, words] of [
      ['fr', `Réponse de ${MOLENBEEK.name} à ma déclaration`],
      ['nl', `Antwoord van ${MOLENBEEK.name} op mijn verklaring`],
      ['de', `Antwort von ${MOLENBEEK.name} auf meine Erklärung`],
    ] as const) {
      const page = await readPortalPage(fed, cookie, `/portal/summaries?lang=${lang}`);
      assert.equal(page.status, 200);
      assert.ok(page.text.includes(words), `${lang}: ${words}`);
      assert.ok(page.text.includes('le montant tient compte du mi-temps'), `${lang}: the answer itself`);
    }
    // The hub relayed words it cannot read.
    const atHub = JSON.stringify(await fed.hub.db.query('SELECT * FROM person_replies'));
    assert.ok(atHub.length > 2 && !atHub.includes('mi-temps'), 'the answer is encrypted to the portal at the hub');
  });

  test('the outcome of the contest reaches the person too, in words', async () => {
    const list = await fed.api(sarah, 'GET', `/api/v1/aid-requests/${molenbeekRequestId}/person-requests`);
    const contest = list.body.contests.find((c: { text: string }) => c.text === CONTEST);
    assert.ok(contest, 'the contest is on the file');
    const decided = await fed.api(sarah, 'POST', `/api/v1/aid-requests/${molenbeekRequestId}/person-contests/${contest.id}/outcome`, {
      outcome: 'rejected',
      motivation: OUTCOME,
    });
    assert.equal(decided.status, 200, decided.text);
    await fed.services.relay.flush();
    const mine = await portalApi(fed, nadiaToken, 'GET', '/portal/api/v1/me/replies');
    const outcome = mine.body.items.find((item: { kind: string }) => item.kind === 'contest-outcome');
    assert.equal(outcome.outcome, 'rejected');
    assert.equal(outcome.text, OUTCOME);
    const cookie = await portalPageSession(fed, nadia.niss);
    const page = await readPortalPage(fed, cookie, '/portal/summaries?lang=nl');
    assert.ok(
      page.text.includes(`Mijn betwisting, beslissing van ${MOLENBEEK.name}: de betwisting wordt niet aanvaard`),
      'the outcome in Dutch',
    );
    // Another person never sees them.
    const klausLogin = await portalApi(fed, null, 'POST', '/portal/api/v1/sessions', { niss: klaus.niss });
    const klausReplies = await portalApi(fed, klausLogin.body.token, 'GET', '/portal/api/v1/me/replies');
    assert.deepEqual(klausReplies.body.items, []);
    assert.equal((await portalApi(fed, null, 'GET', '/portal/api/v1/me/replies')).status, 401);

    // Retention (R42): two years on, the hub's and the portal's purges remove them (dry runs: nothing changes here).
    const later = new Date(Date.now() + 800 * 86_400_000);
    const hubRun = await purgeHub(fed.hub, { trigger: 'scheduler', now: later, isDryRun: true });
    assert.ok(hubRun.counts['person-replies']! >= 2, JSON.stringify(hubRun.counts));
    const portalRun = await purgePortal(fed.portal, { idleMinutes: 30, trigger: 'scheduler', now: later, isDryRun: true });
    assert.ok(portalRun.counts['person-replies']! >= 2, JSON.stringify(portalRun.counts));
    const soon = await purgePortal(fed.portal, { idleMinutes: 30, trigger: 'scheduler', now: new Date(), isDryRun: true });
    assert.equal(soon.counts['person-replies'], 0, 'not before their period');
  });

  test('in the demo, the answer to the statement Jean sent from the portal is waiting for him there, sent by Forest', async () => {
    const jean = DEMO_PERSONS.find((p) => p.key === 'jean')!;
    const login = await portalApi(fed, null, 'POST', '/portal/api/v1/sessions', { niss: jean.niss });
    assert.equal(login.status, 201, login.text);
    const replies = await portalApi(fed, login.body.token, 'GET', '/portal/api/v1/me/replies');
    assert.equal(replies.status, 200, replies.text);
    const reply = replies.body.items.find((item: { text: string }) => item.text === DEMO_PORTAL_REPLY);
    assert.ok(reply, `the demo answer is among Jean's replies: ${replies.text}`);
    assert.equal(reply.kind, 'statement-reply');
    assert.deepEqual(reply.provider, { kbo: FOREST.kbo, name: FOREST.name });
    const atHub = JSON.stringify(await fed.hub.db.query('SELECT * FROM person_replies'));
    assert.ok(!atHub.includes('formation'), 'the hub carried the answer without reading it');
  });

  test('the hub takes a reply only from the CPAS the request went to, for the portal that sent it, signed and well formed', async () => {
    const requestId = (await fed.hub.db.one<{ request_id: string }>(
      `SELECT request_id FROM person_requests WHERE kind = 'statement' AND provider_kbo = $1`,
      [MOLENBEEK.kbo],
    ))!.request_id;
    const signedBy = (kbo: string, payload: Record<string, unknown>) => {
      const keys = fed.tenants.byKbo(kbo)!.keys;
      return signMessage({ payload, issuer: kbo, audience: 'hub', signingKey: keys.signing.privateKey, kid: keys.signing.kid });
    };
    const post = async (body: string) => {
      const response = await fetch(`${fed.baseUrl}/hub/v1/person-replies`, {
        method: 'POST',
        headers: { 'content-type': 'application/jose' },
        body,
      });
      return {
        status: response.status,
        type: response.headers.get('content-type'),
        body: (await response.json().catch(() => null)) as { code?: string } | null,
      };
    };
    const portalKbo = fed.portal.kbo;
    const base = { requestId, kind: 'statement-reply', toKbo: portalKbo, content: 'not-really-encrypted' };
    const stranger = await post(await signedBy(FOREST.kbo, base));
    assert.equal(stranger.status, 404, 'Forest never received this request');
    assert.equal(stranger.body?.code, 'person-reply.unknown-request');
    const unknown = await post(await signedBy(MOLENBEEK.kbo, { ...base, requestId: '00000000-0000-4000-8000-000000000000' }));
    assert.equal(unknown.body?.code, 'person-reply.unknown-request');
    const wrongKind = await post(await signedBy(MOLENBEEK.kbo, { ...base, kind: 'contest-outcome' }));
    assert.equal(wrongKind.status, 404);
    const malformed = await post(await signedBy(MOLENBEEK.kbo, { ...base, toKbo: '0123456789' }));
    assert.equal(malformed.status, 422);
    assert.equal(malformed.body?.code, 'person-reply.malformed');
    for (const response of [stranger, unknown, malformed]) assert.match(response.type ?? '', /application\/problem\+json/);
    const unsigned = await post('not-a-jws');
    assert.ok(unsigned.status >= 400 && unsigned.status < 500, `unsigned: ${unsigned.status}`);
  });
});

describe('blocks', () => {
  test('a block makes the next consultation by that CPAS refused, with a code the worker reads in plain words, and logged', async () => {
    const blocked = await portalApi(fed, nadiaToken, 'POST', '/portal/api/v1/me/blocks', {
      institutionKbo: FOREST.kbo,
      reason: 'DEMO — je ne veux plus que Forest reçoive mon dossier.',
    });
    assert.equal(blocked.status, 201, blocked.text);
    assert.deepEqual(blocked.body.institution, { kbo: FOREST.kbo, name: FOREST.name });
    const again = await portalApi(fed, nadiaToken, 'POST', '/portal/api/v1/me/blocks', { institutionKbo: FOREST.kbo, reason: 'encore' });
    assert.equal(again.status, 200);
    assert.equal(again.body.status, 'exists');

    const refused = await consultAsMarie();
    assert.equal(refused.status, 403);
    assert.equal(refused.body.code, 'consultation.blocked');
    assert.equal(refused.body.title, 'La personne a demandé que votre CPAS ne reçoive plus son résumé');

    const exchanges = await portalApi(fed, nadiaToken, 'GET', '/portal/api/v1/me/exchanges');
    const refusal = exchanges.body.items.filter(
      (item: { type: string; outcome: string }) => item.type === 'consultation.refused' && item.outcome === 'consultation.blocked',
    );
    assert.equal(refusal.length, 1, 'the refused consultation is in the person’s list');
    assert.equal(refusal[0].verified, true);
    assert.ok(
      exchanges.body.items.some(
        (item: { type: string; provider?: { kbo: string } }) => item.type === 'block.recorded' && item.provider?.kbo === FOREST.kbo,
      ),
      'the block itself is listed',
    );
    const list = await portalApi(fed, nadiaToken, 'GET', '/portal/api/v1/me/blocks');
    assert.deepEqual(
      list.body.items.map((b: { institution: { kbo: string } }) => b.institution.kbo),
      [FOREST.kbo],
    );

    const cookie = await portalPageSession(fed, nadia.niss);
    const page = await readPortalPage(fed, cookie, '/portal/exchanges?lang=fr');
    assert.match(page.text, /CPAS de Forest \(DEMO\) a demandé vos informations\. Le carrefour a refusé : vous avez bloqué ce CPAS\./);
    await fed.hub.db.query('UPDATE blocks SET lifted_at = now() WHERE lifted_at IS NULL');
  });
});

describe('the portal checks the hub', () => {
  test('tampering with a leaf of the hub’s log makes the portal show that verification failed', async () => {
    const before = await portalApi(fed, nadiaToken, 'GET', '/portal/api/v1/me/exchanges');
    const target = before.body.items.find(
      (item: { type: string; outcome: string }) => item.type === 'summary.answered' && item.outcome === 'answered',
    ).leafIndex;
    const original = (await fed.hub.db.one<{ leaf: Buffer }>('SELECT leaf FROM log_leaves WHERE leaf_index = $1', [target]))!.leaf;
    const tamper = async (leaf: Buffer) => {
      await fed.hub.db.transaction(async (tx) => {
        await tx.query('ALTER TABLE log_leaves DISABLE TRIGGER log_leaves_append_only');
        await tx.query('UPDATE log_leaves SET leaf = $2 WHERE leaf_index = $1', [target, leaf]);
        await tx.query('ALTER TABLE log_leaves ENABLE TRIGGER log_leaves_append_only');
      });
    };
    await tamper(Buffer.from(original.toString('utf8').replace('"outcome":"answered"', '"outcome":"no-file"')));
    try {
      const after = await portalApi(fed, nadiaToken, 'GET', '/portal/api/v1/me/exchanges');
      const tampered = after.body.items.find((item: { leafIndex: number }) => item.leafIndex === target);
      assert.equal(tampered.verified, false);
      assert.equal(tampered.verification, 'proof-failed');
      assert.ok(
        after.body.items
          .filter((item: { leafIndex: number }) => item.leafIndex !== target)
          .every((item: { verified: boolean }) => item.verified),
        'the other entries stay verified',
      );
      const cookie = await portalPageSession(fed, nadia.niss);
      const page = await readPortalPage(fed, cookie, '/portal/exchanges?lang=fr');
      assert.match(page.text, /Attention : la vérification a échoué pour 1 échange\(s\)/);
      assert.match(page.text, /✗ Vérification échouée/);
    } finally {
      await tamper(original);
    }
  });

  test('a hub that shows a tree head its earlier heads do not lead to is reported loudly', async () => {
    const current = await portalApi(fed, nadiaToken, 'GET', '/portal/api/v1/me/exchanges');
    assert.equal(current.body.log.isConsistent, true);
    // A forked history: a head the hub signed for a smaller tree with another root.
    const size = current.body.log.treeHead.treeSize - 1;
    const forged = {
      treeSize: size,
      rootHash: encodeHash(createHash('sha256').update('another history').digest()),
      timestamp: new Date().toISOString(),
    };
    await fed.portal.db.query('DELETE FROM seen_tree_heads WHERE tree_size = $1', [size]);
    await fed.portal.db.query('INSERT INTO seen_tree_heads (tree_size, root_hash, signed_at, signature) VALUES ($1, $2, $3, $4)', [
      size,
      forged.rootHash,
      forged.timestamp,
      signTreeHead(forged, fed.hub.keys.signing),
    ]);
    try {
      const response = await portalApi(fed, nadiaToken, 'GET', '/portal/api/v1/me/exchanges');
      assert.equal(response.body.log.isConsistent, false);
      assert.equal(response.body.log.alerts[0].kind, 'inconsistent');
      assert.ok(
        response.body.items.every(
          (item: { verified: boolean; verification: string }) => !item.verified && item.verification === 'log-inconsistent',
        ),
        'nothing is shown as verified on a forked log',
      );
      assert.match(fed.logs(), /HUB EXCHANGE LOG ALERT/);
      const cookie = await portalPageSession(fed, nadia.niss);
      const page = await readPortalPage(fed, cookie, '/portal/exchanges?lang=de');
      assert.match(page.text, /Alarm: Das Protokoll der Zentrale hat sich auf eine nicht erlaubte Weise verändert/);
    } finally {
      await fed.portal.db.query('DELETE FROM seen_tree_heads WHERE tree_size = $1', [size]);
      await fed.portal.db.query('UPDATE log_alerts SET resolved_at = now() WHERE resolved_at IS NULL');
    }
  });

  test('only the registered portal speaks for a person at the hub, and no NISS is written to any log line', async () => {
    const forest = fed.tenants.byKbo(FOREST.kbo)!;
    const { signMessage } = await import('#contracts/protocol/envelope.ts');
    const asForest = signMessage({
      payload: { niss: nadia.niss },
      issuer: FOREST.kbo,
      audience: 'hub',
      signingKey: forest.keys.signing.privateKey,
      kid: forest.keys.signing.kid,
    });
    const response = await fetch(`${fed.baseUrl}/hub/v1/person-access/exchanges`, {
      method: 'POST',
      headers: { 'content-type': 'application/jose' },
      body: asForest,
    });
    assert.equal(response.status, 403);
    assert.equal(((await response.json()) as { code: string }).code, 'person-access.not-a-portal');
    // (The casework's own search by NISS in a query string is that service's request log, not the portal's or the hub's.)
    const lines = fed
      .logs()
      .split('\n')
      .filter((line) => !line.includes('/api/v1/persons?niss='));
    for (const person of DEMO_PERSONS)
      assert.ok(!lines.some((line) => line.includes(person.niss)), `NISS of ${person.givenNames} in the logs`);
  });
});
