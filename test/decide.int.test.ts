/**
 * Decide and revise (issue 11, item 4) over HTTP against a real PostgreSQL: committee sessions
 * (R24) — planning, agenda, attendance, one decision per item, closing, the members' access lapsing —
 * and the plausibility of legal dates. Bad input is answered problem+json with a stable code, never 500.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateNiss } from '#contracts/niss.ts';
import { dayInBrussels } from '#platform/brussels-time.ts';
import { startTestFederation, type TestFederation, assertProblem } from './federation.ts';
import { FOREST, MOLENBEEK } from '#casework/modules/demo/demo-federation.ts';
import { runPurge } from '#casework/modules/retention/retention.service.ts';
import { csrfOf, webLoggedIn } from './web-browser.ts';
import { extractPdfText } from './pdf-text.ts';

let fed: TestFederation;
let marie: string;
let sophie: string;
let karim: string;
let karimId: string;
let marieId: string;

const today = () => dayInBrussels(new Date());
const shift = (days: number) => dayInBrussels(new Date(Date.now() + days * 86_400_000));
const REPORT = {
  identification: { civilStatus: 'isolé', householdComposition: 'seul', residenceStatus: 'registre de la population' },
  request: { description: 'Demande de revenu d’intégration' },
  homeVisit: { visitedAt: shift(-3), findings: 'Résidence effective constatée' },
  resources: { items: [{ holder: 'applicant', kind: 'aucun revenu', monthlyAmountCents: 0 }] },
  residualCharacter: { otherBenefits: 'aucune', maintenanceDebtors: 'aucun' },
  willingnessToWork: { assessment: 'inscrit chez Actiris' },
  situationSummary: { text: 'État de besoin' },
  proposal: { text: 'Octroi du RIS taux isolé' },
};
const DECISION = {
  aidType: 'ris',
  outcome: 'granted',
  amountCents: 129_874,
  legalBasis: 'ris-law-2002',
  motivationCategory: 'state-of-need-established',
  motivationText: 'Le comité constate l’état de besoin.',
};

let sequence = 300 + Math.floor(Math.random() * 300);
/** A request of a new person at Forest, assigned to Marie, its social report signed. */
async function signedRequest(familyName: string): Promise<string> {
  const niss = generateNiss({ birthDate: '1981-04-12', sequence: sequence++ });
  const person = await fed.api(marie, 'POST', '/api/v1/persons', { niss, familyName, givenNames: 'Test', language: 'fr' });
  assert.equal(person.status, 201);
  const request = await fed.api(marie, 'POST', '/api/v1/aid-requests', {
    personId: person.body.id,
    kind: 'ris',
    receivedAt: new Date().toISOString(),
  });
  assert.equal(request.status, 201);
  assert.equal((await fed.api(marie, 'PUT', `/api/v1/aid-requests/${request.body.id}/social-report`, { sections: REPORT })).status, 200);
  assert.equal((await fed.api(marie, 'POST', `/api/v1/aid-requests/${request.body.id}/social-report/signature`)).status, 201);
  return request.body.id;
}

before(async () => {
  fed = await startTestFederation();
  marie = await fed.login('marie.forest');
  sophie = await fed.login('sophie.forest');
  karim = await fed.login('karim.forest');
  const users = await fed.api(sophie, 'GET', '/api/v1/users');
  karimId = users.body.items.find((u: { displayName: string }) => u.displayName === 'Karim Benali').id;
  marieId = users.body.items.find(
    (u: { role: string; displayName: string }) => u.role === 'social-worker' && /Marie/.test(u.displayName),
  ).id;
});
after(async () => fed?.close());

