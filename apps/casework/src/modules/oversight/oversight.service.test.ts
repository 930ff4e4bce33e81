/** Oversight use cases with a fake repository: no database. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Queryable } from '#platform/db.ts';
import type { Actor, Role } from '../../tenant.ts';
import { createOversightService } from './oversight.service.ts';
import type { OversightRepository } from './oversight.repository.ts';

const PERSON_ID = '11111111-1111-4111-8111-111111111111';
const noDatabase: Queryable = { query: async () => [], one: async () => undefined };

function actorWith(role: Role): Actor {
  return {
    tenant: { db: { ...noDatabase, transaction: (work: (tx: Queryable) => Promise<unknown>) => work(noDatabase) } },
    user: { id: '22222222-2222-4222-8222-222222222222', role },
    requestId: 'test',
    now: new Date('2026-03-10T10:00:00Z'),
  } as unknown as Actor;
}

const none = async () => [];
const emptyReport: Partial<OversightRepository> = {
  person: async () => ({
    id: PERSON_ID,
    niss: null,
    provisional_id: 'P-1',
    family_name: 'Peeters',
    given_names: 'An',
    birth_date: null,
    nationality: null,
    language: 'nl',
    is_sensitive: false,
    created_at: new Date('2026-01-01T00:00:00Z'),
  }),
  identifiers: none,
  requests: none,
  decisions: none,
  socialReports: none,
  documents: async () => [
    {
      request_id: 'r',
      type: 'payslip',
      title: 'March',
      document_date: '2026-03-01',
      source: 'person',
      source_ref: null,
      retention_class: 'x',
    },
  ],
  noteCounts: async () => [{ request_id: 'r', count: 3 }],
  exportedDisclosures: none,
  accesses: none,
  integrations: none,
};
const serviceWith = (repository: Partial<OversightRepository>) =>
  createOversightService({ repository: () => repository as OversightRepository });
const rejectsWith = (code: string) => (error: unknown) => (error as { code?: string }).code === code;

test('the access report counts the confidential notes and never carries their content', async () => {
  const report = await serviceWith(emptyReport).accessReport(actorWith('security-advisor'), PERSON_ID);
  assert.deepEqual(report.confidentialNotes, [{ requestId: 'r', count: 3, contentExcluded: 'professional-secrecy' }]);
  assert.deepEqual(report.sources, [{ source: 'person' }], 'one source, named once');
});

test('a social worker does not generate access reports', async () => {
  await assert.rejects(serviceWith(emptyReport).accessReport(actorWith('social-worker'), PERSON_ID), rejectsWith('access.role'), 'role');
});

test('putting a person under watch needs a reason; lifting it does not', async () => {
  const changes: (string | null)[] = [];
  const service = serviceWith({
    setSensitivity: async (id, isSensitive, reason) => {
      changes.push(reason);
      return { id, is_sensitive: isSensitive, sensitive_reason: reason, sensitive_flagged_at: null };
    },
  });
  await assert.rejects(
    service.setSensitivity(actorWith('security-advisor'), PERSON_ID, { isSensitive: true, reason: ' x ' }),
    rejectsWith('sensitivity.reason-required'),
    'reason',
  );
  await service.setSensitivity(actorWith('security-advisor'), PERSON_ID, { isSensitive: false });
  assert.deepEqual(changes, [null], 'lifted without a reason');
});

test('the audit log is read for one user or one person, never whole', async () => {
  await assert.rejects(
    serviceWith({}).auditEvents(actorWith('security-advisor'), { limit: 10, offset: 0 }),
    rejectsWith('audit-log.filter-required'),
    'a filter is required',
  );
  await assert.rejects(
    serviceWith({}).auditEvents(actorWith('security-advisor'), { userId: 'not-an-id', limit: 10, offset: 0 }),
    rejectsWith('validation.failed'),
    'an id',
  );
});

test('a supervisor outside the team of every file of the person gets "not found" for the access report; the team’s supervisor gets it (R23, R44)', async () => {
  const outside = serviceWith({ ...emptyReport, isPersonTeam: async () => false });
  await assert.rejects(outside.accessReport(actorWith('supervisor'), PERSON_ID), rejectsWith('person.not-found'));
  const team = serviceWith({ ...emptyReport, isPersonTeam: async () => true });
  assert.equal((await team.accessReport(actorWith('supervisor'), PERSON_ID)).person.id, PERSON_ID);
  const advisor = serviceWith({ ...emptyReport, isPersonTeam: async () => false });
  assert.equal(
    (await advisor.accessReport(actorWith('security-advisor'), PERSON_ID)).person.id,
    PERSON_ID,
    'the security advisor answers every person',
  );
});
