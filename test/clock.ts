/** Clocks for integration tests that need a chosen wall-clock time in Brussels (office hours, expiry). */

/** The UTC instant of a wall-clock hour in Brussels on `day` (CET or CEST). */
export function brussels(day: string, hour: number): Date {
  for (const offset of [1, 2]) {
    const candidate = new Date(`${day}T${String(hour - offset).padStart(2, '0')}:00:00Z`);
    const shown = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', hour: '2-digit', hourCycle: 'h23' }).format(candidate);
    if (Number(shown) === hour) return candidate;
  }
  throw new Error(`no ${hour}:00 in Brussels on ${day}`);
}

/** A clock that starts at `start` and runs on from there (time still passes inside a test), set or moved forward at will. */
export function settableClock(start: Date) {
  let base = start.getTime();
  let setAt = Date.now();
  const clock = () => new Date(base + (Date.now() - setAt));
  const set = (at: Date) => { base = at.getTime(); setAt = Date.now(); };
  return { clock, set, advance: (minutes: number) => set(new Date(clock().getTime() + minutes * 60_000)) };
}
