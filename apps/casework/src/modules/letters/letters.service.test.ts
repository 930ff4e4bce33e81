import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Queryable } from '#platform/db.ts';
import type { Actor } from '../../tenant.ts';
import { createLetterService } from './letters.service.ts';
import type { WorkerContact } from './letters.repository.ts';

function fakes(start: WorkerContact) {
  const stored = new Map<string, WorkerContact>([['u1', start]]);
  const audits: { action: string; reason?: string }[] = [];
  const db = { transaction: async <T>(work: (tx: Queryable) => Promise<T>) => work(db as unknown as Queryable) } as unknown as Queryable;
  const actor = { user: { id: 'u1' }, tenant: { db }, now: new Date('2026-01-01T10:00:00Z') } as unknown as Actor;
  const service = createLetterService({
    readContact: async (_db, id) => stored.get(id) ?? { phone: null, email: null },
    writeContact: async (_db, id, contact) => void stored.set(id, contact),
    audit: (async (_tx: unknown, _actor: unknown, event: { action: string; reason?: string }) => void audits.push(event)) as never,
  });
  return { stored, audits, actor, service };
}

test('a worker changes the fields given, clears one with null or blank, and the change is audited without the values', async () => {
  const { stored, audits, actor, service } = fakes({ phone: '+32 2 000 00 11', email: 'old@forest.example' });
  assert.deepEqual(await service.updateMyContact(actor, { email: ' marie@forest.example ' }), {
    phone: '+32 2 000 00 11',
    email: 'marie@forest.example',
  });
  assert.deepEqual(await service.updateMyContact(actor, { phone: null }), { phone: null, email: 'marie@forest.example' });
  assert.deepEqual(await service.updateMyContact(actor, { email: '  ' }), { phone: null, email: null });
  assert.deepEqual(stored.get('u1'), { phone: null, email: null });
  assert.deepEqual(
    audits.map((event) => [event.action, event.reason]),
    [
      ['user.contact-update', 'email'],
      ['user.contact-update', 'phone'],
      ['user.contact-update', 'email'],
    ],
  );
  assert.ok(!JSON.stringify(audits).includes('forest.example'), 'the audit names the fields, not the values');
});
