/** The look-back window of the directory: integrations ended within it still count (recent providers, R39 notices). */

/** The instant `months` before `date`. */
export function monthsBeforeDate(date: Date, months: number): Date {
  const copy = new Date(date);
  copy.setUTCMonth(copy.getUTCMonth() - months);
  return copy;
}

/** The day (YYYY-MM-DD) `months` before `date`. */
export function monthsBefore(date: Date, months: number): string {
  return monthsBeforeDate(date, months).toISOString().slice(0, 10);
}
