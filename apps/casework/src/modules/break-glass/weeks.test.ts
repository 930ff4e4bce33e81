import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isoWeekOf, parseIsoWeek } from './weeks.ts';

test('a date belongs to the ISO week of its Thursday, also across the turn of the year', () => {
  assert.equal(isoWeekOf('2026-11-23'), '2026-W48');
  assert.equal(isoWeekOf('2026-11-29'), '2026-W48');
  assert.equal(isoWeekOf('2026-11-30'), '2026-W49');
  assert.equal(isoWeekOf('2027-01-01'), '2026-W53');
  assert.equal(isoWeekOf('2024-12-30'), '2025-W01');
});

test('a week is read as its Monday and the next Monday', () => {
  assert.deepEqual(parseIsoWeek('2026-W48'), { week: '2026-W48', startsOn: '2026-11-23', nextMonday: '2026-11-30' });
  assert.deepEqual(parseIsoWeek('2025-W01'), { week: '2025-W01', startsOn: '2024-12-30', nextMonday: '2025-01-06' });
  assert.equal(parseIsoWeek('2026-W53')?.startsOn, '2026-12-28');
});

test('weeks that do not exist and other text are refused', () => {
  for (const text of ['2025-W53', '2026-W54', '2026-W00', '2026-48', 'W48', '2026-W4']) assert.equal(parseIsoWeek(text), null, text);
});