describe('committee sessions (R24)', () => {
  test('the secretary plans a session, puts a signed report on its agenda, records the attendance and the decision, then closes it', async () => {
    const requestId = await signedRequest('Comité');
    const planned = await fed.api(sophie, 'POST', '/api/v1/committee-sessions', {
      sessionDate: today(),
      body: 'special-committee',
      place: 'Salle du conseil',
      memberIds: [karimId],
    });
    assert.equal(planned.status, 201, JSON.stringify(planned.body));
    const sessionId = planned.body.id;
    assert.equal(planned.body.status, 'planned');
    assert.equal(planned.body.accessUntil, shift(2));
    assert.ok(
      planned.body.candidates.some((c: { requestId: string }) => c.requestId === requestId),
      'the signed report is offered for the agenda',
    );

    // Before the report is on the agenda, the member cannot read it.
    assertProblem(await fed.api(karim, 'GET', `/api/v1/agenda/${requestId}/social-report`), 404, 'aid-request.not-found');

    const added = await fed.api(sophie, 'POST', `/api/v1/committee-sessions/${sessionId}/agenda`, { requestId });
    assert.equal(added.status, 201);
    assert.deepEqual(
      added.body.items.map((i: { requestId: string; state: string }) => [i.requestId, i.state]),
      [[requestId, 'pending']],
    );
    assertProblem(
      await fed.api(sophie, 'POST', `/api/v1/committee-sessions/${sessionId}/agenda`, { requestId }),
      409,
      'committee.already-on-agenda',
    );

    const agenda = await fed.api(karim, 'GET', '/api/v1/agenda');
    assert.ok(
      agenda.body.items.some((i: { requestId: string; sessionDate: string }) => i.requestId === requestId && i.sessionDate === today()),
      'the member sees the item with its session date',
    );
    const report = await fed.api(karim, 'GET', `/api/v1/agenda/${requestId}/social-report`);
    assert.equal(report.status, 200);
    assert.equal(report.body.sessionDate, today());
    const mine = await fed.api(karim, 'GET', `/api/v1/committee-sessions/${sessionId}`);
    assert.equal(mine.status, 200);
    assert.deepEqual(mine.body.candidates, [], 'a member sees no candidates of the secretary');

    assertProblem(
      await fed.api(sophie, 'POST', `/api/v1/committee-sessions/${sessionId}/agenda/${requestId}/decision`, DECISION),
      409,
      'committee.attendance-missing',
    );
    assertProblem(
      await fed.api(sophie, 'PUT', `/api/v1/committee-sessions/${sessionId}/attendance`, {
        members: [{ userId: marieId, attendance: 'present' }],
      }),
      422,
      'committee.not-a-member',
    );
    const attendance = await fed.api(sophie, 'PUT', `/api/v1/committee-sessions/${sessionId}/attendance`, {
      members: [{ userId: karimId, attendance: 'present' }],
    });
    assert.equal(attendance.status, 200);
    assert.equal(attendance.body.hasQuorum, true);

    assertProblem(
      await fed.api(sophie, 'POST', `/api/v1/committee-sessions/${sessionId}/agenda/${requestId}/decision`, {
        ...DECISION,
        legalBasis: 'nope',
      }),
      422,
      'decision.unknown-legal-basis',
    );
    const decided = await fed.api(sophie, 'POST', `/api/v1/committee-sessions/${sessionId}/agenda/${requestId}/decision`, DECISION);
    assert.equal(decided.status, 201, JSON.stringify(decided.body));
    assert.equal(decided.body.decidedAt, today());
    assert.equal(decided.body.body, 'special-committee');
    assert.equal(decided.body.outcome, 'granted');
    assertProblem(
      await fed.api(sophie, 'POST', `/api/v1/committee-sessions/${sessionId}/agenda/${requestId}/decision`, DECISION),
      409,
      'committee.item-decided',
    );
    // The decision is the file's: its worker sees it.
    const file = await fed.api(marie, 'GET', `/api/v1/aid-requests/${requestId}`);
    assert.equal(file.body.status, 'decided');

    const closed = await fed.api(sophie, 'POST', `/api/v1/committee-sessions/${sessionId}/close`);
    assert.equal(closed.status, 200);
    assert.equal(closed.body.status, 'closed');
    assert.equal(closed.body.items[0].state, 'decided');
    const other = await signedRequest('Après');
    assertProblem(
      await fed.api(sophie, 'POST', `/api/v1/committee-sessions/${sessionId}/agenda`, { requestId: other }),
      409,
      'committee.session-closed',
    );
  });

  test('a member’s access lapses after the session date plus the configured days; a session not yet held decides nothing', async () => {
    const requestId = await signedRequest('Caduc');
    const past = await fed.api(sophie, 'POST', '/api/v1/committee-sessions', {
      sessionDate: shift(-10),
      body: 'council',
      memberIds: [karimId],
    });
    assert.equal(past.status, 201);
    assert.equal(past.body.accessUntil, shift(-8));
    assert.equal((await fed.api(sophie, 'POST', `/api/v1/committee-sessions/${past.body.id}/agenda`, { requestId })).status, 201);
    assertProblem(await fed.api(karim, 'GET', `/api/v1/agenda/${requestId}/social-report`), 404, 'aid-request.not-found');
    assertProblem(await fed.api(karim, 'GET', `/api/v1/committee-sessions/${past.body.id}`), 404, 'committee.not-found');
    const list = await fed.api(karim, 'GET', '/api/v1/committee-sessions');
    assert.equal(
      list.body.items.some((s: { id: string }) => s.id === past.body.id),
      false,
    );
    assert.equal(
      (await fed.api(karim, 'GET', '/api/v1/agenda')).body.items.some((i: { requestId: string }) => i.requestId === requestId),
      false,
    );
    // The secretary takes the item off and puts it on a future session.
    assert.equal((await fed.api(sophie, 'DELETE', `/api/v1/committee-sessions/${past.body.id}/agenda/${requestId}`)).status, 204);
    const future = await fed.api(sophie, 'POST', '/api/v1/committee-sessions', {
      sessionDate: shift(7),
      body: 'council',
      memberIds: [karimId],
    });
    assert.equal((await fed.api(sophie, 'POST', `/api/v1/committee-sessions/${future.body.id}/agenda`, { requestId })).status, 201);
    assert.equal((await fed.api(karim, 'GET', `/api/v1/agenda/${requestId}/social-report`)).status, 200);
    assertProblem(
      await fed.api(sophie, 'PUT', `/api/v1/committee-sessions/${future.body.id}/attendance`, {
        members: [{ userId: karimId, attendance: 'present' }],
      }),
      409,
      'committee.session-not-held',
    );
    assertProblem(await fed.api(sophie, 'POST', `/api/v1/committee-sessions/${future.body.id}/close`), 409, 'committee.session-not-held');
  });

  test('no quorum: a session where the only member was excused cannot decide', async () => {
    const requestId = await signedRequest('Quorum');
    const session = await fed.api(sophie, 'POST', '/api/v1/committee-sessions', {
      sessionDate: today(),
      body: 'bcsd',
      memberIds: [karimId],
    });
    await fed.api(sophie, 'POST', `/api/v1/committee-sessions/${session.body.id}/agenda`, { requestId });
    await fed.api(sophie, 'PUT', `/api/v1/committee-sessions/${session.body.id}/attendance`, {
      members: [{ userId: karimId, attendance: 'excused' }],
    });
    assertProblem(
      await fed.api(sophie, 'POST', `/api/v1/committee-sessions/${session.body.id}/agenda/${requestId}/decision`, DECISION),
      409,
      'committee.no-quorum',
    );
    // Closed without deciding: the item is postponed and may go on a later session.
    const closed = await fed.api(sophie, 'POST', `/api/v1/committee-sessions/${session.body.id}/close`);
    assert.equal(closed.body.items[0].state, 'postponed');
  });

  test('only the secretary plans and records; a worker or member is refused 403, a stranger’s session is 404', async () => {
    const body = { sessionDate: today(), body: 'council', memberIds: [karimId] };
    assertProblem(await fed.api(marie, 'POST', '/api/v1/committee-sessions', body), 403, 'access.role');
    assertProblem(await fed.api(karim, 'POST', '/api/v1/committee-sessions', body), 403, 'access.role');
    assertProblem(await fed.api(marie, 'GET', '/api/v1/committee-sessions'), 403, 'access.role');
    assertProblem(await fed.api(null, 'GET', '/api/v1/committee-sessions'), 401, 'auth.required');
    const session = await fed.api(sophie, 'POST', '/api/v1/committee-sessions', body);
    assertProblem(await fed.api(karim, 'POST', `/api/v1/committee-sessions/${session.body.id}/close`), 403, 'access.role');
    // Another CPAS's secretary does not see Forest's session.
    const julie = await fed.login('julie.molenbeek');
    assertProblem(await fed.api(julie, 'GET', `/api/v1/committee-sessions/${session.body.id}`), 404, 'committee.not-found');
  });

  test('bad input is a problem with a stable code, never a 500', async () => {
    const cases: [string, string, unknown, number, string][] = [
      ['POST', '/api/v1/committee-sessions', { sessionDate: 'tomorrow', body: 'council', memberIds: [karimId] }, 422, 'validation.failed'],
      ['POST', '/api/v1/committee-sessions', { sessionDate: today(), body: 'council', memberIds: [] }, 422, 'validation.failed'],
      [
        'POST',
        '/api/v1/committee-sessions',
        { sessionDate: today(), body: 'president-urgency', memberIds: [karimId] },
        422,
        'validation.failed',
      ],
      ['POST', '/api/v1/committee-sessions', { sessionDate: today(), body: 'council', memberIds: ['x'] }, 422, 'committee.member-unknown'],
      [
        'POST',
        '/api/v1/committee-sessions',
        { sessionDate: today(), body: 'council', memberIds: [marieId] },
        422,
        'committee.member-unknown',
      ],
      [
        'POST',
        '/api/v1/committee-sessions',
        { sessionDate: shift(400), body: 'council', memberIds: [karimId] },
        422,
        'committee.date-implausible',
      ],
      ['GET', '/api/v1/committee-sessions/not-a-uuid', undefined, 404, 'committee.not-found'],
      ['GET', '/api/v1/committee-sessions/00000000-0000-4000-8000-000000000000', undefined, 404, 'committee.not-found'],
      ['GET', '/api/v1/committee-sessions?limit=0', undefined, 400, 'validation.failed'],
    ];
    for (const [method, url, body, status, code] of cases) assertProblem(await fed.api(sophie, method, url, body), status, code);
    const session = await fed.api(sophie, 'POST', '/api/v1/committee-sessions', {
      sessionDate: today(),
      body: 'council',
      memberIds: [karimId],
    });
    const id = session.body.id;
    const more: [string, string, unknown, number, string][] = [
      ['POST', `/api/v1/committee-sessions/${id}/agenda`, { requestId: 'nope' }, 404, 'aid-request.not-found'],
      ['POST', `/api/v1/committee-sessions/${id}/agenda`, {}, 422, 'validation.failed'],
      [
        'PUT',
        `/api/v1/committee-sessions/${id}/attendance`,
        { members: [{ userId: karimId, attendance: 'asleep' }] },
        422,
        'validation.failed',
      ],
      ['POST', `/api/v1/committee-sessions/${id}/agenda/${karimId}/decision`, DECISION, 404, 'committee.item-not-found'],
      ['DELETE', `/api/v1/committee-sessions/${id}/agenda/${karimId}`, undefined, 404, 'committee.item-not-found'],
      ['POST', `/api/v1/committee-sessions/${id}/agenda/x/decision`, { ...DECISION, outcome: 'maybe' }, 422, 'validation.failed'],
    ];
    for (const [method, url, body, status, code] of more) assertProblem(await fed.api(sophie, method, url, body), status, code);
    // A report not signed does not go on the agenda.
    const niss = generateNiss({ birthDate: '1990-01-01', sequence: sequence++ });
    const person = await fed.api(marie, 'POST', '/api/v1/persons', { niss, familyName: 'Brouillon', givenNames: 'Test', language: 'fr' });
    const draft = await fed.api(marie, 'POST', '/api/v1/aid-requests', {
      personId: person.body.id,
      kind: 'ris',
      receivedAt: new Date().toISOString(),
    });
    assertProblem(
      await fed.api(sophie, 'POST', `/api/v1/committee-sessions/${id}/agenda`, { requestId: draft.body.id }),
      409,
      'committee.report-not-signed',
    );
  });
});

