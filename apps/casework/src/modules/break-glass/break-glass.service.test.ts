/** Break-glass use cases with a fake repository and fake settings: no database. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Queryable } from '#platform/db.ts';
import type { Actor, Role } from '../../tenant.ts';
import type { AidRequestRow, withRequest } from '../access/index.ts';
import { createBreakGlassService, type BreakGlassDeps } from './break-glass.service.ts';
import type { BreakGlassRepository } from './break-glass.repository.ts';
import { requireReviewComment, weekCounts } from './break-glass.ts';

const REQUEST_ID = '11111111-1111-4111-8111-111111111111';
const GRANT_ID = '22222222-2222-4222-8222-222222222222';
const NOW = new Date('2026-03-10T10:00:00Z');
const noDatabase: Queryable = { query: async () => [], one: async () => undefined };

function actorWith(role: Role): Actor {
  return {
    tenant: { db: { ...noDatabase, transaction: (work: (tx: Queryable) => Promise<unknown>) => work(noDatabase) } },
    user: { id: '33333333-3333-4333-8333-333333333333', role, displayName: 'Opener' },
    requestId: 'test',
    now: NOW,
  } as unknown as Actor;
}

function serviceWith(repository: Partial<BreakGlassRepository>) {
  const deps: Partial<BreakGlassDeps> = {
    repository: () => repository as BreakGlassRepository,
    withRequest: (async (_actor: Actor, _id: string, _audit: unknown, work: (tx: Queryable, r: AidRequestRow) => unknown) =>
      work(noDatabase, { id: REQUEST_ID, person_id: 'p' } as AidRequestRow)) as typeof withRequest,
    readSetting: (async () => ({ grantMaxHours: 72, breakGlassMinutes: 30 })) as unknown as BreakGlassDeps['readSetting'],
  };
  return createBreakGlassService(deps);
}

const rejectsWith = (code: string) => (error: unknown) => (error as { code?: string }).code === code;
const REASON = 'the applicant is at the desk and her worker is ill';

test('break-glass is refused when the user can already open the file', async () => {
  const service = serviceWith({ lockForOpening: async () => ({ id: REQUEST_ID, person_id: 'p', is_accessible: true, language: 'nl' }) });
  await assert.rejects(service.open(actorWith('social-worker'), REQUEST_ID, REASON), rejectsWith('break-glass.not-needed'), 'not needed');
});

test('an opening lasts the configured minutes and tells the team and the person, in the person language', async () => {
  const written: Record<string, unknown>[] = [];
  const service = serviceWith({
    lockForOpening: async () => ({ id: REQUEST_ID, person_id: 'p', is_accessible: false, language: 'nl' }),
    insertOpening: async (_request, _user, reason, _at, expiresAt) => {
      written.push({ grant: reason, expiresAt: expiresAt.toISOString() });
      return GRANT_ID;
    },
    assignedUserIds: async () => ['w1', 'w2'],
    insertWorklistNotice: async (_request, details) => {
      written.push({ notice: details.reason });
      return 'notice-1';
    },
    insertPersonNotice: async (notice) => {
      written.push({ letter: notice.language, to: notice.notifiedUserIds, notice: notice.worklistNoticeId });
      return [];
    },
  });
  const opened = await service.open(actorWith('social-worker'), REQUEST_ID, `  ${REASON}  `);
  assert.deepEqual(opened.notified, { workers: 2, personNotice: 'due' }, 'two workers told, the letter due');
  assert.equal(opened.expiresAt, '2026-03-10T10:30:00.000Z', 'thirty minutes');
  assert.deepEqual(written, [
    { grant: REASON, expiresAt: '2026-03-10T10:30:00.000Z' },
    { notice: REASON },
    { letter: 'nl', to: ['w1', 'w2'], notice: 'notice-1' },
  ]);
});

test('a short reason, or a committee member, cannot open a file', async () => {
  const service = serviceWith({});
  await assert.rejects(
    service.open(actorWith('social-worker'), REQUEST_ID, 'urgent'),
    rejectsWith('break-glass.reason-required'),
    'reason',
  );
  await assert.rejects(service.open(actorWith('committee-member'), REQUEST_ID, REASON), rejectsWith('access.role'), 'role');
});

test('only the file team records the letter as sent, on a day between the opening and today', async () => {
  const handled: string[] = [];
  const team = {
    lockPersonNotice: async () => ({ status: 'due' as const, worklist_notice_id: 'notice-1', opened_on: '2026-03-08' }),
    markNoticeSent: async () => [],
    handleWorklistNotice: async (id: string) => {
      handled.push(id);
      return [];
    },
  };
  const outsider = serviceWith({ ...team, isTeam: async () => false });
  await assert.rejects(
    outsider.markNoticeSent(actorWith('social-worker'), REQUEST_ID, GRANT_ID, { sentAt: '2026-03-09', method: 'letter' }),
    rejectsWith('break-glass.team-only'),
    'not the team',
  );
  const member = serviceWith({ ...team, isTeam: async () => true });
  await assert.rejects(
    member.markNoticeSent(actorWith('social-worker'), REQUEST_ID, GRANT_ID, { sentAt: '2026-03-07', method: 'letter' }),
    rejectsWith('break-glass.sent-at-invalid'),
    'before the opening',
  );
  const sent = await member.markNoticeSent(actorWith('social-worker'), REQUEST_ID, GRANT_ID, { sentAt: '2026-03-09', method: 'ebox' });
  assert.deepEqual(sent.personNotice, { status: 'sent', sentAt: '2026-03-09', method: 'ebox' });
  assert.deepEqual(handled, ['notice-1'], 'the worklist notice is handled with it');
});

test('an unjustified verdict needs a comment; a justified one keeps none when blank', () => {
  assert.throws(() => requireReviewComment('unjustified', '   '), rejectsWith('break-glass.comment-required'), 'comment required');
  assert.equal(requireReviewComment('justified', '  '), null, 'blank is no comment');
  assert.equal(requireReviewComment('unjustified', ' no need '), 'no need', 'trimmed');
});

test('a week counts its openings by review status and verdict', () => {
  const counts = weekCounts([
    { status: 'pending' },
    { status: 'reviewed', verdict: 'justified' },
    { status: 'reviewed', verdict: 'unjustified' },
  ]);
  assert.deepEqual(counts, { openings: 3, reviewed: 2, justified: 1, unjustified: 1, pending: 1 });
});
