import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  belgianPublicHolidays,
  brusselsHour,
  currentMonth,
  dayInBrussels,
  easterSunday,
  monthBounds,
  previousMonth,
  publicHolidaysBetween,
} from './brussels-time.ts';

test('a month runs from midnight to midnight in Brussels, in winter and in summer time', () => {
  assert.deepEqual(monthBounds('2026-11'), { start: new Date('2026-10-31T23:00:00Z'), end: new Date('2026-11-30T22:59:59.999Z') });
  assert.deepEqual(monthBounds('2026-04'), { start: new Date('2026-03-31T22:00:00Z'), end: new Date('2026-04-30T21:59:59.999Z') });
  assert.deepEqual(monthBounds('2026-12'), { start: new Date('2026-11-30T23:00:00Z'), end: new Date('2026-12-31T22:59:59.999Z') });
  for (const wrong of ['2026-13', '2026-1', 'last month', '']) assert.equal(monthBounds(wrong), null, wrong);
});

test('the previous and the current month are those of Brussels, also in the last hour of a month in UTC', () => {
  assert.equal(previousMonth(new Date('2026-11-30T23:30:00Z')), '2026-11', 'already 1 December in Brussels');
  assert.equal(currentMonth(new Date('2026-11-30T23:30:00Z')), '2026-12');
  assert.equal(previousMonth(new Date('2026-01-15T12:00:00Z')), '2025-12');
});

test('a wall-clock hour in Brussels is one or two hours ahead of UTC, by the season', () => {
  assert.equal(brusselsHour('2026-11-18', 23).toISOString(), '2026-11-18T22:00:00.000Z');
  assert.equal(brusselsHour('2026-07-01', 10).toISOString(), '2026-07-01T08:00:00.000Z');
  assert.equal(brusselsHour('2026-11-18', 0).toISOString(), '2026-11-17T23:00:00.000Z');
  assert.equal(dayInBrussels(new Date('2026-11-30T23:30:00Z')), '2026-12-01');
});

test('Belgium has ten public holidays, three of them moving with Easter', () => {
  assert.equal(easterSunday(2026), '2026-04-05');
  assert.equal(easterSunday(2025), '2025-04-20');
  assert.equal(easterSunday(2000), '2000-04-23');
  assert.ok(belgianPublicHolidays(2008).filter((day) => day === '2008-05-01').length === 2, 'Ascension on Labour Day in 2008');
  assert.deepEqual(belgianPublicHolidays(2026), [
    '2026-01-01',
    '2026-04-06',
    '2026-05-01',
    '2026-05-14',
    '2026-05-25',
    '2026-07-21',
    '2026-08-15',
    '2026-11-01',
    '2026-11-11',
    '2026-12-25',
  ]);
  assert.deepEqual(publicHolidaysBetween(new Date('2026-10-31T23:00:00Z'), new Date('2026-11-30T22:59:59Z')), ['2026-11-01', '2026-11-11']);
  assert.deepEqual(publicHolidaysBetween(new Date('2026-12-20T00:00:00Z'), new Date('2027-01-05T00:00:00Z')), ['2026-12-25', '2027-01-01']);
  fc.assert(
    fc.property(fc.integer({ min: 1900, max: 2199 }), (year) => {
      const easter = easterSunday(year);
      assert.equal(new Date(`${easter}T12:00:00Z`).getUTCDay(), 0, `${easter} is a Sunday`);
      assert.ok(easter >= `${year}-03-22` && easter <= `${year}-04-25`, `${easter} lies between 22 March and 25 April`);
      // Ascension can fall on 1 May (2008, 2160…): ten holidays on nine or ten days.
      const days = new Set(belgianPublicHolidays(year));
      assert.ok(days.size === 10 || (days.size === 9 && days.has(`${year}-05-01`)), `${year}: ${[...days].join(' ')}`);
    }),
  );
});

test('the date in Brussels is that of a fresh formatting for every instant, in any order, across midnights and clock changes', () => {
  const fresh = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' });
  // Instants near the year's two clock changes and near midnights, each followed by neighbours a few ms to minutes away.
  const anchors = ['2026-03-29T00:59:59.999Z', '2026-10-25T00:59:59.999Z', '2026-12-31T22:59:59.999Z', '2026-06-30T21:59:59.999Z'].map(
    Date.parse,
  );
  const instant = fc.oneof(
    fc.integer({ min: Date.parse('2000-01-01T00:00:00Z'), max: Date.parse('2100-01-01T00:00:00Z') }),
    fc.tuple(fc.constantFrom(...anchors), fc.integer({ min: -180_000, max: 180_000 })).map(([anchor, delta]) => anchor + delta),
  );
  fc.assert(
    fc.property(fc.array(instant, { minLength: 1, maxLength: 40 }), (times) => {
      for (const time of times) assert.equal(dayInBrussels(new Date(time)), fresh.format(new Date(time)), new Date(time).toISOString());
    }),
  );
  assert.equal(dayInBrussels(new Date('2026-10-24T21:59:59.999Z')), '2026-10-24');
  assert.equal(dayInBrussels(new Date('2026-10-24T22:00:00.000Z')), '2026-10-25', 'midnight in summer time is 22:00 UTC');
  assert.throws(() => dayInBrussels(new Date(Number.NaN)), RangeError);
});
