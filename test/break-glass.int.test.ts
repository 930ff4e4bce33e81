/**
 * Break-glass (R23, R43, R44; anchors §3.5 Suwinet's escape function, §7): refused without a reason
 * and for roles that do not handle files; with a reason it opens the file for the configured minutes
 * only, tells the assigned worker (worklist) and the person (a letter in their language), and waits
 * in the security advisor's review queue until closed with a verdict; the weekly report counts it;
 * the advisor's own reads are audited; the pages answer in French, Dutch and German. The federation
 * runs on a clock set to a Wednesday, 10:00 in Brussels, that the tests move forward.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestFederation, type TestFederation } from './federation.ts';
import { extractPdfText, includesIgnoringLayout } from './pdf-text.ts';
import { FOREST } from '#casework/modules/demo/demo-federation.ts';
import { isoWeekOf } from '#casework/modules/break-glass/weeks.ts';
import { brussels, settableClock } from './clock.ts';
import { csrfOf, keyOf, webLoggedIn } from './web-browser.ts';

/** The last Wednesday before today (so the week before it is inside the 26 weeks too). */
function lastWednesday(): string {
  const date = new Date(Date.now() - 86_400_000);
  while (date.getUTCDay() !== 3) date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

const wednesday = lastWednesday();
const { clock, set: setClock, advance } = settableClock(brussels(wednesday, 10));
const thisWeek = isoWeekOf(wednesday);
const lastWeek = isoWeekOf(new Date(Date.parse(`${wednesday}T12:00:00Z`) - 7 * 86_400_000).toISOString().slice(0, 10));
const brusselsToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(clock());

let fed: TestFederation;
let marie: string;
let luc: string;
let sophie: string;
let karim: string;
let anne: string;
const files: Record<'thomas' | 'klaus' | 'jean' | 'fatou', { requestId: string; personId: string }> = {} as never;
const grants: Partial<Record<keyof typeof files, string>> = {};

const db = () => fed.tenants.byKbo(FOREST.kbo)!.db;
const open = (token: string, file: keyof typeof files, reason?: string) =>
  fed.api(token, 'POST', `/api/v1/aid-requests/${files[file].requestId}/break-glass`, reason === undefined ? {} : { reason });
const readFile = (token: string, file: keyof typeof files) => fed.api(token, 'GET', `/api/v1/aid-requests/${files[file].requestId}`);
const noticeUrl = (file: keyof typeof files, lang?: string) =>
  `/api/v1/aid-requests/${files[file].requestId}/break-glass/${grants[file]}/person-notice${lang ? `?lang=${lang}` : ''}`;
async function pdfOf(token: string, url: string): Promise<{ status: number; text: string; type: string | null }> {
  const response = await fetch(`${fed.baseUrl}${url}`, { headers: { authorization: `Bearer ${token}` } });
  const type = response.headers.get('content-type');
  if (response.status !== 200) return { status: response.status, text: await response.text(), type };
  return { status: 200, text: await extractPdfText(Buffer.from(await response.arrayBuffer())), type };
}

before(async () => {
  fed = await startTestFederation({ clock, env: { SESSION_IDLE_MINUTES: '1440' } });
  [marie, luc, sophie, karim, anne] = await Promise.all([
    fed.login('marie.forest'),
    fed.login('luc.forest'),
    fed.login('sophie.forest'),
    fed.login('karim.forest'),
    fed.login('anne.forest'),
  ]);
  for (const [key, familyName] of [
    ['thomas', 'Vermeulen'],
    ['klaus', 'Schmitz'],
    ['jean', 'Lemaire'],
    ['fatou', 'Diallo'],
  ] as const) {
    const row = await db().one<{ id: string; person_id: string }>(
      'SELECT r.id, r.person_id FROM aid_requests r JOIN persons p ON p.id = r.person_id WHERE p.family_name = $1',
      [familyName],
    );
    files[key] = { requestId: row!.id, personId: row!.person_id };
  }
});
after(async () => fed?.close());

describe('opening a file by break-glass', () => {
  test('without a reason, or with a reason of a word, it is refused with 422 and nothing is written', async () => {
    for (const reason of [undefined, '', 'urgent   ']) {
      const response = await open(marie, 'thomas', reason);
      assert.equal(response.status, 422, String(reason));
      assert.equal(response.body.code, 'break-glass.reason-required');
      assert.equal(response.body.errors[0].path, '/reason');
    }
    const count = await db().one<{ count: number }>(`SELECT count(*)::int AS count FROM access_grants WHERE kind = 'break-glass'`);
    assert.equal(count!.count, 0);
  });

  test('a committee member and the security advisor are refused with 403, and the attempts are in the audit log', async () => {
    for (const token of [karim, anne]) {
      const response = await open(token, 'thomas', 'the person is at the desk and in danger');
      assert.equal(response.status, 403);
    }
    const denied = await db().query<{ role: string }>(
      `SELECT role FROM audit_events WHERE action = 'break-glass.open' AND outcome = 'denied'`,
    );
    assert.deepEqual(denied.map((row) => row.role).sort(), ['committee-member', 'security-advisor']);
  });

  test('the assigned worker and their supervisor, who can open the file already, get 409 break-glass.not-needed', async () => {
    for (const token of [luc, sophie]) {
      const response = await open(token, 'thomas', 'urgence : expulsion ce soir');
      assert.equal(response.status, 409);
      assert.equal(response.body.code, 'break-glass.not-needed');
    }
  });

  test('an unknown file answers 404, as for any file one may not see', async () => {
    const response = await fed.api(marie, 'POST', '/api/v1/aid-requests/00000000-0000-4000-8000-000000000000/break-glass', {
      reason: 'urgence : expulsion ce soir',
    });
    assert.equal(response.status, 404);
    assert.equal(response.body.code, 'aid-request.not-found');
  });

  test('with a reason it opens the file for the configured 60 minutes only; after that the file answers 404 again', async () => {
    assert.equal((await readFile(marie, 'thomas')).status, 404, 'Marie opens Luc’s file before any break-glass');
    const opened = await open(marie, 'thomas', 'Expulsion annoncée ce soir, Luc est injoignable');
    assert.equal(opened.status, 201, opened.text);
    assert.equal(opened.body.requestId, files.thomas.requestId);
    assert.equal(opened.body.reviewStatus, 'pending-review');
    grants.thomas = opened.body.id;
    const grant = await db().one<{ granted_at: Date; expires_at: Date }>('SELECT granted_at, expires_at FROM access_grants WHERE id = $1', [
      opened.body.id,
    ]);
    assert.equal(grant!.expires_at.getTime() - grant!.granted_at.getTime(), 60 * 60_000);
    assert.equal(new Date(opened.body.expiresAt).getTime(), grant!.expires_at.getTime());
    assert.equal((await readFile(marie, 'thomas')).status, 200, 'the file opens during the grant');
    await fed.api(marie, 'GET', `/api/v1/aid-requests/${files.thomas.requestId}/notes`);
    const again = await open(marie, 'thomas', 'Expulsion annoncée ce soir, Luc est injoignable');
    assert.equal(again.status, 409, 'a second opening while the first lasts is not needed');
    advance(59);
    assert.equal((await readFile(marie, 'thomas')).status, 200, 'still open a minute before the end');
    advance(2);
    const closed = await readFile(marie, 'thomas');
    assert.equal(closed.status, 404, 'the file is closed again after the configured minutes');
    assert.equal(closed.body.code, 'aid-request.not-found');
  });

  test('the minutes come from the setting access.breakGlassMinutes', async () => {
    await db().query(`UPDATE settings SET value = jsonb_set(value, '{breakGlassMinutes}', '15') WHERE key = 'access'`);
    try {
      const opened = await open(luc, 'klaus', 'Hospitalisation urgente, Marie est absente aujourd’hui');
      assert.equal(opened.status, 201, opened.text);
      grants.klaus = opened.body.id;
      assert.equal(new Date(opened.body.expiresAt).getTime() - clock().getTime() <= 15 * 60_000, true, 'expires within 15 minutes');
      assert.equal(new Date(opened.body.expiresAt).getTime() - clock().getTime() > 14 * 60_000, true, 'expires after more than 14 minutes');
    } finally {
      await db().query(`UPDATE settings SET value = jsonb_set(value, '{breakGlassMinutes}', '60') WHERE key = 'access'`);
    }
  });
});

describe('who is told', () => {
  test('the assigned worker and their supervisor find a notice on their worklist: who opened the file, when and why', async () => {
    for (const token of [luc, sophie]) {
      const worklist = await fed.api(token, 'GET', '/api/v1/worklist?limit=200');
      assert.equal(worklist.status, 200);
      const item = worklist.body.items.find(
        (i: { alert: string; requestId: string }) => i.alert === 'break-glass-opened' && i.requestId === files.thomas.requestId,
      );
      assert.ok(item, 'a break-glass notice on the worklist');
      assert.equal(item.details.grantId, grants.thomas);
      assert.equal(item.details.openedBy.displayName, 'Marie Dubois');
      assert.equal(item.details.reason, 'Expulsion annoncée ce soir, Luc est injoignable');
      assert.ok(item.details.openedAt, 'the notice says when');
    }
    const notice = await db().one<{ notified_user_ids: string[]; status: string; language: string }>(
      'SELECT notified_user_ids, status, language FROM break_glass_person_notices WHERE grant_id = $1',
      [grants.thomas],
    );
    const lucId = (await fed.api(luc, 'GET', '/api/v1/me')).body.id;
    assert.deepEqual(notice!.notified_user_ids, [lucId]);
    assert.equal(notice!.status, 'due');
    assert.equal(notice!.language, 'nl', 'the letter is due in the person’s language');
  });

  test('the letter to the person is in their language by default, and in French, Dutch or German on demand', async () => {
    const texts = {
      default: await pdfOf(luc, noticeUrl('thomas')),
      fr: await pdfOf(luc, noticeUrl('thomas', 'fr')),
      nl: await pdfOf(luc, noticeUrl('thomas', 'nl')),
      de: await pdfOf(luc, noticeUrl('thomas', 'de')),
    };
    for (const [language, pdf] of Object.entries(texts)) {
      assert.equal(pdf.status, 200, `${language}: ${pdf.text.slice(0, 200)}`);
      assert.equal(pdf.type, 'application/pdf');
      assert.ok(
        includesIgnoringLayout(pdf.text, 'Expulsion annoncée ce soir, Luc est injoignable'),
        `${language}: the reason is in the letter`,
      );
      assert.ok(pdf.text.includes('Thomas Vermeulen'), `${language}: addressed to the person`);
      assert.equal(pdf.text.includes('Marie Dubois'), false, `${language}: the letter names no worker`);
    }
    assert.ok(includesIgnoringLayout(texts.default.text, 'Uitzonderlijke inzage in uw dossier'), 'Thomas reads Dutch by default');
    assert.ok(includesIgnoringLayout(texts.nl.text, 'informatieveiligheidsconsulent'), 'NL: the security advisor reviews it');
    assert.ok(includesIgnoringLayout(texts.nl.text, 'functionaris voor gegevensbescherming'), 'NL: how to reach the DPO');
    assert.ok(includesIgnoringLayout(texts.fr.text, 'Consultation exceptionnelle de votre dossier'), 'FR title');
    assert.ok(includesIgnoringLayout(texts.fr.text, 'conseiller en sécurité de l’information'), 'FR: the security advisor reviews it');
    assert.ok(includesIgnoringLayout(texts.fr.text, 'délégué à la protection des données'), 'FR: how to reach the DPO');
    assert.ok(includesIgnoringLayout(texts.fr.text, 'rapport d’accès'), 'FR: the access report');
    assert.ok(includesIgnoringLayout(texts.de.text, 'Ausnahmsweise Einsichtnahme in Ihre Akte'), 'DE title');
    assert.ok(includesIgnoringLayout(texts.de.text, 'Datenschutzbeauftragten'), 'DE: how to reach the DPO');
    const day = new Intl.DateTimeFormat('fr-BE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${wednesday}T12:00:00Z`),
    );
    assert.ok(includesIgnoringLayout(texts.fr.text, `Le ${day}`), `FR: the date of the opening (${day})`);
  });

  test('the DPO contact of the setting dataProtection is printed in the letter', async () => {
    await db().query(`UPDATE settings SET value = '{"dpoContact": "dpo@forest.demo"}' WHERE key = 'dataProtection'`);
    const pdf = await pdfOf(luc, noticeUrl('thomas', 'fr'));
    assert.ok(pdf.text.includes('dpo@forest.demo'), 'the DPO address is in the letter');
  });

  test('the opener handles neither the letter nor its sending: 403 while the access lasts, and the attempt is logged', async () => {
    const letter = await pdfOf(luc, noticeUrl('klaus'));
    assert.equal(letter.status, 403, 'Luc opened Klaus’s file: he may not print its notice');
    const sent = await fed.api(
      luc,
      'POST',
      `/api/v1/aid-requests/${files.klaus.requestId}/break-glass/${grants.klaus}/person-notice/sent`,
      { sentAt: brusselsToday(), method: 'letter' },
    );
    assert.equal(sent.status, 403);
    assert.equal(sent.body.code, 'break-glass.team-only');
    const printed = await pdfOf(marie, noticeUrl('klaus'));
    assert.equal(printed.status, 200, 'Marie, assigned to Klaus’s file, prints it');
    assert.ok(includesIgnoringLayout(printed.text, 'Ausnahmsweise Einsichtnahme in Ihre Akte'), 'Klaus reads German by default');
    const denied = await db().query(
      `SELECT 1 FROM audit_events WHERE action = 'break-glass.person-notice.sent' AND outcome = 'denied' AND record_id = $1`,
      [grants.klaus],
    );
    assert.equal(denied.length, 1);
  });

  test('marking the letter sent records the date and method, handles the worklist notice, and a second time answers 409', async () => {
    const url = `/api/v1/aid-requests/${files.thomas.requestId}/break-glass/${grants.thomas}/person-notice/sent`;
    const future = await fed.api(luc, 'POST', url, { sentAt: '2999-01-01', method: 'letter' });
    assert.equal(future.status, 422);
    assert.equal(future.body.code, 'break-glass.sent-at-invalid');
    const badMethod = await fed.api(luc, 'POST', url, { sentAt: brusselsToday(), method: 'pigeon' });
    assert.ok(badMethod.status === 400 || badMethod.status === 422, `an unknown method is refused (${badMethod.status})`);
    const sent = await fed.api(luc, 'POST', url, { sentAt: brusselsToday(), method: 'registered-letter' });
    assert.equal(sent.status, 200, sent.text);
    assert.deepEqual(sent.body.personNotice, { status: 'sent', sentAt: brusselsToday(), method: 'registered-letter' });
    const worklist = await fed.api(luc, 'GET', '/api/v1/worklist?limit=200');
    assert.equal(
      worklist.body.items.some(
        (i: { alert: string; requestId: string }) => i.alert === 'break-glass-opened' && i.requestId === files.thomas.requestId,
      ),
      false,
      'the notice is handled',
    );
    const twice = await fed.api(luc, 'POST', url, { sentAt: brusselsToday(), method: 'registered-letter' });
    assert.equal(twice.status, 409);
    assert.equal(twice.body.code, 'break-glass.notice-already-sent');
  });
});

describe('the security advisor’s review queue', () => {
  test('other roles cannot read the queue, review or read the weekly report', async () => {
    for (const token of [marie, sophie, karim]) {
      assert.equal((await fed.api(token, 'GET', '/api/v1/oversight/break-glass')).status, 403);
      assert.equal((await fed.api(token, 'GET', '/api/v1/oversight/break-glass/weekly')).status, 403);
      assert.equal(
        (await fed.api(token, 'POST', `/api/v1/oversight/break-glass/${grants.thomas}/review`, { verdict: 'justified' })).status,
        403,
      );
    }
  });

  test('a pending opening is in the queue with who, whose file, why, the actions taken during the access and the letter — never a note', async () => {
    const queue = await fed.api(anne, 'GET', '/api/v1/oversight/break-glass?status=pending');
    assert.equal(queue.status, 200, queue.text);
    const item = queue.body.items.find((i: { id: string }) => i.id === grants.thomas);
    assert.ok(item, 'the opening waits in the queue');
    assert.equal(item.status, 'pending');
    assert.deepEqual(item.person, { id: files.thomas.personId, familyName: 'Vermeulen', givenNames: 'Thomas' });
    assert.equal(item.openedBy.displayName, 'Marie Dubois');
    assert.equal(item.reason, 'Expulsion annoncée ce soir, Luc est injoignable');
    assert.equal(item.verdict, undefined);
    assert.deepEqual(item.personNotice, { status: 'sent', language: 'nl', sentAt: brusselsToday(), method: 'registered-letter' });
    const actions = item.actionsDuringGrant.map((a: { action: string }) => a.action);
    assert.ok(actions.includes('aid-request.read'), `the reads during the access are listed: ${actions.join(', ')}`);
    assert.equal(
      actions.some((a: string) => a.startsWith('break-glass.')),
      false,
      'the opening itself is not an action during it',
    );
    assert.equal(JSON.stringify(queue.body).includes('"text"'), false, 'no note content in the queue');
  });

  test('a review without a verdict is refused; "unjustified" needs a comment', async () => {
    const url = `/api/v1/oversight/break-glass/${grants.thomas}/review`;
    const noVerdict = await fed.api(anne, 'POST', url, { comment: 'x' });
    assert.ok(noVerdict.status === 400 || noVerdict.status === 422, `without a verdict (${noVerdict.status})`);
    const noComment = await fed.api(anne, 'POST', url, { verdict: 'unjustified', comment: '   ' });
    assert.equal(noComment.status, 422);
    assert.equal(noComment.body.code, 'break-glass.comment-required');
    const unknown = await fed.api(anne, 'POST', '/api/v1/oversight/break-glass/00000000-0000-4000-8000-000000000000/review', {
      verdict: 'justified',
    });
    assert.equal(unknown.status, 404);
    const row = await db().one<{ reviewed_at: Date | null }>('SELECT reviewed_at FROM access_grants WHERE id = $1', [grants.thomas]);
    assert.equal(row!.reviewed_at, null, 'nothing written');
  });

  test('the verdict is recorded, the opening leaves the pending queue, and a second review answers 409', async () => {
    const url = `/api/v1/oversight/break-glass/${grants.thomas}/review`;
    const reviewed = await fed.api(anne, 'POST', url, { verdict: 'justified', comment: 'Urgence confirmée par le responsable.' });
    assert.equal(reviewed.status, 200, reviewed.text);
    assert.equal(reviewed.body.status, 'reviewed');
    assert.equal(reviewed.body.verdict, 'justified');
    assert.equal(reviewed.body.comment, 'Urgence confirmée par le responsable.');
    assert.equal(reviewed.body.reviewedBy.displayName, 'Anne Wauters');
    const twice = await fed.api(anne, 'POST', url, { verdict: 'unjustified', comment: 'changed my mind' });
    assert.equal(twice.status, 409);
    assert.equal(twice.body.code, 'break-glass.already-reviewed');
    const pending = await fed.api(anne, 'GET', '/api/v1/oversight/break-glass?status=pending');
    assert.equal(
      pending.body.items.some((i: { id: string }) => i.id === grants.thomas),
      false,
      'no longer pending',
    );
    assert.ok(
      pending.body.items.some((i: { id: string }) => i.id === grants.klaus),
      'Klaus’s opening still waits',
    );
    const done = await fed.api(anne, 'GET', '/api/v1/oversight/break-glass?status=reviewed');
    assert.deepEqual(
      done.body.items.map((i: { id: string }) => i.id),
      [grants.thomas],
    );
  });

  test('the advisor’s reads of the queue are in the audit log, against each person concerned (R44)', async () => {
    const anneId = (await fed.api(anne, 'GET', '/api/v1/me')).body.id;
    const reads = await db().query<{ person_id: string | null; action: string }>(
      `SELECT person_id, action FROM audit_events WHERE user_id = $1 AND action LIKE 'break-glass.%'`,
      [anneId],
    );
    assert.ok(
      reads.some((r) => r.action === 'break-glass.queue.read' && r.person_id === files.thomas.personId),
      'the queue read is logged against Thomas',
    );
    assert.ok(
      reads.some((r) => r.action === 'break-glass.review' && r.person_id === files.thomas.personId),
      'the review is logged',
    );
  });
});

describe('the weekly report', () => {
  test('counts per ISO week the openings, reviewed, justified, unjustified and pending, by user, over 26 weeks', async () => {
    const jean = await open(luc, 'jean', 'Appel du propriétaire, Marie en congé');
    assert.equal(jean.status, 201, jean.text);
    assert.equal(
      (
        await fed.api(anne, 'POST', `/api/v1/oversight/break-glass/${jean.body.id}/review`, {
          verdict: 'unjustified',
          comment: 'Aucune urgence : pouvait attendre le retour de Marie.',
        })
      ).status,
      200,
    );
    const now = clock();
    setClock(new Date(now.getTime() - 7 * 86_400_000));
    const fatou = await open(luc, 'fatou', 'Coupure d’énergie annoncée pour demain');
    setClock(now);
    assert.equal(fatou.status, 201, fatou.text);

    const report = await fed.api(anne, 'GET', '/api/v1/oversight/break-glass/weekly?weeks=26');
    assert.equal(report.status, 200, report.text);
    assert.equal(report.body.weeks.length, 26);
    const [current, previous] = report.body.weeks;
    assert.equal(current.week, thisWeek);
    assert.equal(previous.week, lastWeek);
    assert.deepEqual(
      { ...current, byUser: undefined },
      {
        week: thisWeek,
        startsOn: current.startsOn,
        endsOn: current.endsOn,
        openings: 3,
        reviewed: 2,
        justified: 1,
        unjustified: 1,
        pending: 1,
        byUser: undefined,
      },
    );
    assert.equal(isoWeekOf(current.startsOn), thisWeek);
    assert.deepEqual(
      current.byUser.map((u: { user: { displayName: string }; openings: number; unjustified: number; pending: number }) => [
        u.user.displayName,
        u.openings,
        u.unjustified,
        u.pending,
      ]),
      [
        ['Luc Janssens', 2, 1, 1],
        ['Marie Dubois', 1, 0, 0],
      ],
    );
    assert.equal(previous.openings, 1);
    assert.equal(previous.pending, 1);
    assert.equal(
      report.body.weeks.slice(2).every((w: { openings: number }) => w.openings === 0),
      true,
      'nothing in the older weeks',
    );
  });

  test('one week lists its openings; a week that does not exist is refused', async () => {
    const week = await fed.api(anne, 'GET', `/api/v1/oversight/break-glass/weekly?week=${thisWeek}`);
    assert.equal(week.status, 200, week.text);
    assert.equal(week.body.openings, 3);
    assert.deepEqual(week.body.items.map((i: { person: { familyName: string } }) => i.person.familyName).sort(), [
      'Lemaire',
      'Schmitz',
      'Vermeulen',
    ]);
    const invalidWeek = await fed.api(anne, 'GET', '/api/v1/oversight/break-glass/weekly?week=2025-W53');
    assert.equal(invalidWeek.status, 422);
    assert.equal(invalidWeek.body.code, 'break-glass.week-invalid');
    assert.ok(
      [400, 422].includes((await fed.api(anne, 'GET', '/api/v1/oversight/break-glass/weekly?weeks=0')).status),
      'weeks=0 is refused',
    );
    const logged = await db().query(`SELECT 1 FROM audit_events WHERE action = 'break-glass.weekly.read'`);
    assert.ok(logged.length >= 2, 'the advisor’s reads of the report are logged');
  });

  test('the person’s access report can list the openings of their files', async () => {
    const { breakGlassOpeningsForPerson } = await import('#casework/modules/break-glass/break-glass.service.ts');
    const openings = await breakGlassOpeningsForPerson(db(), files.thomas.personId);
    assert.deepEqual(
      openings.map((o) => [o.openedBy, o.reason, o.verdict]),
      [['Marie Dubois', 'Expulsion annoncée ce soir, Luc est injoignable', 'justified']],
    );
  });
});

describe('the person’s files one cannot open', () => {
  test('a worker sees only id, status and date of the files of a person they cannot open; the read is audited', async () => {
    const response = await fed.api(marie, 'GET', `/api/v1/persons/${files.thomas.personId}/restricted-requests`);
    assert.equal(response.status, 200);
    assert.equal(response.body.items.length, 1);
    assert.deepEqual(Object.keys(response.body.items[0]).sort(), ['id', 'receivedAt', 'status']);
    assert.equal(response.body.items[0].id, files.thomas.requestId);
    assert.deepEqual(
      (await fed.api(luc, 'GET', `/api/v1/persons/${files.thomas.personId}/restricted-requests`)).body.items,
      [],
      'Luc can open Thomas’s file',
    );
    assert.equal((await fed.api(karim, 'GET', `/api/v1/persons/${files.thomas.personId}/restricted-requests`)).status, 403);
    assert.equal((await fed.api(marie, 'GET', '/api/v1/persons/00000000-0000-4000-8000-000000000000/restricted-requests')).status, 404);
    const audited = await db().query(`SELECT 1 FROM audit_events WHERE action = 'aid-request.list-restricted' AND person_id = $1`, [
      files.thomas.personId,
    ]);
    assert.ok(audited.length >= 1, 'the read is in the audit log');
  });
});

describe('the pages', () => {
  const loggedIn = (username: string, language: string) => webLoggedIn(fed.baseUrl, username, `${language}-BE,${language};q=0.9`);
  const TEXTS = {
    fr: {
      restricted: 'Dossiers que vous ne pouvez pas ouvrir',
      form: 'Accès d’urgence à un dossier',
      queue: 'Accès d’urgence à examiner',
      weekly: 'Accès d’urgence par semaine',
      notice: 'Accès d’urgence à ce dossier',
    },
    nl: {
      restricted: 'Dossiers die u niet kunt openen',
      form: 'Noodtoegang tot een dossier',
      queue: 'Te onderzoeken noodtoegangen',
      weekly: 'Noodtoegangen per week',
      notice: 'Noodtoegang tot dit dossier',
    },
    de: {
      restricted: 'Akten, die Sie nicht öffnen können',
      form: 'Notfallzugriff auf eine Akte',
      queue: 'Zu prüfende Notfallzugriffe',
      weekly: 'Notfallzugriffe pro Woche',
      notice: 'Notfallzugriff auf diese Akte',
    },
  } as const;

  test('the worker reaches break-glass from the person page, with the warning, in French, Dutch and German', async () => {
    for (const language of ['fr', 'nl', 'de'] as const) {
      const b = await loggedIn('marie.forest', language);
      const person = await b.request('GET', `/persons/${files.thomas.personId}`);
      assert.equal(person.status, 200, language);
      assert.match(person.text, new RegExp(`<html lang="${language}">`));
      assert.ok(person.text.includes(TEXTS[language].restricted), `${language}: the section of files one cannot open`);
      const link = `/requests/${files.thomas.requestId}/break-glass?person=${files.thomas.personId}`;
      assert.ok(person.text.includes(`href="${link}"`), `${language}: the link to break-glass`);
      const form = await b.request('GET', link);
      assert.equal(form.status, 200, `${language}: ${form.text.slice(0, 300)}`);
      assert.ok(form.text.includes(TEXTS[language].form), `${language}: the form`);
      assert.match(form.text, /<textarea[^>]*name="reason"/);
      assert.match(form.text, /<label class="label" for="field-reason">/);
      assert.equal(form.text.includes('⟦'), false, `${language}: a text is missing`);
    }
  });

  test('the form refuses a missing reason with an error summary; with a reason it opens the file', async () => {
    advance(20); // Luc's 15-minute opening of Klaus's file has ended
    const lucBrowser = await loggedIn('luc.forest', 'fr');
    const form = await lucBrowser.request('GET', `/requests/${files.klaus.requestId}/break-glass?person=${files.klaus.personId}`);
    assert.equal(form.status, 200);
    const refused = await lucBrowser.request('POST', `/requests/${files.klaus.requestId}/break-glass`, {
      _csrf: csrfOf(form.text),
      _idempotency: keyOf(form.text),
      person: files.klaus.personId,
      reason: 'vite',
    });
    assert.equal(refused.status, 422);
    assert.match(refused.text, /class="error-summary"/);
    assert.match(refused.text, /href="#field-reason"/);
    const opened = await lucBrowser.request('POST', `/requests/${files.klaus.requestId}/break-glass`, {
      _csrf: csrfOf(refused.text),
      _idempotency: keyOf(refused.text),
      person: files.klaus.personId,
      reason: 'Hôpital au téléphone, besoin du dossier',
    });
    assert.equal(opened.status, 303, opened.text.slice(0, 300));
    assert.equal(opened.location, `/requests/${files.klaus.requestId}?done=break-glass`);
    const request = await lucBrowser.request('GET', opened.location!);
    assert.equal(request.status, 200, 'the file opens');
    const already = await lucBrowser.request('GET', `/requests/${files.klaus.requestId}/break-glass?person=${files.klaus.personId}`);
    assert.ok(already.text.includes('Vous pouvez déjà ouvrir ce dossier'), 'while the access lasts, the form says it is not needed');
  });

  test('the assigned worker sees the notice on the worklist and the page of the opening with the letter, in French, Dutch and German', async () => {
    for (const language of ['fr', 'nl', 'de'] as const) {
      const b = await loggedIn('marie.forest', language);
      const worklist = await b.request('GET', '/');
      assert.equal(worklist.status, 200);
      assert.ok(worklist.text.includes(TEXTS[language].notice), `${language}: the label of the notice on the worklist`);
      const pageUrl = `/requests/${files.klaus.requestId}/break-glass/${grants.klaus}`;
      assert.ok(worklist.text.includes(`href="${pageUrl}"`), `${language}: the worklist links to the opening`);
      const page = await b.request('GET', pageUrl);
      assert.equal(page.status, 200, `${language}: ${page.text.slice(0, 300)}`);
      assert.ok(page.text.includes('Luc Janssens'), `${language}: who opened it`);
      assert.ok(page.text.includes('Hospitalisation urgente'), `${language}: why`);
      assert.equal(page.text.includes('⟦'), false, `${language}: a text is missing`);
      const pdf = await b.request('GET', `${pageUrl}/notice.pdf?lang=${language}`);
      assert.equal(pdf.status, 200);
      assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    }
    const b = await loggedIn('marie.forest', 'fr');
    const page = await b.request('GET', `/requests/${files.klaus.requestId}/break-glass/${grants.klaus}`);
    const sent = await b.request('POST', `/requests/${files.klaus.requestId}/break-glass/${grants.klaus}/sent`, {
      _csrf: csrfOf(page.text),
      sentAt: brusselsToday(),
      method: 'ebox',
    });
    assert.equal(sent.status, 303);
    const confirmation = await b.request('GET', sent.location!);
    assert.ok(confirmation.text.includes('L’envoi du courrier est enregistré.'), 'the sending is confirmed');
  });

  test('the security advisor’s queue and weekly report answer in French, Dutch and German; others are refused', async () => {
    for (const language of ['fr', 'nl', 'de'] as const) {
      const b = await loggedIn('anne.forest', language);
      for (const [url, title] of [
        ['/oversight/break-glass', TEXTS[language].queue],
        ['/oversight/break-glass?status=all', TEXTS[language].queue],
        ['/oversight/break-glass/weekly', TEXTS[language].weekly],
        [`/oversight/break-glass/weekly?week=${thisWeek}`, thisWeek],
      ] as const) {
        const page = await b.request('GET', url);
        assert.equal(page.status, 200, `${language} ${url}`);
        assert.ok(page.text.includes(title), `${language} ${url}: ${title}`);
        assert.equal(page.text.includes('⟦'), false, `${language} ${url}: a text is missing`);
      }
    }
    const marieBrowser = await loggedIn('marie.forest', 'fr');
    assert.equal((await marieBrowser.request('GET', '/oversight/break-glass')).status, 403);
  });

  test('the advisor closes a review from the queue page; an unjustified verdict without comment shows an error', async () => {
    const b = await loggedIn('anne.forest', 'fr');
    const queue = await b.request('GET', '/oversight/break-glass');
    assert.ok(
      queue.text.includes(`action="/oversight/break-glass/${grants.klaus}/review?status=pending"`),
      'a review form per pending opening',
    );
    const refused = await b.request('POST', `/oversight/break-glass/${grants.klaus}/review?status=pending`, {
      _csrf: csrfOf(queue.text),
      verdict: 'unjustified',
      comment: '',
    });
    assert.equal(refused.status, 422);
    assert.match(refused.text, new RegExp(`href="#comment-${grants.klaus}"`));
    const closed = await b.request('POST', `/oversight/break-glass/${grants.klaus}/review?status=pending`, {
      _csrf: csrfOf(refused.text),
      verdict: 'justified',
      comment: '',
    });
    assert.equal(closed.status, 303);
    const row = await db().one<{ review_verdict: string }>('SELECT review_verdict FROM access_grants WHERE id = $1', [grants.klaus]);
    assert.equal(row!.review_verdict, 'justified');
  });
});
