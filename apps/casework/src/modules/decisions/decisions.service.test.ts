/** The decision use cases with a fake repository, a fake access check and fake code lists: no database. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Queryable } from '#platform/db.ts';
import type { Actor } from '../../tenant.ts';
import type { AidRequestRow, withRequest } from '../access/index.ts';
import { createDecisionService, type DecisionDeps } from './decisions.service.ts';
import type { DecisionRepository } from './decisions.repository.ts';
import type { DecisionRow, NewDecision } from './decisions.ts';

const REQUEST_ID = '11111111-1111-4111-8111-111111111111';
const DECISION_ID = '22222222-2222-4222-8222-222222222222';
const noDatabase: Queryable = { query: async () => [], one: async () => undefined };
const actor = {
  tenant: { db: noDatabase },
  user: { id: 'u', role: 'social-worker' },
  requestId: 't',
  now: new Date('2026-03-10T10:00:00Z'),
} as unknown as Actor;
const request = { id: REQUEST_ID, person_id: 'p', status: 'report-signed' } as AidRequestRow;
const noDeadlines = { decisionDue: null, notificationDue: null, appealDeadline: '2026-06-18' };

function serviceWith(repository: Partial<DecisionRepository>, written: string[]) {
  const deps: Partial<DecisionDeps> = {
    repository: () => ({ requestIdOf: async () => REQUEST_ID, request: async () => request, ...repository }) as DecisionRepository,
    withRequest: (async (_actor: Actor, _id: string, _audit: unknown, work: (tx: Queryable, r: AidRequestRow) => unknown) =>
      work(noDatabase, request)) as typeof withRequest,
    readCode: async (_tx, _list, code) => ({ code, attributes: {} }),
    deadlines: (async () => ({ deadlines: noDeadlines, alerts: [] })) as unknown as DecisionDeps['deadlines'],
    moveIntegration: async () => {
      written.push('integration');
    },
  };
  return createDecisionService(deps);
}

const decision = (overrides: Partial<NewDecision> = {}): NewDecision => ({
  decidedAt: '2026-03-09',
  body: 'committee',
  aidType: 'ris',
  outcome: 'granted',
  legalBasis: 'ris-law',
  motivationCategory: 'eligible',
  ...overrides,
});

const writingRepository = (written: string[], state: { isSigned: boolean; hasPendingHearing: boolean }): Partial<DecisionRepository> => ({
  isReportSigned: async () => state.isSigned,
  hasPendingHearing: async () => state.hasPendingHearing,
  nextSequence: async () => 42,
  insert: async (ref, requestId, input) => {
    written.push(ref);
    return { id: DECISION_ID, ref, request_id: requestId, decided_at: input.decidedAt, created_at: new Date() } as DecisionRow;
  },
  setRequestStatus: async (_id, status) => {
    written.push(status);
    return [];
  },
});

const rejectsWith = (code: string) => (error: unknown) => (error as { code?: string }).code === code;

test('a decision waits for the signed social report, unless the president decides in urgency', async () => {
  const written: string[] = [];
  const service = serviceWith(writingRepository(written, { isSigned: false, hasPendingHearing: false }), written);
  await assert.rejects(service.recordDecision(actor, REQUEST_ID, decision()), rejectsWith('decision.report-not-signed'), 'not signed');
  assert.deepEqual(written, [], 'nothing written');
  const recorded = await service.recordDecision(actor, REQUEST_ID, decision({ body: 'president-urgency' }));
  assert.equal(recorded.ref, 'D-2026-000042', 'numbered by the year decided');
  assert.deepEqual(written, ['D-2026-000042', 'decided', 'integration'], 'decision, status, then the integration of a granted aid');
});

test('a RIS refusal waits for the hearing the person asked for', async () => {
  const written: string[] = [];
  const service = serviceWith(writingRepository(written, { isSigned: true, hasPendingHearing: true }), written);
  await assert.rejects(
    service.recordDecision(actor, REQUEST_ID, decision({ outcome: 'refused' })),
    rejectsWith('decision.hearing-pending'),
    'hearing pending',
  );
  const granted = await service.recordDecision(actor, REQUEST_ID, decision({ outcome: 'granted' }));
  assert.equal(granted.id, DECISION_ID, 'a grant does not wait for the hearing');
});

test('a decision dated tomorrow, or with a period ending before it starts, is refused', async () => {
  const written: string[] = [];
  const service = serviceWith(writingRepository(written, { isSigned: true, hasPendingHearing: false }), written);
  await assert.rejects(
    service.recordDecision(actor, REQUEST_ID, decision({ decidedAt: '2026-03-11' })),
    rejectsWith('decision.in-future'),
    'future',
  );
  await assert.rejects(
    service.recordDecision(actor, REQUEST_ID, decision({ period: { from: '2026-04-01', to: '2026-03-01' } })),
    rejectsWith('decision.period-invalid'),
    'period',
  );
  assert.deepEqual(written, [], 'nothing written');
});

test('"today" is the date in Brussels: at 23:30 UTC a decision dated the next calendar day is already today', async () => {
  const written: string[] = [];
  const service = serviceWith(writingRepository(written, { isSigned: true, hasPendingHearing: false }), written);
  const lateEvening = { ...actor, now: new Date('2026-03-10T23:30:00Z') } as Actor;
  const recorded = await service.recordDecision(lateEvening, REQUEST_ID, decision({ decidedAt: '2026-03-11' }));
  assert.equal(recorded.id, DECISION_ID, 'it is 00:30 on 11 March in Brussels');
  await assert.rejects(
    service.recordDecision(lateEvening, REQUEST_ID, decision({ decidedAt: '2026-03-12' })),
    rejectsWith('decision.in-future'),
    'the day after is still the future',
  );
});

test('an appeal filed after the deadline is recorded as late, and a labour-court appeal contests the decision', async () => {
  const written: string[] = [];
  const service = serviceWith(
    {
      insertAppeal: async () => 'appeal-1',
      byId: async () => ({ decided_at: '2026-03-09' }) as DecisionRow,
      markContested: async () => {
        written.push('contested');
        return [];
      },
    },
    written,
  );
  // Recorded on 20 June: an appeal is never dated after the day it is recorded.
  const later = { ...actor, now: new Date('2026-06-20T10:00:00Z') };
  const onTime = await service.recordAppeal(later, DECISION_ID, { kind: 'internal-review', filedAt: '2026-06-18' });
  assert.equal(onTime.isLate, false, 'on the last day');
  const late = await service.recordAppeal(later, DECISION_ID, { kind: 'labour-court', filedAt: '2026-06-19' });
  assert.equal(late.isLate, true, 'a day late');
  assert.deepEqual(written, ['contested'], 'only the labour-court appeal contests');
});
