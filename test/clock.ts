/** Clocks for integration tests that need a chosen wall-clock time in Brussels (office hours, expiry). */

export { brusselsHour as brussels } from '#platform/brussels-time.ts';

/** A clock that starts at `start` and runs on from there (time still passes inside a test), set or moved forward at will. */
export function settableClock(start: Date) {
  let base = start.getTime();
  let setAt = Date.now();
  const clock = () => new Date(base + (Date.now() - setAt));
  const set = (at: Date) => {
    base = at.getTime();
    setAt = Date.now();
  };
  return { clock, set, advance: (minutes: number) => set(new Date(clock().getTime() + minutes * 60_000)) };
}
