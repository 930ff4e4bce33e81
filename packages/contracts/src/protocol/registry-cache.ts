/**
 * The one cache of the institution registry (KBO, kind, endpoint, JWKS), used by the hub (loaded
 * from its database) and by the nodes and the portal (loaded from `GET /hub/v1/institutions`).
 * Keys are imported once per load, not per message. A key id it does not know, or an institution
 * it does not know, reloads the registry once (key rotation, a newly registered institution); loads
 * that overlap share one request.
 */
import type { KeyObject } from 'node:crypto';
import { importPublicJwks, type PublicJwks } from './keys.ts';

export type InstitutionKind = 'cpas' | 'hub' | 'portal';
export type RegistryEntry = { kbo: string; name: string; kind: InstitutionKind; endpoint: string | null; jwks: PublicJwks };
type CachedEntry = RegistryEntry & { signing: Map<string, KeyObject>; encryption: Map<string, KeyObject> };

export type RegistryCacheOptions = {
  /** Reads every active institution; its errors reach the caller unchanged. */
  load: () => Promise<RegistryEntry[]>;
  /** A load older than this is read again; Infinity keeps it until `invalidate` (the hub, which writes the registry). */
  maxAgeMs: number;
  /**
   * A miss reloads only when the registry is at least this old (default 0): on the hub, whose own
   * registrations drop the cache, it keeps a flood of unknown keys from becoming a flood of reads.
   */
  minReloadMs?: number;
  /** Nodes and the portal know the hub as `hub`, the issuer of its messages, rather than by its KBO. */
  isHubKnownAsHub?: boolean;
  now?: () => number;
};

export type RegistryCache = ReturnType<typeof createRegistryCache>;

export function createRegistryCache(options: RegistryCacheOptions) {
  const clock = options.now ?? Date.now;
  let cache: { at: number; entries: Map<string, CachedEntry> } | null = null;
  let loading: Promise<Map<string, CachedEntry>> | null = null;

  async function reload(): Promise<Map<string, CachedEntry>> {
    loading ??= (async () => {
      const entries = new Map<string, CachedEntry>();
      for (const item of await options.load()) {
        const keys = importPublicJwks(item.jwks);
        // An entry with an unusable JWKS is left out: nothing it signs can be verified anyway.
        if (!keys.ok) continue;
        const { kbo, name, kind, endpoint, jwks } = item;
        entries.set(options.isHubKnownAsHub && kind === 'hub' ? 'hub' : kbo, {
          kbo,
          name,
          kind,
          endpoint,
          jwks,
          signing: new Map(keys.signing.map((key) => [key.kid, key.publicKey])),
          encryption: new Map(keys.encryption.map((key) => [key.kid, key.publicKey])),
        });
      }
      cache = { at: clock(), entries };
      return entries;
    })().finally(() => {
      loading = null;
    });
    return loading;
  }

  async function current(): Promise<Map<string, CachedEntry>> {
    if (cache && clock() - cache.at < options.maxAgeMs) return cache.entries;
    return reload();
  }

  /** The entry, reloading once when it is missing or lacks what `has` asks for. */
  async function lookup(key: string, has: (entry: CachedEntry) => boolean = () => true): Promise<CachedEntry | undefined> {
    const entry = (await current()).get(key);
    if (entry && has(entry)) return entry;
    if (cache && clock() - cache.at < (options.minReloadMs ?? 0)) return entry;
    return (await reload()).get(key);
  }

  const publicView = ({ kbo, name, kind, endpoint, jwks }: CachedEntry): RegistryEntry => ({ kbo, name, kind, endpoint, jwks });

  return {
    async list(): Promise<RegistryEntry[]> {
      return [...(await current()).values()].map(publicView);
    },
    async institution(kbo: string): Promise<RegistryEntry | undefined> {
      const entry = await lookup(kbo);
      return entry ? publicView(entry) : undefined;
    },
    /** The sender's registered signing key for that kid; an unknown kid reloads once (key rotation). */
    async signingKey(issuer: string, kid: string): Promise<KeyObject | undefined> {
      return (await lookup(issuer, (entry) => entry.signing.has(kid)))?.signing.get(kid);
    },
    /** Every signing key of an institution (the hub's, to check signed tree heads). */
    async signingKeys(issuer: string): Promise<KeyObject[]> {
      return [...((await current()).get(issuer)?.signing.values() ?? [])];
    },
    /** The key to encrypt to an institution (its first registered encryption key). */
    async encryptionKey(kbo: string): Promise<{ kid: string; publicKey: KeyObject } | undefined> {
      const first = [...((await lookup(kbo))?.encryption.entries() ?? [])][0];
      return first ? { kid: first[0], publicKey: first[1] } : undefined;
    },
    /** Names by KBO, for what people read. */
    async names(): Promise<Map<string, string>> {
      return new Map([...(await current()).values()].map((entry) => [entry.kbo, entry.name]));
    },
    invalidate(): void {
      cache = null;
    },
  };
}
