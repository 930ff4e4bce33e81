import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateKbo } from '#contracts/kbo.ts';
import { generateNiss } from '#contracts/niss.ts';
import { createFakeHubForPortal, institution, NOW } from '../../testing/fakes.ts';
import { createExchangeService } from './exchanges.service.ts';
import { toExchangeItem } from './exchanges.ts';
import type { LogState, TreeHead } from './log-verifier.ts';

const niss = generateNiss({ birthDate: '1995-10-10', sequence: 5 });
const forest = institution(generateKbo('02123456'), 'cpas', 'CPAS de Forest');
const names = new Map([[forest.kbo, forest.name]]);

describe('every exchange about me', () => {
  test('asks the hub for the person’s entries, hands the tree head to the store and names the institutions', async () => {
    const fake = createFakeHubForPortal([forest]);
    const treeHead = { treeSize: 1, rootHash: 'root', timestamp: NOW.toISOString(), signature: 'sth' };
    fake.on('/v1/person-access/exchanges', () => ({
      type: 'person-exchanges',
      subject: 'c3ViamVjdA==',
      treeHead,
      entries: [{ leafIndex: 0, leaf: Buffer.from('not json').toString('base64'), auditPath: [] }],
      blocks: [{ institutionKbo: forest.kbo, reason: 'moved', createdAt: NOW.toISOString() }],
    }));
    const observed: TreeHead[] = [];
    const state: LogState = { isConsistent: true, treeHead: null, alerts: [] };
    const service = createExchangeService({
      hub: fake.client,
      treeHeads: {
        observe: async (head, keys) => {
          observed.push(head);
          assert.equal(keys.length, 1, 'checked with the hub’s registered key');
          return state;
        },
      },
    });
    const result = await service.listExchanges(niss);
    assert.deepEqual(observed, [treeHead]);
    assert.equal(result.items[0]!.verified, false);
    assert.deepEqual(result.blocks, [
      { institution: { kbo: forest.kbo, name: forest.name }, reason: 'moved', createdAt: NOW.toISOString() },
    ]);
  });
});

describe('one entry as the person reads it', () => {
  const leg = {
    type: 'summary.answered',
    at: NOW.toISOString(),
    requester: forest.kbo,
    provider: '0300000000',
    purpose: 'aid',
    outcome: 'answered',
  };

  test('who asked and who answered, by name when known', () => {
    const item = toExchangeItem(3, { isVerified: true, failure: null, leg }, names, true);
    assert.deepEqual(item.requester, { kbo: forest.kbo, name: forest.name });
    assert.deepEqual(item.provider, { kbo: '0300000000', name: '0300000000' });
    assert.equal(item.verification, 'verified');
    assert.equal(item.verified, true);
  });

  test('nothing is verified on an inconsistent log, and a leg without requester names its provider as the actor', () => {
    const item = toExchangeItem(3, { isVerified: true, failure: null, leg: { ...leg, requester: undefined } }, names, false);
    assert.equal(item.verification, 'log-inconsistent');
    assert.equal(item.verified, false);
    assert.deepEqual(item.requester, { kbo: '0300000000', name: '0300000000' });
    assert.equal(item.provider, undefined);
  });

  test('an unreadable leaf is shown as such', () => {
    const item = toExchangeItem(0, { isVerified: false, failure: 'unreadable', leg: null }, names, true);
    assert.equal(item.type, 'unknown');
    assert.equal(item.verification, 'unreadable');
  });
});

describe('the offline proof of one exchange', () => {
  const answer = () => ({
    type: 'person-exchanges',
    subject: 'c3ViamVjdA==',
    treeHead: { treeSize: 8, rootHash: 'root', timestamp: NOW.toISOString(), signature: 'sth' },
    entries: [{ leafIndex: 7, leaf: Buffer.from('{}').toString('base64'), auditPath: [] }],
    blocks: [],
  });
  const noStore = { observe: async () => ({ isConsistent: true, treeHead: null, alerts: [] }) };

  test('is read from the hub by index alone, and only for an entry the hub lists for the person', async () => {
    const fake = createFakeHubForPortal([forest]);
    fake.on('/v1/person-access/exchanges', answer);
    const asked: number[] = [];
    const service = createExchangeService({
      hub: fake.client,
      treeHeads: noStore,
      readProof: async (leafIndex) => {
        asked.push(leafIndex);
        return `c2sp.org/tlog-proof@v1\nindex ${leafIndex}\n`;
      },
    });
    assert.equal(await service.offlineProof(niss, 7), 'c2sp.org/tlog-proof@v1\nindex 7\n');
    await assert.rejects(service.offlineProof(niss, 6), { code: 'exchange.not-found', status: 404 });
    assert.deepEqual(asked, [7], 'the hub is not asked for an entry that is not the person’s');
  });

  test('an entry not yet in a published checkpoint has no proof yet (409, not a 500)', async () => {
    const fake = createFakeHubForPortal([forest]);
    fake.on('/v1/person-access/exchanges', answer);
    const service = createExchangeService({ hub: fake.client, treeHeads: noStore, readProof: async () => null });
    await assert.rejects(service.offlineProof(niss, 7), { code: 'tlog.entry-not-checkpointed', status: 409 });
  });
});
