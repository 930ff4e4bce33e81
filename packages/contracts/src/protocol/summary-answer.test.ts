import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateNiss } from '../niss.ts';
import type { ShareableSummary } from '../summary/summary.schema.ts';
import { createMemoryReplayGuard, signMessage } from './envelope.ts';
import { encryptFor } from './encryption.ts';
import { generateInstitutionKeys } from './keys.ts';
import { createSignedChannel } from './channel.ts';
import type { ProviderResult } from './messages.ts';
import { openSummaryAnswer } from './summary-answer.ts';

const NOW = new Date('2026-03-05T12:00:00Z');
const niss = generateNiss({ birthDate: '1975-03-15', sequence: 77 });
const provider = { kbo: '0212345678', name: 'CPAS de Forest', keys: generateInstitutionKeys() };
const requester = { kbo: '0207654321', keys: generateInstitutionKeys() };

const summary: ShareableSummary = {
  schema: 'rse.summary/1',
  generatedAt: NOW.toISOString(),
  provider: { kbo: provider.kbo, name: provider.name, serviceContact: {} },
  fileRef: 'AR-7',
  person: { niss },
  decisions: [],
  statements: [],
};

function setUp() {
  const channel = createSignedChannel({
    keys: {
      signingKey: (issuer, kid) =>
        issuer === provider.kbo && kid === provider.keys.signing.kid ? provider.keys.signing.publicKey : undefined,
    },
    replay: createMemoryReplayGuard({ maxEntries: 100, now: () => NOW.getTime() }),
    clock: () => NOW,
    transport: async () => ({ status: 500, text: async () => '' }),
    timeoutMs: 1_000,
  });
  const context = { channel, audience: requester.kbo, decryptionKey: requester.keys.encryption.privateKey, niss, consultationId: 'c-1' };
  return { context };
}

function resultOf(payload: Record<string, unknown>, status: ProviderResult['status'] = 'answered'): ProviderResult {
  const answer = signMessage({
    payload: { type: 'summary-answer', consultationId: 'c-1', ...payload },
    issuer: provider.kbo,
    audience: requester.kbo,
    signingKey: provider.keys.signing.privateKey,
    kid: provider.keys.signing.kid,
    now: NOW,
  });
  return { provider: { kbo: provider.kbo, name: provider.name }, status, answer, reasonCode: null, leafIndex: 3 };
}

const encrypted = (value: object) => encryptFor(requester.keys.encryption.publicKey, requester.keys.encryption.kid, value);

describe('opening a summary answer', () => {
  test('verifies, decrypts, checks the schema and the match, and returns the summary', async () => {
    const opened = await openSummaryAnswer(resultOf({ status: 'answered', summary: encrypted(summary) }), setUp().context);
    assert.equal(opened.status, 'answered');
    assert.deepEqual(opened.summary, summary);
  });

  test('a pending or failed provider is passed on as the hub said, an answered one without answer is an error', async () => {
    const { context } = setUp();
    const pending = {
      provider: { kbo: provider.kbo, name: provider.name },
      status: 'pending' as const,
      answer: null,
      reasonCode: 'provider.unreachable',
      leafIndex: 1,
    };
    assert.deepEqual(await openSummaryAnswer(pending, context), { status: 'pending', reasonCode: 'provider.unreachable', summary: null });
    assert.equal((await openSummaryAnswer({ ...pending, status: 'answered' }, context)).status, 'error');
  });

  test('a provider’s no-file or withheld answer keeps its reason code', async () => {
    const opened = await openSummaryAnswer(
      resultOf({ status: 'withheld', reasonCode: 'withheld.protection' }, 'withheld'),
      setUp().context,
    );
    assert.deepEqual(opened, { status: 'withheld', reasonCode: 'withheld.protection', summary: null });
  });

  test('refuses an answer to another consultation, of another person, unreadable, or not signed by the provider', async () => {
    const { context } = setUp();
    const codeOf = async (result: ProviderResult) => (await openSummaryAnswer(result, context)).reasonCode;
    assert.equal(
      await codeOf(resultOf({ consultationId: 'c-2', status: 'answered', summary: encrypted(summary) })),
      'provider.malformed-answer',
    );
    assert.equal(
      await codeOf(resultOf({ status: 'answered', summary: encrypted({ ...summary, person: { niss: '85073003328' } }) })),
      'summary.invalid',
    );
    assert.equal(await codeOf(resultOf({ status: 'answered', summary: encrypted({ not: 'a summary' }) })), 'summary.invalid');
    assert.equal(await codeOf(resultOf({ status: 'answered', summary: 'garbage' })), 'encryption.malformed');
    const forged = { ...resultOf({ status: 'answered', summary: encrypted(summary) }), provider: { kbo: '0300000000', name: 'Other' } };
    assert.equal(await codeOf(forged), 'signature.unknown-institution');
  });
});
