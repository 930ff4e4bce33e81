/**
 * Small random values taken from a pool of CSPRNG bytes, as node:crypto's `randomUUID` does for its ids:
 * `randomBytes` costs ≈ 5 µs a call on the services' machine whatever the size (4 KiB cost as much as 32 bytes),
 * and every consultation takes several small values on its hot path (three log openings at the hub, the
 * answer's IV at the provider). Each byte of the pool is handed out once, then the pool is drawn afresh; the
 * part too short for a request is dropped, never reused. Long-lived secrets (keys, session tokens) keep
 * their own `randomBytes` call.
 */
import { randomBytes } from 'node:crypto';

export const RANDOM_POOL_SIZE = 4096;

export type RandomPool = (size: number) => Buffer;

/** A pool drawn `poolSize` bytes at a time from `source` (node:crypto's `randomBytes`; tests count the draws). */
export function createRandomPool(source: (size: number) => Buffer = randomBytes, poolSize = RANDOM_POOL_SIZE): RandomPool {
  let pool: Buffer = Buffer.alloc(0);
  let offset = 0;
  return (size) => {
    if (!Number.isInteger(size) || size < 1 || size > poolSize) throw new RangeError(`A pooled random value has 1 to ${poolSize} bytes`);
    if (offset + size > pool.length) {
      pool = source(poolSize);
      offset = 0;
    }
    // A copy: the value owns its memory, so no holder can read or change the bytes handed to another.
    const value = Buffer.allocUnsafe(size);
    pool.copy(value, 0, offset, offset + size);
    offset += size;
    return value;
  };
}

/** This process's pool, for the protocol's small per-message values. */
export const pooledRandomBytes: RandomPool = createRandomPool();
