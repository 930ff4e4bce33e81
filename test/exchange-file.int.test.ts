/**
 * The social file's exchanges over HTTP, on a real PostgreSQL and a real hub (issue 11, items 3 and 5):
 * a transfer to the competent CPAS between two demo CPAS (R7) with the letter to the person, the signed
 * message through the hub, the receiving CPAS's acceptance or dispute and its referral to the SPP IS;
 * bad input answered with problem+json, never a 500; a worker not on the file gets 404.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestFederation, type TestFederation } from './federation.ts';
import { extractPdfText } from './pdf-text.ts';
import { DEMO_PERSONS, FOREST, MOLENBEEK } from '#casework/modules/demo/demo-federation.ts';
import { DEMO_PORTAL_STATEMENT } from '#casework/modules/demo/demo-portal-reply.ts';
import { generateNiss } from '#contracts/niss.ts';

let fed: TestFederation;
let marie: string;
let luc: string;
let julie: string;
let sarah: string;

before(async () => {
  fed = await startTestFederation({ providerTimeoutMs: 1_500 });
  marie = await fed.login('marie.forest');
  luc = await fed.login('luc.forest');
  julie = await fed.login('julie.molenbeek');
  sarah = await fed.login('sarah.molenbeek');
  await fed.services.relay.flush();
});
after(async () => fed?.close());

const isProblem = (response: { headers: Headers }) => /application\/problem\+json/.test(response.headers.get('content-type') ?? '');
const today = () => new Date().toISOString().slice(0, 10);

async function deliverEverything() {
  await fed.services.relay.flush();
  await fed.hub.transfers.deliverDue();
  await fed.services.relay.flush();
  await fed.hub.transfers.deliverDue();
}

/** A new person with a new request at Forest, held by Marie. */
async function newRequestAtForest(familyName: string, sequence: number) {
  const niss = generateNiss({ birthDate: '1992-06-15', sequence });
  const person = await fed.api(marie, 'POST', '/api/v1/persons', {
    niss,
    familyName,
    givenNames: 'Samira',
    birthDate: '1992-06-15',
    language: 'fr',
  });
  assert.equal(person.status, 201, person.text);
  const request = await fed.api(marie, 'POST', '/api/v1/aid-requests', {
    personId: person.body.id,
    kind: 'ris',
    receivedAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
  });
  assert.equal(request.status, 201, request.text);
  return {
    niss,
    personId: person.body.id as string,
    requestId: request.body.id as string,
    originalReceivedAt: request.body.originalReceivedAt,
  };
}

