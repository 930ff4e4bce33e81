/**
 * The institution registry: KBO, kind, endpoint and public keys (JWKS). It is the root of trust of
 * the network: a message signed with a key not registered here is refused. Reads go through the
 * shared registry cache of packages/contracts, loaded from the hub's database and dropped on every
 * registration.
 */
import type { KeyObject } from 'node:crypto';
import type { Database } from '#platform/db.ts';
import { importPublicJwks } from '#contracts/protocol/keys.ts';
import { createRegistryCache, type RegistryEntry } from '#contracts/protocol/registry-cache.ts';

export type { InstitutionKind } from '#contracts/protocol/registry-cache.ts';
export type Institution = RegistryEntry;

export type RegistryStore = {
  listActive(): Promise<Institution[]>;
  /** Writes the entry; returns the active entry it replaced (what the key changes are measured against). */
  upsert(institution: Institution): Promise<Institution | undefined>;
};

export function createRegistryStore(db: Database): RegistryStore {
  return {
    listActive: () => db.query<Institution>('SELECT kbo, name, kind, endpoint, jwks FROM institutions WHERE is_active ORDER BY kbo'),
    // Read and written under one lock: two hub processes registering the same keys at once (both
    // registering the hub itself at start, ADR 0019) see each other's write, so a key enters the log once.
    upsert: (institution) =>
      db.transaction(async (tx) => {
        await tx.query(`SELECT pg_advisory_xact_lock(hashtext('rse.registry'))`);
        const before = await tx.one<Institution>('SELECT kbo, name, kind, endpoint, jwks FROM institutions WHERE kbo = $1 AND is_active', [
          institution.kbo,
        ]);
        await tx.query(
          `INSERT INTO institutions (kbo, name, kind, endpoint, jwks) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (kbo) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, endpoint = EXCLUDED.endpoint, jwks = EXCLUDED.jwks,
             is_active = true`,
          [institution.kbo, institution.name, institution.kind, institution.endpoint, institution.jwks],
        );
        return before ?? undefined;
      }),
  };
}

export type Registry = ReturnType<typeof createRegistry>;

/** How long a hub process trusts its copy of the registry before reading it again. */
export const REGISTRY_MAX_AGE_MS = 30_000;

/** One public key of an institution as the log records it (ADR 0017). */
export type PublishedKey = { use: 'sig' | 'enc'; kid: string; x: string };

const keysOf = (entry: Institution | undefined): PublishedKey[] =>
  (entry?.jwks.keys ?? []).map((key) => ({ use: key.use, kid: key.kid, x: key.x }));
const sameKey = (a: PublishedKey, b: PublishedKey) => a.use === b.use && a.kid === b.kid && a.x === b.x;

/**
 * The registry over its store (the database, or a fake in unit tests). `onKeysChanged` hears every
 * key a registration adds or removes: the hub writes each into its log (key transparency).
 */
export function createRegistry(
  source: Database | RegistryStore,
  options: { onKeysChanged?: (kbo: string, added: PublishedKey[], removed: PublishedKey[]) => Promise<void> } = {},
) {
  const store = 'listActive' in source ? source : createRegistryStore(source);
  // Registrations drop the cache; a key or institution not found reloads at most once a second (another hub process may have
  // registered it). A change made elsewhere (the operator's `rse institutions deactivate`, another hub process) is seen within
  // REGISTRY_MAX_AGE_MS: a deactivated institution is not trusted for ever by a cache that never misses.
  const cache = createRegistryCache({ load: () => store.listActive(), maxAgeMs: REGISTRY_MAX_AGE_MS, minReloadMs: 1_000 });
  /** Hands the keys a change added or removed to `onKeysChanged` (the log's key entries). */
  const keysChanged = async (kbo: string, before: Institution | undefined, after: Institution | undefined): Promise<void> => {
    if (!options.onKeysChanged) return;
    const old = keysOf(before);
    const next = keysOf(after);
    const added = next.filter((key) => !old.some((previous) => sameKey(previous, key)));
    const removed = old.filter((key) => !next.some((current) => sameKey(current, key)));
    if (added.length > 0 || removed.length > 0) await options.onKeysChanged(kbo, added, removed);
  };
  return {
    async register(institution: Institution): Promise<void> {
      const keys = importPublicJwks(institution.jwks);
      if (!keys.ok) throw new Error(`Invalid JWKS for ${institution.kbo}: ${keys.message}`);
      // The entry it replaced, read from the store (not this process's cache, which another process's registration may have outdated).
      const before = await store.upsert(institution);
      cache.invalidate();
      await keysChanged(institution.kbo, before, institution);
    },
    /**
     * For a change made outside `register` (the operator's registry operations): the active keys of
     * `kbo` before and after it; every key added or removed becomes a log entry (ADR 0017).
     */
    keysChanged,
    list: (): Promise<Institution[]> => cache.list(),
    find: (kbo: string): Promise<Institution | undefined> => cache.institution(kbo),
    signingKey: (kbo: string, kid: string): Promise<KeyObject | undefined> => cache.signingKey(kbo, kid),
    invalidate: (): void => cache.invalidate(),
  };
}
