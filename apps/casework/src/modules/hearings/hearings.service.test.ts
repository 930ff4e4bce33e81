/** The hearing use cases with a fake repository and a fake access check: no database. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Queryable } from '#platform/db.ts';
import type { Actor } from '../../tenant.ts';
import type { AidRequestRow, withRequest } from '../access/index.ts';
import { createHearingService } from './hearings.service.ts';
import type { Hearing, HearingRepository } from './hearings.repository.ts';

const REQUEST_ID = '11111111-1111-4111-8111-111111111111';
const HEARING_ID = '44444444-4444-4444-8444-444444444444';
const noDatabase: Queryable = { query: async () => [], one: async () => undefined };
const actor = { user: { id: 'u', role: 'social-worker' }, now: new Date('2026-03-10T10:00:00Z') } as unknown as Actor;
const request = (status: string) => ({ id: REQUEST_ID, status }) as AidRequestRow;
const rejectsWith = (code: string) => (error: unknown) => (error as { code?: string }).code === code;

const hearing = (facts: Partial<Hearing>): Hearing => ({
  id: HEARING_ID,
  state: 'requested',
  requestedAt: '2026-03-01',
  scheduledAt: null,
  heldAt: null,
  notHeldAt: null,
  notHeldReason: null,
  attendees: null,
  assistedBy: null,
  minutesSummary: null,
  createdAt: '2026-03-01T09:00:00.000Z',
  ...facts,
});

function serviceWith(file: AidRequestRow, repository: Partial<HearingRepository>, written: string[]) {
  const fakeWithRequest = (async (
    _a: Actor,
    _id: string,
    audit: { action: string },
    work: (tx: Queryable, r: AidRequestRow) => unknown,
  ) => {
    written.push(audit.action);
    return work(noDatabase, file);
  }) as typeof withRequest;
  return createHearingService({ withRequest: fakeWithRequest, repository: () => repository as HearingRepository });
}

test('a hearing already held or closed as not held is not rewritten', async () => {
  const written: string[] = [];
  const updates: string[] = [];
  const repository: Partial<HearingRepository> = {
    byId: async () => hearing({ heldAt: '2026-03-05', state: 'held' }),
    notHeld: async () => {
      updates.push('not-held');
      return hearing({});
    },
  };
  const service = serviceWith(request('investigating'), repository, written);
  await assert.rejects(
    service.recordNotHeld(actor, REQUEST_ID, HEARING_ID, { notHeldAt: '2026-03-06', reason: 'person-absent' }),
    rejectsWith('hearing.closed'),
  );
  assert.deepEqual(updates, [], 'nothing written');
});

test('a hearing of another file, or an id that is not one, is not found', async () => {
  const service = serviceWith(request('investigating'), { byId: async () => undefined }, []);
  await assert.rejects(service.scheduleHearing(actor, REQUEST_ID, 'nope', { scheduledAt: '2026-03-12' }), rejectsWith('hearing.not-found'));
  await assert.rejects(
    service.scheduleHearing(actor, REQUEST_ID, HEARING_ID, { scheduledAt: '2026-03-12' }),
    rejectsWith('hearing.not-found'),
  );
});

test('a hearing is requested only on an open file, never dated in the future', async () => {
  const inserted: string[] = [];
  const repository: Partial<HearingRepository> = {
    insert: async (_id, requestedAt) => {
      inserted.push(requestedAt);
      return hearing({ requestedAt });
    },
  };
  await assert.rejects(
    serviceWith(request('closed'), repository, []).requestHearing(actor, REQUEST_ID, { requestedAt: '2026-03-09' }),
    rejectsWith('aid-request.closed'),
  );
  const written: string[] = [];
  await assert.rejects(
    serviceWith(request('received'), repository, written).requestHearing(actor, REQUEST_ID, { requestedAt: '2026-03-11' }),
    rejectsWith('hearing.in-future'),
  );
  assert.deepEqual(written, [], 'refused before the file is opened');
  const created = await serviceWith(request('received'), repository, []).requestHearing(actor, REQUEST_ID, { requestedAt: '2026-03-09' });
  assert.equal(created.state, 'requested');
  assert.deepEqual(inserted, ['2026-03-09']);
});
