/**
 * The Casework section of the API contract, endpoint by endpoint, over HTTP against a real
 * PostgreSQL: status codes, named fields and error codes.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateNiss } from '#contracts/niss.ts';
import { generateKbo } from '#contracts/kbo.ts';
import { startTestFederation, type TestFederation } from './federation.ts';
import { extractPdfText, includesIgnoringLayout } from './pdf-text.ts';

let fed: TestFederation;
let marie: string;
let sophie: string;

before(async () => {
  fed = await startTestFederation();
  marie = await fed.login('marie.forest');
  sophie = await fed.login('sophie.forest');
});
after(async () => fed?.close());

const REPORT = {
  identification: { civilStatus: 'isolé', householdComposition: 'seul', residenceStatus: 'registre de la population' },
  request: { description: 'Demande de revenu d’intégration' },
  homeVisit: { visitedAt: '2025-03-10', findings: 'Résidence effective constatée' },
  resources: { items: [{ holder: 'applicant', kind: 'aucun revenu', monthlyAmountCents: 0 }] },
  residualCharacter: { otherBenefits: 'aucune', maintenanceDebtors: 'aucun' },
  willingnessToWork: { assessment: 'inscrit chez Actiris' },
  situationSummary: { text: 'État de besoin' },
  proposal: { text: 'Octroi du RIS taux isolé' },
};

describe('sessions', () => {
  test('logs in with a local account and returns the token, role and institution', async () => {
    const response = await fed.api(null, 'POST', '/api/v1/sessions', { username: 'marie.forest', password: 'demo-rse-2026' });
    assert.equal(response.status, 201);
    assert.match(response.body.token, /^rse_\d{10}_/);
    assert.equal(response.body.user.role, 'social-worker');
    assert.equal(response.body.user.institution.name, 'CPAS de Forest (DEMO)');
    assert.match(response.body.user.institution.kbo, /^\d{10}$/);
  });

  test('refuses a wrong password with 401 auth.invalid-credentials', async () => {
    const response = await fed.api(null, 'POST', '/api/v1/sessions', { username: 'marie.forest', password: 'wrong' });
    assert.equal(response.status, 401);
    assert.equal(response.body.code, 'auth.invalid-credentials');
    assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/);
  });

  test('GET /me answers who I am, and 401 without a token', async () => {
    const me = await fed.api(marie, 'GET', '/api/v1/me');
    assert.equal(me.status, 200);
    assert.equal(me.body.username, 'marie.forest');
    const anonymous = await fed.api(null, 'GET', '/api/v1/me');
    assert.equal(anonymous.status, 401);
    assert.equal(anonymous.body.code, 'auth.required');
  });

  test('a logged-out token no longer works', async () => {
    const token = await fed.login('luc.forest');
    assert.equal((await fed.api(token, 'DELETE', '/api/v1/sessions/current')).status, 204);
    assert.equal((await fed.api(token, 'GET', '/api/v1/me')).status, 401);
  });
});

describe('persons', () => {
  test('registers a person and normalises the NISS to 11 digits', async () => {
    const niss = generateNiss({ birthDate: '1968-06-01', sequence: 53 });
    const printed = `${niss.slice(0, 2)}.${niss.slice(2, 4)}.${niss.slice(4, 6)}-${niss.slice(6, 9)}.${niss.slice(9)}`;
    const response = await fed.api(marie, 'POST', '/api/v1/persons', {
      niss: printed,
      familyName: 'Dupont',
      givenNames: 'Marc',
      language: 'fr',
    });
    assert.equal(response.status, 201);
    assert.equal(response.body.niss, niss);
    const found = await fed.api(marie, 'GET', `/api/v1/persons?niss=${niss}`);
    assert.equal(found.status, 200);
    assert.equal(found.body.items.length, 1);
    assert.equal(found.body.items[0].id, response.body.id);
  });

  test('refuses an invalid NISS with 422 niss.invalid', async () => {
    const response = await fed.api(marie, 'POST', '/api/v1/persons', { niss: '68060105328', familyName: 'X', givenNames: 'Y' });
    assert.equal(response.status, 422);
    assert.equal(response.body.code, 'niss.invalid');
    assert.equal(response.body.errors[0].path, '/niss');
  });

  test('refuses a second registration of the same NISS with 409 person.exists', async () => {
    const niss = generateNiss({ birthDate: '1980-01-15', sequence: 20 });
    assert.equal((await fed.api(marie, 'POST', '/api/v1/persons', { niss, familyName: 'A', givenNames: 'B' })).status, 201);
    const again = await fed.api(marie, 'POST', '/api/v1/persons', { niss, familyName: 'A', givenNames: 'B' });
    assert.equal(again.status, 409);
    assert.equal(again.body.code, 'person.exists');
  });

  test('records a person without a number under a provisional id, flagged unidentified', async () => {
    const response = await fed.api(marie, 'POST', '/api/v1/persons', { familyName: 'Sans-Numéro', givenNames: 'Alex' });
    assert.equal(response.status, 201);
    assert.equal(response.body.niss, null);
    assert.equal(response.body.isUnidentified, true);
    assert.match(response.body.provisionalId, /^P-/);
  });

  test('a replaced NISS keeps the person and its files reachable from both numbers', async () => {
    const bis = generateNiss({ birthDate: '1985-09-30', sequence: 16, bis: 'sex-known' });
    const national = generateNiss({ birthDate: '1985-09-30', sequence: 16 });
    const person = await fed.api(marie, 'POST', '/api/v1/persons', { niss: bis, familyName: 'Nowak', givenNames: 'Anna' });
    const request = await fed.api(marie, 'POST', '/api/v1/aid-requests', {
      personId: person.body.id,
      kind: 'financial-aid',
      receivedAt: new Date().toISOString(),
    });
    assert.equal(request.status, 201);
    const replaced = await fed.api(marie, 'POST', `/api/v1/persons/${person.body.id}/niss-replacements`, {
      niss: national,
      reason: 'BIS replaced by national register number',
    });
    assert.equal(replaced.status, 201);
    assert.equal(replaced.body.niss, national);
    const byOld = await fed.api(marie, 'GET', `/api/v1/persons?niss=${bis}`);
    assert.equal(byOld.body.items[0].id, person.body.id);
    const requests = await fed.api(marie, 'GET', `/api/v1/aid-requests?personId=${person.body.id}`);
    assert.equal(requests.body.items.length, 1);
  });
});

describe('the life of an aid request', () => {
  let personId: string;
  let requestId: string;
  let decisionId: string;

  test('registering a request issues the acknowledgement, computes deadlines and registers the 17-1 integration', async () => {
    const person = await fed.api(marie, 'POST', '/api/v1/persons', {
      niss: generateNiss({ birthDate: '1992-02-02', sequence: 88 }),
      familyName: 'Martin',
      givenNames: 'Léa',
      language: 'nl',
    });
    personId = person.body.id;
    const response = await fed.api(marie, 'POST', '/api/v1/aid-requests', { personId, kind: 'ris', receivedAt: '2025-03-03T09:15:00Z' });
    assert.equal(response.status, 201);
    requestId = response.body.id;
    assert.equal(response.body.status, 'received');
    assert.match(response.body.acknowledgement.number, /^2025-\d{6}$/);
    assert.ok(response.body.acknowledgement.issuedAt, 'response.body.acknowledgement.issuedAt');
    assert.equal(response.body.deadlines.decisionDue, '2025-04-02');
    assert.equal(response.body.integration.qualityCode, '17-1');
    assert.equal(response.body.integration.status, 'pending');
    assert.equal(response.body.assignedTo[0].displayName, 'Marie Dubois');
  });

  test('the same Idempotency-Key does not create a second request', async () => {
    const body = { personId, kind: 'financial-aid', receivedAt: '2025-03-04T10:00:00Z' };
    const first = await fed.api(marie, 'POST', '/api/v1/aid-requests', body, { 'idempotency-key': 'test-key-0001' });
    const second = await fed.api(marie, 'POST', '/api/v1/aid-requests', body, { 'idempotency-key': 'test-key-0001' });
    assert.equal(first.status, 201);
    assert.equal(second.status, 200);
    assert.equal(second.body.id, first.body.id);
  });

  test('an unknown kind of request is refused with 422', async () => {
    const response = await fed.api(marie, 'POST', '/api/v1/aid-requests', {
      personId,
      kind: 'lottery',
      receivedAt: '2025-03-03T09:15:00Z',
    });
    assert.equal(response.status, 422);
    assert.equal(response.body.code, 'aid-request.unknown-kind');
  });

  test('the acknowledgement prints as a PDF', async () => {
    const response = await fetch(`${fed.baseUrl}/api/v1/aid-requests/${requestId}/acknowledgement?lang=fr`, {
      headers: { authorization: `Bearer ${marie}` },
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/pdf');
    assert.equal(
      Buffer.from(await response.arrayBuffer())
        .subarray(0, 5)
        .toString(),
      '%PDF-',
    );
  });

  test('lists and reads the request', async () => {
    const list = await fed.api(marie, 'GET', `/api/v1/aid-requests?personId=${personId}`);
    assert.equal(list.status, 200);
    assert.ok(
      list.body.items.some(
        (item: { id: string; status: string; kind: string; assignedTo: unknown[] }) =>
          item.id === requestId && item.kind === 'ris' && item.assignedTo.length === 1,
      ),
      'list.body.items.some((item: { id: string; status: string; kind: string; assignedTo: unknown[] }) => item.id === requestI',
    );
    const one = await fed.api(marie, 'GET', `/api/v1/aid-requests/${requestId}`);
    assert.equal(one.status, 200);
    assert.equal(one.body.deadlines.decisionDue, '2025-04-02');
  });

  test('a decision cannot be recorded before the social report is signed', async () => {
    const response = await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/decisions`, {
      decidedAt: '2025-03-20',
      body: 'special-committee',
      aidType: 'ris',
      outcome: 'granted',
      legalBasis: 'ris-law-2002',
      motivationCategory: 'state-of-need-established',
    });
    assert.equal(response.status, 409);
    assert.equal(response.body.code, 'decision.report-not-signed');
  });

  test('signing refuses while a mandatory section is empty, naming the sections', async () => {
    const saved = await fed.api(marie, 'PUT', `/api/v1/aid-requests/${requestId}/social-report`, { sections: { request: REPORT.request } });
    assert.equal(saved.status, 200);
    assert.ok(saved.body.missingSections.includes('homeVisit'), "saved.body.missingSections.includes('homeVisit')");
    const signed = await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/social-report/signature`);
    assert.equal(signed.status, 409);
    assert.equal(signed.body.code, 'report.incomplete');
    assert.ok(
      signed.body.errors.some((error: { path: string }) => error.path === '/sections/willingnessToWork'),
      "signed.body.errors.some((error: { path: string }) => error.path === '/sections/willingnessToWork')",
    );
  });

  test('a complete report is signed by the qualified social worker', async () => {
    assert.equal((await fed.api(marie, 'PUT', `/api/v1/aid-requests/${requestId}/social-report`, { sections: REPORT })).status, 200);
    const signed = await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/social-report/signature`);
    assert.equal(signed.status, 201);
    assert.equal(signed.body.isSigned, true);
    const changed = await fed.api(marie, 'PUT', `/api/v1/aid-requests/${requestId}/social-report`, { sections: REPORT });
    assert.equal(changed.status, 409);
    assert.equal(changed.body.code, 'report.signed');
  });

  test('a requested hearing blocks a RIS refusal until it is held', async () => {
    const hearing = await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/hearings`, { requestedAt: '2025-03-12' });
    assert.equal(hearing.status, 201);
    const refusal = {
      decidedAt: '2025-03-20',
      body: 'special-committee',
      aidType: 'ris',
      outcome: 'refused',
      legalBasis: 'ris-law-2002',
      motivationCategory: 'resources-above-threshold',
    };
    const blocked = await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/decisions`, refusal);
    assert.equal(blocked.status, 409);
    assert.equal(blocked.body.code, 'decision.hearing-pending');
    const held = await fed.api(marie, 'PUT', `/api/v1/aid-requests/${requestId}/hearings/${hearing.body.id}`, {
      heldAt: '2025-03-18',
      attendees: 'comité, demandeur',
      assistedBy: 'délégué syndical',
    });
    assert.equal(held.status, 200);
  });

  test('records the decision with its notification deadline and moves the integration to 17-2', async () => {
    const response = await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/decisions`, {
      decidedAt: '2025-03-20',
      body: 'special-committee',
      aidType: 'ris',
      outcome: 'granted',
      amountCents: 129_874,
      period: { from: '2025-03-03' },
      legalBasis: 'ris-law-2002',
      motivationCategory: 'state-of-need-established',
      motivationText: 'Ressources inférieures au montant du RIS.',
    });
    assert.equal(response.status, 201);
    decisionId = response.body.id;
    assert.equal(response.body.deadlines.notificationDue, '2025-03-28');
    const request = await fed.api(marie, 'GET', `/api/v1/aid-requests/${requestId}`);
    assert.equal(request.body.status, 'decided');
    assert.equal(request.body.integration.qualityCode, '17-2');
  });

  test('records the notification and answers the 3-month appeal deadline', async () => {
    const response = await fed.api(marie, 'POST', `/api/v1/decisions/${decisionId}/notification`, {
      sentAt: '2025-03-24',
      method: 'registered-letter',
      proofRef: 'RR123456789BE',
    });
    assert.equal(response.status, 201);
    assert.equal(response.body.appealDeadline, '2025-06-24');
    const again = await fed.api(marie, 'POST', `/api/v1/decisions/${decisionId}/notification`, {
      sentAt: '2025-03-24',
      method: 'registered-letter',
    });
    assert.equal(again.status, 409);
  });

  test('reads the decision and records an appeal within the window', async () => {
    const decision = await fed.api(marie, 'GET', `/api/v1/decisions/${decisionId}`);
    assert.equal(decision.status, 200);
    assert.equal(decision.body.notification.method, 'registered-letter');
    const appeal = await fed.api(marie, 'POST', `/api/v1/decisions/${decisionId}/appeals`, { kind: 'labour-court', filedAt: '2025-05-01' });
    assert.equal(appeal.status, 201);
    assert.equal(appeal.body.isLate, false);
  });

  test('the decision letter is a PDF in FR, NL and DE', async () => {
    // The court of the CPAS's judicial district, in the letter's language (Forest: Brussels, two labour courts).
    const courts: Record<string, string> = {
      fr: 'Tribunal du travail francophone de Bruxelles, boulevard de Waterloo 70',
      nl: 'Nederlandstalige arbeidsrechtbank Brussel, Waterloolaan 70',
      // German is not a language of the Brussels courts: the official name follows, to write on the envelope.
      de: 'Französischsprachiges Arbeitsgericht Brüssel (Tribunal du travail francophone de Bruxelles), Boulevard de Waterloo 70',
    };
    for (const lang of ['fr', 'nl', 'de']) {
      const response = await fetch(`${fed.baseUrl}/api/v1/decisions/${decisionId}/letter?lang=${lang}`, {
        headers: { authorization: `Bearer ${marie}` },
      });
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), 'application/pdf');
      const pdf = Buffer.from(await response.arrayBuffer());
      assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
      // The appeal paragraph names the CPAS's competent labour court (law of 11 April 1995, art. 14).
      const text = await extractPdfText(pdf);
      assert.ok(includesIgnoringLayout(text, courts[lang]!), `the ${lang} letter names the labour court`);
    }
  });

  test('records that the person was informed', async () => {
    const response = await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/person-informed`, {
      informedAt: '2025-03-05T10:00:00Z',
      method: 'in-person',
    });
    assert.equal(response.status, 201);
    assert.equal(response.body.method, 'in-person');
  });

  test('closing ends the integration', async () => {
    const response = await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/close`, { reason: 'aid ended' });
    assert.equal(response.status, 200);
    assert.equal(response.body.status, 'closed');
    assert.ok(response.body.integration.end, 'response.body.integration.end');
    const again = await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/close`, { reason: 'again' });
    assert.equal(again.status, 409);
    assert.equal(again.body.code, 'aid-request.closed');
  });

  test('the GDPR access report lists data, sources and every access', async () => {
    const forbidden = await fed.api(marie, 'GET', `/api/v1/persons/${personId}/access-report`);
    assert.equal(forbidden.status, 403);
    const advisor = await fed.login('anne.forest');
    const report = await fed.api(advisor, 'GET', `/api/v1/persons/${personId}/access-report`);
    assert.equal(report.status, 200);
    assert.equal(report.body.person.id, personId);
    assert.ok(report.body.aidRequests.length >= 1, 'report.body.aidRequests.length >= 1');
    assert.ok(
      report.body.decisions.some((d: { aidType: string }) => d.aidType === 'ris'),
      "report.body.decisions.some((d: { aidType: string }) => d.aidType === 'ris')",
    );
    assert.ok(
      report.body.accesses.some((a: { action: string; by: string }) => a.action === 'decision.create' && a.by === 'Marie Dubois'),
      "report.body.accesses.some((a: { action: string; by: string }) => a.action === 'decision.create' && a.by === 'Marie Duboi",
    );
    assert.ok(
      report.body.accesses.some((a: { action: string }) => a.action === 'decision.letter.print'),
      "report.body.accesses.some((a: { action: string }) => a.action === 'decision.letter.print')",
    );
  });
});

describe('deadlines and the worklist', () => {
  test('a decision not notified after 8 days appears on the worklist as overdue', async () => {
    const worklist = await fed.api(marie, 'GET', '/api/v1/worklist');
    assert.equal(worklist.status, 200);
    const overdue = worklist.body.items.find((item: { alert: string; personName: string }) => item.alert === 'notification-overdue');
    assert.ok(overdue, 'the seeded decision of 12 days ago is on the worklist');
    assert.equal(overdue.isOverdue, true);
    assert.match(overdue.personName, /Lemaire/);
  });

  test('the worklist paginates', async () => {
    const page = await fed.api(marie, 'GET', '/api/v1/worklist?limit=1&offset=0');
    assert.equal(page.status, 200);
    assert.ok(page.body.items.length <= 1, 'page.body.items.length <= 1');
    assert.ok(page.body.total >= page.body.items.length, 'page.body.total >= page.body.items.length');
  });

  test('a transfer started on day 6 is flagged overdue and keeps the original date', async () => {
    const person = await fed.api(marie, 'POST', '/api/v1/persons', {
      niss: generateNiss({ birthDate: '1970-12-24', sequence: 31 }),
      familyName: 'Renard',
      givenNames: 'Paul',
    });
    const request = await fed.api(marie, 'POST', '/api/v1/aid-requests', {
      personId: person.body.id,
      kind: 'financial-aid',
      receivedAt: '2025-03-03T09:00:00Z',
    });
    const transfer = await fed.api(marie, 'POST', `/api/v1/aid-requests/${request.body.id}/transfer`, {
      toKbo: generateKbo('02070000'),
      toName: 'CPAS d’Ixelles',
      reason: 'résidence habituelle à Ixelles',
      startedAt: '2025-03-09',
      applicantInformedAt: '2025-03-09',
    });
    assert.equal(transfer.status, 201);
    assert.equal(transfer.body.isOverdue, true);
    assert.equal(transfer.body.originalReceivedAt, '2025-03-03');
    const received = await fed.api(marie, 'POST', '/api/v1/aid-requests', {
      personId: person.body.id,
      kind: 'financial-aid',
      receivedAt: '2025-03-10T09:00:00Z',
      transferredFrom: { kbo: fed.tenants.all()[1]!.kbo, receivedAt: '2025-03-03' },
    });
    assert.equal(received.status, 201);
    assert.equal(received.body.originalReceivedAt, '2025-03-03');
  });
});

describe('documents, notes, grants, oversight, statistics, demo', () => {
  test('attaches a supporting document with provenance and retention class', async () => {
    const requests = await fed.api(marie, 'GET', `/api/v1/worklist`);
    const requestId = requests.body.items[0].requestId;
    const added = await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/documents`, {
      type: 'payslip',
      title: 'Fiche de paie janvier',
      documentDate: '2025-01-31',
      source: 'person',
      retentionClass: 'supporting-document',
      mediaType: 'text/plain',
      contentBase64: Buffer.from('salaire').toString('base64'),
    });
    assert.equal(added.status, 201);
    assert.equal(added.body.source, 'person');
    const list = await fed.api(marie, 'GET', `/api/v1/aid-requests/${requestId}/documents`);
    assert.equal(list.body.items.length, 1);
    const content = await fetch(`${fed.baseUrl}/api/v1/aid-requests/${requestId}/documents/${added.body.id}/content`, {
      headers: { authorization: `Bearer ${marie}` },
    });
    assert.equal(await content.text(), 'salaire');
  });

  test('indicators are for the security advisor only', async () => {
    assert.equal((await fed.api(marie, 'GET', '/api/v1/oversight/indicators')).status, 403);
    const advisor = await fed.login('anne.forest');
    const response = await fed.api(advisor, 'GET', '/api/v1/oversight/indicators?from=2020-01-01&to=2030-12-31');
    assert.equal(response.status, 200);
    assert.ok(Array.isArray(response.body.items), 'Array.isArray(response.body.items)');
    for (const item of response.body.items) assert.equal(typeof item.threshold, 'number');
  });

  test('statistics are aggregated with small cells suppressed', async () => {
    const response = await fed.api(sophie, 'GET', '/api/v1/statistics?from=2020-01-01&to=2030-12-31');
    assert.equal(response.status, 200);
    for (const cell of response.body.cells) assert.ok(cell.count === null || cell.count >= 5, 'cell.count === null || cell.count >= 5');
    assert.doesNotMatch(response.text, /\d{11}/);
  });

  test('the demo endpoint lists accounts and the moved scenario', async () => {
    const response = await fed.api(null, 'GET', '/api/v1/demo');
    assert.equal(response.status, 200);
    assert.ok(
      response.body.accounts.some(
        (a: { username: string; institution: { kbo: string } }) => a.username === 'marie.forest' && /^\d{10}$/.test(a.institution.kbo),
      ),
      "response.body.accounts.some((a: { username: string; institution: { kbo: string } }) => a.username === 'marie.forest' && ",
    );
    assert.ok(
      response.body.persons.some((p: { scenario: string; niss: string }) => p.scenario === 'moved' && /^\d{11}$/.test(p.niss)),
      "response.body.persons.some((p: { scenario: string; niss: string }) => p.scenario === 'moved' && /^\\d{11}$/.test(p.niss))",
    );
  });

  test('health, readiness and the OpenAPI document answer', async () => {
    assert.equal((await fed.api(null, 'GET', '/healthz')).status, 200);
    assert.equal((await fed.api(null, 'GET', '/readyz')).status, 200);
    const openapi = await fed.api(null, 'GET', '/openapi.json');
    assert.equal(openapi.status, 200);
    assert.ok(openapi.body.paths['/api/v1/aid-requests/{id}/decisions'], "openapi.body.paths['/api/v1/aid-requests/{id}/decisions']");
    assert.ok(openapi.body.paths['/api/v1/persons'], "openapi.body.paths['/api/v1/persons']");
  });
});
