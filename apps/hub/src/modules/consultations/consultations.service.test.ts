import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateNiss } from '#contracts/niss.ts';
import { generateKbo } from '#contracts/kbo.ts';
import { claimsOf, createFakeHub, institution, type FakeInstitution, refusalOf } from '../../testing/fakes.ts';
import { createConsultationService } from './consultations.service.ts';
import type { ConsultationChecks } from './consultations.repository.ts';
import { consultationIdOf, selectProviders } from './consultations.ts';

const niss = generateNiss({ birthDate: '1985-02-11', sequence: 42 });
const forest = institution(generateKbo('02123456'), 'cpas', 'CPAS de Forest');
const molenbeek = institution(generateKbo('02076543'), 'cpas', 'CPAS de Molenbeek');
const portal = institution('0999999823', 'portal');

function setUp(checks: ConsultationChecks) {
  const hub = createFakeHub([forest, molenbeek, portal]);
  const service = createConsultationService({
    registry: hub.registry,
    pseudonymise: hub.pseudonymise,
    exchangeLog: hub.exchangeLog,
    channel: hub.channel,
    readChecks: async () => checks,
    log: hub.log,
    clock: hub.clock,
    recentMonths: 24,
  });
  return { hub, service };
}

const request = { niss, purpose: 'aid-assessment', fileRef: 'file-1', workerRef: 'worker-1', personInformedAt: '2026-03-01T08:00:00Z' };
const allowed: ConsultationChecks = {
  hasIntegration: true,
  qualityCode: 'RIS',
  items: ['decisions'],
  isBlocked: false,
  providers: [molenbeek.kbo],
};

/** The provider answers every summary request with `status`, addressed to the requester as the protocol says. */
function provides(hub: ReturnType<typeof setUp>['hub'], provider: FakeInstitution, status = 'no-file', consultationId?: string) {
  hub.answers(provider, async (token) => {
    const claims = claimsOf(token);
    const requester = (claims.requester as { kbo: string }).kbo;
    return {
      status: 200,
      body: hub.answer(provider, requester, { type: 'summary-answer', consultationId: consultationId ?? claims.consultationId, status }),
    };
  });
}

describe('routing a consultation', () => {
  test('asks each provider and answers the requester with their signed answers and the log indices', async () => {
    const { hub, service } = setUp(allowed);
    provides(hub, molenbeek);
    const answer = claimsOf(await service.consult(hub.sign(forest, request)));
    assert.equal(answer.type, 'consultation-result');
    assert.equal(answer.aud, forest.kbo);
    const [result] = answer.results as { provider: { kbo: string; name: string }; status: string; answer: string; leafIndex: number }[];
    assert.equal(result!.provider.name, 'CPAS de Molenbeek');
    assert.equal(result!.status, 'no-file');
    assert.equal(claimsOf(result!.answer).aud, forest.kbo, 'the provider’s own answer, carried unopened');
    assert.deepEqual(
      hub.legs.map((leg) => leg.type),
      ['consultation.accepted', 'summary.forwarded', 'summary.answered'],
    );
    assert.equal(result!.leafIndex, 2);
    assert.ok(!JSON.stringify(hub.legs).includes(niss), 'no NISS in the log');
  });

  test('a provider that is down is pending, one that answers another consultation is an error', async () => {
    const { hub, service } = setUp({ ...allowed, providers: [molenbeek.kbo, portal.kbo] });
    provides(hub, molenbeek, 'answered', '00000000-0000-0000-0000-000000000000');
    const answer = claimsOf(await service.consult(hub.sign(forest, request)));
    const results = answer.results as { provider: { kbo: string }; status: string; reasonCode: string | null }[];
    assert.deepEqual(
      results.map((result) => [result.provider.kbo, result.status, result.reasonCode]),
      [
        [molenbeek.kbo, 'error', 'provider.malformed-answer'],
        [portal.kbo, 'pending', 'provider.unreachable'],
      ],
    );
  });

  test('refuses a sender that is not a CPAS, then a malformed message, and logs each refusal', async () => {
    const { hub, service } = setUp(allowed);
    assert.equal((await refusalOf(service.consult(hub.sign(portal, request)))).code, 'consultation.not-a-cpas');
    const malformed = await refusalOf(service.consult(hub.sign(forest, { ...request, niss: '00000000000' })));
    assert.equal(malformed.code, 'consultation.malformed');
    assert.equal(malformed.status, 422);
    assert.deepEqual(
      hub.legs.map((leg) => [leg.type, leg.outcome]),
      [
        ['consultation.refused', 'consultation.not-a-cpas'],
        ['consultation.refused', 'consultation.malformed'],
      ],
    );
  });

  test('refuses a replayed message with signature.replayed (409), not appended: anyone holding the token could repost it', async () => {
    const { hub, service } = setUp(allowed);
    provides(hub, molenbeek);
    const token = hub.sign(forest, request);
    await service.consult(token);
    const legs = hub.legs.length;
    const replayed = await refusalOf(service.consult(token));
    assert.equal(replayed.code, 'signature.replayed');
    assert.equal(replayed.status, 409);
    assert.equal(hub.legs.length, legs);
  });

  test('an unsigned or forged body is refused and leaves the exchange log as it was (F2)', async () => {
    const { hub, service } = setUp(allowed);
    const forged = hub.sign(forest, request).split('.');
    const tampered = `${forged[0]}.${Buffer.from(JSON.stringify({ ...request, iss: forest.kbo, aud: 'hub' })).toString('base64url')}.${forged[2]}`;
    for (const body of ['', 'not a jws', { niss: request.niss }, tampered]) {
      const refusal = await refusalOf(service.consult(body));
      assert.match(refusal.code, /^signature\./);
    }
    assert.equal(hub.legs.length, 0);
  });

  test('refuses in the order of the rules: not informed, no integration, purpose, blocked', async () => {
    const cases: [ConsultationChecks, Record<string, unknown>, string][] = [
      [allowed, { personInformedAt: undefined }, 'consultation.person-not-informed'],
      [{ hasIntegration: false }, {}, 'consultation.no-integration'],
      [{ ...allowed, items: null }, {}, 'consultation.purpose-not-allowed'],
      [{ ...allowed, isBlocked: true }, {}, 'consultation.blocked'],
    ];
    for (const [checks, change, code] of cases) {
      const { hub, service } = setUp(checks);
      assert.equal((await refusalOf(service.consult(hub.sign(forest, { ...request, ...change })))).code, code);
      assert.equal(hub.posted.length, 0, `${code}: no provider was asked`);
    }
  });
});

describe('consultation rules', () => {
  test('a requester’s consultation id is kept only when it is a lower-case UUID', () => {
    assert.equal(consultationIdOf('3f1c2a4e-0b5d-4c6e-8f7a-9b0c1d2e3f4a'), '3f1c2a4e-0b5d-4c6e-8f7a-9b0c1d2e3f4a');
    assert.equal(consultationIdOf('not-an-id'), undefined);
    assert.equal(consultationIdOf(undefined), undefined);
  });

  test('polling asks again only the providers named, among those with an integration', () => {
    assert.deepEqual(selectProviders(['a', 'b', 'c'], undefined), ['a', 'b', 'c']);
    assert.deepEqual(selectProviders(['a', 'b', 'c'], ['c', 'z']), ['c']);
  });
});
