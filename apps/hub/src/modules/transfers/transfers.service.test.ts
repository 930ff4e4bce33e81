/** Transfers at the hub (R7), with a fake registry, channel and log: relayed blind, once, until acknowledged. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateNiss } from '#contracts/niss.ts';
import { generateKbo } from '#contracts/kbo.ts';
import { claimsOf, createFakeHub, institution, NOW, refusalOf } from '../../testing/fakes.ts';
import type { NewTransferMessage, TransferMessageRow, TransferRepository } from './transfers.repository.ts';
import { createTransferService } from './transfers.service.ts';

const niss = generateNiss({ birthDate: '1987-10-08', sequence: 233 });
const first = institution(generateKbo('02123456'), 'cpas', 'CPAS de Forest');
const competent = institution(generateKbo('02076543'), 'cpas', 'CPAS de Molenbeek');
const portal = institution('0999999823', 'portal');

function fakeRepository() {
  const rows: (TransferMessageRow & {
    delivered_at: Date | null;
    last_error: string | null;
    next_attempt_at: Date;
    leaf_index: number | null;
  })[] = [];
  const repository: TransferRepository = {
    async insert(message: NewTransferMessage) {
      const kept = rows.find(
        (row) => row.transfer_id === message.transferId && row.kind === message.kind && row.sender_kbo === message.senderKbo,
      );
      if (kept) return { id: kept.id, isNew: false, leafIndex: kept.leaf_index };
      const id = `00000000-0000-4000-8000-00000000000${rows.length}`;
      rows.push({
        leaf_index: null,
        id,
        transfer_id: message.transferId,
        kind: message.kind,
        sender_kbo: message.senderKbo,
        recipient_kbo: message.recipientKbo,
        person_pseudonym: message.subject,
        content: message.content,
        attempts: 0,
        delivered_at: null,
        last_error: null,
        next_attempt_at: new Date(0),
      });
      return { id, isNew: true, leafIndex: null };
    },
    async recordLeaf(id, leafIndex) {
      rows.find((row) => row.id === id)!.leaf_index = leafIndex;
    },
    async claimDue(now, leaseUntil) {
      const row = rows.find((candidate) => !candidate.delivered_at && candidate.next_attempt_at <= now);
      if (row) row.next_attempt_at = leaseUntil;
      return row ?? null;
    },
    async markFailed(id, reason, nextAttemptAt) {
      Object.assign(rows.find((row) => row.id === id)!, { last_error: reason, next_attempt_at: nextAttemptAt });
    },
    async markDelivered(id, at) {
      Object.assign(rows.find((row) => row.id === id)!, { delivered_at: at, content: '' });
    },
  };
  return { repository, rows };
}

function setUp() {
  const hub = createFakeHub([first, competent, portal]);
  const { repository, rows } = fakeRepository();
  const service = createTransferService({
    repository,
    registry: hub.registry,
    pseudonymise: hub.pseudonymise,
    exchangeLog: hub.exchangeLog,
    channel: hub.channel,
    log: hub.log,
    clock: hub.clock,
  });
  return { hub, service, rows };
}

const transfer = {
  kind: 'transfer',
  transferId: '11111111-1111-4111-8111-111111111111',
  toKbo: competent.kbo,
  niss,
  content: 'eyJhbGciOiJFQ0RILUVTIn0..opaque.ciphertext.tag',
};

describe('a transfer at the hub', () => {
  test('is queued once, logged about the person’s pseudonym, and relayed to the competent CPAS as sent', async () => {
    const { hub, service, rows } = setUp();
    const answer = claimsOf(await service.receive(hub.sign(first, transfer)));
    assert.equal(answer.type, 'transfer-result');
    assert.equal(answer.status, 'queued');
    assert.equal(answer.leafIndex, 0, 'the index of the transfer.forwarded entry, for the letter’s offline proof');
    const resent = claimsOf(await service.receive(hub.sign(first, transfer)));
    assert.equal(resent.leafIndex, 0, 'a resent transfer gets the same entry back, and is not logged again');
    assert.equal(rows.length, 1, 'a resent transfer is stored once');
    assert.equal(hub.legs.length, 1, 'and logged once');
    assert.equal(hub.legs[0]!.type, 'transfer.forwarded');
    assert.ok(!JSON.stringify(hub.legs).includes(niss), 'no NISS in the log');
    await service.stop();
    hub.answers(competent, async (token) => {
      const notice = claimsOf(token);
      assert.equal(notice.type, 'transfer-notice');
      assert.equal(notice.content, transfer.content, 'the encrypted content as the sender made it');
      assert.equal((notice.from as { name: string }).name, 'CPAS de Forest');
      return {
        status: 200,
        body: hub.answer(competent, 'hub', { type: 'transfer-ack', transferId: transfer.transferId, status: 'recorded' }),
      };
    });
    rows[0]!.next_attempt_at = new Date(0);
    assert.equal(await service.deliverDue(), 1);
    assert.ok(rows[0]!.delivered_at, 'delivered');
    assert.equal(rows[0]!.content, '', 'the hub forgets the content once delivered');
  });

  test('a recipient that is down gets it later', async () => {
    const { hub, service, rows } = setUp();
    await service.receive(hub.sign(first, transfer));
    await service.stop();
    rows[0]!.next_attempt_at = new Date(0);
    await service.deliverDue();
    assert.equal(rows[0]!.delivered_at, null);
    assert.equal(rows[0]!.last_error, 'recipient.unreachable');
    assert.ok(rows[0]!.next_attempt_at > NOW, 'tried again later');
  });

  test('refuses a sender that is not a CPAS, a malformed message and a recipient that is not a registered CPAS', async () => {
    const { hub, service } = setUp();
    const refused = (token: string) => refusalOf(service.receive(token));
    assert.equal((await refused(hub.sign(portal, transfer))).code, 'transfer.not-a-cpas');
    const malformed = await refused(hub.sign(first, { ...transfer, niss: '123' }));
    assert.equal(malformed.code, 'transfer.malformed');
    assert.equal(malformed.status, 422);
    assert.equal(
      (await refused(hub.sign(first, { ...transfer, toKbo: portal.kbo }))).code,
      'transfer.unknown-recipient',
      'the portal is no CPAS',
    );
    assert.equal((await refused(hub.sign(first, { ...transfer, toKbo: first.kbo }))).code, 'transfer.unknown-recipient', 'itself');
    assert.equal((await refused(hub.sign(first, { ...transfer, toKbo: generateKbo('02999999') }))).code, 'transfer.unknown-recipient');
    await service.stop();
  });
});
