/**
 * The disclosure workflow for lawful written requests (R26, R27): no disclosure without legal
 * basis, a second approving officer and an explicit item selection; exported once; shown in the
 * person's access report unless a legal deferral is recorded; no confidential note can be selected
 * or reach an export (R25); and no route of the casework node exports or lists several persons'
 * data outside a reviewed allowlist, nor sends anything to police or justice by itself.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import Fastify from 'fastify';
import { csrfOf, keyOf, webLoggedIn } from './web-browser.ts';
import { startTestFederation, type TestFederation } from './federation.ts';
import { extractPdfText, includesIgnoringLayout } from './pdf-text.ts';
import { caseworkPlugin } from '#casework/casework.ts';
import { DEMO_PASSWORD, DEMO_PERSONS, FOREST } from '#casework/modules/demo/demo-federation.ts';

const DAY = 86_400_000;
let offsetMs = 0;
const clock = () => new Date(Date.now() + offsetMs);
const dateIn = (days: number) => new Date(clock().getTime() + days * DAY).toISOString().slice(0, 10);

let fed: TestFederation;
let sophie: string;
let anne: string;
let marie: string;
let karim: string;
let jean: { personId: string; requestId: string; decisionRef: string; niss: string };
let fatouRequestId: string;
const NOTE_MARKER = `SECRET-NOTE-${randomBytes(6).toString('hex')}`;
const MOTIVATION = 'Les ressources du demandeur sont insuffisantes.';

const db = () => fed.tenants.byKbo(FOREST.kbo)!.db;

const request = (overrides: Record<string, unknown> = {}) => ({
  personId: jean.personId,
  recipient: { authority: 'Procureur du Roi de Bruxelles', name: 'Substitut A. Martin', language: 'fr' },
  legalBasis: 'art-46bis1-cic',
  requestReference: `BR.${randomBytes(3).toString('hex')}/2026`,
  requestDate: dateIn(-2),
  statedScope: 'Identité et aides accordées depuis 2025.',
  ...overrides,
});

/** Records a request as Sophie, selects items as Sophie, and approves it as Anne. */
async function approvedDisclosure(
  overrides: Record<string, unknown> = {},
  items: unknown[] = [{ type: 'identity' }, { type: 'decision', ref: jean.decisionRef }],
) {
  const recorded = await fed.api(sophie, 'POST', '/api/v1/disclosures', request(overrides));
  assert.equal(recorded.status, 201, recorded.text);
  assert.equal((await fed.api(sophie, 'PUT', `/api/v1/disclosures/${recorded.body.id}/items`, { items })).status, 200);
  const approved = await fed.api(anne, 'POST', `/api/v1/disclosures/${recorded.body.id}/review`, {
    verdict: 'approve',
    assessment: 'Demande écrite, art. 46bis/1 §1 applicable, éléments limités.',
  });
  assert.equal(approved.status, 200, approved.text);
  return recorded.body.id as string;
}

const disclosuresInReport = async (personId: string) => {
  const report = await fed.api(anne, 'GET', `/api/v1/persons/${personId}/access-report`);
  assert.equal(report.status, 200, report.text);
  return report.body as {
    disclosures: { recipient: string; legalBasis: string; items: unknown[]; at: string }[];
    accesses: { action: string; recordType: string }[];
  };
};

before(async () => {
  fed = await startTestFederation({ clock });
  [sophie, anne, marie, karim] = await Promise.all([
    fed.login('sophie.forest'),
    fed.login('anne.forest'),
    fed.login('marie.forest'),
    fed.login('karim.forest'),
  ]);
  const row = await db().one<{ person_id: string; request_id: string; ref: string; niss: string }>(
    `SELECT p.id AS person_id, r.id AS request_id, d.ref, p.niss FROM persons p JOIN aid_requests r ON r.person_id = p.id JOIN decisions d ON d.request_id = r.id WHERE p.family_name = 'Lemaire'`,
  );
  jean = { personId: row!.person_id, requestId: row!.request_id, decisionRef: row!.ref, niss: row!.niss };
  fatouRequestId = (await db().one<{ id: string }>(
    `SELECT r.id FROM aid_requests r JOIN persons p ON p.id = r.person_id WHERE p.family_name = 'Diallo'`,
  ))!.id;
  // A confidence in Jean's file, with a text that must never appear in any export.
  const note = await fed.api(marie, 'POST', `/api/v1/aid-requests/${jean.requestId}/notes`, {
    text: `${NOTE_MARKER} — confidence recueillie en entretien.`,
    visibility: 'team',
  });
  assert.equal(note.status, 201, note.text);
});
after(async () => fed?.close());