describe('demo seed', () => {
  test('shows a closed session with attendance and two decisions, and an upcoming one whose report the member reads now', async () => {
    const sessions = await fed.api(sophie, 'GET', '/api/v1/committee-sessions');
    const closed = sessions.body.items.find((s: { status: string; decidedCount: number }) => s.status === 'closed' && s.decidedCount === 2);
    assert.ok(closed, 'a closed session with two decisions');
    const detail = await fed.api(sophie, 'GET', `/api/v1/committee-sessions/${closed.id}`);
    assert.deepEqual(
      detail.body.members.map((m: { attendance: string }) => m.attendance),
      ['present'],
    );
    assert.deepEqual(detail.body.items.map((i: { decision: { outcome: string } }) => i.decision.outcome).sort(), ['granted', 'refused']);
    const agenda = await fed.api(karim, 'GET', '/api/v1/agenda');
    assert.ok(
      agenda.body.items.some((i: { personName: string }) => i.personName === 'Julie Mertens'),
      'Karim reads the upcoming session’s report',
    );
    // The decisions of the closed session: Amina's aid revised, Łukasz's refusal appealed and corrected.
    const granted = detail.body.items.find((i: { decision: { outcome: string } }) => i.decision.outcome === 'granted');
    const aminaDecision = await fed.api(marie, 'GET', `/api/v1/decisions/${granted.decision.id}`);
    assert.equal(aminaDecision.body.risCategory, 'family');
    assert.deepEqual(
      aminaDecision.body.changes.map((c: { kind: string }) => c.kind),
      ['revision'],
    );
    const refused = detail.body.items.find((i: { decision: { outcome: string } }) => i.decision.outcome === 'refused');
    const appeals = await fed.api(marie, 'GET', `/api/v1/aid-requests/${refused.requestId}/appeals`);
    assert.deepEqual(
      appeals.body.items.map((a: { kind: string; outcome: string }) => [a.kind, a.outcome]),
      [
        ['internal-review', 'upheld'],
        ['labour-court', 'pending'],
      ],
    );
    assert.equal((await fed.api(marie, 'GET', `/api/v1/decisions/${refused.decision.id}`)).body.status, 'corrected');
    // His letter names him as the register does, diacritics and all (ADR 0029).
    const letter = await fetch(`${fed.baseUrl}/api/v1/decisions/${refused.decision.id}/letter?lang=fr`, {
      headers: { authorization: `Bearer ${marie}` },
    });
    assert.equal(letter.headers.get('content-type'), 'application/pdf');
    const text = (await extractPdfText(Buffer.from(await letter.arrayBuffer()))).replace(/\s+/g, ' ');
    assert.ok(text.includes('Łukasz Kowalczyk-Şahin'), text);
  });
});

