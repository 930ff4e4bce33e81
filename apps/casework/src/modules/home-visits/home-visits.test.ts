import { test } from 'node:test';
import assert from 'node:assert/strict';
import { homeVisitSection, latestVisit, requireVisitNotInFuture } from './home-visits.ts';

const visit = (id: string, visitedAt: string, createdAt: string, findings: string | null = null) => ({
  id,
  visitedAt,
  visitedBy: 'Marie Dubois',
  findings,
  createdAt,
});

test('the report’s home-visit section is the latest visit, by its date then by when it was recorded', () => {
  assert.equal(homeVisitSection([]), undefined);
  const visits = [
    visit('a', '2026-02-01', '2026-02-01T10:00:00Z', 'first'),
    visit('b', '2026-03-01', '2026-03-01T10:00:00Z', 'second'),
    visit('c', '2026-03-01', '2026-03-02T10:00:00Z', 'second, corrected'),
    visit('d', '2026-01-15', '2026-03-05T10:00:00Z', 'recorded late'),
  ];
  assert.equal(latestVisit(visits)?.id, 'c');
  assert.deepEqual(homeVisitSection(visits), { visitedAt: '2026-03-01', findings: 'second, corrected' });
  assert.deepEqual(homeVisitSection([visit('e', '2026-03-03', '2026-03-03T10:00:00Z')]), { visitedAt: '2026-03-03' });
});

test('a visit is not dated after today', () => {
  requireVisitNotInFuture('2026-03-01', '2026-03-01');
  assert.throws(
    () => requireVisitNotInFuture('2026-03-02', '2026-03-01'),
    (error: { code?: string }) => error.code === 'home-visit.in-future',
  );
});