describe('recording a written request (R26)', () => {
  test('without a legal basis nothing is recorded', async () => {
    const before = (await db().one<{ count: number }>('SELECT count(*)::int AS count FROM disclosures'))!.count;
    const missing = await fed.api(sophie, 'POST', '/api/v1/disclosures', request({ legalBasis: undefined }));
    assert.equal(missing.status, 422);
    assert.equal(missing.body.code, 'disclosure.legal-basis-required');
    const unknown = await fed.api(sophie, 'POST', '/api/v1/disclosures', request({ legalBasis: 'police-request' }));
    assert.equal(unknown.status, 422);
    assert.equal(unknown.body.code, 'disclosure.legal-basis-required');
    const noProvision = await fed.api(sophie, 'POST', '/api/v1/disclosures', request({ legalBasis: 'other-legal-obligation' }));
    assert.equal(noProvision.status, 422);
    assert.equal(noProvision.body.code, 'disclosure.legal-reference-required');
    assert.equal(
      (await db().one<{ count: number }>('SELECT count(*)::int AS count FROM disclosures'))!.count,
      before,
      'no half-written disclosure',
    );
  });

  test('a social worker or a committee member cannot record or list disclosures, and the refusal is audited', async () => {
    for (const token of [marie, karim]) {
      const response = await fed.api(token, 'POST', '/api/v1/disclosures', request());
      assert.equal(response.status, 403);
      assert.equal(response.body.code, 'disclosure.forbidden');
      assert.equal((await fed.api(token, 'GET', '/api/v1/disclosures')).status, 403);
    }
    const denied = await db().query(`SELECT 1 FROM audit_events WHERE action = 'disclosure.record' AND outcome = 'denied'`);
    assert.ok(denied.length >= 2, 'each refused attempt is in the audit log');
  });

  test('the person is found by NISS, and an unknown NISS is refused clearly', async () => {
    const byNiss = await fed.api(anne, 'POST', '/api/v1/disclosures', request({ personId: undefined, niss: jean.niss }));
    assert.equal(byNiss.status, 201, byNiss.text);
    assert.equal(byNiss.body.person.id, jean.personId);
    assert.equal(byNiss.body.status, 'recorded');
    assert.deepEqual(byNiss.body.items, [], 'nothing is selected by default');
    const unknown = await fed.api(anne, 'POST', '/api/v1/disclosures', request({ personId: undefined, niss: '00000000097' }));
    assert.equal(unknown.status, 422);
    assert.equal(unknown.body.code, 'disclosure.person-unknown');
  });
});

