import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateKbo } from '#contracts/kbo.ts';
import { generateNiss } from '#contracts/niss.ts';
import { encryptFor } from '#contracts/protocol/encryption.ts';
import type { ShareableSummary } from '#contracts/summary/summary.schema.ts';
import { createFakeHubForPortal, institution, NOW } from '../../testing/fakes.ts';
import { createSummaryService } from './summaries.service.ts';

const niss = generateNiss({ birthDate: '1988-04-04', sequence: 11 });
const forest = institution(generateKbo('02123456'), 'cpas', 'CPAS de Forest');
const anderlecht = institution(generateKbo('02076543'), 'cpas', 'CPAS d’Anderlecht');

function summaryOf(provider: { kbo: string; name: string }, person: string): ShareableSummary {
  return {
    schema: 'rse.summary/1',
    generatedAt: NOW.toISOString(),
    provider: { kbo: provider.kbo, name: provider.name, serviceContact: {} },
    fileRef: 'AR-1',
    person: { niss: person },
    decisions: [],
    statements: [],
  };
}

function setUp() {
  const fake = createFakeHubForPortal([forest, anderlecht]);
  const service = createSummaryService({ hub: fake.client, kbo: fake.portal.kbo, keys: fake.portal.keys });
  const encryptToPortal = (value: object) => encryptFor(fake.portal.keys.encryption.publicKey, fake.portal.keys.encryption.kid, value);
  return { fake, service, encryptToPortal };
}

describe('what each CPAS would share about me', () => {
  test('opens each CPAS’s signed, encrypted answer, sorted by name; a summary of someone else is refused', async () => {
    const { fake, service, encryptToPortal } = setUp();
    fake.on('/v1/person-access/summaries', (claims) => {
      const consultationId = 'c-1';
      const answered = (provider: typeof forest, person: string) =>
        fake.answerFrom(provider, {
          type: 'summary-answer',
          consultationId,
          status: 'answered',
          summary: encryptToPortal(summaryOf(provider, person)),
        });
      assert.equal(claims.niss, niss, 'the person the portal authenticated');
      return {
        type: 'person-summaries',
        consultationId,
        results: [
          {
            provider: { kbo: forest.kbo, name: forest.name },
            status: 'answered',
            answer: answered(forest, niss),
            reasonCode: null,
            leafIndex: 4,
          },
          {
            provider: { kbo: anderlecht.kbo, name: anderlecht.name },
            status: 'answered',
            answer: answered(anderlecht, '85073003328'),
            reasonCode: null,
            leafIndex: 5,
          },
        ],
      };
    });
    const { items } = await service.listSummaries(niss);
    assert.deepEqual(
      items.map((item) => [item.provider.name, item.status, item.reasonCode ?? null, item.summary?.person.niss ?? null]),
      [
        ['CPAS d’Anderlecht', 'error', 'summary.invalid', null],
        ['CPAS de Forest', 'answered', null, niss],
      ],
    );
  });

  test('an answer signed by another institution than the provider is an error, a pending CPAS stays pending', async () => {
    const { fake, service, encryptToPortal } = setUp();
    fake.on('/v1/person-access/summaries', () => ({
      type: 'person-summaries',
      consultationId: 'c-2',
      results: [
        {
          provider: { kbo: forest.kbo, name: forest.name },
          status: 'answered',
          answer: fake.answerFrom(anderlecht, {
            type: 'summary-answer',
            consultationId: 'c-2',
            status: 'answered',
            summary: encryptToPortal(summaryOf(forest, niss)),
          }),
          reasonCode: null,
          leafIndex: 1,
        },
        {
          provider: { kbo: anderlecht.kbo, name: anderlecht.name },
          status: 'pending',
          answer: null,
          reasonCode: 'provider.unreachable',
          leafIndex: 2,
        },
      ],
    }));
    const { items } = await service.listSummaries(niss);
    assert.deepEqual(
      items.map((item) => [item.status, item.reasonCode]),
      [
        ['pending', 'provider.unreachable'],
        ['error', 'signature.unknown-institution'],
      ],
    );
  });

  test('a hub answer that does not verify shows nothing', async () => {
    const { fake, service } = setUp();
    fake.on('/v1/person-access/summaries', () => ({ type: 'person-summaries', consultationId: 'c-3', results: 'not a list' }));
    await assert.rejects(service.listSummaries(niss), (error: { code?: string; status?: number }) => {
      assert.equal(error.code, 'hub.message.malformed');
      assert.equal(error.status, 502);
      return true;
    });
  });
});
