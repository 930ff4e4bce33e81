import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateNiss } from '#contracts/niss.ts';
import { generateKbo } from '#contracts/kbo.ts';
import { claimsOf, createFakeHub, institution, NOW, refusalOf } from '../../testing/fakes.ts';
import type { LogLeg } from '../exchange-log/index.ts';
import type { CorrectionRepository, NewNotice, NoticeRow } from './corrections.repository.ts';
import { createCorrectionService } from './corrections.service.ts';
import { recipientsOf } from './corrections.ts';
import { retryDelaySeconds } from '../channel/index.ts';

const niss = generateNiss({ birthDate: '1979-12-01', sequence: 7 });
const provider = institution(generateKbo('02123456'), 'cpas', 'CPAS de Forest');
const recipient = institution(generateKbo('02076543'), 'cpas', 'CPAS de Molenbeek');
const portal = institution('0999999823', 'portal');

const answered = (requester: string, consultationId: string): LogLeg => ({
  type: 'summary.answered',
  at: NOW.toISOString(),
  requester,
  provider: provider.kbo,
  consultationId,
  outcome: 'answered',
});

/** The correction_notices table in memory. */
function fakeRepository(legs: LogLeg[]) {
  const notices: (NoticeRow & { delivered_at: Date | null; last_error: string | null; next_attempt_at: Date })[] = [];
  const repository: CorrectionRepository = {
    legsAbout: async () => legs,
    async insertNotices(added: NewNotice[]) {
      for (const [index, notice] of added.entries()) {
        notices.push({
          id: `00000000-0000-4000-8000-00000000000${index}`,
          correction_id: notice.correctionId,
          provider_kbo: notice.providerKbo,
          recipient_kbo: notice.recipientKbo,
          person_pseudonym: notice.subject,
          decision_ref: notice.decisionRef,
          status: notice.status,
          corrected_at: new Date(notice.correctedAt),
          consultation_ids: notice.consultationIds,
          attempts: 0,
          delivered_at: null,
          last_error: null,
          next_attempt_at: new Date(0),
        });
      }
    },
    async claimDue(now, leaseUntil) {
      const notice = notices.find((row) => !row.delivered_at && row.next_attempt_at <= now);
      if (notice) notice.next_attempt_at = leaseUntil;
      return notice ?? null;
    },
    async markFailed(id, reason, nextAttemptAt) {
      const notice = notices.find((row) => row.id === id)!;
      Object.assign(notice, { attempts: notice.attempts + 1, last_error: reason, next_attempt_at: nextAttemptAt });
    },
    async markDelivered(id, at) {
      const notice = notices.find((row) => row.id === id)!;
      Object.assign(notice, { attempts: notice.attempts + 1, last_error: null, delivered_at: at });
    },
  };
  return { repository, notices };
}

function setUp(legs: LogLeg[]) {
  const hub = createFakeHub([provider, recipient, portal]);
  const { repository, notices } = fakeRepository(legs);
  const service = createCorrectionService({
    repository,
    registry: hub.registry,
    pseudonymise: hub.pseudonymise,
    exchangeLog: hub.exchangeLog,
    channel: hub.channel,
    log: hub.log,
    clock: hub.clock,
    noticeMonths: 24,
  });
  return { hub, service, notices };
}

const correction = { niss, decisionRef: 'D-2026-000042', status: 'annulled', correctedAt: NOW.toISOString() };

describe('a correction at the hub', () => {
  test('queues a notice for each recipient of the provider’s summaries and answers how many', async () => {
    const { hub, service, notices } = setUp([
      answered(recipient.kbo, 'c-1'),
      answered(recipient.kbo, 'c-2'),
      answered(provider.kbo, 'c-3'),
    ]);
    const answer = claimsOf(await service.receive(hub.sign(provider, correction)));
    assert.equal(answer.type, 'correction-result');
    assert.equal(answer.recipients, 1);
    assert.deepEqual(notices[0]!.consultation_ids, ['c-1', 'c-2']);
    assert.equal(hub.legs[0]!.type, 'correction.received');
    await service.stop();
  });

  test('a notice acknowledged by its recipient is delivered and logged; an unreachable one waits with back-off', async () => {
    const { hub, service, notices } = setUp([answered(recipient.kbo, 'c-1')]);
    await service.receive(hub.sign(provider, correction));
    await service.stop();
    const delivered = await service.deliverDue();
    assert.equal(delivered, 0, 'nobody answers yet');
    assert.equal(notices[0]!.last_error, 'recipient.unreachable');
    assert.ok(notices[0]!.next_attempt_at > NOW, 'tried again later');
    notices[0]!.next_attempt_at = new Date(0);
    hub.answers(recipient, async (token) => {
      const notice = claimsOf(token);
      assert.equal(notice.type, 'correction-notice');
      assert.equal((notice.provider as { name: string }).name, 'CPAS de Forest');
      return { status: 200, body: hub.answer(recipient, 'hub', { type: 'correction-ack', noticeId: notice.noticeId, matched: 1 }) };
    });
    assert.equal(await service.deliverDue(), 1);
    assert.ok(notices[0]!.delivered_at, 'delivered');
    assert.equal(hub.legs.at(-1)!.type, 'correction.notified');
  });

  test('an acknowledgement of another notice is not a delivery', async () => {
    const { hub, service, notices } = setUp([answered(recipient.kbo, 'c-1')]);
    hub.answers(recipient, async () => ({
      status: 200,
      body: hub.answer(recipient, 'hub', { type: 'correction-ack', noticeId: 'another', matched: 0 }),
    }));
    await service.receive(hub.sign(provider, correction));
    await service.stop();
    await service.deliverDue();
    assert.equal(notices[0]!.delivered_at, null);
    assert.equal(notices[0]!.last_error, 'recipient.malformed-ack');
  });

  test('refuses a sender that is not a CPAS (403) and a malformed correction (422)', async () => {
    const { hub, service } = setUp([]);
    const refused = (token: string) => refusalOf(service.receive(token));
    assert.equal((await refused(hub.sign(portal, correction))).code, 'correction.not-a-cpas');
    const malformed = await refused(hub.sign(provider, { ...correction, status: 'deleted' }));
    assert.equal(malformed.code, 'correction.malformed');
    assert.equal(malformed.status, 422);
    await service.stop();
  });
});

describe('correction rules', () => {
  test('only other institutions that received an answered summary from the provider are told, once per consultation', () => {
    const legs: LogLeg[] = [
      answered(recipient.kbo, 'c-1'),
      answered(recipient.kbo, 'c-1'),
      { ...answered(recipient.kbo, 'c-2'), outcome: 'no-file' },
      { ...answered(recipient.kbo, 'c-3'), provider: '0300000000' },
      answered(provider.kbo, 'c-4'),
    ];
    assert.deepEqual([...recipientsOf(legs, provider.kbo)], [[recipient.kbo, ['c-1']]]);
  });

  test('the back-off doubles and stops at an hour', () => {
    assert.deepEqual([0, 1, 2, 10, 11, 40].map(retryDelaySeconds), [2, 4, 8, 2048, 3600, 3600]);
  });
});