describe('item selection and review (R25, R26)', () => {
  test('the catalogue has identity, aid requests and decisions of that person only — never a note', async () => {
    const recorded = await fed.api(sophie, 'POST', '/api/v1/disclosures', request());
    const detail = await fed.api(anne, 'GET', `/api/v1/disclosures/${recorded.body.id}`);
    assert.equal(detail.status, 200);
    const types = new Set((detail.body.selectable as { item: { type: string } }[]).map((entry) => entry.item.type));
    assert.deepEqual([...types].sort(), ['aid-request', 'decision', 'identity']);
    assert.ok(!detail.text.includes(NOTE_MARKER), 'the catalogue shows no note');

    const noteItem = await fed.api(sophie, 'PUT', `/api/v1/disclosures/${recorded.body.id}/items`, {
      items: [{ type: 'note', id: jean.requestId }],
    });
    assert.ok(noteItem.status === 400 || noteItem.status === 422, `a note is not an item type (got ${noteItem.status})`);
    const otherPerson = await fed.api(sophie, 'PUT', `/api/v1/disclosures/${recorded.body.id}/items`, {
      items: [{ type: 'aid-request', id: fatouRequestId }],
    });
    assert.equal(otherPerson.status, 422);
    assert.equal(otherPerson.body.code, 'disclosure.item-unknown');
    const empty = await fed.api(sophie, 'PUT', `/api/v1/disclosures/${recorded.body.id}/items`, { items: [] });
    assert.equal(empty.status, 422);
    assert.equal(empty.body.code, 'disclosure.items-required');
    await assert.rejects(
      db().query(`UPDATE disclosures SET items = '[{"type":"note"}]'::jsonb WHERE id = $1`, [recorded.body.id]),
      'the database refuses a note item too',
    );
  });

  test('the review is refused without items, by the same officer, or without a legal assessment', async () => {
    const recorded = await fed.api(sophie, 'POST', '/api/v1/disclosures', request());
    const id = recorded.body.id;
    const withoutItems = await fed.api(anne, 'POST', `/api/v1/disclosures/${id}/review`, {
      verdict: 'approve',
      assessment: 'Base légale vérifiée et applicable.',
    });
    assert.equal(withoutItems.status, 422);
    assert.equal(withoutItems.body.code, 'disclosure.items-required');
    assert.equal((await fed.api(sophie, 'PUT', `/api/v1/disclosures/${id}/items`, { items: [{ type: 'identity' }] })).status, 200);
    const sameOfficer = await fed.api(sophie, 'POST', `/api/v1/disclosures/${id}/review`, {
      verdict: 'approve',
      assessment: 'Base légale vérifiée et applicable.',
    });
    assert.equal(sameOfficer.status, 409);
    assert.equal(sameOfficer.body.code, 'disclosure.same-officer');
    const noAssessment = await fed.api(anne, 'POST', `/api/v1/disclosures/${id}/review`, { verdict: 'approve' });
    assert.equal(noAssessment.status, 422);
    assert.equal(noAssessment.body.code, 'disclosure.assessment-required');
    const row = await db().one<{ status: string; approved_by: string | null }>(
      'SELECT status, approved_by FROM disclosures WHERE id = $1',
      [id],
    );
    assert.deepEqual(row, { status: 'recorded', approved_by: null }, 'nothing was approved');
    await assert.rejects(
      db().query(
        `UPDATE disclosures SET status = 'approved', approved_by = created_by, approved_at = now(), legal_assessment = 'x' WHERE id = $1`,
        [id],
      ),
      'the database refuses an approval by the officer who recorded it',
    );
  });

  test('a refused disclosure needs a reason and can never be exported', async () => {
    const recorded = await fed.api(sophie, 'POST', '/api/v1/disclosures', request());
    await fed.api(sophie, 'PUT', `/api/v1/disclosures/${recorded.body.id}/items`, { items: [{ type: 'identity' }] });
    const noReason = await fed.api(anne, 'POST', `/api/v1/disclosures/${recorded.body.id}/review`, {
      verdict: 'refuse',
      assessment: 'La demande ne vise pas une infraction terroriste.',
    });
    assert.equal(noReason.body.code, 'disclosure.refusal-reason-required');
    const refused = await fed.api(anne, 'POST', `/api/v1/disclosures/${recorded.body.id}/review`, {
      verdict: 'refuse',
      assessment: 'La demande ne vise pas une infraction terroriste.',
      reason: 'Hors du champ de l’art. 46bis/1.',
    });
    assert.equal(refused.status, 200);
    assert.equal(refused.body.status, 'refused');
    const exported = await fed.api(sophie, 'POST', `/api/v1/disclosures/${recorded.body.id}/export`, {});
    assert.equal(exported.status, 409);
    assert.equal(exported.body.code, 'disclosure.wrong-status');
  });
});

