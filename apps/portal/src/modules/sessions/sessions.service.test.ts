import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateNiss } from '#contracts/niss.ts';
import { createLogger } from '#platform/logger.ts';
import type { SessionRepository, SessionRow } from './sessions.repository.ts';
import { createSessionService, type DemoPerson } from './sessions.service.ts';
import { refusalOf } from '../../testing/fakes.ts';

const person: DemoPerson = {
  niss: generateNiss({ birthDate: '1980-08-08', sequence: 21 }),
  givenNames: 'Nadia',
  familyName: 'B.',
  language: 'fr',
  scenario: 'moved',
};

/** The sessions table in memory, keyed by token hash. */
function fakeRepository() {
  const sessions = new Map<string, SessionRow & { lastSeen: Date; ended: boolean }>();
  const repository: SessionRepository = {
    async insertSession(session) {
      sessions.set(session.tokenHash.toString('hex'), {
        id: String(sessions.size + 1),
        niss: session.niss,
        given_names: session.givenNames,
        family_name: session.familyName,
        auth_method: session.method,
        lastSeen: session.at,
        ended: false,
      });
    },
    async touchSession(tokenHash, now, idleSince) {
      const row = sessions.get(tokenHash.toString('hex'));
      if (!row || row.ended || row.lastSeen <= idleSince) return undefined;
      row.lastSeen = now;
      return row;
    },
    async endSession(tokenHash) {
      const row = sessions.get(tokenHash.toString('hex'));
      if (row) row.ended = true;
    },
    startLogin: async () => undefined,
    takeLogin: async () => undefined,
  };
  return { repository, sessions };
}

function setUp(options: { isDemo: boolean }) {
  const clock = { now: new Date('2026-03-04T08:00:00Z') };
  const { repository, sessions } = fakeRepository();
  const service = createSessionService({
    repository,
    log: createLogger({ level: 'silent' }),
    clock: () => clock.now,
    idleMinutes: 30,
    demo: options.isDemo ? { persons: [person] } : null,
    oidc: null,
  });
  return { service, sessions, clock };
}

describe('a person’s session', () => {
  test('a demo person logs in by NISS, written with separators or not; only the token’s hash is kept', async () => {
    const { service, sessions } = setUp({ isDemo: true });
    const dotted = `${person.niss.slice(0, 2)}.${person.niss.slice(2, 4)}.${person.niss.slice(4, 6)}-${person.niss.slice(6, 9)}.${person.niss.slice(9)}`;
    const session = await service.logInDemo(dotted);
    assert.match(session.token, /^rsp_/);
    assert.deepEqual(session.person, { givenNames: 'Nadia', familyName: 'B.' });
    assert.ok(![...sessions.keys()].some((key) => key.includes(session.token)), 'the token itself is not stored');
    const found = await service.require(session.token);
    assert.equal(found.niss, person.niss);
    assert.ok(service.isCsrfValid(found, session.csrfToken), 'the form token of the session');
    assert.ok(!service.isCsrfValid(found, 'forged'), 'another form token');
  });

  test('the demo login is refused outside demo mode, for a bad NISS and for a person not in the demo', async () => {
    assert.equal((await refusalOf(setUp({ isDemo: false }).service.logInDemo(person.niss))).code, 'portal.demo-login-disabled');
    const { service } = setUp({ isDemo: true });
    assert.equal((await refusalOf(service.logInDemo('12345678901'))).code, 'niss.invalid');
    assert.equal(
      (await refusalOf(service.logInDemo(generateNiss({ birthDate: '1960-01-01', sequence: 3 })))).code,
      'portal.demo-unknown-person',
    );
  });

  test('a session ends after the idle timeout and at log-out', async () => {
    const { service, clock } = setUp({ isDemo: true });
    const idle = await service.logInDemo(person.niss);
    clock.now = new Date(clock.now.getTime() + 31 * 60_000);
    assert.equal(await service.authenticate(idle.token), null, 'idle too long');
    const active = await service.logInDemo(person.niss);
    await service.logOut(active.token);
    assert.equal((await refusalOf(service.require(active.token))).code, 'auth.required');
    assert.equal(await service.authenticate('not-a-token'), null);
  });
});
