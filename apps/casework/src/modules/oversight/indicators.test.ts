import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { effectiveThresholds, genericUsage, median, type UserActivity } from './indicators.ts';

const settings = {
  officeHoursStart: 7,
  officeHoursEnd: 19,
  nameSearchThreshold: 5,
  outOfHoursThreshold: 5,
  volumeThreshold: 200,
  denialThreshold: 3,
  volumeOutlierFactor: 3,
  personUsersThreshold: 5,
  sensitivePersonThreshold: 1,
  rankingSize: 10,
  consultationThreshold: 40,
  requesterInstitutionsThreshold: 3,
};
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

test('thresholds are the settings for a month and grow with a longer period, never below one', () => {
  assert.equal(effectiveThresholds(settings, day('2026-11-01'), day('2026-11-30'), [])['search-by-name'], 5);
  assert.equal(effectiveThresholds(settings, day('2026-01-01'), day('2026-12-31'), [])['search-by-name'], 61);
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 3650 }), fc.array(fc.nat(10_000), { maxLength: 50 }), (days, volumes) => {
      const thresholds = effectiveThresholds(
        settings,
        day('2026-01-01'),
        new Date(day('2026-01-01').getTime() + days * 86_400_000),
        volumes,
      );
      for (const value of Object.values(thresholds)) assert.ok(Number.isInteger(value) && value >= 1, `threshold ${value}`);
      assert.ok(
        thresholds.volume >= settings.volumeOutlierFactor * median(volumes),
        'volume is an outlier against the median of colleagues',
      );
      assert.equal(thresholds['sensitive-person-access'], 1, 'one access to a watched person is enough, whatever the period');
    }),
  );
});

test('the median is the middle value, or the mean of the two middle values', () => {
  assert.equal(median([]), 0);
  assert.equal(median([7, 1, 3]), 3);
  assert.equal(median([4, 1, 3, 2]), 2.5);
});

test("the generic usage adds up the users' activity into shares and per-role totals that name nobody", () => {
  const user = (role: string, byName: number, byNiss: number, actions: number, outOfHours: number): UserActivity => ({
    userId: `uid-${role}-${actions}`,
    userName: `Zed ${actions}`,
    role,
    actions,
    persons: 1,
    searchesByName: byName,
    searchesByNiss: byNiss,
    outOfHours,
    denied: 0,
    consultations: 0,
  });
  const usage = genericUsage([user('social-worker', 3, 1, 10, 2), user('social-worker', 1, 3, 30, 0), user('supervisor', 0, 0, 10, 0)]);
  assert.equal(usage.nameSearchShare, 0.5);
  assert.equal(usage.outOfHoursShare, 0.04);
  assert.deepEqual(usage.byRole, [
    { role: 'social-worker', users: 2, actions: 40 },
    { role: 'supervisor', users: 1, actions: 10 },
  ]);
  assert.doesNotMatch(JSON.stringify(usage), /Zed|uid-/, 'no user named');
  assert.equal(genericUsage([]).nameSearchShare, 0, 'no division by zero');
});