describe('export once (R26, R43)', () => {
  test('export is refused before approval, then produces only the selected items, once', async () => {
    const recorded = await fed.api(sophie, 'POST', '/api/v1/disclosures', request());
    const early = await fed.api(sophie, 'POST', `/api/v1/disclosures/${recorded.body.id}/export`, {});
    assert.equal(early.status, 409);
    assert.equal(early.body.code, 'disclosure.wrong-status');

    const id = await approvedDisclosure();
    const outboxBefore = (await db().one<{ count: number }>('SELECT count(*)::int AS count FROM outbox'))!.count;
    const exported = await fed.api(sophie, 'POST', `/api/v1/disclosures/${id}/export`, { format: 'json' });
    assert.equal(exported.status, 200, exported.text);
    assert.deepEqual(
      exported.body.document.items.map((item: { type: string }) => item.type),
      ['identity', 'decision'],
    );
    assert.equal(exported.body.document.items[0].niss, jean.niss);
    assert.equal(exported.body.document.items[1].ref, jean.decisionRef);
    assert.ok(!exported.text.includes(NOTE_MARKER), 'no confidential note in the export');
    assert.ok(!exported.text.includes(MOTIVATION), 'no local motivation text in the export');
    assert.ok(
      !exported.text.includes(jean.requestId) || exported.body.document.items[1].requestId === jean.requestId,
      'the aid request appears only as the decision’s reference',
    );
    const sha256 = createHash('sha256').update(JSON.stringify(exported.body.document)).digest('hex');
    assert.equal(exported.body.sha256, sha256);
    const row = await db().one<{ status: string; export_sha256: string; exported_at: Date | null }>(
      'SELECT status, export_sha256, exported_at FROM disclosures WHERE id = $1',
      [id],
    );
    assert.equal(row!.status, 'exported');
    assert.equal(row!.export_sha256, sha256, 'the fingerprint of what was sent is kept');
    const audit = await db().query<{ person_id: string }>(
      `SELECT person_id FROM audit_events WHERE action = 'disclosure.export' AND record_id = $1`,
      [id],
    );
    assert.deepEqual(
      audit.map((event) => event.person_id),
      [jean.personId],
    );
    assert.equal(
      (await db().one<{ count: number }>('SELECT count(*)::int AS count FROM outbox'))!.count,
      outboxBefore,
      'the export sends nothing by itself',
    );

    const again = await fed.api(sophie, 'POST', `/api/v1/disclosures/${id}/export`, { format: 'pdf' });
    assert.equal(again.status, 409);
    assert.equal(again.body.code, 'disclosure.already-exported');
    const reselect = await fed.api(sophie, 'PUT', `/api/v1/disclosures/${id}/items`, { items: [{ type: 'identity' }] });
    assert.equal(reselect.status, 409);
    assert.equal(reselect.body.code, 'disclosure.wrong-status');
    await assert.rejects(
      db().query(`UPDATE disclosures SET items = '[]'::jsonb WHERE id = $1`, [id]),
      'what was sent cannot be changed afterwards',
    );
  });

  test('the PDF is in the recipient’s language, carries the selected items and never a note', async () => {
    const id = await approvedDisclosure({ recipient: { authority: 'Procureur des Konings te Brussel', language: 'nl' } }, [
      { type: 'identity' },
      { type: 'aid-request', id: jean.requestId },
      { type: 'decision', ref: jean.decisionRef },
    ]);
    const response = await fetch(`${fed.baseUrl}/api/v1/disclosures/${id}/export`, {
      method: 'POST',
      headers: { authorization: `Bearer ${anne}`, 'content-type': 'application/json' },
      body: JSON.stringify({ format: 'pdf' }),
    });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^application\/pdf/);
    const pdf = Buffer.from(await response.arrayBuffer());
    assert.equal(response.headers.get('x-document-sha256'), createHash('sha256').update(pdf).digest('hex'));
    const text = await extractPdfText(pdf);
    assert.ok(text.includes('Mededeling van gegevens op schriftelijk verzoek'), 'Dutch title');
    assert.ok(text.includes(jean.niss), 'the identity item is printed');
    assert.ok(text.includes(jean.decisionRef), 'the decision item is printed');
    assert.ok(!includesIgnoringLayout(text, NOTE_MARKER), 'no confidential note in the PDF');
    assert.ok(!includesIgnoringLayout(text, MOTIVATION), 'no local motivation text in the PDF');
  });
});

describe('the person’s access report (R26, R38) and legal deferral (anchors §7)', () => {
  test('an exported disclosure appears in the person’s access report', async () => {
    const id = await approvedDisclosure({
      recipient: { authority: 'Tribunal de première instance de Bruxelles' },
      legalBasis: 'court-order',
    });
    assert.ok(
      !(await disclosuresInReport(jean.personId)).disclosures.some((d) => d.recipient === 'Tribunal de première instance de Bruxelles'),
      'not before the export',
    );
    assert.equal((await fed.api(sophie, 'POST', `/api/v1/disclosures/${id}/export`, {})).status, 200);
    const shown = (await disclosuresInReport(jean.personId)).disclosures.find(
      (d) => d.recipient === 'Tribunal de première instance de Bruxelles',
    );
    assert.ok(shown, 'the disclosure is in the report');
    assert.equal(shown.legalBasis, 'court-order');
    assert.deepEqual(shown.items, [{ type: 'identity' }, { type: 'decision', ref: jean.decisionRef }]);
  });

  test('a deferral needs a future date and a legal basis', async () => {
    const id = await approvedDisclosure();
    const past = await fed.api(anne, 'POST', `/api/v1/disclosures/${id}/deferral`, {
      until: dateIn(-1),
      legalBasis: 'secrecy-of-investigation',
    });
    assert.equal(past.status, 422);
    assert.equal(past.body.code, 'disclosure.deferral-in-past');
    const noBasis = await fed.api(anne, 'POST', `/api/v1/disclosures/${id}/deferral`, { until: dateIn(30), legalBasis: 'because' });
    assert.equal(noBasis.status, 422);
    assert.equal(noBasis.body.code, 'disclosure.deferral-basis-required');
  });

  test('a legal deferral hides the exported disclosure until its date, then the person sees it', async () => {
    const authority = 'Juge d’instruction de Bruxelles';
    const id = await approvedDisclosure({ recipient: { authority } });
    const deferral = await fed.api(anne, 'POST', `/api/v1/disclosures/${id}/deferral`, {
      until: dateIn(10),
      legalBasis: 'secrecy-of-investigation',
      reference: 'Lettre du 2 mars, secret de l’instruction',
    });
    assert.equal(deferral.status, 200, deferral.text);
    assert.equal((await fed.api(sophie, 'POST', `/api/v1/disclosures/${id}/export`, {})).status, 200);
    assert.ok(!(await disclosuresInReport(jean.personId)).disclosures.some((d) => d.recipient === authority), 'hidden while deferred');
    offsetMs = 11 * DAY;
    try {
      anne = await fed.login('anne.forest', DEMO_PASSWORD);
      assert.ok(
        (await disclosuresInReport(jean.personId)).disclosures.some((d) => d.recipient === authority),
        'shown once the date is reached',
      );
    } finally {
      offsetMs = 0;
      [anne, sophie] = await Promise.all([fed.login('anne.forest'), fed.login('sophie.forest')]);
    }
  });

  test('while deferred, the access log shown to the person does not reveal the disclosure either', async () => {
    const disclosureEvents = async () =>
      (await disclosuresInReport(jean.personId)).accesses.filter((a) => a.recordType === 'disclosure').length;
    const before = await disclosureEvents();
    const id = await approvedDisclosure();
    await fed.api(anne, 'POST', `/api/v1/disclosures/${id}/deferral`, { until: dateIn(10), legalBasis: 'secrecy-of-investigation' });
    assert.equal((await fed.api(sophie, 'POST', `/api/v1/disclosures/${id}/export`, {})).status, 200);
    assert.equal(await disclosureEvents(), before, 'no event of the deferred disclosure in the access log while deferred');
  });
});

