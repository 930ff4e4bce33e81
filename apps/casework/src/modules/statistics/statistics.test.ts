import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { monthsBetween, shiftDay, statisticsDays } from './statistics.ts';

describe('the statistics period', () => {
  test('by default is the 30 calendar days ending today, both included', () => {
    assert.deepEqual(statisticsDays(undefined, undefined, '2026-11-20'), { from: '2026-10-22', to: '2026-11-20' });
    assert.deepEqual(statisticsDays(undefined, '2026-03-01', '2026-11-20'), { from: '2026-01-31', to: '2026-03-01' });
    assert.deepEqual(statisticsDays('2026-11-01', undefined, '2026-11-20'), { from: '2026-11-01', to: '2026-11-20' });
  });

  test('refuses a reversed period and dates that are not calendar dates', () => {
    assert.equal(statisticsDays('2026-03-31', '2026-01-01', '2026-11-20'), undefined);
    assert.equal(statisticsDays('2026-02-30', '2026-03-01', '2026-11-20'), undefined);
    assert.equal(statisticsDays('2026-1-1', undefined, '2026-11-20'), undefined);
  });

  test('lists the months of the days, and moves days across month and year ends', () => {
    assert.deepEqual(monthsBetween('2025-12-31', '2026-02-01'), ['2025-12', '2026-01', '2026-02']);
    assert.equal(shiftDay('2026-03-01', -1), '2026-02-28');
    assert.equal(shiftDay('2025-12-31', 1), '2026-01-01');
  });
});
