/**
 * The hub's policy (R22: data, not code; ADR 0020): which summary items a requester of a quality code
 * receives for a purpose. The items are the closed list of the summary schema (`rse.summary/1`): the
 * operator narrows or widens a rule within it, never adds an item the schema does not know.
 */
export const SUMMARY_ITEMS = ['decisions', 'piis', 'statements', 'contact'] as const;
export type SummaryItem = (typeof SUMMARY_ITEMS)[number];
export const isSummaryItem = (value: string): value is SummaryItem => (SUMMARY_ITEMS as readonly string[]).includes(value);

/** A rule's items in the schema's order, without repeats; null when one is not an item of the schema. */
export function normaliseItems(items: readonly string[]): SummaryItem[] | null {
  if (!items.every(isSummaryItem)) return null;
  return SUMMARY_ITEMS.filter((item) => items.includes(item));
}

/** The purpose of the citizen portal: its rule is per institution kind, not per quality code, and is not changed here. */
export const PERSON_ACCESS_PURPOSE = 'person-access';