/** A RIS granted today to a new person, decided by Marie (the president in urgency needs no session) and notified today. */
/** Records the notification of a decision today by registered letter (R10). */
async function notify(decisionId: string) {
  const notified = await fed.api(marie, 'POST', `/api/v1/decisions/${decisionId}/notification`, {
    sentAt: today(),
    method: 'registered-letter',
  });
  assert.equal(notified.status, 201, JSON.stringify(notified.body));
}

async function grantedRis(familyName: string, notify = true) {
  const requestId = await signedRequest(familyName);
  const decision = await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/decisions`, {
    ...DECISION,
    decidedAt: today(),
    body: 'special-committee',
    period: { from: today() },
    risCategory: 'isolated',
  });
  assert.equal(decision.status, 201, JSON.stringify(decision.body));
  if (notify)
    assert.equal(
      (await fed.api(marie, 'POST', `/api/v1/decisions/${decision.body.id}/notification`, { sentAt: today(), method: 'registered-letter' }))
        .status,
      201,
    );
  return { requestId, decision: decision.body };
}

describe('revision, suspension and stop of an ongoing aid; RIS category', () => {
  const change = {
    decidedAt: today(),
    body: 'special-committee',
    legalBasis: 'ris-law-2002',
    motivationCategory: 'resources-below-threshold',
  };

  test('the RIS category is recorded with the decision; another aid type refuses it', async () => {
    const { decision, requestId } = await grantedRis('Catégorie');
    assert.equal(decision.risCategory, 'isolated');
    assert.equal(decision.kind, 'initial');
    const read = await fed.api(marie, 'GET', `/api/v1/decisions/${decision.id}`);
    assert.equal(read.body.risCategory, 'isolated');
    const other = await signedRequest('Chauffage');
    assertProblem(
      await fed.api(marie, 'POST', `/api/v1/aid-requests/${other}/decisions`, {
        ...DECISION,
        aidType: 'heating-allowance',
        decidedAt: today(),
        body: 'special-committee',
        risCategory: 'family',
      }),
      422,
      'decision.ris-category-not-applicable',
    );
    assertProblem(
      await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/decisions`, {
        ...DECISION,
        decidedAt: today(),
        body: 'council',
        risCategory: 'alone',
      }),
      422,
      'validation.failed',
    );
  });

  test('a revision is a decision of its own: new amount and category from its date, the earlier aid ends the day before', async () => {
    const { decision } = await grantedRis('Révision');
    const revised = await fed.api(marie, 'POST', `/api/v1/decisions/${decision.id}/revisions`, {
      ...change,
      kind: 'revision',
      effectiveFrom: shift(10),
      amountCents: 173_089,
      risCategory: 'family',
      motivationText: 'Un enfant est désormais à charge.',
    });
    assert.equal(revised.status, 201, JSON.stringify(revised.body));
    assert.equal(revised.body.kind, 'revision');
    assert.equal(revised.body.revisesId, decision.id);
    assert.equal(revised.body.amountCents, 173_089);
    assert.equal(revised.body.risCategory, 'family');
    assert.deepEqual(revised.body.period, { from: shift(10), to: null });
    // R10: the revision takes effect once notified; until then the earlier aid runs on.
    assert.deepEqual((await fed.api(marie, 'GET', `/api/v1/decisions/${decision.id}`)).body.period, { from: today(), to: null });
    await notify(revised.body.id);
    const earlier = await fed.api(marie, 'GET', `/api/v1/decisions/${decision.id}`);
    assert.deepEqual(earlier.body.period, { from: today(), to: shift(9) });
    assert.deepEqual(
      earlier.body.changes.map((c: { kind: string }) => c.kind),
      ['revision'],
    );
    // Its own letter, in the person's language: it says it revises an ongoing aid, at which RIS category.
    for (const [language, words] of [
      ['fr', ['Nature de la décision révision d’une aide en cours', 'Catégorie personne avec famille à charge']],
      ['nl', ['Aard van de beslissing herziening van een lopende hulp', 'Categorie persoon met gezin ten laste']],
      ['de', ['Art des Beschlusses Revision einer laufenden Hilfe', 'Kategorie Person mit Familie zu Lasten']],
    ] as const) {
      const letter = await fetch(`${fed.baseUrl}/api/v1/decisions/${revised.body.id}/letter?lang=${language}`, {
        headers: { authorization: `Bearer ${marie}` },
      });
      assert.equal(letter.status, 200);
      assert.equal(letter.headers.get('content-type'), 'application/pdf');
      const text = await extractPdfText(Buffer.from(await letter.arrayBuffer()));
      for (const expected of words) assert.ok(text.includes(expected), `${language}: ${expected} in ${text}`);
    }
  });

  test('a suspension names its last day and leaves the aid running; a stop ends it and nothing can follow', async () => {
    const { decision, requestId } = await grantedRis('Arrêt');
    assertProblem(
      await fed.api(marie, 'POST', `/api/v1/decisions/${decision.id}/revisions`, {
        ...change,
        kind: 'suspension',
        effectiveFrom: shift(1),
      }),
      422,
      'decision.until-required',
    );
    const suspended = await fed.api(marie, 'POST', `/api/v1/decisions/${decision.id}/revisions`, {
      ...change,
      kind: 'suspension',
      effectiveFrom: shift(1),
      until: shift(30),
      motivationCategory: 'willingness-to-work-not-shown',
    });
    assert.equal(suspended.status, 201, JSON.stringify(suspended.body));
    assert.equal(suspended.body.outcome, 'refused');
    assert.equal((await fed.api(marie, 'GET', `/api/v1/decisions/${decision.id}`)).body.period.to, null);
    const file = await fed.api(marie, 'GET', `/api/v1/aid-requests/${requestId}`);
    assert.ok(file.body.deadlines.homeVisitDue, 'a suspended aid keeps its yearly home visit');

    const stopped = await fed.api(marie, 'POST', `/api/v1/decisions/${decision.id}/revisions`, {
      ...change,
      kind: 'stop',
      effectiveFrom: shift(31),
    });
    assert.equal(stopped.status, 201, JSON.stringify(stopped.body));
    assert.equal(stopped.body.outcome, 'withdrawn');
    assert.equal((await fed.api(marie, 'GET', `/api/v1/decisions/${decision.id}`)).body.period.to, null, 'not before it is notified (R10)');
    await notify(stopped.body.id);
    assert.equal((await fed.api(marie, 'GET', `/api/v1/decisions/${decision.id}`)).body.period.to, shift(30));
    const after = await fed.api(marie, 'GET', `/api/v1/aid-requests/${requestId}`);
    assert.equal(after.body.deadlines.homeVisitDue, null, 'a stopped aid has no home visit due');
    assert.equal(after.body.deadlines.piisDue, null, 'a stopped aid has no PIIS due');
    assertProblem(
      await fed.api(marie, 'POST', `/api/v1/decisions/${decision.id}/revisions`, {
        ...change,
        kind: 'revision',
        effectiveFrom: shift(40),
        amountCents: 1,
      }),
      409,
      'decision.not-running',
    );
    assertProblem(
      await fed.api(marie, 'POST', `/api/v1/decisions/${stopped.body.id}/revisions`, { ...change, kind: 'stop', effectiveFrom: shift(40) }),
      409,
      'decision.not-running',
    );
  });

  test('bad input and access: problem+json, never 500; another worker gets 404', async () => {
    const { decision } = await grantedRis('Accès');
    const url = `/api/v1/decisions/${decision.id}/revisions`;
    assertProblem(await fed.api(marie, 'POST', url, { ...change, kind: 'pause', effectiveFrom: shift(1) }), 422, 'validation.failed');
    assertProblem(await fed.api(marie, 'POST', url, { ...change, kind: 'stop' }), 422, 'validation.failed');
    assertProblem(
      await fed.api(marie, 'POST', url, { ...change, kind: 'stop', effectiveFrom: shift(-400) }),
      422,
      'decision.effective-before-start',
    );
    assertProblem(
      await fed.api(marie, 'POST', url, { ...change, kind: 'revision', effectiveFrom: shift(1) }),
      422,
      'decision.revision-empty',
    );
    assertProblem(
      await fed.api(marie, 'POST', url, { ...change, kind: 'stop', effectiveFrom: shift(1), until: shift(3) }),
      422,
      'decision.until-not-applicable',
    );
    assertProblem(
      await fed.api(marie, 'POST', url, { ...change, kind: 'stop', effectiveFrom: shift(1), decidedAt: shift(1) }),
      422,
      'decision.in-future',
    );
    assertProblem(
      await fed.api(marie, 'POST', url, { ...change, kind: 'stop', effectiveFrom: shift(1), legalBasis: 'x' }),
      422,
      'decision.unknown-legal-basis',
    );
    assertProblem(
      await fed.api(marie, 'POST', '/api/v1/decisions/not-a-uuid/revisions', { ...change, kind: 'stop', effectiveFrom: shift(1) }),
      404,
      'aid-request.not-found',
    );
    const luc = await fed.login('luc.forest');
    assertProblem(await fed.api(luc, 'POST', url, { ...change, kind: 'stop', effectiveFrom: shift(1) }), 404, 'aid-request.not-found');
  });
});

