/** Worklist notices handled, with a fake access check and a fake transaction: no database. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Queryable, Row } from '#platform/db.ts';
import type { Actor } from '../../tenant.ts';
import type { AidRequestRow, withRequest } from '../access/index.ts';
import { createWorklistService } from './worklist.service.ts';

const NOTICE_ID = '11111111-1111-4111-8111-111111111111';
const REQUEST_ID = '22222222-2222-4222-8222-222222222222';

/** A database whose answers are chosen by a fragment of the statement. */
function fakeDatabase(answers: Record<string, Row | undefined>): Queryable {
  const answer = (sql: string) => Object.entries(answers).find(([fragment]) => sql.includes(fragment))?.[1];
  return { query: async (sql) => (answer(sql) ? [answer(sql)!] : []) as never[], one: async (sql) => answer(sql) as never };
}

function serviceOver(db: Queryable, opened: string[]) {
  const fakeWithRequest = (async (
    _actor: Actor,
    requestId: string,
    _audit: unknown,
    work: (tx: Queryable, r: AidRequestRow) => unknown,
  ) => {
    opened.push(requestId);
    return work(db, { id: requestId } as AidRequestRow);
  }) as typeof withRequest;
  return createWorklistService({ withRequest: fakeWithRequest });
}

const actorOver = (db: Queryable) =>
  ({ tenant: { db }, user: { id: 'u', role: 'social-worker' }, requestId: 't', now: new Date('2026-03-10T10:00:00Z') }) as unknown as Actor;
const rejectsWith = (code: string) => (error: unknown) => (error as { code?: string }).code === code;

test('a notice is handled on its own file, once', async () => {
  const opened: string[] = [];
  const handled = fakeDatabase({
    'FROM worklist_notices WHERE id': { request_id: REQUEST_ID },
    'UPDATE worklist_notices': { id: NOTICE_ID, handled_at: new Date('2026-03-10T10:00:00Z') },
  });
  const result = await serviceOver(handled, opened).handleNotice(actorOver(handled), NOTICE_ID);
  assert.deepEqual(result, { id: NOTICE_ID, handledAt: '2026-03-10T10:00:00.000Z' });
  assert.deepEqual(opened, [REQUEST_ID], 'the access check ran on the notice file');
  const again = fakeDatabase({ 'FROM worklist_notices WHERE id': { request_id: REQUEST_ID } });
  await assert.rejects(serviceOver(again, []).handleNotice(actorOver(again), NOTICE_ID), rejectsWith('worklist-notice.handled'), 'twice');
});

test('the notice of an emergency opening closes with the person letter, not with a click', async () => {
  const due = fakeDatabase({
    'FROM worklist_notices WHERE id': { request_id: REQUEST_ID },
    'FROM break_glass_person_notices': { '?column?': 1 },
  });
  await assert.rejects(serviceOver(due, []).handleNotice(actorOver(due), NOTICE_ID), rejectsWith('worklist-notice.letter-due'), 'letter');
});

test('an unknown notice id is checked against the nil id, which no file has', async () => {
  const opened: string[] = [];
  const none = fakeDatabase({});
  await serviceOver(none, opened)
    .handleNotice(actorOver(none), 'not-an-id')
    .catch(() => undefined);
  assert.deepEqual(opened, ['00000000-0000-0000-0000-000000000000'], 'the access check answers for the nil id');
});
