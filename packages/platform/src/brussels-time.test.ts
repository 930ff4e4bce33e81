import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brusselsHour, currentMonth, dayInBrussels, monthBounds, previousMonth } from './brussels-time.ts';

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