describe('listing (R43)', () => {
  test('the register lists by status, and every read is audited', async () => {
    const exported = await fed.api(anne, 'GET', '/api/v1/disclosures?status=exported');
    assert.equal(exported.status, 200);
    assert.ok(
      exported.body.items.length >= 1 && exported.body.items.every((d: { status: string }) => d.status === 'exported'),
      'only exported disclosures',
    );
    assert.ok(!exported.text.includes(jean.niss), 'the register shows no NISS');
    assert.equal((await fed.api(anne, 'GET', '/api/v1/disclosures?status=everything')).status, 400);
    const reads = await db().query(
      `SELECT 1 FROM audit_events WHERE action IN ('disclosure.list', 'disclosure.read') AND outcome = 'allowed'`,
    );
    assert.ok(reads.length >= 2, 'list and detail reads are audited');
    assert.equal((await fed.api(anne, 'GET', '/api/v1/disclosures/00000000-0000-0000-0000-000000000000')).status, 404);
  });
});

/**
 * R27: every route of the casework node, reviewed. A route of one file or one person (reached by
 * its id, behind case-based access) carries one person's data at most. Any other route must be
 * listed here with the reason it does not export or list several persons' data; a new route fails
 * this test until someone reviews it and adds it.
 */
const ONE_FILE = /^\/api\/v1\/(aid-requests|decisions|persons|agenda)\/:id(\/|$)/;
const REVIEWED: Record<string, { reason: string; isThirdPartyExport?: true }> = {
  'GET /openapi.json': { reason: 'the API description; no personal data' },
  'GET /readyz': { reason: 'readiness; no personal data' },
  'GET /healthz': { reason: 'liveness; no personal data' },
  'POST /api/v1/sessions': { reason: 'logs the user in' },
  'GET /api/v1/oversight/transparency': { reason: 'the security advisor reads key alerts and the last audit anchor; no person' },
  'GET /api/v1/institutions': { reason: 'the CPAS a user may log into; no personal data' },
  'GET /api/v1/oidc-role-mappings': { reason: 'the administrator reads the CPAS’s group-to-role mapping; no person' },
  'PUT /api/v1/oidc-role-mappings': { reason: 'the administrator sets the group-to-role mapping; no person' },
  'GET /api/v1/outbox/parked': { reason: 'the administrator sees parked messages by topic and error, one at a time, audited' },
  'POST /api/v1/outbox/:id/retry': { reason: 'sends one parked message again to the hub it was meant for' },
  'POST /api/v1/outbox/:id/resolve': { reason: 'closes one parked message with a reason' },
  'POST /api/v1/users': { reason: 'the administrator creates one account of the CPAS' },
  'GET /api/v1/users/:id': { reason: 'the administrator reads one account of the CPAS' },
  'PATCH /api/v1/users/:id': { reason: 'the administrator changes one account of the CPAS' },
  'PUT /api/v1/users/:id/active': { reason: 'the administrator deactivates or reactivates one account' },
  'POST /api/v1/users/:id/password-reset': { reason: 'a one-time password for one account' },
  'POST /api/v1/users/:id/caseload-transfer': { reason: 'hands a leaver’s files to a colleague of the same CPAS, each move audited' },
  'PUT /api/v1/me/password': { reason: 'the user changes their own password' },
  'DELETE /api/v1/sessions/current': { reason: 'logs the user out' },
  'GET /api/v1/me': { reason: 'the user’s own account' },
  'GET /api/v1/me/language': { reason: 'the user’s own language' },
  'PUT /api/v1/me/language': { reason: 'the user’s own language' },
  'GET /api/v1/me/contact': { reason: 'the user’s own direct line and work e-mail, printed in their letters' },
  'PUT /api/v1/me/contact': { reason: 'the user’s own direct line and work e-mail, printed in their letters' },
  'GET /api/v1/users': { reason: 'colleagues of the CPAS; no person data' },
  'POST /api/v1/persons': { reason: 'registers one person' },
  'GET /api/v1/persons': {
    reason:
      'exact NISS (one person), provisional id, or name words and birth date (at most 50, each hit audited and watched by the misuse indicators); caseworkers only',
  },
  'POST /api/v1/aid-requests': { reason: 'registers one request' },
  'GET /api/v1/aid-requests': { reason: 'the requests of one person (personId required), filtered by case-based access' },
  'GET /api/v1/worklist': { reason: 'the worker’s own assigned files only (case-based access, R23)' },
  'GET /api/v1/caseload': { reason: 'the worker’s own assigned open files only (case-based access, R23)' },
  'GET /api/v1/team': {
    reason: 'the supervisor’s team: workload counts, its overdue files and unassigned requests; supervisor only, audited',
  },
  'POST /api/v1/worklist/notices/:id/handled': { reason: 'marks one correction notice handled' },
  'GET /api/v1/agenda': { reason: 'the committee’s agenda: signed reports awaiting its decision only (R24)' },
  'GET /api/v1/committee-sessions': { reason: 'committee sessions: dates, body, counts; no person data (R24)' },
  'POST /api/v1/committee-sessions': { reason: 'plans one session' },
  'GET /api/v1/committee-sessions/:id': {
    reason:
      'one session: its members and the names on its agenda (secretary, or a member until the access lapses, R24), audited per person',
  },
  'POST /api/v1/committee-sessions/:id/agenda': { reason: 'puts one request on the agenda' },
  'DELETE /api/v1/committee-sessions/:id/agenda/:requestId': { reason: 'takes one request off the agenda' },
  'PUT /api/v1/committee-sessions/:id/attendance': { reason: 'the attendance of the session’s members' },
  'POST /api/v1/committee-sessions/:id/agenda/:requestId/decision': { reason: 'one decision on one request' },
  'POST /api/v1/committee-sessions/:id/close': { reason: 'closes one session' },
  'GET /api/v1/oversight/indicators': { reason: 'aggregated counts from the audit log, security advisor only (R44)' },
  'GET /api/v1/oversight/reports/monthly': {
    reason: 'the monthly misuse report: indicators from the audit log, security advisor only (R44)',
  },
  'GET /api/v1/oversight/audit-events': {
    reason:
      'the audit log of one user or about one person (identifiers and action names, no content), security advisor only, audited (R44)',
  },
  'GET /api/v1/oversight/sensitive-persons': {
    reason:
      'names of persons flagged sensitive (public figures, staff), no file content; security advisor only, audited — the watch list of anchors §3.5',
  },
  'POST /api/v1/oversight/sensitive-persons': { reason: 'flags one person sensitive' },
  'GET /api/v1/oversight/break-glass': {
    reason: 'the break-glass review queue: openings to review, security advisor only (R23); no file content',
  },
  'POST /api/v1/oversight/break-glass/:id/review': { reason: 'closes one break-glass opening with a verdict' },
  'GET /api/v1/oversight/break-glass/weekly': { reason: 'the weekly break-glass report, security advisor only' },
  'GET /api/v1/statistics': { reason: 'aggregated counts, small cells suppressed (R49)' },
  'GET /api/v1/statistics.csv': { reason: 'the same aggregated counts as CSV, small cells suppressed (R49)' },
  'GET /api/v1/statistics/federal': { reason: 'the quarterly federal return: aggregated, small cells suppressed (R49)' },
  'GET /api/v1/settings': { reason: 'the CPAS’s own settings (thresholds, retention periods): no person data' },
  'PUT /api/v1/settings/:key': { reason: 'changes one setting of the CPAS: no person data' },
  'GET /api/v1/settings/:key/history': { reason: 'who changed a setting and when: users only, no person data' },
  'GET /api/v1/demo': { reason: 'demo mode only: synthetic persons' },
  'POST /exchange/v1/summary-requests': {
    reason: 'the inter-CPAS exchange: one person per request signed by the hub, policy-checked, shareable summary only (principles 2–5)',
  },
  'POST /exchange/v1/summary-requests/batch': {
    reason:
      'the same exchange, several hub-signed messages in one HTTP request (ADR 0025): each message is one person, verified, ' +
      'policy-checked and answered exactly as alone; the request carries no authority and asks for nothing in bulk',
  },
  // Transfers to the competent CPAS (R7): the receiving CPAS's inbox of requests forwarded to it.
  'GET /api/v1/transfer-destinations': { reason: 'the CPAS registered at the hub: institutions only, no person data' },
  'GET /api/v1/incoming-transfers': {
    reason: 'requests another CPAS forwarded to this one by law (R7): identity and reason only, caseworkers only, audited',
  },
  'GET /api/v1/incoming-transfers/:id': { reason: 'one transfer received, audited' },
  'POST /api/v1/incoming-transfers/:id/accept': { reason: 'opens one request here; the first CPAS is told accepted' },
  'POST /api/v1/incoming-transfers/:id/dispute': { reason: 'disputes one transfer; the first CPAS is told disputed with the reason' },
  'POST /api/v1/incoming-transfers/:id/escalation': { reason: 'records the SPP IS referral of one transfer (date and reference)' },
  'POST /api/v1/disclosures': { reason: 'records one written request' },
  'GET /api/v1/disclosures': {
    reason: 'the register of disclosures: metadata and names, no NISS and no file content; officers only, audited',
  },
  'GET /api/v1/disclosures/:id': { reason: 'one disclosure and its person’s selectable items' },
  'PUT /api/v1/disclosures/:id/items': { reason: 'selects items of one person' },
  'POST /api/v1/disclosures/:id/review': { reason: 'the second officer’s verdict' },
  'POST /api/v1/disclosures/:id/deferral': { reason: 'a legal deferral of one disclosure' },
  'POST /api/v1/disclosures/:id/export': {
    reason: 'the one export to a third party: one person, approved, selected items, once (R26)',
    isThirdPartyExport: true,
  },
};
const TOWARDS_JUSTICE =
  /police|politie|justice|justitie|parquet|parket|procureur|prosecutor|suspicion|soup[cç]on|verdacht|signalement|melding|auto-?report|inspection|inspectie|\b(onem|rva)\b/i;

