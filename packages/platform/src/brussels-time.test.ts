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
