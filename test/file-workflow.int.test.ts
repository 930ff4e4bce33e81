/**
 * The file's workflow over HTTP against a real PostgreSQL: documents (R17, R18), home visits feeding the
 * report and the deadline (R13), hearings blocking a RIS refusal (R11), the PIIS (R14), revocable grants
 * (R23) and the four conditions of shared secrecy (R28). Every route: bad input is problem+json (never a
 * 500) and a worker not on the file gets 404.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateNiss } from '#contracts/niss.ts';
import { dayInBrussels } from '#platform/brussels-time.ts';
import { addMonths } from '#casework/modules/aid-requests/index.ts';
import { startTestFederation, type TestFederation, assertProblem } from './federation.ts';
import { webLoggedIn } from './web-browser.ts';

let fed: TestFederation;
let marie: string;
let luc: string;
let sophie: string;
let lucId: string;
let requestId: string;

const today = () => dayInBrussels(new Date());
const daysBefore = (days: number) => dayInBrussels(new Date(Date.now() - days * 86_400_000));
const base64 = (text: string) => Buffer.from(text, 'latin1').toString('base64');
const PDF = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';

const REPORT = {
  identification: { civilStatus: 'isolé', householdComposition: 'seul', residenceStatus: 'registre de la population' },
  request: { description: 'Demande de revenu d’intégration' },
  resources: { items: [{ holder: 'applicant', kind: 'aucun revenu', monthlyAmountCents: 0 }] },
  residualCharacter: { otherBenefits: 'aucune', maintenanceDebtors: 'aucun' },
  willingnessToWork: { assessment: 'inscrit chez Actiris' },
  situationSummary: { text: 'État de besoin' },
  proposal: { text: 'Refus du RIS' },
};

const path = (tail = '') => `/api/v1/aid-requests/${requestId}${tail}`;

before(async () => {
  fed = await startTestFederation();
  [marie, luc, sophie] = await Promise.all([fed.login('marie.forest'), fed.login('luc.forest'), fed.login('sophie.forest')]);
  lucId = (await fed.api(luc, 'GET', '/api/v1/me')).body.id;
  const person = await fed.api(marie, 'POST', '/api/v1/persons', {
    niss: generateNiss({ birthDate: '1979-04-12', sequence: 211 }),
    familyName: 'Lemaire',
    givenNames: 'Claire',
    language: 'fr',
  });
  assert.equal(person.status, 201);
  const created = await fed.api(marie, 'POST', '/api/v1/aid-requests', {
    personId: person.body.id,
    kind: 'ris',
    receivedAt: new Date(Date.now() - 20 * 86_400_000).toISOString(),
    isNewRisBeneficiary: true,
  });
  assert.equal(created.status, 201);
  requestId = created.body.id;
});
after(async () => fed?.close());

describe('documents (R17, R18)', () => {
  test('a PDF is filed with its type, source, retention class and checksum, listed, and downloaded as sent', async () => {
    const added = await fed.api(marie, 'POST', path('/documents'), {
      type: 'lease',
      title: 'Bail du logement',
      documentDate: daysBefore(10),
      source: 'person',
      retentionClass: 'supporting-document',
      mediaType: 'application/pdf',
      filename: 'bail.pdf',
      contentBase64: base64(PDF),
    });
    assert.equal(added.status, 201, JSON.stringify(added.body));
    assert.equal(added.body.mediaType, 'application/pdf');
    assert.match(added.body.sha256, /^[0-9a-f]{64}$/);
    assert.equal(added.body.mayOpen, true);
    const list = await fed.api(marie, 'GET', path('/documents'));
    assert.ok(
      list.body.items.some((d: { id: string }) => d.id === added.body.id),
      'the document is listed',
    );
    const content = await fetch(`${fed.baseUrl}${path(`/documents/${added.body.id}/content`)}`, {
      headers: { authorization: `Bearer ${marie}` },
    });
    assert.equal(content.status, 200);
    assert.equal(Buffer.from(await content.arrayBuffer()).toString('latin1'), PDF);
    assert.match(content.headers.get('content-disposition') ?? '', /^attachment; filename="Bail-du-logement\.pdf"$/);
    assert.equal(content.headers.get('x-content-type-options'), 'nosniff');
  });

  test('executables, disallowed types, mismatched content, active PDFs and bad base64 are refused with their code', async () => {
    const upload = (mediaType: string, contentBase64: string) =>
      fed.api(marie, 'POST', path('/documents'), {
        type: 'other',
        title: 'Pièce',
        documentDate: daysBefore(1),
        source: 'person',
        retentionClass: 'supporting-document',
        mediaType,
        contentBase64,
      });
    assertProblem(await upload('application/pdf', base64('MZ\x90\x00 this program cannot be run in DOS mode')), 422, 'document.executable');
    assertProblem(await upload('text/plain', base64('#!/bin/sh\nrm -rf /\n')), 422, 'document.executable');
    assertProblem(await upload('application/x-msdownload', base64('MZ')), 422, 'document.type-not-allowed');
    assertProblem(await upload('image/gif', base64('GIF89a')), 422, 'document.type-not-allowed');
    assertProblem(await upload('application/pdf', base64('just some text')), 422, 'document.type-mismatch');
    assertProblem(await upload('image/png', base64(PDF)), 422, 'document.type-mismatch');
    assertProblem(
      await upload('application/pdf', base64('%PDF-1.4\n<< /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>')),
      422,
      'document.executable',
    );
    assertProblem(await upload('text/plain', 'not*base64!'), 422, 'document.invalid-base64');
    assertProblem(await upload('text/plain', ''), 422, 'document.empty');
  });

  test('a BCSS flow document needs its provenance, and a temporary grant does not open it (R18)', async () => {
    const flow = {
      type: 'attestation',
      title: 'Résultat Tx25',
      documentDate: daysBefore(3),
      source: 'bcss-flow',
      retentionClass: 'supporting-document',
      mediaType: 'text/plain',
      contentBase64: base64('Tx25: inscrit au registre national'),
    };
    const missing = await fed.api(marie, 'POST', path('/documents'), flow);
    assertProblem(missing, 422, 'document.provenance-required');
    assert.deepEqual(missing.body.errors.map((e: { path: string }) => e.path).sort(), ['/flowDate', '/flowName', '/flowTicket']);
    const added = await fed.api(marie, 'POST', path('/documents'), {
      ...flow,
      flowName: 'Tx25',
      flowDate: daysBefore(3),
      flowTicket: 'BCSS-2026-000123',
    });
    assert.equal(added.status, 201);
    assert.deepEqual(added.body.provenance, { flowName: 'Tx25', flowDate: daysBefore(3), flowTicket: 'BCSS-2026-000123' });
    const grant = await fed.api(sophie, 'POST', path('/access-grants'), {
      userId: lucId,
      reason: 'remplacement de Marie pendant son congé',
      hours: 2,
    });
    assert.equal(grant.status, 201);
    const seen = await fed.api(luc, 'GET', path('/documents'));
    assert.equal(seen.status, 200);
    assert.equal(seen.body.items.find((d: { id: string }) => d.id === added.body.id).mayOpen, false);
    assertProblem(await fed.api(luc, 'GET', path(`/documents/${added.body.id}/content`)), 404, 'document.not-found');
    assert.equal((await fed.api(sophie, 'POST', path(`/access-grants/${grant.body.id}/revocation`))).status, 200);
  });
});

describe('home visits (R13)', () => {
  test('a visit recorded on its page is the report’s home-visit section and the file’s last visit', async () => {
    const visit = await fed.api(marie, 'POST', path('/home-visits'), {
      visitedAt: daysBefore(6),
      findings: 'Résidence effective constatée, logement salubre.',
    });
    assert.equal(visit.status, 201);
    assert.equal(visit.body.visitedBy, 'Marie Dubois');
    const report = await fed.api(marie, 'GET', path('/social-report'));
    assert.deepEqual(report.body.sections.homeVisit, {
      visitedAt: daysBefore(6),
      findings: 'Résidence effective constatée, logement salubre.',
    });
    assert.ok(!report.body.missingSections.includes('homeVisit'), 'the visit fills the section');
    assert.equal((await fed.api(marie, 'GET', path())).body.lastHomeVisitAt, daysBefore(6));
  });

  test('a date typed in the report is recorded as a visit and moves the last visit (no second entry)', async () => {
    const saved = await fed.api(marie, 'PUT', path('/social-report'), {
      sections: { ...REPORT, homeVisit: { visitedAt: daysBefore(4), findings: 'Deuxième passage.' } },
    });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    const visits = await fed.api(marie, 'GET', path('/home-visits'));
    assert.deepEqual(
      visits.body.items.map((v: { visitedAt: string }) => v.visitedAt),
      [daysBefore(4), daysBefore(6)],
    );
    assert.equal((await fed.api(marie, 'GET', path())).body.lastHomeVisitAt, daysBefore(4));
    // Saving the same report again does not record the visit twice.
    await fed.api(marie, 'PUT', path('/social-report'), {
      sections: { ...REPORT, homeVisit: { visitedAt: daysBefore(4), findings: 'Deuxième passage.' } },
    });
    assert.equal((await fed.api(marie, 'GET', path('/home-visits'))).body.items.length, 2);
  });

  test('a visit in the future or without a date is refused', async () => {
    const tomorrow = dayInBrussels(new Date(Date.now() + 2 * 86_400_000));
    assertProblem(await fed.api(marie, 'POST', path('/home-visits'), { visitedAt: tomorrow }), 422, 'home-visit.in-future');
    assertProblem(await fed.api(marie, 'POST', path('/home-visits'), { findings: 'x' }), 422, 'validation.failed');
    assertProblem(
      await fed.api(marie, 'PUT', path('/social-report'), { sections: { homeVisit: { visitedAt: tomorrow } } }),
      422,
      'home-visit.in-future',
    );
  });
});

describe('hearings (R11)', () => {
  let hearingId: string;

  test('a requested hearing is scheduled, and blocks a RIS refusal until it is closed as not held', async () => {
    const requested = await fed.api(marie, 'POST', path('/hearings'), { requestedAt: daysBefore(5) });
    assert.equal(requested.status, 201);
    assert.equal(requested.body.state, 'requested');
    hearingId = requested.body.id;
    const scheduled = await fed.api(marie, 'POST', path(`/hearings/${hearingId}/schedule`), { scheduledAt: daysBefore(2) });
    assert.equal(scheduled.body.state, 'scheduled');
    assert.equal((await fed.api(marie, 'POST', path('/social-report/signature'))).status, 201);
    const refusal = {
      decidedAt: today(),
      body: 'special-committee',
      aidType: 'ris',
      outcome: 'refused',
      legalBasis: 'ris-law-2002',
      motivationCategory: 'resources-above-threshold',
    };
    assertProblem(await fed.api(marie, 'POST', path('/decisions'), refusal), 409, 'decision.hearing-pending');
    const notHeld = await fed.api(marie, 'POST', path(`/hearings/${hearingId}/not-held`), {
      notHeldAt: daysBefore(2),
      reason: 'person-absent',
    });
    assert.equal(notHeld.status, 200);
    assert.equal(notHeld.body.state, 'not-held');
    assertProblem(
      await fed.api(marie, 'PUT', path(`/hearings/${hearingId}`), { heldAt: daysBefore(1), attendees: 'comité' }),
      409,
      'hearing.closed',
    );
    const decided = await fed.api(marie, 'POST', path('/decisions'), refusal);
    assert.equal(decided.status, 201, JSON.stringify(decided.body));
  });

  test('a held hearing keeps its attendees, assistant and minutes; bad dates and ids are refused', async () => {
    const requested = await fed.api(marie, 'POST', path('/hearings'), { requestedAt: daysBefore(3) });
    const held = await fed.api(marie, 'PUT', path(`/hearings/${requested.body.id}`), {
      heldAt: daysBefore(1),
      attendees: 'Comité spécial, Mme Lemaire',
      assistedBy: 'Me Janssens, avocate',
      minutesSummary: 'Mme Lemaire explique la perte de son emploi.',
    });
    assert.equal(held.status, 200);
    assert.equal(held.body.minutesSummary, 'Mme Lemaire explique la perte de son emploi.');
    const list = await fed.api(marie, 'GET', path('/hearings'));
    assert.deepEqual(
      list.body.items.map((h: { state: string }) => h.state),
      ['not-held', 'held'],
    );
    assertProblem(await fed.api(marie, 'POST', path('/hearings'), { requestedAt: '2999-01-01' }), 422, 'hearing.in-future');
    assertProblem(
      await fed.api(marie, 'POST', path('/hearings'), { requestedAt: daysBefore(2), scheduledAt: daysBefore(9) }),
      422,
      'hearing.before-request',
    );
    assertProblem(await fed.api(marie, 'POST', path('/hearings/not-a-uuid/schedule'), { scheduledAt: today() }), 404, 'hearing.not-found');
    assertProblem(
      await fed.api(marie, 'POST', path(`/hearings/${hearingId}/not-held`), { notHeldAt: today(), reason: 'bored' }),
      422,
      'validation.failed',
    );
  });
});

describe('PIIS (R14)', () => {
  test('a contract with objectives is signed, evaluated and amended, with its evaluation deadline', async () => {
    const signedAt = daysBefore(15);
    const signed = await fed.api(marie, 'POST', path('/piis'), {
      signedAt,
      kind: 'employment',
      durationMonths: 12,
      objectives: ['Suivre une formation en logistique', 'S’inscrire chez Actiris'],
    });
    assert.equal(signed.status, 201, JSON.stringify(signed.body));
    assert.equal(signed.body.contract.objectives.length, 2);
    assertProblem(await fed.api(marie, 'POST', path('/piis'), { signedAt, objectives: ['x'] }), 409, 'piis.exists');
    const evaluation = await fed.api(marie, 'POST', path('/piis/evaluations'), {
      evaluatedAt: daysBefore(1),
      outcome: 'on-track',
      summary: 'Formation commencée.',
    });
    assert.equal(evaluation.status, 201);
    const withdrawn = signed.body.contract.objectives[1].id;
    const amendment = await fed.api(marie, 'POST', path('/piis/amendments'), {
      signedAt: daysBefore(1),
      reason: 'Inscription faite : remplacée par la recherche d’un stage',
      withdrawObjectiveIds: [withdrawn],
      addObjectives: ['Trouver un stage en entreprise'],
    });
    assert.equal(amendment.status, 201, JSON.stringify(amendment.body));
    const piis = await fed.api(marie, 'GET', path('/piis'));
    assert.equal(piis.body.contract.amendments.length, 1);
    assert.deepEqual(
      piis.body.contract.objectives.map((o: { text: string; isWithdrawn: boolean }) => [o.text, o.isWithdrawn]),
      [
        ['Suivre une formation en logistique', false],
        ['S’inscrire chez Actiris', true],
        ['Trouver un stage en entreprise', false],
      ],
    );
    // Evaluated at least twice a year: the next evaluation is due six months after the last one.
    assert.equal(piis.body.evaluationDue, addMonths(daysBefore(1), 6));
    assert.equal((await fed.api(marie, 'GET', path())).body.piisSignedAt, signedAt);
  });

  test('bad PIIS input gets its own code', async () => {
    assertProblem(
      await fed.api(marie, 'POST', path('/piis/evaluations'), { evaluatedAt: '2000-01-01', outcome: 'met' }),
      422,
      'piis.before-signature',
    );
    assertProblem(
      await fed.api(marie, 'POST', path('/piis/evaluations'), { evaluatedAt: today(), outcome: 'great' }),
      422,
      'validation.failed',
    );
    assertProblem(
      await fed.api(marie, 'POST', path('/piis/amendments'), { signedAt: today(), reason: 'rien' }),
      422,
      'piis.amendment-empty',
    );
    assertProblem(
      await fed.api(marie, 'POST', path('/piis/amendments'), {
        signedAt: today(),
        reason: 'x',
        withdrawObjectiveIds: ['00000000-0000-4000-8000-000000000000'],
      }),
      422,
      'piis.unknown-objective',
    );
    assertProblem(
      await fed.api(marie, 'POST', path('/piis/amendments'), { signedAt: today(), reason: 'x', addObjectives: ['a', ' a '] }),
      422,
      'piis.objective-duplicate',
    );
  });
});

describe('access grants (R23)', () => {
  test('a supervisor grants, lists and revokes; the revoked worker loses the file at once', async () => {
    const grant = await fed.api(sophie, 'POST', path('/access-grants'), {
      userId: lucId,
      reason: 'avis d’un collègue sur le logement',
      hours: 4,
    });
    assert.equal(grant.status, 201);
    assert.equal((await fed.api(luc, 'GET', path())).status, 200);
    assert.equal((await fed.api(marie, 'GET', path())).body.activeGrants, 1, 'the file counts the grant in force');
    const page = await (await webLoggedIn(fed.baseUrl, 'marie.forest')).request('GET', `/requests/${requestId}`);
    assert.match(page.text, /avis d’un collègue sur le logement/, 'the file page lists the grant in force');
    const list = await fed.api(marie, 'GET', path('/access-grants'));
    const listed = list.body.items.find((g: { id: string }) => g.id === grant.body.id);
    assert.equal(listed.isActive, true);
    assert.equal(listed.user.displayName, 'Luc Janssens');
    assertProblem(await fed.api(marie, 'POST', path(`/access-grants/${grant.body.id}/revocation`)), 403, 'access.role');
    const revoked = await fed.api(sophie, 'POST', path(`/access-grants/${grant.body.id}/revocation`));
    assert.equal(revoked.status, 200);
    assert.equal(revoked.body.isActive, false);
    assert.equal(revoked.body.revokedBy, 'Sophie Lambert');
    assertProblem(await fed.api(luc, 'GET', path()), 404, 'aid-request.not-found');
    assert.equal((await fed.api(marie, 'GET', path())).body.activeGrants, 0, 'a revoked grant is no longer in force');
    assertProblem(await fed.api(sophie, 'POST', path(`/access-grants/${grant.body.id}/revocation`)), 409, 'access-grant.ended');
    assertProblem(await fed.api(sophie, 'POST', path('/access-grants/nope/revocation')), 404, 'access-grant.not-found');
  });
});

describe('shared professional secrecy (R28)', () => {
  const share = {
    recipientName: 'Julie Martin',
    recipientOrganisation: 'Service de médiation de dettes',
    recipientProfession: 'assistante sociale',
    personInformedAt: daysBefore(2),
    personInformedMethod: 'in-person',
    personAgrees: true,
    recipientBoundBySecrecy: true,
    commonMission: 'Plan de règlement des dettes de Mme Lemaire',
    onlyNecessary: true,
    items: ['resources', 'aid-granted'],
    sharedAt: daysBefore(1),
  };

  test('a sharing is recorded only with the four conditions, each missing one named', async () => {
    const refused = await fed.api(marie, 'POST', path('/secrecy-shares'), {
      ...share,
      personAgrees: false,
      recipientBoundBySecrecy: false,
      items: [],
    });
    assertProblem(refused, 422, 'secrecy.condition-missing');
    assert.deepEqual(
      refused.body.errors.map((e: { path: string }) => e.path),
      ['/personAgrees', '/recipientBoundBySecrecy', '/items'],
    );
    assertProblem(
      await fed.api(marie, 'POST', path('/secrecy-shares'), { ...share, commonMission: ' ' }),
      422,
      'secrecy.condition-missing',
    );
    assertProblem(
      await fed.api(marie, 'POST', path('/secrecy-shares'), { ...share, items: ['confidential-notes'] }),
      422,
      'validation.failed',
    );
    const recorded = await fed.api(marie, 'POST', path('/secrecy-shares'), share);
    assert.equal(recorded.status, 201, JSON.stringify(recorded.body));
    const list = await fed.api(marie, 'GET', path('/secrecy-shares'));
    assert.equal(list.body.items.length, 1);
    assert.equal(list.body.items[0].recipient.organisation, 'Service de médiation de dettes');
    const audit = await fed.tenants.all()[0]!.db.query<{
      action: string;
    }>(`SELECT action FROM audit_events WHERE record_type = 'secrecy-share' AND record_id = $1 ORDER BY id`, [requestId]);
    assert.deepEqual(
      audit.map((a) => a.action),
      ['secrecy-share.record', 'secrecy-share.list'],
    );
  });
});

describe('every route of the file’s workflow', () => {
  const routes = (): [string, string, unknown][] => [
    ['GET', path('/documents'), undefined],
    [
      'POST',
      path('/documents'),
      { type: 'other', title: 'x', documentDate: today(), source: 'person', retentionClass: 'supporting-document' },
    ],
    ['GET', path('/home-visits'), undefined],
    ['POST', path('/home-visits'), { visitedAt: today() }],
    ['GET', path('/hearings'), undefined],
    ['POST', path('/hearings'), { requestedAt: today() }],
    ['GET', path('/piis'), undefined],
    ['POST', path('/piis/evaluations'), { evaluatedAt: today(), outcome: 'met' }],
    ['GET', path('/access-grants'), undefined],
    ['GET', path('/secrecy-shares'), undefined],
  ];

  test('a worker not on the file gets 404 everywhere', async () => {
    for (const [method, url, body] of routes()) assertProblem(await fed.api(luc, method, url, body), 404, 'aid-request.not-found');
  });

  test('malformed bodies get problem+json, never a 500', async () => {
    const bodies: unknown[] = ['{"broken', '[]', 'null', { unexpected: true }, { visitedAt: 12, requestedAt: {}, signedAt: 'yesterday' }];
    const posts = [
      path('/documents'),
      path('/home-visits'),
      path('/hearings'),
      path('/hearings/00000000-0000-4000-8000-000000000000/schedule'),
      path('/hearings/00000000-0000-4000-8000-000000000000/not-held'),
      path('/piis'),
      path('/piis/evaluations'),
      path('/piis/amendments'),
      path('/secrecy-shares'),
    ];
    for (const url of posts)
      for (const body of bodies) {
        const response = await fed.api(marie, 'POST', url, body);
        assert.ok(response.status >= 400 && response.status < 500, `${url} ${JSON.stringify(body)} → ${response.status}`);
        assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/, url);
      }
  });
});