async function pdfOf(token: string, url: string) {
  const response = await fetch(`${fed.baseUrl}${url}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, type: response.headers.get('content-type'), bytes: Buffer.from(await response.arrayBuffer()) };
}

describe('a transfer to the competent CPAS between two demo CPAS (R7)', () => {
  let file: Awaited<ReturnType<typeof newRequestAtForest>>;
  let incomingId: string;

  test('the transfer is recorded, queued for the hub, and the person gets a letter in their language', async () => {
    file = await newRequestAtForest('Transfert-Accepte', 611);
    const destinations = await fed.api(marie, 'GET', '/api/v1/transfer-destinations');
    assert.equal(destinations.status, 200, destinations.text);
    const kbos = destinations.body.items.map((item: { kbo: string }) => item.kbo);
    assert.ok(kbos.includes(MOLENBEEK.kbo), 'Molenbeek is a destination');
    assert.ok(!kbos.includes(FOREST.kbo), 'not the CPAS itself');
    const transfer = await fed.api(marie, 'POST', `/api/v1/aid-requests/${file.requestId}/transfer`, {
      toKbo: MOLENBEEK.kbo,
      toName: MOLENBEEK.name,
      reason: 'Résidence habituelle à Molenbeek depuis janvier.',
      startedAt: today(),
      applicantInformedAt: today(),
    });
    assert.equal(transfer.status, 201, transfer.text);
    assert.equal(transfer.body.status, 'transferred');
    assert.equal(transfer.body.hubStatus, 'queued');
    assert.equal(transfer.body.isOverdue, false, 'within the five days');
    const pdf = await pdfOf(marie, transfer.body.noticeLetter);
    assert.equal(pdf.status, 200);
    assert.equal(pdf.type, 'application/pdf');
    const text = await extractPdfText(pdf.bytes);
    assert.match(text, /Transmission de votre demande au CPAS compétent/, 'French title');
    assert.match(text, /Résidence habituelle à Molenbeek/, 'the reason');
    assert.match(text, /SPP Intégration\s+sociale/, 'the SPP IS in case of dispute');
    const dutch = await extractPdfText((await pdfOf(marie, `${transfer.body.noticeLetter}?lang=nl`)).bytes);
    assert.match(dutch, /Doorzending van uw aanvraag naar het bevoegde OCMW/, 'in Dutch on request');
  });

  test('a worker not on the file can neither transfer it nor print its letter', async () => {
    const other = await newRequestAtForest('Transfert-Autre', 612);
    const body = {
      toKbo: MOLENBEEK.kbo,
      toName: MOLENBEEK.name,
      reason: 'Déménagement.',
      startedAt: today(),
      applicantInformedAt: today(),
    };
    const refused = await fed.api(luc, 'POST', `/api/v1/aid-requests/${other.requestId}/transfer`, body);
    assert.equal(refused.status, 404, refused.text);
    assert.ok(isProblem(refused), 'problem+json');
    const letter = await fed.api(luc, 'GET', `/api/v1/aid-requests/${file.requestId}/transfer/notice.pdf`);
    assert.equal(letter.status, 404);
    const state = await fed.api(luc, 'GET', `/api/v1/aid-requests/${file.requestId}/transfer`);
    assert.equal(state.status, 404);
  });

  test('the receiving CPAS finds the transfer among those received, with the original date', async () => {
    await deliverEverything();
    const list = await fed.api(julie, 'GET', '/api/v1/incoming-transfers?status=received');
    assert.equal(list.status, 200, list.text);
    const item = list.body.items.find((entry: { person: { familyName: string } }) => entry.person.familyName === 'Transfert-Accepte');
    assert.ok(item, 'the transfer reached Molenbeek');
    assert.equal(item.from.kbo, FOREST.kbo);
    assert.equal(item.originalReceivedAt, file.originalReceivedAt.slice(0, 10));
    assert.equal(item.person.niss, file.niss);
    assert.match(item.escalationDue, /^\d{4}-\d{2}-\d{2}$/);
    incomingId = item.id;
    const forestList = await fed.api(marie, 'GET', '/api/v1/incoming-transfers');
    assert.ok(
      !forestList.body.items.some((entry: { id: string }) => entry.id === incomingId),
      'Forest does not see what Molenbeek received',
    );
  });

  test('accepting it opens a request at the receiving CPAS that keeps the original date, and the first CPAS is told', async () => {
    const accepted = await fed.api(sarah, 'POST', `/api/v1/incoming-transfers/${incomingId}/accept`, {});
    assert.equal(accepted.status, 200, accepted.text);
    assert.equal(accepted.body.status, 'accepted');
    const request = await fed.api(sarah, 'GET', `/api/v1/aid-requests/${accepted.body.requestId}`);
    assert.equal(request.status, 200, request.text);
    assert.equal(request.body.originalReceivedAt.slice(0, 10), file.originalReceivedAt.slice(0, 10), 'original date kept');
    assert.equal(request.body.transferredFromKbo, FOREST.kbo);
    const again = await fed.api(sarah, 'POST', `/api/v1/incoming-transfers/${incomingId}/accept`, {});
    assert.equal(again.status, 409);
    assert.equal(again.body.code, 'incoming-transfer.decided');
    await deliverEverything();
    const state = await fed.api(marie, 'GET', `/api/v1/aid-requests/${file.requestId}/transfer`);
    assert.equal(state.body.hubStatus, 'accepted', state.text);
    const worklist = await fed.api(marie, 'GET', '/api/v1/worklist?limit=200');
    assert.ok(
      worklist.body.items.some(
        (item: { requestId: string; alert: string }) => item.requestId === file.requestId && item.alert === 'transfer-accepted',
      ),
      'on the worklist of the first CPAS',
    );
  });

  test('a dispute is told to the first CPAS and referred to the SPP IS once', async () => {
    const disputed = await newRequestAtForest('Transfert-Conteste', 613);
    await fed.api(marie, 'POST', `/api/v1/aid-requests/${disputed.requestId}/transfer`, {
      toKbo: MOLENBEEK.kbo,
      toName: MOLENBEEK.name,
      reason: 'Adresse déclarée à Molenbeek.',
      startedAt: today(),
      applicantInformedAt: today(),
    });
    await deliverEverything();
    const list = await fed.api(julie, 'GET', '/api/v1/incoming-transfers?status=received');
    const item = list.body.items.find((entry: { person: { familyName: string } }) => entry.person.familyName === 'Transfert-Conteste');
    const early = await fed.api(julie, 'POST', `/api/v1/incoming-transfers/${item.id}/escalation`, {
      escalatedAt: today(),
      reference: 'X',
    });
    assert.equal(early.status, 409);
    assert.equal(early.body.code, 'incoming-transfer.not-disputed');
    const dispute = await fed.api(julie, 'POST', `/api/v1/incoming-transfers/${item.id}/dispute`, {
      reason: 'Aucune résidence à Molenbeek : la personne vit toujours à Forest.',
    });
    assert.equal(dispute.status, 200, dispute.text);
    assert.equal(dispute.body.status, 'disputed');
    const future = await fed.api(julie, 'POST', `/api/v1/incoming-transfers/${item.id}/escalation`, {
      escalatedAt: '2999-01-01',
      reference: 'SPP-1',
    });
    assert.equal(future.status, 422);
    const escalated = await fed.api(julie, 'POST', `/api/v1/incoming-transfers/${item.id}/escalation`, {
      escalatedAt: today(),
      reference: 'SPPIS-2026-0042',
    });
    assert.equal(escalated.status, 200, escalated.text);
    assert.equal(escalated.body.escalationRef, 'SPPIS-2026-0042');
    const twice = await fed.api(julie, 'POST', `/api/v1/incoming-transfers/${item.id}/escalation`, {
      escalatedAt: today(),
      reference: 'X',
    });
    assert.equal(twice.body.code, 'incoming-transfer.escalated');
    await deliverEverything();
    const state = await fed.api(marie, 'GET', `/api/v1/aid-requests/${disputed.requestId}/transfer`);
    assert.equal(state.body.hubStatus, 'disputed');
    assert.match(state.body.answerReason, /vit toujours à Forest/);
    const legs = await fed.hub.db.query<{ leaf: Buffer }>('SELECT leaf FROM log_leaves ORDER BY leaf_index');
    const types = legs.map((row) => JSON.parse(row.leaf.toString()).type as string);
    assert.ok(types.includes('transfer.forwarded'), 'logged at the hub');
    const stored = await fed.hub.db.query<{ content: string }>('SELECT content FROM transfer_messages');
    assert.ok(
      stored.every((row) => !row.content.includes('Transfert') && !row.content.includes(disputed.niss)),
      'the hub holds no readable content',
    );
  });

  test('bad input answers problem+json, never a 500', async () => {
    const target = await newRequestAtForest('Transfert-Invalide', 614);
    const cases: [string, string, unknown][] = [
      [
        'POST',
        `/api/v1/aid-requests/${target.requestId}/transfer`,
        { toKbo: '123', toName: 'x', reason: 'x', startedAt: today(), applicantInformedAt: today() },
      ],
      [
        'POST',
        `/api/v1/aid-requests/${target.requestId}/transfer`,
        { toKbo: FOREST.kbo, toName: 'x', reason: 'x', startedAt: today(), applicantInformedAt: today() },
      ],
      ['POST', `/api/v1/aid-requests/${target.requestId}/transfer`, { toKbo: MOLENBEEK.kbo }],
      ['GET', '/api/v1/aid-requests/not-an-id/transfer', undefined],
      ['GET', `/api/v1/aid-requests/${target.requestId}/transfer/notice.pdf?lang=xx`, undefined],
      ['GET', `/api/v1/aid-requests/${target.requestId}/transfer`, undefined],
      ['GET', '/api/v1/incoming-transfers?status=lost', undefined],
      ['GET', '/api/v1/incoming-transfers/not-an-id', undefined],
      ['POST', '/api/v1/incoming-transfers/00000000-0000-4000-8000-000000000000/accept', {}],
      ['POST', '/api/v1/incoming-transfers/not-an-id/dispute', { reason: 'x' }],
      ['POST', '/api/v1/incoming-transfers/00000000-0000-4000-8000-000000000000/dispute', { reason: '' }],
      ['POST', '/api/v1/incoming-transfers/00000000-0000-4000-8000-000000000000/escalation', { escalatedAt: 'yesterday', reference: 'x' }],
    ];
    for (const [method, url, body] of cases) {
      const response = await fed.api(marie, method, url, body);
      assert.ok(response.status >= 400 && response.status < 500, `${method} ${url}: ${response.status} ${response.text}`);
      assert.ok(isProblem(response), `${method} ${url} answers problem+json`);
    }
    const anonymous = await fed.api(null, 'GET', '/api/v1/incoming-transfers');
    assert.equal(anonymous.status, 401);
    const advisor = await fed.login('anne.forest');
    const forbidden = await fed.api(advisor, 'GET', '/api/v1/incoming-transfers');
    assert.equal(forbidden.status, 403);
  });
});

describe('withholding a person’s summary (R31)', () => {
  test('the demo withholds Thomas at Forest: the reason is shown, the explanation stays local', async () => {
    const sophie = await fed.login('sophie.forest');
    const thomas = DEMO_PERSONS.find((p) => p.key === 'thomas')!;
    const found = await fed.api(sophie, 'GET', `/api/v1/persons?niss=${thomas.niss}`);
    const withholding = await fed.api(sophie, 'GET', `/api/v1/persons/${found.body.items[0].id}/withholding`);
    assert.equal(withholding.status, 200, withholding.text);
    assert.equal(withholding.body.isWithheld, true);
    assert.equal(withholding.body.reasonCode, 'victim-protection');
    assert.equal(withholding.body.history.length, 1);
  });

  test('a worker on the file withholds and lifts; a consultation then gets withheld with the reason code only', async () => {
    const nadia = DEMO_PERSONS.find((p) => p.key === 'nadia')!;
    const atMolenbeek = await fed.api(sarah, 'GET', `/api/v1/persons?niss=${nadia.niss}`);
    const personId = atMolenbeek.body.items[0].id as string;
    const missingNote = await fed.api(sarah, 'PUT', `/api/v1/persons/${personId}/withholding`, { reasonCode: 'other' });
    assert.equal(missingNote.status, 422);
    assert.equal(missingNote.body.code, 'withholding.note-required');
    const withheld = await fed.api(sarah, 'PUT', `/api/v1/persons/${personId}/withholding`, {
      reasonCode: 'legal-proceedings',
      note: 'SECRET-NOTE-R31 procédure au tribunal de la famille',
    });
    assert.equal(withheld.status, 200, withheld.text);
    assert.equal(withheld.body.isWithheld, true);

    const atForest = await fed.api(marie, 'GET', `/api/v1/persons?niss=${nadia.niss}`);
    const requests = await fed.api(marie, 'GET', `/api/v1/aid-requests?personId=${atForest.body.items[0].id}`);
    const requestId = requests.body.items[0].id as string;
    await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/person-informed`, {
      informedAt: new Date().toISOString(),
      method: 'in-person',
    });
    const consulted = await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/rse-consultations`, {
      purpose: 'social-investigation',
    });
    assert.equal(consulted.status, 201, consulted.text);
    const molenbeek = consulted.body.responses.find((r: { provider: { kbo: string } }) => r.provider.kbo === MOLENBEEK.kbo);
    assert.equal(molenbeek.status, 'withheld');
    assert.equal(molenbeek.reasonCode, 'legal-proceedings');
    assert.ok(!consulted.text.includes('SECRET-NOTE-R31'), 'the explanation never leaves Molenbeek');

    const lifted = await fed.api(sarah, 'DELETE', `/api/v1/persons/${personId}/withholding`, { note: 'Procédure terminée.' });
    assert.equal(lifted.status, 200, lifted.text);
    assert.equal(lifted.body.isWithheld, false);
    assert.deepEqual(
      lifted.body.history.map((e: { action: string }) => e.action),
      ['lifted', 'withheld'],
    );
    const again = await fed.api(sarah, 'DELETE', `/api/v1/persons/${personId}/withholding`, {});
    assert.equal(again.status, 409);
    assert.equal(again.body.code, 'withholding.not-withheld');
  });

  test('a worker without a file of the person gets 404; bad input gets problem+json', async () => {
    const thomas = DEMO_PERSONS.find((p) => p.key === 'thomas')!;
    const sophie = await fed.login('sophie.forest');
    const found = await fed.api(sophie, 'GET', `/api/v1/persons?niss=${thomas.niss}`);
    const personId = found.body.items[0].id as string;
    const unassigned = await fed.api(marie, 'GET', `/api/v1/persons/${personId}/withholding`);
    assert.equal(unassigned.status, 404);
    const write = await fed.api(marie, 'PUT', `/api/v1/persons/${personId}/withholding`, { reasonCode: 'victim-protection' });
    assert.equal(write.status, 404);
    const cases: [string, string, unknown][] = [
      ['PUT', `/api/v1/persons/${personId}/withholding`, { reasonCode: 'because' }],
      ['PUT', `/api/v1/persons/${personId}/withholding`, { reasonCode: 'other', note: 'x'.repeat(1001) }],
      ['PUT', `/api/v1/persons/${personId}/withholding`, { reasonCode: 'other', extra: 1 }],
      ['GET', '/api/v1/persons/not-an-id/withholding', undefined],
      ['DELETE', '/api/v1/persons/not-an-id/withholding', {}],
    ];
    for (const [method, url, body] of cases) {
      const response = await fed.api(sophie, method, url, body);
      assert.ok(response.status >= 400 && response.status < 500, `${method} ${url}: ${response.status} ${response.text}`);
      assert.ok(isProblem(response), `${method} ${url} answers problem+json`);
    }
  });
});

describe('what the person sends, followed up in the file (R39, R40)', () => {
  let requestId: string;

  test('the statement and the contest of the demo are readable in full on the file, and on the worklist in words', async () => {
    const jean = DEMO_PERSONS.find((p) => p.key === 'jean')!;
    const person = await fed.api(marie, 'GET', `/api/v1/persons?niss=${jean.niss}`);
    const requests = await fed.api(marie, 'GET', `/api/v1/aid-requests?personId=${person.body.items[0].id}`);
    requestId = requests.body.items[0].id;
    const list = await fed.api(marie, 'GET', `/api/v1/aid-requests/${requestId}/person-requests`);
    assert.equal(list.status, 200, list.text);
    assert.equal(list.body.statements.length, 2, 'the one the hub delivered and the one Jean sent from the portal');
    const delivered = list.body.statements.find((s: { text: string }) => /mon fils habite chez moi/.test(s.text));
    assert.equal(delivered?.status, 'received', list.text);
    const fromPortal = list.body.statements.find((s: { text: string }) => s.text === DEMO_PORTAL_STATEMENT);
    assert.equal(fromPortal?.status, 'answered', 'answered by the demo, the answer on its way back to the portal');
    assert.equal(fromPortal?.isAnsweredInPortal, true, list.text);
    assert.equal(list.body.contests.length, 1);
    assert.match(list.body.contests[0].text, /412 euros/);
    assert.equal(list.body.contests[0].status, 'received');
    const denied = await fed.api(luc, 'GET', `/api/v1/aid-requests/${requestId}/person-requests`);
    assert.equal(denied.status, 404, 'a worker not on the file');
  });

  test('answering the statement handles its worklist notice; a second answer is refused', async () => {
    const list = await fed.api(marie, 'GET', `/api/v1/aid-requests/${requestId}/person-requests`);
    const statement = list.body.statements.find((s: { status: string }) => s.status === 'received');
    const empty = await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/person-statements/${statement.id}/reply`, { reply: '' });
    assert.equal(empty.status, 422);
    const replied = await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/person-statements/${statement.id}/reply`, {
      reply: 'Merci, nous en tiendrons compte lors de la révision de votre dossier.',
    });
    assert.equal(replied.status, 200, replied.text);
    assert.equal(replied.body.status, 'answered');
    const again = await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/person-statements/${statement.id}/reply`, { reply: 'x' });
    assert.equal(again.status, 409);
    assert.equal(again.body.code, 'person-statement.answered');
    const worklist = await fed.api(marie, 'GET', '/api/v1/worklist?limit=200');
    const notices = worklist.body.items.filter((item: { requestId: string; alert: string }) => item.requestId === requestId);
    assert.ok(!notices.some((item: { alert: string }) => item.alert === 'person-statement'), 'statement notice handled');
    assert.ok(
      notices.some((item: { alert: string }) => item.alert === 'person-contest'),
      'contest notice still open',
    );
  });

  test('a contest goes under review, then gets its outcome; a rejected contest gives the decision back its status', async () => {
    const list = await fed.api(marie, 'GET', `/api/v1/aid-requests/${requestId}/person-requests`);
    const contest = list.body.contests[0];
    const file = await fed.api(marie, 'GET', `/api/v1/aid-requests/${requestId}`);
    assert.equal(file.body.decisions[0].status, 'contested');
    const review = await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/person-contests/${contest.id}/review`);
    assert.equal(review.status, 200, review.text);
    assert.equal(review.body.status, 'under-review');
    const twice = await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/person-contests/${contest.id}/review`);
    assert.equal(twice.body.code, 'person-contest.not-received');
    const bad = await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/person-contests/${contest.id}/outcome`, {
      outcome: 'maybe',
      motivation: 'x',
    });
    assert.equal(bad.status, 422);
    const decided = await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/person-contests/${contest.id}/outcome`, {
      outcome: 'rejected',
      motivation: 'La facture a été prise en compte dans le calcul : voir la page 2 de la décision.',
    });
    assert.equal(decided.status, 200, decided.text);
    assert.equal(decided.body.status, 'rejected');
    const after = await fed.api(marie, 'GET', `/api/v1/aid-requests/${requestId}`);
    assert.equal(after.body.decisions[0].status, 'final', 'the decision is shared as final again');
    const done = await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/person-contests/${contest.id}/outcome`, {
      outcome: 'upheld',
      motivation: 'again',
    });
    assert.equal(done.body.code, 'person-contest.decided');
  });

  test('unknown ids and bad bodies answer problem+json, never a 500', async () => {
    const cases: [string, string, unknown][] = [
      ['GET', '/api/v1/aid-requests/not-an-id/person-requests', undefined],
      ['POST', `/api/v1/aid-requests/${requestId}/person-statements/not-an-id/reply`, { reply: 'x' }],
      ['POST', `/api/v1/aid-requests/${requestId}/person-statements/00000000-0000-4000-8000-000000000000/reply`, { reply: 'x' }],
      ['POST', `/api/v1/aid-requests/${requestId}/person-statements/00000000-0000-4000-8000-000000000000/reply`, { text: 'x' }],
      ['POST', `/api/v1/aid-requests/${requestId}/person-contests/not-an-id/review`, undefined],
      [
        'POST',
        `/api/v1/aid-requests/${requestId}/person-contests/00000000-0000-4000-8000-000000000000/outcome`,
        { outcome: 'upheld', motivation: 'x' },
      ],
    ];
    for (const [method, url, body] of cases) {
      const response = await fed.api(marie, method, url, body);
      assert.ok(response.status >= 400 && response.status < 500, `${method} ${url}: ${response.status} ${response.text}`);
      assert.ok(isProblem(response), `${method} ${url} answers problem+json`);
    }
  });
});

describe('an item received from another CPAS attached to the file (R35)', () => {
  test('a decision of Molenbeek’s summary is attached with a justification, once, and stays readable as received', async () => {
    const nadia = DEMO_PERSONS.find((p) => p.key === 'nadia')!;
    const atForest = await fed.api(marie, 'GET', `/api/v1/persons?niss=${nadia.niss}`);
    const requests = await fed.api(marie, 'GET', `/api/v1/aid-requests?personId=${atForest.body.items[0].id}`);
    const requestId = requests.body.items[0].id as string;
    const consulted = await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/rse-consultations`, {
      purpose: 'social-investigation',
    });
    assert.equal(consulted.status, 201, consulted.text);
    const molenbeek = consulted.body.responses.find((r: { provider: { kbo: string } }) => r.provider.kbo === MOLENBEEK.kbo);
    assert.equal(molenbeek.status, 'answered', 'answered again once the withholding was lifted');
    const decisionRef = molenbeek.summary.decisions[0].ref as string;
    const body = {
      consultationId: consulted.body.id,
      providerKbo: MOLENBEEK.kbo,
      decisionRef,
      justification: 'Montant du RIS accordé à Molenbeek nécessaire pour le calcul de la période de transition.',
    };
    const short = await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/attached-items`, { ...body, justification: 'court' });
    assert.equal(short.status, 422);
    const unknown = await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/attached-items`, { ...body, decisionRef: 'NOPE' });
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.code, 'attached-item.not-found');
    const attached = await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/attached-items`, body);
    assert.equal(attached.status, 201, attached.text);
    assert.equal(attached.body.provider.kbo, MOLENBEEK.kbo);
    assert.equal(attached.body.item.decision.ref, decisionRef);
    const twice = await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/attached-items`, body);
    assert.equal(twice.status, 409);
    assert.equal(twice.body.code, 'attached-item.exists');
    const list = await fed.api(marie, 'GET', `/api/v1/aid-requests/${requestId}/attached-items`);
    assert.equal(list.body.items.length, 1);
    const denied = await fed.api(luc, 'GET', `/api/v1/aid-requests/${requestId}/attached-items`);
    assert.equal(denied.status, 404, 'a worker not on the file');
    const deniedWrite = await fed.api(luc, 'POST', `/api/v1/aid-requests/${requestId}/attached-items`, body);
    assert.equal(deniedWrite.status, 404);
    const malformed = await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/attached-items`, { ...body, extra: true });
    assert.equal(malformed.status, 422);
    assert.ok(isProblem(malformed), 'problem+json');
  });
});
