/**
 * Home visits (R13): the pure rules. A visit is one dated record; the yearly home-visit deadline and the
 * social report's home-visit section both read the latest one, so a visit is entered once.
 */
import { invalid } from '#platform/errors.ts';

export type HomeVisit = { id: string; visitedAt: string; visitedBy: string; findings: string | null; createdAt: string };

/** A visit cannot be dated after today (the CPAS's day, in Brussels). */
export function requireVisitNotInFuture(visitedAt: string, today: string): void {
  if (visitedAt > today)
    throw invalid('home-visit.in-future', 'A home visit cannot be dated in the future.', [
      { path: '/visitedAt', code: 'in-future', message: 'after today' },
    ]);
}

/** The latest visit (by its date, then by when it was recorded), or undefined. */
export function latestVisit<T extends { visitedAt: string; createdAt: string }>(visits: readonly T[]): T | undefined {
  return [...visits].sort((a, b) => b.visitedAt.localeCompare(a.visitedAt) || b.createdAt.localeCompare(a.createdAt))[0];
}

/**
 * The social report's home-visit section as the visits give it (no second entry): the latest visit's date
 * and findings. A signed report keeps what it was signed with.
 */
export function homeVisitSection(visits: readonly HomeVisit[]): { visitedAt: string; findings?: string } | undefined {
  const latest = latestVisit(visits);
  if (!latest) return undefined;
  return latest.findings ? { visitedAt: latest.visitedAt, findings: latest.findings } : { visitedAt: latest.visitedAt };
}
