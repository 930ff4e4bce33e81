import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateKbo } from '#contracts/kbo.ts';
import { generateNiss } from '#contracts/niss.ts';
import { decryptJsonWith } from '#contracts/protocol/encryption.ts';
import type { AppError } from '#platform/errors.ts';
import { createFakeHubForPortal, institution, NOW, refusalOf } from '../../testing/fakes.ts';
import { createRequestService } from './requests.service.ts';
import { recordedOrProblem } from './requests.ts';

const niss = generateNiss({ birthDate: '1970-01-20', sequence: 99 });
const forest = institution(generateKbo('02123456'), 'cpas', 'CPAS de Forest');

function setUp() {
  const fake = createFakeHubForPortal([forest]);
  return { fake, service: createRequestService({ hub: fake.client }) };
}

describe('the person’s requests', () => {
  test('a statement is encrypted to the deciding CPAS, so the hub forwards words it cannot read', async () => {
    const { fake, service } = setUp();
    fake.on('/v1/person-access/requests', () => ({
      type: 'person-request-result',
      requestId: 'r-1',
      status: 'recorded',
      reasonCode: null,
      leafIndex: 7,
    }));
    const result = await service.addStatement(niss, { providerKbo: forest.kbo, decisionRef: 'D-1', text: 'Mon loyer a changé.' });
    assert.deepEqual(result, {
      id: 'r-1',
      status: 'recorded',
      provider: { kbo: forest.kbo, name: forest.name },
      decisionRef: 'D-1',
      leafIndex: 7,
    });
    const sent = fake.received[0]!.claims;
    assert.equal(sent.kind, 'statement');
    assert.ok(!JSON.stringify(sent).includes('loyer'), 'the words travel encrypted');
    const opened = decryptJsonWith(forest.keys.encryption.privateKey, sent.content);
    assert.ok(opened.ok, 'the CPAS opens them');
    assert.deepEqual(opened.value, { text: 'Mon loyer a changé.' });
  });

  test('an invalid or unknown enterprise number is refused before anything is sent', async () => {
    const { fake, service } = setUp();
    assert.equal((await refusalOf(service.contest(niss, { providerKbo: '0123', decisionRef: 'D-1', reason: 'x' }))).code, 'kbo.invalid');
    assert.equal(
      (await refusalOf(service.contest(niss, { providerKbo: generateKbo('03999999'), decisionRef: 'D-1', reason: 'x' }))).code,
      'person-request.no-file',
    );
    assert.equal(fake.received.length, 0);
  });

  test('the hub’s refusal keeps its code; a block is recorded and the list names the CPAS', async () => {
    const { fake, service } = setUp();
    fake.on('/v1/person-access/blocks', (claims) =>
      claims.action === 'list'
        ? { type: 'person-blocks', blocks: [{ institutionKbo: forest.kbo, reason: 'moved', createdAt: NOW.toISOString() }] }
        : { status: 404, problem: { code: 'block.unknown-institution', detail: 'No CPAS with this enterprise number is registered.' } },
    );
    const refused = await refusalOf(service.block(niss, { institutionKbo: forest.kbo, reason: 'moved' }));
    assert.equal(refused.code, 'block.unknown-institution');
    assert.equal(refused.status, 404);
    assert.deepEqual((await service.listBlocks(niss)).items, [
      { institution: { kbo: forest.kbo, name: forest.name }, reason: 'moved', createdAt: NOW.toISOString() },
    ]);
  });
});

describe('how a CPAS’s answer reads to the person', () => {
  const provider = { kbo: forest.kbo, name: forest.name };
  test('pending is a 503 nothing-recorded, an unknown decision a 404, anything else a 502', () => {
    const codeOf = (status: string, reasonCode: string | null) => {
      try {
        recordedOrProblem({ requestId: 'r', status, reasonCode, leafIndex: 0 }, provider, 'D-1');
        return 'recorded';
      } catch (error) {
        return `${(error as AppError).status} ${(error as AppError).code}`;
      }
    };
    assert.equal(codeOf('recorded', null), 'recorded');
    assert.equal(codeOf('pending', 'provider.unreachable'), '503 person-request.provider-unreachable');
    assert.equal(codeOf('refused', 'person-request.decision-not-found'), '404 person-request.decision-not-found');
    assert.equal(codeOf('error', 'signature.invalid'), '502 person-request.failed');
  });
});
