import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateNiss } from '#contracts/niss.ts';
import { generateKbo } from '#contracts/kbo.ts';
import type { BlockEntry } from '#contracts/protocol/messages.ts';
import { claimsOf, createFakeHub, institution, NOW, refusalOf } from '../../testing/fakes.ts';
import type { PersonAccessRepository } from './person-access.repository.ts';
import { createPersonAccessService } from './person-access.service.ts';

const niss = generateNiss({ birthDate: '1992-07-30', sequence: 18 });
const portal = institution('0999999823', 'portal', 'Portail');
const forest = institution(generateKbo('02123456'), 'cpas', 'CPAS de Forest');
const ixelles = institution(generateKbo('02076543'), 'cpas', 'CPAS d’Ixelles');

function setUp(options: { providers?: string[]; items?: string[] } = {}) {
  const hub = createFakeHub([portal, forest, ixelles]);
  const blocks: BlockEntry[] = [];
  const repository: PersonAccessRepository = {
    providersOf: async () => options.providers ?? [forest.kbo],
    activeBlocks: async () => blocks,
    leavesAbout: async () => [{ leafIndex: 0, leaf: Buffer.from('{"v":1}'), opening: null }],
    kindPolicyItems: async () => options.items,
    async addBlock(_subject, institutionKbo, reason) {
      if (blocks.some((block) => block.institutionKbo === institutionKbo)) return undefined;
      blocks.push({ institutionKbo, reason, createdAt: NOW.toISOString() });
      return NOW;
    },
    recordRequest: async () => undefined,
    requestById: async () => undefined,
    addReply: async () => undefined,
    repliesFor: async () => [],
  };
  const service = createPersonAccessService({
    repository,
    registry: hub.registry,
    pseudonymise: hub.pseudonymise,
    exchangeLog: hub.exchangeLog,
    treeHead: async () => ({ treeSize: 1, rootHash: 'root', timestamp: NOW.toISOString(), signature: 'sth' }),
    inclusionProof: async (leafIndex, treeSize) => ({ ok: true, proof: { leafIndex, treeSize, leafHash: 'h', auditPath: [] } }),
    channel: hub.channel,
    log: hub.log,
    clock: hub.clock,
    recentMonths: 24,
  });
  return { hub, service, blocks };
}

describe('the person-facing hub', () => {
  test('only the registered portal speaks for a person, with a valid NISS', async () => {
    const { hub, service } = setUp();
    assert.equal((await refusalOf(service.exchanges(hub.sign(forest, { niss })))).code, 'person-access.not-a-portal');
    const malformed = await refusalOf(service.exchanges(hub.sign(portal, { niss: '123' })));
    assert.equal(malformed.code, 'person-access.malformed');
    assert.equal(malformed.status, 422);
  });

  test('lists the person’s leaves with their proofs and blocks, signed to the portal', async () => {
    const { hub, service } = setUp();
    const answer = claimsOf(await service.exchanges(hub.sign(portal, { niss })));
    assert.equal(answer.type, 'person-exchanges');
    assert.equal(answer.aud, portal.kbo);
    assert.deepEqual(answer.entries, [{ leafIndex: 0, leaf: Buffer.from('{"v":1}').toString('base64'), auditPath: [] }]);
  });

  test('asks each CPAS for the person’s summary encrypted to the portal, and logs one leg per CPAS', async () => {
    const { hub, service } = setUp({ items: ['decisions'] });
    hub.answers(forest, async (token) => {
      const request = claimsOf(token);
      assert.equal(request.purpose, 'person-access');
      assert.deepEqual(request.requester, { kbo: portal.kbo, name: 'Portail' });
      return {
        status: 200,
        body: hub.answer(forest, portal.kbo, { type: 'summary-answer', consultationId: request.consultationId, status: 'no-file' }),
      };
    });
    const answer = claimsOf(await service.summaries(hub.sign(portal, { niss })));
    const [result] = answer.results as { status: string; provider: { name: string } }[];
    assert.equal(result!.status, 'no-file');
    assert.equal(result!.provider.name, 'CPAS de Forest');
    assert.deepEqual(
      hub.legs.map((leg) => [leg.type, leg.outcome]),
      [['person-access.answered', 'no-file']],
    );
  });

  test('without a policy rule for the portal, nothing is asked', async () => {
    const { hub, service } = setUp({ items: undefined });
    assert.equal((await refusalOf(service.summaries(hub.sign(portal, { niss })))).code, 'consultation.purpose-not-allowed');
    assert.equal(hub.posted.length, 0);
  });

  test('forwards a statement to the deciding CPAS and reports its refusal code', async () => {
    const { hub, service } = setUp();
    hub.answers(forest, async (token) => {
      const request = claimsOf(token);
      return {
        status: 200,
        body: hub.answer(forest, 'hub', {
          type: 'person-request-ack',
          requestId: request.requestId,
          status: 'refused',
          reasonCode: 'person-request.decision-not-found',
        }),
      };
    });
    const message = { niss, kind: 'statement', providerKbo: forest.kbo, decisionRef: 'D-1', content: 'jwe' };
    const answer = claimsOf(await service.request(hub.sign(portal, message)));
    assert.equal(answer.status, 'refused');
    assert.equal(answer.reasonCode, 'person-request.decision-not-found');
    assert.equal(hub.legs[0]!.type, 'statement.forwarded');
    const elsewhere = await refusalOf(service.request(hub.sign(portal, { ...message, providerKbo: ixelles.kbo })));
    assert.equal(elsewhere.code, 'person-request.no-file', 'a CPAS without a file on the person receives nothing');
    const malformed = await refusalOf(service.request(hub.sign(portal, { ...message, kind: 'complaint' })));
    assert.equal(malformed.code, 'person-access.malformed');
  });

  test('records a block once and lists it', async () => {
    const { hub, service } = setUp();
    const first = claimsOf(await service.blocks(hub.sign(portal, { niss, action: 'add', institutionKbo: ixelles.kbo, reason: ' moved ' })));
    assert.equal(first.status, 'recorded');
    assert.equal(first.leafIndex, 0);
    const again = claimsOf(await service.blocks(hub.sign(portal, { niss, action: 'add', institutionKbo: ixelles.kbo, reason: 'moved' })));
    assert.equal(again.status, 'exists');
    const list = claimsOf(await service.blocks(hub.sign(portal, { niss, action: 'list' })));
    assert.deepEqual(list.blocks, [{ institutionKbo: ixelles.kbo, reason: 'moved', createdAt: NOW.toISOString() }]);
    const blank = await refusalOf(service.blocks(hub.sign(portal, { niss, action: 'add', institutionKbo: ixelles.kbo, reason: '   ' })));
    assert.equal(blank.code, 'person-access.malformed');
  });
});
