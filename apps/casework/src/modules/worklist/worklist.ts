/** The worklist's pure rules: one item per alert or notice, soonest due first, then a page. */
export type WorklistItem = {
  requestId: string;
  personId: string;
  personName: string;
  kind: string;
  status: string;
  alert: string;
  dueDate: string;
  isOverdue: boolean;
  noticeId?: string;
  details?: Record<string, unknown>;
};

/**
 * Soonest due first; the sort is stable, so items due the same day keep their order (deadlines, then notices).
 * `YYYY-MM-DD` dates order as strings, compared by code unit (not by the locale's collation: hundreds on a team's list).
 */
export const byDueDate = (items: WorklistItem[]): WorklistItem[] =>
  [...items].sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));

export const pageOf = <T>(items: T[], page: { limit: number; offset: number }) => ({
  items: items.slice(page.offset, page.offset + page.limit),
  total: items.length,
  limit: page.limit,
  offset: page.offset,
});
