/** The disclosure workflow with a fake repository and fake code lists: no database. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Queryable } from '#platform/db.ts';
import type { Actor, Role } from '../../tenant.ts';
import { createDisclosureService, type DisclosureDeps } from './disclosures.service.ts';
import type { DisclosureRepository, DisclosureRow } from './disclosures.repository.ts';

const ID = '11111111-1111-4111-8111-111111111111';
const RECORDER = '22222222-2222-4222-8222-222222222222';
const REVIEWER = '33333333-3333-4333-8333-333333333333';
const noDatabase: Queryable = { query: async () => [], one: async () => undefined };

function actorWith(role: Role, id = REVIEWER): Actor {
  return {
    tenant: {
      kbo: '0212344876',
      name: 'CPAS',
      db: { ...noDatabase, transaction: (work: (tx: Queryable) => Promise<unknown>) => work(noDatabase) },
    },
    user: { id, role },
    requestId: 'test',
    now: new Date('2026-03-10T10:00:00Z'),
  } as unknown as Actor;
}

const disclosure = (overrides: Partial<DisclosureRow>): DisclosureRow =>
  ({
    id: ID,
    person_id: 'p',
    status: 'recorded',
    items: [{ type: 'identity' }],
    legal_basis: 'judicial-request',
    created_by: RECORDER,
    items_selected_by: RECORDER,
    created_at: new Date('2026-03-01T10:00:00Z'),
    ...overrides,
  }) as DisclosureRow;

function serviceWith(row: DisclosureRow, writes: string[]) {
  const repository: Partial<DisclosureRepository> = {
    lock: async () => true,
    byId: async () => row,
    approve: async () => {
      writes.push('approve');
      return [];
    },
    refuse: async () => {
      writes.push('refuse');
      return [];
    },
    markExported: async () => {
      writes.push('export');
      return [];
    },
    requestsOfPerson: async () => [],
    decisionsOfPerson: async () => [],
  };
  const deps: Partial<DisclosureDeps> = {
    repository: () => repository as DisclosureRepository,
    readCode: async (_tx, _list, code) => ({ code, attributes: {} }),
  };
  return createDisclosureService(deps);
}

const rejectsWith = (code: string) => (error: unknown) => (error as { code?: string }).code === code;
const review = { verdict: 'approve' as const, assessment: 'art. 46bis applies to this request' };

test('a social worker does not handle disclosures', async () => {
  const service = serviceWith(disclosure({}), []);
  await assert.rejects(service.get(actorWith('social-worker'), ID), rejectsWith('disclosure.forbidden'), 'refused');
});

test('the officer who recorded the request or chose the items does not review it (four eyes)', async () => {
  const writes: string[] = [];
  const service = serviceWith(disclosure({}), writes);
  await assert.rejects(
    service.review(actorWith('supervisor', RECORDER), ID, review),
    rejectsWith('disclosure.same-officer'),
    'same officer',
  );
  assert.deepEqual(writes, [], 'nothing written');
  await service.review(actorWith('security-advisor', REVIEWER), ID, review);
  assert.deepEqual(writes, ['approve'], 'another officer approves');
});

test('a refusal states its reason', async () => {
  const writes: string[] = [];
  const service = serviceWith(disclosure({}), writes);
  await assert.rejects(
    service.review(actorWith('supervisor'), ID, { verdict: 'refuse', assessment: 'no legal basis for this scope' }),
    rejectsWith('disclosure.refusal-reason-required'),
    'reason required',
  );
  assert.deepEqual(writes, [], 'nothing written');
});

test('a disclosure is exported once, and only once approved', async () => {
  await assert.rejects(
    serviceWith(disclosure({ status: 'exported' }), []).exportOnce(actorWith('supervisor'), ID, 'json'),
    rejectsWith('disclosure.already-exported'),
    'already exported',
  );
  await assert.rejects(
    serviceWith(disclosure({ status: 'recorded' }), []).exportOnce(actorWith('supervisor'), ID, 'json'),
    rejectsWith('disclosure.wrong-status'),
    'not approved',
  );
});

test('items are chosen from the person file only', async () => {
  const service = serviceWith(disclosure({}), []);
  await assert.rejects(
    service.selectItems(actorWith('supervisor'), ID, [{ type: 'identity' }, { type: 'decision', ref: 'D-2026-000001' }]),
    rejectsWith('disclosure.item-unknown'),
    'not in the file',
  );
});
