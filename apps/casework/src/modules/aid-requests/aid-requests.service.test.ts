/** The aid-request use cases with a fake repository, a fake access check and fake settings: no database. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Queryable } from '#platform/db.ts';
import type { Actor, Role } from '../../tenant.ts';
import type { AidRequestRow, withRequest } from '../access/index.ts';
import { createAidRequestService, type AidRequestDeps } from './aid-requests.service.ts';
import type { AidRequestRepository } from './aid-requests.repository.ts';
import { DEFAULT_DEADLINE_RULES } from './deadlines.ts';

const REQUEST_ID = '11111111-1111-4111-8111-111111111111';
const WORKER_ID = '22222222-2222-4222-8222-222222222222';
const NOW = new Date('2026-03-10T10:00:00Z');

const noDatabase: Queryable = {
  query: async () => [],
  one: async () => undefined,
};

function actorWith(role: Role): Actor {
  return {
    tenant: { db: { ...noDatabase, transaction: (work: (tx: Queryable) => Promise<unknown>) => work(noDatabase) } },
    user: { id: '33333333-3333-4333-8333-333333333333', role },
    requestId: 'test',
    now: NOW,
  } as unknown as Actor;
}

const row = (status: string): AidRequestRow =>
  ({ id: REQUEST_ID, person_id: 'p', status, original_received_at: '2026-03-01', received_at: new Date('2026-03-01') }) as AidRequestRow;

/** A service whose file is `request` (already through the access check) and whose SQL is `repository`. */
function serviceWith(request: AidRequestRow, repository: Partial<AidRequestRepository>, calls: string[] = []) {
  const fakeWithRequest = (async (
    _actor: Actor,
    _id: string,
    audit: { action: string },
    work: (tx: Queryable, r: AidRequestRow) => unknown,
  ) => {
    calls.push(audit.action);
    return work(noDatabase, request);
  }) as typeof withRequest;
  const deps: Partial<AidRequestDeps> = {
    repository: () => repository as AidRequestRepository,
    withRequest: fakeWithRequest,
    queueTransfer: async () => 'queued',
    readSetting: (async (_tx: Queryable, key: string) =>
      key === 'access' ? { grantMaxHours: 72, breakGlassMinutes: 60 } : DEFAULT_DEADLINE_RULES) as AidRequestDeps['readSetting'],
  };
  return createAidRequestService(deps);
}

const rejectsWith = (code: string) => (error: unknown) => (error as { code?: string }).code === code;

test('only a supervisor or an administrator assigns a file', async () => {
  const service = serviceWith(row('received'), {});
  await assert.rejects(
    service.assign(actorWith('social-worker'), REQUEST_ID, WORKER_ID),
    rejectsWith('access.role'),
    'a worker is refused',
  );
});

test('a file is assigned to an active social worker only, and the assignment is recorded', async () => {
  const assigned: string[] = [];
  const repository: Partial<AidRequestRepository> = {
    byId: async () => row('received'),
    activeUserRole: async (id) => (id === WORKER_ID ? 'social-worker' : 'committee-member'),
    assign: async (requestId, userId) => {
      assigned.push(`${requestId}:${userId}`);
      return [];
    },
  };
  const service = serviceWith(row('received'), repository);
  const other = '44444444-4444-4444-8444-444444444444';
  await assert.rejects(service.assign(actorWith('supervisor'), REQUEST_ID, other), rejectsWith('assignment.not-a-worker'), 'not a worker');
  assert.deepEqual(await service.assign(actorWith('supervisor'), REQUEST_ID, WORKER_ID), { requestId: REQUEST_ID, userId: WORKER_ID });
  assert.deepEqual(assigned, [`${REQUEST_ID}:${WORKER_ID}`], 'one assignment written');
});

test('a grant longer than the setting allows is refused before the file is opened', async () => {
  const calls: string[] = [];
  const service = serviceWith(row('received'), {}, calls);
  const input = { userId: WORKER_ID, reason: 'covering a colleague', hours: 73 };
  await assert.rejects(service.grantAccess(actorWith('supervisor'), REQUEST_ID, input), rejectsWith('grant.too-long'), 'too long');
  assert.deepEqual(calls, [], 'the file was not opened');
});

test('a grant names an existing user and expires after the hours asked', async () => {
  const repository: Partial<AidRequestRepository> = {
    activeUserRole: async (id) => (id === WORKER_ID ? 'social-worker' : undefined),
    grant: async () => 'grant-1',
  };
  const service = serviceWith(row('received'), repository);
  const unknown = '55555555-5555-4555-8555-555555555555';
  await assert.rejects(
    service.grantAccess(actorWith('supervisor'), REQUEST_ID, { userId: unknown, reason: 'covering a colleague', hours: 2 }),
    rejectsWith('grant.unknown-user'),
    'unknown user',
  );
  const grant = await service.grantAccess(actorWith('supervisor'), REQUEST_ID, {
    userId: WORKER_ID,
    reason: 'covering a colleague',
    hours: 2,
  });
  assert.deepEqual(grant, { id: 'grant-1', userId: WORKER_ID, expiresAt: '2026-03-10T12:00:00.000Z' });
});

test('a decided request cannot be transferred', async () => {
  const service = serviceWith(row('decided'), {});
  const input = { toKbo: '0212344876', toName: 'CPAS', reason: 'moved', startedAt: '2026-03-02', applicantInformedAt: '2026-03-02' };
  await assert.rejects(service.transfer(actorWith('social-worker'), REQUEST_ID, input), rejectsWith('transfer.too-late'), 'too late');
});

test('a transfer started after the five days is recorded as overdue, and the original date stays', async () => {
  const transfers: boolean[] = [];
  const repository: Partial<AidRequestRepository> = {
    insertTransfer: async (transfer) => {
      transfers.push(transfer.isOverdue);
      return 'transfer-1';
    },
    markTransferred: async () => [],
  };
  const service = serviceWith(row('received'), repository);
  const input = { toKbo: '0212344876', toName: 'CPAS', reason: 'moved', startedAt: '2026-03-09', applicantInformedAt: '2026-03-09' };
  const result = await service.transfer(actorWith('social-worker'), REQUEST_ID, input);
  assert.equal(result.isOverdue, true, 'overdue');
  assert.equal(result.originalReceivedAt, '2026-03-01', 'original date kept');
  assert.deepEqual(transfers, [true], 'recorded as overdue');
  assert.equal(result.hubStatus, 'queued', 'sent to the receiving CPAS through the hub');
  assert.equal(result.noticeLetter, `/api/v1/aid-requests/${REQUEST_ID}/transfer/notice.pdf`, 'the letter to the person');
});

test('a request received in the future is refused before anything is written', async () => {
  const service = serviceWith(row('received'), {});
  const input = { personId: '77777777-7777-4777-8777-777777777777', kind: 'ris', receivedAt: '2026-03-11T10:00:00Z' };
  await assert.rejects(
    service.registerRequest(actorWith('social-worker'), input, null),
    rejectsWith('aid-request.received-in-future'),
    'future',
  );
});
