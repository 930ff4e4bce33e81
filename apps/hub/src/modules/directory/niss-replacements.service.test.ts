/** The hub's NISS replacement (R4; finding F1) with a fake directory and fake institutions over the real signed channel. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateNiss } from '#contracts/niss.ts';
import { generateKbo } from '#contracts/kbo.ts';
import { claimsOf, createFakeHub, institution, refusalOf } from '../../testing/fakes.ts';
import type { NissReplacementOutcome } from './directory.service.ts';
import { createNissReplacementService } from './niss-replacements.service.ts';

const oldNiss = generateNiss({ birthDate: '1990-04-12', sequence: 184 });
const newNiss = generateNiss({ birthDate: '1990-04-12', sequence: 186 });
const forest = institution(generateKbo('02123456'), 'cpas', 'CPAS de Forest');
const molenbeek = institution(generateKbo('02076543'), 'cpas', 'CPAS de Molenbeek');
const portal = institution('0999999823', 'portal');

function setUp(outcome: NissReplacementOutcome) {
  const hub = createFakeHub([forest, molenbeek, portal]);
  const calls: { old: Buffer; new: Buffer; kbo: string }[] = [];
  const service = createNissReplacementService({
    registry: hub.registry,
    pseudonymise: hub.pseudonymise,
    channel: hub.channel,
    log: hub.log,
    replace: async (oldPseudonym, newPseudonym, kbo) => {
      calls.push({ old: oldPseudonym, new: newPseudonym, kbo });
      return outcome;
    },
  });
  return { hub, service, calls };
}

describe('a NISS replacement at the hub', () => {
  test('moves the pseudonym, tells the other holder the new number and answers the count, signed', async () => {
    const { hub, service, calls } = setUp({ ok: true, integrations: 3, otherHolders: [molenbeek.kbo] });
    const notices: Record<string, unknown>[] = [];
    hub.answers(molenbeek, async (token) => {
      notices.push(claimsOf(token));
      return { status: 200, body: hub.answer(molenbeek, 'hub', { type: 'niss-replacement-ack', matched: 1 }) };
    });
    const answer = claimsOf(await service.handle(hub.sign(forest, { oldNiss, newNiss })));
    assert.equal(answer.type, 'niss-replacement-result');
    assert.equal(answer.integrations, 3);
    assert.equal(calls.length, 1);
    assert.ok(
      calls[0]!.old.equals(hub.pseudonymise(oldNiss)) && calls[0]!.new.equals(hub.pseudonymise(newNiss)),
      'pseudonyms, not numbers',
    );
    assert.equal(calls[0]!.kbo, forest.kbo);
    assert.equal(notices.length, 1, 'Molenbeek is told');
    assert.equal(notices[0]!.type, 'niss-replacement-notice');
    assert.equal(notices[0]!.newNiss, newNiss);
  });

  test('an unreachable holder does not fail the replacement (the old number keeps resolving)', async () => {
    const { hub, service } = setUp({ ok: true, integrations: 1, otherHolders: [molenbeek.kbo] });
    const answer = claimsOf(await service.handle(hub.sign(forest, { oldNiss, newNiss })));
    assert.equal(answer.integrations, 1);
  });

  test('refuses a portal, a malformed message and a CPAS without the person, before or by the directory', async () => {
    const { hub, service, calls } = setUp({ ok: false, code: 'niss-replacement.no-integration', message: 'no' });
    assert.equal((await refusalOf(service.handle(hub.sign(portal, { oldNiss, newNiss })))).code, 'niss-replacement.not-a-cpas');
    assert.equal((await refusalOf(service.handle(hub.sign(forest, { oldNiss, newNiss: oldNiss })))).code, 'niss-replacement.malformed');
    assert.equal(
      (await refusalOf(service.handle(hub.sign(forest, { oldNiss, newNiss: '12345678901' })))).code,
      'niss-replacement.malformed',
    );
    assert.equal(calls.length, 0, 'nothing reaches the directory');
    const refused = await refusalOf(service.handle(hub.sign(forest, { oldNiss, newNiss })));
    assert.equal(refused.code, 'niss-replacement.no-integration');
    assert.equal(refused.status, 404);
  });
});