describe('plausibility of legal dates (R10, R12)', () => {
  test('a notification dated tomorrow is refused, today is accepted; a correction is audited and moves the appeal deadline', async () => {
    const { decision } = await grantedRis('Notification', false);
    const url = `/api/v1/decisions/${decision.id}/notification`;
    assertProblem(await fed.api(marie, 'POST', url, { sentAt: shift(1), method: 'registered-letter' }), 422, 'notification.in-future');
    assertProblem(
      await fed.api(marie, 'PUT', url, { sentAt: today(), method: 'registered-letter', reason: 'Date mal encodée' }),
      409,
      'notification.missing',
    );
    const notified = await fed.api(marie, 'POST', url, { sentAt: today(), method: 'registered-letter' });
    assert.equal(notified.status, 201);
    const before = notified.body.appealDeadline;
    assertProblem(
      await fed.api(marie, 'PUT', url, { sentAt: shift(1), method: 'registered-letter', reason: 'Date mal encodée' }),
      422,
      'notification.in-future',
    );
    assertProblem(
      await fed.api(marie, 'PUT', url, { sentAt: shift(-1), method: 'registered-letter', reason: 'Date mal encodée' }),
      422,
      'notification.before-decision',
    );
    assertProblem(await fed.api(marie, 'PUT', url, { sentAt: today(), method: 'registered-letter' }), 422, 'validation.failed');
    assertProblem(
      await fed.api(marie, 'PUT', url, { sentAt: today(), method: 'pigeon', reason: 'Mode mal encodé' }),
      422,
      'decision.unknown-notification-method',
    );
    const corrected = await fed.api(marie, 'PUT', url, {
      sentAt: today(),
      method: 'against-receipt',
      proofRef: 'ACCUSÉ-42',
      reason: 'Remis contre accusé de réception, pas par recommandé',
    });
    assert.equal(corrected.status, 200, JSON.stringify(corrected.body));
    assert.equal(corrected.body.previous.method, 'registered-letter');
    assert.equal(corrected.body.appealDeadline, before);
    const read = await fed.api(marie, 'GET', `/api/v1/decisions/${decision.id}`);
    assert.equal(read.body.notification.method, 'against-receipt');
    const luc = await fed.login('luc.forest');
    assertProblem(
      await fed.api(luc, 'PUT', url, { sentAt: today(), method: 'registered-letter', reason: 'Pas mon dossier' }),
      404,
      'aid-request.not-found',
    );
  });

  test('a decision not yet notified is not shared as final in the summary; once notified it is', async () => {
    const { decision, requestId } = await grantedRis('Partage', false);
    const niss = (await fed.api(marie, 'GET', `/api/v1/aid-requests/${requestId}`)).body.person.niss;
    const sarah = await fed.login('sarah.molenbeek');
    const person = await fed.api(sarah, 'POST', '/api/v1/persons', { niss, familyName: 'Partage', givenNames: 'Test', language: 'fr' });
    const request = await fed.api(sarah, 'POST', '/api/v1/aid-requests', {
      personId: person.body.id,
      kind: 'ris',
      receivedAt: new Date().toISOString(),
    });
    await fed.api(sarah, 'POST', `/api/v1/aid-requests/${request.body.id}/person-informed`, {
      informedAt: new Date().toISOString(),
      method: 'in-person',
    });
    await fed.services.relay.flush();
    const forestAnswer = async () => {
      const consulted = await fed.api(sarah, 'POST', `/api/v1/aid-requests/${request.body.id}/rse-consultations`, {
        purpose: 'social-investigation',
      });
      assert.equal(consulted.status, 201, consulted.text);
      lastConsultation = consulted.body.id;
      return consulted.body.responses.find((r: { provider: { name: string } }) => /Forest/.test(r.provider.name));
    };
    let lastConsultation = '';
    const before = await forestAnswer();
    assert.equal(before.status, 'answered');
    assert.equal(
      before.summary.decisions.some((d: { ref: string }) => d.ref === decision.ref),
      false,
      'the decision is shared before its notification',
    );
    await fed.api(marie, 'POST', `/api/v1/decisions/${decision.id}/notification`, { sentAt: today(), method: 'registered-letter' });
    const after = await forestAnswer();
    assert.equal(after.summary.decisions.find((d: { ref: string }) => d.ref === decision.ref)?.status, 'final');
    // The receiving worker reads plainly that the aid is still running.
    const web = await webLoggedIn(fed.baseUrl, 'sarah.molenbeek');
    const page = await web.request('GET', `/requests/${request.body.id}/rse/${lastConsultation}`);
    assert.equal(page.status, 200);
    assert.match(page.text, /aide toujours en cours/);
    assert.match(page.text, /octroyée \(Isolé\)/);
    assert.equal(after.summary.decisions.find((d: { ref: string }) => d.ref === decision.ref)?.risCategory, 'isolated');

    // The aid is stopped: the hub is told (its integration of the file ends the day the stop takes
    // effect), and the summary shared once the stop is notified shows the aid ended.
    const stop = await fed.api(marie, 'POST', `/api/v1/decisions/${decision.id}/revisions`, {
      decidedAt: today(),
      body: 'special-committee',
      legalBasis: 'ris-law-2002',
      motivationCategory: 'resources-above-threshold',
      kind: 'stop',
      effectiveFrom: shift(5),
    });
    assert.equal(stop.status, 201, stop.text);
    await fed.api(marie, 'POST', `/api/v1/decisions/${stop.body.id}/notification`, { sentAt: today(), method: 'registered-letter' });
    await fed.services.relay.flush();
    const atHub = await fed.hub.db.query<{ quality_code: string; end_date: string | null }>(
      `SELECT quality_code, to_char(end_date, 'YYYY-MM-DD') AS end_date FROM integrations WHERE file_ref = $1 AND quality_code = '17-2'`,
      [requestId],
    );
    assert.deepEqual(atHub, [{ quality_code: '17-2', end_date: shift(5) }], 'the hub’s RIS integration ends when the stop takes effect');
    const pending = await fed.tenants
      .byKbo(FOREST.kbo)!
      .db.one<{ n: number }>(`SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL AND topic = 'integration'`);
    assert.equal(pending!.n, 0, 'the outbox drained');
    const ended = await forestAnswer();
    assert.equal(ended.status, 'answered', 'a recent integration still brings the summary');
    const grant = ended.summary.decisions.find((d: { ref: string }) => d.ref === decision.ref);
    assert.deepEqual(grant.period, { from: today(), to: shift(4) }, 'the aid ended the day before the stop');
    const stopped = ended.summary.decisions.find((d: { ref: string }) => d.ref === stop.body.ref);
    assert.equal(stopped?.outcome, 'withdrawn');
    const endedPage = await web.request('GET', `/requests/${request.body.id}/rse/${lastConsultation}`);
    assert.doesNotMatch(endedPage.text, /aide toujours en cours/, 'no longer said to be running');
  });
});

