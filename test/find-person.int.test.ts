/**
 * Find, follow and know the person (issue "the social file a worker lives in", items 1 and 2) and the
 * NISS replacement regression (issue 12, finding F1): search by name/birth date/provisional id, my
 * caseload, the team view and reassignment, the person's record with history and household, and a
 * replacement that reaches the hub so that a consultation under the new number is answered.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateNiss } from '#contracts/niss.ts';
import { DEMO_PERSONS, FOREST, GENT, MOLENBEEK } from '#casework/modules/demo/demo-federation.ts';
import { signMessage } from '#contracts/protocol/envelope.ts';
import { csrfOf, webLoggedIn } from './web-browser.ts';
import { runPurge } from '#casework/modules/retention/retention.service.ts';
import { startTestFederation, type TestFederation, assertProblem } from './federation.ts';

let fed: TestFederation;
let marie: string;
let luc: string;
let sophie: string;
let lucId: string;
let marieId: string;
let elodieId: string;
let elodieRequestId: string;

const forestDb = () => fed.tenants.byKbo(FOREST.kbo)!.db;

before(async () => {
  fed = await startTestFederation();
  [marie, luc, sophie] = await Promise.all([fed.login('marie.forest'), fed.login('luc.forest'), fed.login('sophie.forest')]);
  marieId = (await fed.api(marie, 'GET', '/api/v1/me')).body.id;
  lucId = (await fed.api(luc, 'GET', '/api/v1/me')).body.id;
  const elodie = await fed.api(marie, 'POST', '/api/v1/persons', {
    niss: generateNiss({ birthDate: '1979-05-17', sequence: 242 }),
    familyName: 'D’Hondt-Müller',
    givenNames: 'Élodie',
    birthDate: '1979-05-17',
    language: 'fr',
  });
  assert.equal(elodie.status, 201, elodie.text);
  elodieId = elodie.body.id;
  const request = await fed.api(marie, 'POST', '/api/v1/aid-requests', {
    personId: elodieId,
    kind: 'ris',
    receivedAt: new Date().toISOString(),
  });
  assert.equal(request.status, 201, request.text);
  elodieRequestId = request.body.id;
});
after(async () => fed?.close());

describe('finding a person', () => {
  test('by part of the name, accents and case ignored', async () => {
    for (const q of ['elodie', 'MULLER', 'müll', 'hondt elo', 'Élodie D’Hondt']) {
      const response = await fed.api(marie, 'GET', `/api/v1/persons?q=${encodeURIComponent(q)}`);
      assert.equal(response.status, 200, q);
      assert.ok(
        response.body.items.some((p: { id: string }) => p.id === elodieId),
        `"${q}" finds Élodie`,
      );
    }
    const none = await fed.api(marie, 'GET', `/api/v1/persons?q=${encodeURIComponent('elodie zzz')}`);
    assert.equal(none.body.items.length, 0, 'every word must match');
  });

  test('by birth date, alone or with the name; the family name keeps its exact search', async () => {
    const byDate = await fed.api(marie, 'GET', '/api/v1/persons?birthDate=1979-05-17');
    assert.ok(
      byDate.body.items.some((p: { id: string }) => p.id === elodieId),
      'byDate.body.items.some((p: { id: string }) => p.id === elodieId)',
    );
    const wrongDate = await fed.api(marie, 'GET', '/api/v1/persons?q=elodie&birthDate=1979-05-18');
    assert.equal(wrongDate.body.items.length, 0);
    const exact = await fed.api(marie, 'GET', `/api/v1/persons?familyName=${encodeURIComponent('d’hondt-müller')}`);
    assert.equal(exact.body.items.length, 1);
    const partialFamily = await fed.api(marie, 'GET', '/api/v1/persons?familyName=hondt');
    assert.equal(partialFamily.body.items.length, 0, 'familyName stays an exact search');
  });

  test('by NISS typed with dots in q, and by provisional id', async () => {
    const nadia = DEMO_PERSONS.find((p) => p.scenario === 'moved')!;
    const dotted = `${nadia.niss.slice(0, 2)}.${nadia.niss.slice(2, 4)}.${nadia.niss.slice(4, 6)}-${nadia.niss.slice(6, 9)}.${nadia.niss.slice(9)}`;
    const byNiss = await fed.api(marie, 'GET', `/api/v1/persons?q=${encodeURIComponent(dotted)}`);
    assert.equal(byNiss.body.items.length, 1);
    assert.equal(byNiss.body.items[0].niss, nadia.niss);
    const unnamed = await fed.api(marie, 'POST', '/api/v1/persons', { familyName: 'Sans-Papiers', givenNames: 'Ali', language: 'fr' });
    const provisionalId = unnamed.body.provisionalId as string;
    for (const url of [`/api/v1/persons?q=${provisionalId.toLowerCase()}`, `/api/v1/persons?provisionalId=${provisionalId}`]) {
      const found = await fed.api(marie, 'GET', url);
      assert.deepEqual(
        found.body.items.map((p: { id: string }) => p.id),
        [unnamed.body.id],
        url,
      );
    }
  });

  test('each person shown is an audited read', async () => {
    const before = await forestDb().one<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'person.search-by-name' AND person_id = $1`,
      [elodieId],
    );
    await fed.api(marie, 'GET', '/api/v1/persons?q=elodie');
    const after = await forestDb().one<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'person.search-by-name' AND person_id = $1`,
      [elodieId],
    );
    assert.equal(after!.n, before!.n + 1);
  });

  test('bad input is a problem, never a 500', async () => {
    assertProblem(await fed.api(marie, 'GET', '/api/v1/persons?birthDate=2024-13-45'), 400);
    assertProblem(await fed.api(marie, 'GET', `/api/v1/persons?q=${'a'.repeat(201)}`), 400);
    assertProblem(await fed.api(marie, 'GET', '/api/v1/persons?q=a%00b'), 400, 'request.invalid-characters');
    assertProblem(await fed.api(marie, 'GET', '/api/v1/persons?colour=red'), 400);
    assertProblem(await fed.api(fed.login ? await fed.login('karim.forest') : '', 'GET', '/api/v1/persons?q=elodie'), 403);
  });
});

describe('my caseload and the team', () => {
  test('a request a worker registers is in their caseload at once, with its next deadline', async () => {
    const caseload = await fed.api(marie, 'GET', '/api/v1/caseload');
    assert.equal(caseload.status, 200);
    const item = caseload.body.items.find((i: { requestId: string }) => i.requestId === elodieRequestId);
    assert.ok(item, 'the new request is in Marie’s caseload');
    assert.equal(item.personName, 'Élodie D’Hondt-Müller');
    assert.equal(item.nextDeadline.kind, 'decision');
    assert.equal(item.nextDeadline.isOverdue, false);
    const lucs = await fed.api(luc, 'GET', '/api/v1/caseload');
    assert.ok(!lucs.body.items.some((i: { requestId: string }) => i.requestId === elodieRequestId), 'not in Luc’s');
  });

  test('the supervisor sees the workload per worker, the unassigned requests and reassigns one (audited)', async () => {
    const created = await fed.api(sophie, 'POST', '/api/v1/aid-requests', {
      personId: elodieId,
      kind: 'food-aid',
      receivedAt: new Date().toISOString(),
    });
    assert.equal(created.status, 201, created.text);
    const team = await fed.api(sophie, 'GET', '/api/v1/team');
    assert.equal(team.status, 200);
    const names = team.body.workers.map((w: { displayName: string }) => w.displayName);
    assert.ok(names.includes('Marie Dubois') && names.includes('Luc Janssens'), names.join());
    const marieLoad = team.body.workers.find((w: { userId: string }) => w.userId === marieId);
    assert.ok(marieLoad.openFiles >= 1, 'marieLoad.openFiles >= 1');
    assert.ok(
      team.body.unassigned.some((i: { requestId: string }) => i.requestId === created.body.id),
      'unassigned listed',
    );

    const moved = await fed.api(sophie, 'POST', `/api/v1/aid-requests/${created.body.id}/reassignment`, { toUserId: lucId });
    assert.equal(moved.status, 200, moved.text);
    assert.equal(moved.body.assignedTo.displayName, 'Luc Janssens');
    const lucs = await fed.api(luc, 'GET', '/api/v1/caseload');
    assert.ok(
      lucs.body.items.some((i: { requestId: string }) => i.requestId === created.body.id),
      'now in Luc’s caseload',
    );
    const audit = await forestDb().one(
      `SELECT 1 FROM audit_events WHERE action = 'aid-request.reassign' AND record_id = $1 AND outcome = 'allowed'`,
      [created.body.id],
    );
    assert.ok(audit, 'the reassignment is audited');

    // From Luc to Marie: Luc is taken off the file.
    const back = await fed.api(sophie, 'POST', `/api/v1/aid-requests/${created.body.id}/reassignment`, {
      toUserId: marieId,
      fromUserId: lucId,
    });
    assert.deepEqual(back.body.removed, [lucId]);
    assert.equal((await fed.api(luc, 'GET', `/api/v1/aid-requests/${created.body.id}`)).status, 404);
  });

  test('only a supervisor sees the team or reassigns; a file of another team or CPAS is not found', async () => {
    assertProblem(await fed.api(marie, 'GET', '/api/v1/team'), 403, 'access.role');
    assertProblem(await fed.api(marie, 'POST', `/api/v1/aid-requests/${elodieRequestId}/reassignment`, { toUserId: lucId }), 403);
    const julie = await fed.login('julie.molenbeek');
    assertProblem(await fed.api(julie, 'POST', `/api/v1/aid-requests/${elodieRequestId}/reassignment`, { toUserId: lucId }), 404);
    assertProblem(await fed.api(sophie, 'POST', `/api/v1/aid-requests/${elodieRequestId}/reassignment`, { toUserId: 'nobody' }), 422);
    assertProblem(
      await fed.api(sophie, 'POST', `/api/v1/aid-requests/${elodieRequestId}/reassignment`, {
        toUserId: (await fed.api(sophie, 'GET', '/api/v1/me')).body.id,
      }),
      422,
      'assignment.not-a-worker',
    );
    assertProblem(await fed.api(sophie, 'POST', '/api/v1/aid-requests/not-a-uuid/reassignment', { toUserId: lucId }), 404);
    assertProblem(
      await fed.api(sophie, 'POST', `/api/v1/aid-requests/${elodieRequestId}/reassignment`, { toUserId: lucId, extra: 1 }),
      422,
    );
  });
});

describe('the person record', () => {
  test('a worker with a file on the person edits the address; the history says who, when and what', async () => {
    const response = await fed.api(marie, 'PATCH', `/api/v1/persons/${elodieId}`, {
      sex: 'female',
      addressStreet: 'Rue de la Station 12',
      addressPostalCode: '1190',
      addressMunicipality: 'Forest',
      iban: 'be68 5390 0754 7034',
      phone: '+32 2 555 01 02',
      civilStatus: 'divorced',
      residenceStatus: 'belgian',
    });
    assert.equal(response.status, 200, response.text);
    assert.equal(response.body.details.iban, 'BE68539007547034');
    assert.equal(response.body.details.addressCountry, 'BE');
    assert.equal(response.body.changes.length, 1);
    assert.equal(response.body.changes[0].changedBy.displayName, 'Marie Dubois');
    assert.deepEqual(response.body.changes[0].changes.addressPostalCode, { from: null, to: '1190' });
    const again = await fed.api(marie, 'PATCH', `/api/v1/persons/${elodieId}`, { addressStreet: 'Avenue Van Volxem 3' });
    assert.equal(again.body.changes.length, 2);
    assert.deepEqual(again.body.changes[0].changes, { addressStreet: { from: 'Rue de la Station 12', to: 'Avenue Van Volxem 3' } });
    const audit = await forestDb().one(`SELECT 1 FROM audit_events WHERE action = 'person.update' AND person_id = $1`, [elodieId]);
    assert.ok(audit, 'the change is audited');
  });

  test('an invalid IBAN, Belgian postal code, e-mail or field is refused and nothing is written', async () => {
    const before = await forestDb().one<{ n: number }>('SELECT count(*)::int AS n FROM person_changes WHERE person_id = $1', [elodieId]);
    const bad = await fed.api(marie, 'PATCH', `/api/v1/persons/${elodieId}`, {
      iban: 'BE68 5390 0754 7035',
      addressPostalCode: '119',
      email: 'not-an-address',
      addressMunicipality: 'Forest',
    });
    assertProblem(bad, 422, 'person.details-invalid');
    const paths = bad.body.errors.map((e: { path: string }) => e.path).sort();
    assert.deepEqual(paths, ['/addressPostalCode', '/email', '/iban']);
    assertProblem(await fed.api(marie, 'PATCH', `/api/v1/persons/${elodieId}`, { sex: 'unknown' }), 422);
    assertProblem(await fed.api(marie, 'PATCH', `/api/v1/persons/${elodieId}`, { niss: '12345678901' }), 422);
    assertProblem(
      await fed.api(marie, 'PATCH', `/api/v1/persons/${elodieId}`, { addressStreet: 'a\u0000b' }),
      400,
      'request.invalid-characters',
    );
    // A foreign postal code is checked as such once the country changes.
    const abroad = await fed.api(marie, 'PATCH', `/api/v1/persons/${elodieId}`, { addressCountry: 'fr', addressPostalCode: '75011' });
    assert.equal(abroad.status, 200, abroad.text);
    assertProblem(await fed.api(marie, 'PATCH', `/api/v1/persons/${elodieId}`, { addressCountry: 'BE' }), 422);
    const after = await forestDb().one<{ n: number }>('SELECT count(*)::int AS n FROM person_changes WHERE person_id = $1', [elodieId]);
    assert.equal(after!.n, before!.n + 1, 'only the valid change is in the history');
  });

  test('a worker without a file on the person gets 404 and the attempt is audited', async () => {
    assertProblem(await fed.api(luc, 'GET', `/api/v1/persons/${elodieId}/record`), 404, 'person.not-found');
    assertProblem(await fed.api(luc, 'PATCH', `/api/v1/persons/${elodieId}`, { phone: '02 555 00 00' }), 404);
    const denied = await forestDb().one(
      `SELECT 1 FROM audit_events WHERE action = 'person.update' AND person_id = $1 AND outcome = 'denied' AND user_id = $2`,
      [elodieId, lucId],
    );
    assert.ok(denied, 'denied');
    assertProblem(await fed.api(marie, 'GET', '/api/v1/persons/not-a-uuid/record'), 404);
  });

  test('a cohabitant registered as a person is integrated as 17-5 on the open file, and ended when they leave', async () => {
    const partner = await fed.api(marie, 'POST', '/api/v1/persons', {
      niss: generateNiss({ birthDate: '1977-03-08', sequence: 121 }),
      familyName: 'Claessens',
      givenNames: 'Marc',
      language: 'fr',
    });
    const added = await fed.api(marie, 'POST', `/api/v1/persons/${elodieId}/household`, {
      memberPersonId: partner.body.id,
      relationship: 'partner',
      fromDate: '2020-01-01',
    });
    assert.equal(added.status, 201, added.text);
    const child = await fed.api(marie, 'POST', `/api/v1/persons/${elodieId}/household`, {
      describedName: 'Léa Claessens',
      describedBirthDate: '2015-06-02',
      relationship: 'child',
      fromDate: '2015-06-02',
    });
    assert.equal(child.body.household.length, 2);
    const integration = await forestDb().one<{ quality_code: string; end_date: string | null }>(
      `SELECT quality_code, end_date FROM integrations WHERE request_id = $1 AND person_id = $2 AND role = 'cohabitant'`,
      [elodieRequestId, partner.body.id],
    );
    assert.equal(integration?.quality_code, '17-5');
    assert.equal(integration?.end_date, null);
    // A request registered later takes the registered household members as its cohabitants by default.
    const later = await fed.api(marie, 'POST', '/api/v1/aid-requests', {
      personId: elodieId,
      kind: 'heating-allowance',
      receivedAt: new Date().toISOString(),
    });
    assert.equal(later.status, 201, later.text);
    const laterCohabitant = await forestDb().one<{ quality_code: string }>(
      `SELECT quality_code FROM integrations WHERE request_id = $1 AND person_id = $2 AND role = 'cohabitant'`,
      [later.body.id, partner.body.id],
    );
    assert.equal(laterCohabitant?.quality_code, '17-5', 'the partner is a cohabitant of the new request');
    assertProblem(
      await fed.api(marie, 'POST', `/api/v1/persons/${elodieId}/household`, {
        memberPersonId: partner.body.id,
        relationship: 'partner',
        fromDate: '2021-01-01',
      }),
      409,
      'household.already-member',
    );

    const member = added.body.household.find((m: { person: { id: string } | null }) => m.person?.id === partner.body.id);
    const ended = await fed.api(marie, 'POST', `/api/v1/persons/${elodieId}/household/${member.id}/end`, { toDate: '2030-01-31' });
    assert.equal(ended.status, 200, ended.text);
    const endedIntegration = await forestDb().one<{ end_date: string | null }>(
      `SELECT end_date FROM integrations WHERE request_id = $1 AND person_id = $2`,
      [elodieRequestId, partner.body.id],
    );
    assert.equal(endedIntegration?.end_date, '2030-02-01', 'the hub’s end date is the day after the last day together');
    await fed.services.relay.flush();
    const pending = await forestDb().one<{ n: number }>(
      `SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL AND next_attempt_at < 'infinity'`,
    );
    assert.equal(pending!.n, 0, 'the hub took every integration change');
  });

  test('household input errors are problems', async () => {
    const url = `/api/v1/persons/${elodieId}/household`;
    assertProblem(await fed.api(marie, 'POST', url, { relationship: 'child', fromDate: '2020-01-01' }), 422, 'household.member-required');
    assertProblem(
      await fed.api(marie, 'POST', url, { memberPersonId: elodieId, relationship: 'child', fromDate: '2020-01-01' }),
      422,
      'household.unknown-person',
    );
    assertProblem(
      await fed.api(marie, 'POST', url, { describedName: 'X', relationship: 'child', fromDate: '2020-01-01', toDate: '2019-01-01' }),
      422,
      'household.invalid-period',
    );
    assertProblem(await fed.api(marie, 'POST', url, { describedName: 'X', relationship: 'cousin', fromDate: '2020-01-01' }), 422);
    assertProblem(await fed.api(marie, 'POST', `${url}/not-a-uuid/end`, { toDate: '2020-01-01' }), 404);
    assertProblem(await fed.api(luc, 'POST', url, { describedName: 'X', relationship: 'child', fromDate: '2020-01-01' }), 404);
  });
});

describe('NISS replacement (R4; finding F1)', () => {
  const nadia = DEMO_PERSONS.find((p) => p.scenario === 'moved')!;
  const newNiss = generateNiss({ birthDate: '1990-04-12', sequence: 186 });
  let nadiaId: string;
  let nadiaRequestId: string;

  before(async () => {
    nadiaId = (await fed.api(marie, 'GET', `/api/v1/persons?niss=${nadia.niss}`)).body.items[0].id;
    nadiaRequestId = (await fed.api(marie, 'GET', `/api/v1/aid-requests?personId=${nadiaId}`)).body.items[0].id;
    await fed.services.relay.flush();
  });

  test('a worker with no accessible file on the person is refused, and the attempt is audited', async () => {
    const refused = await fed.api(luc, 'POST', `/api/v1/persons/${nadiaId}/niss-replacements`, { niss: newNiss, reason: 'inscription RN' });
    assertProblem(refused, 404, 'person.not-found');
    assert.equal((await fed.api(marie, 'GET', `/api/v1/persons/${nadiaId}`)).body.niss, nadia.niss, 'unchanged');
    const denied = await forestDb().one(
      `SELECT 1 FROM audit_events WHERE action = 'person.replace-niss' AND outcome = 'denied' AND user_id = $1`,
      [lucId],
    );
    assert.ok(denied, 'denied');
    assertProblem(
      await fed.api(marie, 'POST', `/api/v1/persons/${nadiaId}/niss-replacements`, { niss: '123', reason: 'x' }),
      422,
      'niss.invalid',
    );
    assertProblem(await fed.api(marie, 'POST', `/api/v1/persons/${nadiaId}/niss-replacements`, { niss: newNiss, reason: '  ' }), 422);
  });

  test('replaced at one CPAS, the outbox drains and a consultation under the new number is answered', async () => {
    const replaced = await fed.api(marie, 'POST', `/api/v1/persons/${nadiaId}/niss-replacements`, {
      niss: newNiss,
      reason: 'Inscription au registre national',
    });
    assert.equal(replaced.status, 201, replaced.text);
    assert.equal(replaced.body.niss, newNiss);
    // The old number still finds the person (R4).
    assert.equal((await fed.api(marie, 'GET', `/api/v1/persons?niss=${nadia.niss}`)).body.items[0].id, nadiaId);

    await fed.services.relay.flush();
    const outbox = await forestDb().query<{ topic: string; sent_at: Date | null; last_error: string | null }>(
      `SELECT topic, sent_at, last_error FROM outbox WHERE topic = 'integration.niss-replaced'`,
    );
    assert.equal(outbox.length, 1);
    assert.ok(outbox[0]!.sent_at, `delivered (${outbox[0]!.last_error})`);
    const pending = await forestDb().one<{ n: number }>(
      `SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL AND next_attempt_at < 'infinity'`,
    );
    assert.equal(pending!.n, 0, 'the outbox drains');

    assert.equal(
      (
        await fed.api(marie, 'POST', `/api/v1/aid-requests/${nadiaRequestId}/person-informed`, {
          informedAt: new Date().toISOString(),
          method: 'in-person',
        })
      ).status,
      201,
    );
    const consulted = await fed.api(marie, 'POST', `/api/v1/aid-requests/${nadiaRequestId}/rse-consultations`, {
      purpose: 'social-investigation',
    });
    assert.equal(consulted.status, 201, consulted.text);
    const molenbeek = consulted.body.responses.find((r: { provider: { kbo: string } }) => r.provider.kbo === MOLENBEEK.kbo);
    assert.ok(molenbeek, 'Molenbeek, which holds the person under the old number, is still a provider');
    assert.equal(molenbeek.status, 'answered');
  });

  test('the history shows the replacement', async () => {
    const record = await fed.api(marie, 'GET', `/api/v1/persons/${nadiaId}/record`);
    assert.deepEqual(record.body.changes[0].changes.niss, { from: nadia.niss, to: newNiss });
  });

  test('the hub takes a replacement only from a CPAS that holds the person, signed and well formed', async () => {
    const jean = DEMO_PERSONS.find((p) => p.scenario === 'notification-overdue')!;
    const signedBy = (kbo: string, payload: Record<string, unknown>) => {
      const keys = fed.tenants.byKbo(kbo)!.keys;
      return signMessage({ payload, issuer: kbo, audience: 'hub', signingKey: keys.signing.privateKey, kid: keys.signing.kid });
    };
    const post = async (body: string) => {
      const response = await fetch(`${fed.baseUrl}/hub/v1/niss-replacements`, {
        method: 'POST',
        headers: { 'content-type': 'application/jose' },
        body,
      });
      return { status: response.status, body: (await response.json().catch(() => null)) as { code?: string } | null };
    };
    const other = generateNiss({ birthDate: '1975-11-03', sequence: 79 });
    // Gent holds no integration of Jean: it cannot move his pseudonym.
    const stranger = await post(signedBy(GENT.kbo, { oldNiss: jean.niss, newNiss: other }));
    assert.equal(stranger.status, 404);
    assert.equal(stranger.body?.code, 'niss-replacement.no-integration');
    // Forest holds Jean, but the new number is one Gent holds for Lotte: two known persons are never merged.
    const lotte = DEMO_PERSONS.find((p) => p.scenario === 'gent-open')!;
    const merge = await post(signedBy(FOREST.kbo, { oldNiss: jean.niss, newNiss: lotte.niss }));
    assert.equal(merge.status, 422);
    assert.equal(merge.body?.code, 'niss-replacement.number-in-use');
    const same = await post(signedBy(FOREST.kbo, { oldNiss: jean.niss, newNiss: jean.niss }));
    assert.equal(same.status, 422);
    assert.equal(same.body?.code, 'niss-replacement.malformed');
    const unsigned = await post('not-a-jws');
    assert.ok(unsigned.status >= 400 && unsigned.status < 500, `unsigned: ${unsigned.status}`);
  });
});

describe('the pages under bad input', () => {
  test('a wrong search, edit or household form answers a page with the error on its field, never a 500', async () => {
    const b = await webLoggedIn(fed.baseUrl, 'marie.forest');
    const search = await b.request('GET', '/persons?q=&birthDate=1979-99-99');
    assert.equal(search.status, 422);
    assert.match(search.text, /href="#field-birthDate"/);
    const found = await b.request('GET', `/persons?q=${encodeURIComponent('HONDT')}`);
    assert.equal(found.status, 200);
    assert.match(found.text, new RegExp(`/persons/${elodieId}`));

    const form = await b.request('GET', `/persons/${elodieId}/edit`);
    assert.equal(form.status, 200);
    const refused = await b.request('POST', `/persons/${elodieId}/edit`, {
      _csrf: csrfOf(form.text),
      iban: 'BE00 0000 0000 0000',
      addressStreet: 'Rue des Lilas',
      addressCountry: 'BE',
    });
    assert.equal(refused.status, 422);
    assert.match(refused.text, /href="#field-iban"/);
    assert.match(refused.text, /value="BE00 0000 0000 0000"/, 'the typed value is kept');

    const household = await b.request('GET', `/persons/${elodieId}/household/new`);
    const missing = await b.request('POST', `/persons/${elodieId}/household/new`, { _csrf: csrfOf(household.text), relationship: 'child' });
    assert.equal(missing.status, 422);
    const unknown = await b.request('POST', `/persons/${elodieId}/household/new`, {
      _csrf: csrfOf(household.text),
      memberNiss: generateNiss({ birthDate: '2010-02-02', sequence: 12 }),
      relationship: 'child',
      fromDate: '2020-01-01',
    });
    assert.equal(unknown.status, 422);
    assert.match(unknown.text, /Aucune personne enregistrée avec ce numéro/);

    const niss = await b.request('GET', `/persons/${elodieId}/niss`);
    const sameNumber = await b.request('POST', `/persons/${elodieId}/niss`, {
      _csrf: csrfOf(niss.text),
      niss: generateNiss({ birthDate: '1979-05-17', sequence: 242 }),
      reason: 'test',
    });
    assert.equal(sameNumber.status, 409);
    assert.match(sameNumber.text, /déjà le numéro actuel/);

    for (const path of ['/persons/not-a-uuid/edit', `/persons/${elodieId}/household/not-a-uuid/end`]) {
      const response = path.endsWith('/end')
        ? await b.request('POST', path, { _csrf: csrfOf(form.text), toDate: '2020-01-01' })
        : await b.request('GET', path);
      assert.equal(response.status, 404, path);
    }
    const luc = await webLoggedIn(fed.baseUrl, 'luc.forest');
    assert.equal((await luc.request('GET', `/persons/${elodieId}/edit`)).status, 404, 'no file on the person, no edit form');
    assert.equal((await luc.request('GET', '/team')).status, 403, 'the team view is the supervisor’s');
  });
});

describe('a household member removed under retention (R42)', () => {
  test('the member anonymised by the purge shows as removed, in the worker’s language, never as an empty name', async () => {
    const member = await fed.api(marie, 'POST', '/api/v1/persons', {
      niss: generateNiss({ birthDate: '1950-04-04', sequence: 404 }),
      familyName: 'Oubliée',
      givenNames: 'Germaine',
      language: 'fr',
    });
    assert.equal(member.status, 201, member.text);
    const old = await fed.api(marie, 'POST', '/api/v1/aid-requests', {
      personId: member.body.id,
      kind: 'food-aid',
      receivedAt: new Date().toISOString(),
    });
    assert.equal((await fed.api(marie, 'POST', `/api/v1/aid-requests/${old.body.id}/close`, { reason: 'aid ended' })).status, 200);
    const added = await fed.api(marie, 'POST', `/api/v1/persons/${elodieId}/household`, {
      memberPersonId: member.body.id,
      relationship: 'parent',
      fromDate: '2001-01-01',
      toDate: '2010-12-31',
    });
    assert.equal(added.status, 201, added.text);
    // Her only file closed eleven years ago: the purge anonymises her (ten years by default).
    await forestDb().query(`UPDATE aid_requests SET closed_at = now() - interval '11 years' WHERE id = $1`, [old.body.id]);
    const run = await runPurge(fed.tenants.byKbo(FOREST.kbo)!, { now: new Date(), isDryRun: false, trigger: 'api' });
    assert.ok(run.counts.anonymisedPersons >= 1, 'she was anonymised');

    const record = await fed.api(marie, 'GET', `/api/v1/persons/${elodieId}/record`);
    assert.equal(record.status, 200, record.text);
    const removed = record.body.household.filter((m: { isRemoved: boolean }) => m.isRemoved);
    assert.equal(removed.length, 1, 'one member removed');
    assert.equal(removed[0].person, null, 'no name, no birth date, no link');
    assert.equal(removed[0].relationship, 'parent', 'the household’s own facts stay');
    assert.ok(
      record.body.household.every((m: { isRemoved: boolean; describedName: string | null }) => !m.isRemoved || m.describedName === null),
      'nothing else names her',
    );
    for (const [language, words] of [
      ['fr', 'Personne supprimée (délai de conservation écoulé)'],
      ['nl', 'Persoon verwijderd (bewaartermijn verstreken)'],
      ['de', 'Person gelöscht (Aufbewahrungsfrist abgelaufen)'],
    ] as const) {
      const b = await webLoggedIn(fed.baseUrl, 'marie.forest', language);
      const page = await b.request('GET', `/persons/${elodieId}`);
      assert.equal(page.status, 200);
      assert.ok(page.text.includes(words), `${language}: ${words}`);
      assert.ok(!page.text.includes('ANONYMISED') && !page.text.includes('Oubliée'), `${language}: no trace of her name`);
    }
  });
});