describe('no automatic or bulk channel (R27)', () => {
  test('every route of the casework node is one file, one person, or reviewed; the only third-party export is the disclosure export', async () => {
    const app = Fastify();
    const routes: string[] = [];
    app.addHook('onRoute', (route) => {
      for (const method of [route.method].flat()) if (method !== 'HEAD') routes.push(`${method} ${route.url}`);
    });
    await app.register(caseworkPlugin(fed.services, fed.tenants));
    await app.ready();
    await app.close();
    assert.ok(routes.length > 30, `the routes were collected (${routes.length})`);
    const unreviewed = routes.filter((route) => !REVIEWED[route] && !ONE_FILE.test(route.split(' ')[1]!));
    assert.deepEqual(
      unreviewed,
      [],
      'a route that is neither one file nor reviewed: review it for R27 and add it to REVIEWED with a reason',
    );
    const stale = Object.keys(REVIEWED).filter((route) => !routes.includes(route));
    assert.deepEqual(stale, [], 'reviewed routes that no longer exist');
    assert.deepEqual(
      Object.entries(REVIEWED)
        .filter(([, entry]) => entry.isThirdPartyExport)
        .map(([route]) => route),
      ['POST /api/v1/disclosures/:id/export'],
    );
    assert.deepEqual(
      routes.filter((route) => TOWARDS_JUSTICE.test(route)),
      [],
      'no route towards police, justice or inspection, and no "report a suspicion"',
    );

    // The one export refuses what is not approved.
    const recorded = await fed.api(sophie, 'POST', '/api/v1/disclosures', request());
    await fed.api(sophie, 'PUT', `/api/v1/disclosures/${recorded.body.id}/items`, { items: [{ type: 'identity' }] });
    const refused = await fed.api(anne, 'POST', `/api/v1/disclosures/${recorded.body.id}/export`, {});
    assert.equal(refused.status, 409);
    assert.equal(refused.body.code, 'disclosure.wrong-status');
  });

  test('no setting or code list sends anything to police or justice by itself', async () => {
    for (const tenant of fed.tenants.all()) {
      const settings = await tenant.db.query<{ key: string; value: unknown }>('SELECT key, value FROM settings');
      const offending = settings.filter((row) => TOWARDS_JUSTICE.test(`${row.key} ${JSON.stringify(row.value)}`));
      assert.deepEqual(offending, [], `${tenant.name}: a setting towards police or justice`);
      const codes = await tenant.db.query<{ list: string; code: string }>(
        `SELECT list, code FROM code_lists WHERE list NOT LIKE 'disclosure-%'`,
      );
      assert.deepEqual(
        codes.filter((row) => TOWARDS_JUSTICE.test(`${row.list}:${row.code}`)),
        [],
        `${tenant.name}: a code towards police or justice`,
      );
      const topics = await tenant.db.query<{ topic: string }>('SELECT DISTINCT topic FROM outbox');
      assert.deepEqual(
        topics.filter((row) => TOWARDS_JUSTICE.test(row.topic)),
        [],
        `${tenant.name}: an outbox topic towards police or justice`,
      );
    }
  });
});