describe('appeals (R12)', () => {
  test('an internal review and a labour-court appeal on a decision, then the court’s outcome; dates are checked', async () => {
    const { decision, requestId } = await grantedRis('Recours');
    const url = `/api/v1/decisions/${decision.id}/appeals`;
    assertProblem(await fed.api(marie, 'POST', url, { kind: 'labour-court', filedAt: shift(1) }), 422, 'appeal.in-future');
    assertProblem(await fed.api(marie, 'POST', url, { kind: 'labour-court', filedAt: shift(-5) }), 422, 'appeal.before-decision');
    assertProblem(await fed.api(marie, 'POST', url, { kind: 'absence-of-decision', filedAt: today() }), 422, 'validation.failed');
    assert.equal((await fed.api(marie, 'POST', url, { kind: 'internal-review', filedAt: today() })).status, 201);
    const court = await fed.api(marie, 'POST', url, { kind: 'labour-court', filedAt: today() });
    assert.equal(court.status, 201);
    assert.equal(court.body.isLate, false);
    const list = await fed.api(marie, 'GET', `/api/v1/aid-requests/${requestId}/appeals`);
    assert.deepEqual(
      list.body.items.map((a: { kind: string; outcome: string }) => [a.kind, a.outcome]),
      [
        ['internal-review', 'pending'],
        ['labour-court', 'pending'],
      ],
    );
    const outcomeUrl = `/api/v1/aid-requests/${requestId}/appeals/${court.body.id}/outcome`;
    assertProblem(await fed.api(marie, 'PUT', outcomeUrl, { outcome: 'reformed', outcomeAt: shift(1) }), 422, 'appeal.in-future');
    assertProblem(await fed.api(marie, 'PUT', outcomeUrl, { outcome: 'won', outcomeAt: today() }), 422, 'validation.failed');
    const outcome = await fed.api(marie, 'PUT', outcomeUrl, { outcome: 'reformed', outcomeAt: today() });
    assert.equal(outcome.status, 200);
    assertProblem(await fed.api(marie, 'PUT', outcomeUrl, { outcome: 'upheld', outcomeAt: today() }), 409, 'appeal.decided');
    assertProblem(
      await fed.api(marie, 'PUT', `/api/v1/aid-requests/${requestId}/appeals/nope/outcome`, { outcome: 'upheld', outcomeAt: today() }),
      404,
      'appeal.not-found',
    );
    assert.equal((await fed.api(marie, 'GET', `/api/v1/decisions/${decision.id}`)).body.status, 'contested');
    const luc = await fed.login('luc.forest');
    assertProblem(await fed.api(luc, 'GET', `/api/v1/aid-requests/${requestId}/appeals`), 404, 'aid-request.not-found');
    assertProblem(await fed.api(luc, 'PUT', outcomeUrl, { outcome: 'upheld', outcomeAt: today() }), 404, 'aid-request.not-found');
  });

  test('an appeal against the absence of a decision lies only after the decision deadline, and not once a decision exists', async () => {
    const { requestId } = await grantedRis('Décidé');
    assertProblem(
      await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/appeals`, { filedAt: today() }),
      409,
      'appeal.decision-exists',
    );
    const niss = generateNiss({ birthDate: '1977-07-07', sequence: sequence++ });
    const person = await fed.api(marie, 'POST', '/api/v1/persons', { niss, familyName: 'Silence', givenNames: 'Test', language: 'fr' });
    const old = await fed.api(marie, 'POST', '/api/v1/aid-requests', {
      personId: person.body.id,
      kind: 'ris',
      receivedAt: new Date(Date.now() - 45 * 86_400_000).toISOString(),
    });
    const fresh = await fed.api(marie, 'POST', '/api/v1/aid-requests', {
      personId: person.body.id,
      kind: 'financial-aid',
      receivedAt: new Date().toISOString(),
    });
    assertProblem(
      await fed.api(marie, 'POST', `/api/v1/aid-requests/${fresh.body.id}/appeals`, { filedAt: today() }),
      422,
      'appeal.before-decision-due',
    );
    const absence = await fed.api(marie, 'POST', `/api/v1/aid-requests/${old.body.id}/appeals`, { filedAt: today() });
    assert.equal(absence.status, 201, JSON.stringify(absence.body));
    assert.equal(absence.body.kind, 'absence-of-decision');
    assertProblem(
      await fed.api(marie, 'POST', `/api/v1/aid-requests/${old.body.id}/appeals`, { filedAt: 'yesterday' }),
      422,
      'validation.failed',
    );
  });
});

describe('closing a file (web)', () => {
  test('closing asks for a confirmation that a closed request is reopened only without a decision; without it nothing is closed', async () => {
    const requestId = await signedRequest('Clôture');
    const web = await webLoggedIn(fed.baseUrl, 'marie.forest');
    const form = await web.request('GET', `/requests/${requestId}/close`);
    assert.equal(form.status, 200);
    assert.match(form.text, /Une demande clôturée ne se rouvre que si aucune décision n’a été prise/);
    const refused = await web.request('POST', `/requests/${requestId}/close`, {
      _csrf: csrfOf(form.text),
      reason: 'Déménagement hors commune',
    });
    assert.equal(refused.status, 422);
    assert.match(refused.text, /Confirmez la clôture/);
    assert.equal((await fed.api(marie, 'GET', `/api/v1/aid-requests/${requestId}`)).body.status, 'report-signed');
    const closed = await web.request('POST', `/requests/${requestId}/close`, {
      _csrf: csrfOf(form.text),
      reason: 'Déménagement hors commune',
      confirm: 'yes',
    });
    assert.equal(closed.status, 303);
    assert.equal((await fed.api(marie, 'GET', `/api/v1/aid-requests/${requestId}`)).body.status, 'closed');
  });
});

describe('reopening rules (migration 0051)', () => {
  test('only a request closed without a decision is reopened, keeping its date, and the hub knows it again; every other case is refused with its code', async () => {
    const requestId = await signedRequest('Réouverture');
    const before = (await fed.api(marie, 'GET', `/api/v1/aid-requests/${requestId}`)).body;
    assertProblem(await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/reopen`, { reason: 'x' }), 409, 'aid-request.not-closed');
    assert.equal((await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/close`, { reason: 'Clôturé par erreur' })).status, 200);
    await fed.services.relay.flush();
    const reopened = await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/reopen`, {
      reason: 'Clôturé par erreur : aucune décision n’a été prise',
    });
    assert.equal(reopened.status, 200, reopened.text);
    assert.equal(reopened.body.status, 'report-signed', 'back where its investigation stood');
    assert.equal(reopened.body.closedAt, null);
    assert.equal(reopened.body.deadlines.decisionDue, before.deadlines.decisionDue, 'the decision is still due from the original date');
    await fed.services.relay.flush();
    const atHub = await fed.hub.db.query<{ end_date: string | null }>(`SELECT end_date FROM integrations WHERE file_ref = $1`, [requestId]);
    assert.ok(atHub.length > 0 && atHub.every((row) => row.end_date === null), 'the hub’s integration of the file runs again');
    const audited = await fed.tenants.byKbo(FOREST.kbo)!.db.one<{
      n: number;
    }>(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'aid-request.reopen' AND record_id = $1`, [requestId]);
    assert.ok(audited!.n >= 1, 'audited');

    // Decided, then closed: revised or appealed, never reopened.
    const { requestId: decided } = await grantedRis('Décidée');
    assert.equal((await fed.api(marie, 'POST', `/api/v1/aid-requests/${decided}/close`, { reason: 'fin' })).status, 200);
    assertProblem(
      await fed.api(marie, 'POST', `/api/v1/aid-requests/${decided}/reopen`, { reason: 'x' }),
      409,
      'aid-request.reopen-decided',
    );
    // Withdrawn by the person: a new request.
    const withdrawnId = await signedRequest('Retirée');
    const withdrawn = await fed.api(marie, 'POST', `/api/v1/aid-requests/${withdrawnId}/decisions`, {
      ...DECISION,
      outcome: 'withdrawn',
      decidedAt: today(),
      body: 'special-committee',
    });
    assert.equal(withdrawn.status, 201, withdrawn.text);
    assert.equal((await fed.api(marie, 'POST', `/api/v1/aid-requests/${withdrawnId}/close`, { reason: 'retrait' })).status, 200);
    assertProblem(
      await fed.api(marie, 'POST', `/api/v1/aid-requests/${withdrawnId}/reopen`, { reason: 'x' }),
      409,
      'aid-request.reopen-withdrawn',
    );

    // Transferred to the competent CPAS: that CPAS handles it (R7).
    const movedPerson = await fed.api(marie, 'POST', '/api/v1/persons', {
      niss: generateNiss({ birthDate: '1983-03-03', sequence: sequence++ }),
      familyName: 'Transférée',
      givenNames: 'Test',
      language: 'fr',
    });
    const moved = await fed.api(marie, 'POST', '/api/v1/aid-requests', {
      personId: movedPerson.body.id,
      kind: 'ris',
      receivedAt: new Date().toISOString(),
    });
    const transfer = await fed.api(marie, 'POST', `/api/v1/aid-requests/${moved.body.id}/transfer`, {
      toKbo: MOLENBEEK.kbo,
      toName: MOLENBEEK.name,
      reason: 'Résidence habituelle à Molenbeek.',
      startedAt: today(),
      applicantInformedAt: today(),
    });
    assert.equal(transfer.status, 201, transfer.text);
    assertProblem(
      await fed.api(marie, 'POST', `/api/v1/aid-requests/${moved.body.id}/reopen`, { reason: 'x' }),
      409,
      'aid-request.reopen-transferred',
    );
    // Purged under retention (R42): gone, with the reason it was once reopened for.
    assert.equal((await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/close`, { reason: 'Fin' })).status, 200);
    await fed.tenants
      .byKbo(FOREST.kbo)!
      .db.query(`UPDATE aid_requests SET closed_at = now() - interval '11 years' WHERE id = $1`, [requestId]);
    await runPurge(fed.tenants.byKbo(FOREST.kbo)!, { now: new Date(), isDryRun: false, trigger: 'api' });
    const purged = await fed.tenants
      .byKbo(FOREST.kbo)!
      .db.one<{ reopen_reason: string | null }>('SELECT reopen_reason FROM aid_requests WHERE id = $1', [requestId]);
    assert.equal(purged!.reopen_reason, null, 'the typed reason went with the file');
    assertProblem(
      await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/reopen`, { reason: 'x' }),
      409,
      'aid-request.reopen-purged',
    );

    // Bad input and access.
    for (const body of [{}, { reason: 'a\u0000b' }, { reason: 'x'.repeat(1001) }, { reason: 'x', extra: true }]) {
      const bad = await fed.api(marie, 'POST', `/api/v1/aid-requests/${decided}/reopen`, body);
      assert.ok(bad.status >= 400 && bad.status < 500, `${JSON.stringify(body).slice(0, 40)}: ${bad.status}`);
      assert.match(bad.headers.get('content-type') ?? '', /application\/problem\+json/);
    }
    const unknown = await fed.api(marie, 'POST', `/api/v1/aid-requests/not-a-uuid/reopen`, { reason: 'x' });
    assert.equal(unknown.status, 404);
    assert.match(unknown.headers.get('content-type') ?? '', /application\/problem\+json/);
    const luc = await fed.login('luc.forest');
    const stranger = await fed.api(luc, 'POST', `/api/v1/aid-requests/${decided}/reopen`, { reason: 'x' });
    assert.ok(stranger.status === 404 || stranger.status === 403, `not on the file: ${stranger.status}`);

    // The page says the rules, and a refusal in words, in each language.
    for (const [language, rule, refusal] of [
      ['fr', 'Une demande décidée n’est pas rouverte', 'Une demande décidée n’est pas rouverte : révisez la décision'],
      ['nl', 'Een besliste aanvraag wordt niet heropend', 'Een besliste aanvraag wordt niet heropend: herzie de beslissing'],
      ['de', 'Ein entschiedener Antrag wird nicht wieder geöffnet', 'Ein entschiedener Antrag wird nicht wieder geöffnet: revidieren'],
    ] as const) {
      const web = await webLoggedIn(fed.baseUrl, 'marie.forest', language);
      const form = await web.request('GET', `/requests/${decided}/reopen`);
      assert.equal(form.status, 200);
      assert.ok(form.text.includes(rule), `${language}: the rule`);
      const refused = await web.request('POST', `/requests/${decided}/reopen`, { _csrf: csrfOf(form.text), reason: 'essai' });
      assert.equal(refused.status, 409);
      assert.ok(refused.text.includes(refusal), `${language}: the refusal in words`);
    }
  });
});
