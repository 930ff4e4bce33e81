/**
 * A task a service runs again and again (deliver what is due, publish a checkpoint, anchor a chain):
 * one run at a time, on a timer that does not keep the process alive, stopped by waiting for the run
 * under way. `run()` also serves callers who want the work done now.
 */
export type PeriodicTask<T> = {
  /** Runs the task now, or joins the run under way (`rerun`: waits for it, then runs again). */
  run(): Promise<T>;
  /** Runs the task every `intervalMs` (a second call does nothing); a failure goes to `onError`, the next tick tries again. */
  start(intervalMs: number): void;
  /** No new run; resolves once the run under way has ended (its failure ignored). */
  stop(): Promise<void>;
};

export function createPeriodicTask<T>(
  work: () => Promise<T>,
  options: {
    onError: (error: unknown) => void;
    /** `join` (default): a call during a run gets that run's result. `rerun`: it waits, then runs again, so work written before the call is seen. */
    whileRunning?: 'join' | 'rerun';
  },
): PeriodicTask<T> {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<T> | null = null;
  const launch = (): Promise<T> => {
    const current = Promise.resolve()
      .then(work)
      .finally(() => {
        if (running === current) running = null;
      });
    running = current;
    return current;
  };
  const run = async (): Promise<T> => {
    if (options.whileRunning === 'rerun') {
      while (running) await running.catch(() => undefined);
      return launch();
    }
    return running ?? launch();
  };
  return {
    run,
    start(intervalMs) {
      if (timer) return;
      timer = setInterval(() => {
        if (!running) launch().catch(options.onError);
      }, intervalMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      while (running) await running.catch(() => undefined);
    },
  };
}