describe('pages and logs', () => {
  test('the disclosure pages answer in French, Dutch and German, and the whole workflow runs from the browser', async () => {
    const id = (await fed.api(sophie, 'POST', '/api/v1/disclosures', request())).body.id as string;
    for (const [language, title] of [
      ['fr', 'Communications à des tiers'],
      ['nl', 'Verstrekkingen aan derden'],
      ['de', 'Auskünfte an Dritte'],
    ] as const) {
      const b = await browser(`${language}-BE`, 'sophie.forest');
      for (const path of ['/disclosures', '/disclosures/new', `/disclosures/${id}`, '/disclosures?status=recorded']) {
        const page = await b.request('GET', path);
        assert.equal(page.status, 200, `${language} ${path}`);
        assert.match(page.text, new RegExp(`<html lang="${language}">`));
        assert.ok(!page.text.includes('⟦'), `${language} ${path}: no missing text`);
      }
      assert.ok((await b.request('GET', '/disclosures')).text.includes(title), `${language} title`);
    }
    // Record, choose, review (as the second officer), export: through the forms.
    const s = await browser('fr-BE', 'sophie.forest');
    const form = await s.request('GET', '/disclosures/new');
    const recorded = await s.request('POST', '/disclosures/new', {
      _csrf: csrfOf(form.text),
      _idempotency: keyOf(form.text),
      niss: jean.niss,
      authority: 'Procureur du Roi de Bruxelles',
      recipientName: '',
      recipientLanguage: 'fr',
      legalBasis: 'art-46bis1-cic',
      legalReference: '',
      requestReference: 'BR.99/2026',
      requestDate: dateIn(-1),
      statedScope: 'Identité',
    });
    assert.equal(recorded.status, 303, recorded.text.slice(0, 300));
    const detailPath = recorded.location!.split('?')[0]!;
    const detail = await s.request('GET', detailPath);
    assert.ok(detail.text.includes('value="identity"'), 'identity is offered');
    assert.ok(
      !/checked/.test(detail.text.slice(detail.text.indexOf('value="identity"') - 200, detail.text.indexOf('value="identity"') + 200)),
      'nothing is checked by default',
    );
    const noItems = await s.request('POST', `${detailPath}/items`, { _csrf: csrfOf(detail.text) });
    assert.equal(noItems.status, 422);
    assert.equal((await s.request('POST', `${detailPath}/items`, { _csrf: csrfOf(detail.text), items: 'identity' })).status, 303);
    const selfReview = await s.request('POST', `${detailPath}/review`, {
      _csrf: csrfOf(detail.text),
      verdict: 'approve',
      assessment: 'Base légale vérifiée et applicable.',
    });
    assert.equal(selfReview.status, 409);
    assert.ok(selfReview.text.includes('Un autre responsable doit examiner'), 'the four-eyes rule is explained');
    const a = await browser('fr-BE', 'anne.forest');
    const aDetail = await a.request('GET', detailPath);
    assert.equal(
      (
        await a.request('POST', `${detailPath}/review`, {
          _csrf: csrfOf(aDetail.text),
          verdict: 'approve',
          assessment: 'Base légale vérifiée et applicable.',
        })
      ).status,
      303,
    );
    const download = await a.request('POST', `${detailPath}/export`, { _csrf: csrfOf(aDetail.text) });
    assert.equal(download.status, 200);
    assert.match(download.headers.get('content-type') ?? '', /^application\/pdf/);
    assert.equal(
      (await a.request('POST', `${detailPath}/export`, { _csrf: csrfOf(aDetail.text) })).status,
      409,
      'the second export is refused',
    );
    const social = await browser('fr-BE', 'marie.forest');
    assert.equal((await social.request('GET', '/disclosures')).status, 403);
  });

  test('no NISS and no confidential note in the federation’s logs', () => {
    const logs = fed.logs();
    assert.ok(logs.length > 0, 'logs were captured');
    for (const person of DEMO_PERSONS) assert.ok(!logs.includes(person.niss), `the NISS of ${person.key} is not logged`);
    assert.ok(!logs.includes(NOTE_MARKER), 'the note is not logged');
  });
});

/** A tiny browser (cookie jar, no redirects followed), logged in as `username`. */
const browser = (acceptLanguage: string, username: string) => webLoggedIn(fed.baseUrl, username, acceptLanguage);
