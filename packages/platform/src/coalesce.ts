/**
 * Coalescing (ADR 0024): calls that arrive while one batch is in flight go together in the next one —
 * one round trip to PostgreSQL for the group instead of one each. An idle service pays nothing: a
 * call that arrives alone runs alone, at once (after the current turn of the event loop, so the calls
 * of one turn share a batch). Under load the batches grow by themselves, with no timer and no window.
 *
 * Correctness first: `run` answers one result per input, in order. When a batch of several fails, each
 * input is run again alone, so one bad input gets its own error and the others their results.
 */

export type Coalescer<I, O> = {
  (input: I): Promise<O>;
  /** Batches run and the inputs they carried (for tests and metrics). */
  stats(): { batches: number; inputs: number; retried: number };
};

type Pending<I, O> = { input: I; resolve: (value: O) => void; reject: (error: unknown) => void };

export function createCoalescer<I, O>(run: (inputs: I[]) => Promise<O[]>, options: { maxBatch?: number } = {}): Coalescer<I, O> {
  const maxBatch = options.maxBatch ?? 64;
  const queue: Pending<I, O>[] = [];
  let isFlushing = false;
  const stats = { batches: 0, inputs: 0, retried: 0 };

  async function runBatch(batch: Pending<I, O>[]): Promise<void> {
    let results: O[];
    try {
      results = await run(batch.map((pending) => pending.input));
      if (results.length !== batch.length) throw new Error(`a coalesced run answered ${results.length} results for ${batch.length} inputs`);
    } catch (error) {
      if (batch.length === 1) {
        batch[0]!.reject(error);
        return;
      }
      // One input (or the batch) failed: each runs again alone, so only a bad one is refused.
      stats.retried += batch.length;
      await Promise.all(batch.map((pending) => runBatch([pending])));
      return;
    }
    stats.batches += 1;
    stats.inputs += batch.length;
    batch.forEach((pending, index) => pending.resolve(results[index]!));
  }

  async function flush(): Promise<void> {
    try {
      while (queue.length > 0) await runBatch(queue.splice(0, maxBatch));
    } finally {
      isFlushing = false;
    }
  }

  const coalesced = (input: I): Promise<O> =>
    new Promise<O>((resolve, reject) => {
      queue.push({ input, resolve, reject });
      if (!isFlushing) {
        isFlushing = true;
        setImmediate(() => void flush());
      }
    });
  return Object.assign(coalesced, { stats: () => ({ ...stats }) });
}

/**
 * One instance per key (a tenant's database), made at first use and forgotten with the key: the
 * coalescers of a node that serves several CPAS, one set per CPAS.
 */
export function perKey<K extends object, T>(create: (key: K) => T): (key: K) => T {
  const instances = new WeakMap<K, T>();
  return (key) => {
    let instance = instances.get(key);
    if (instance === undefined) {
      instance = create(key);
      instances.set(key, instance);
    }
    return instance;
  };
}
