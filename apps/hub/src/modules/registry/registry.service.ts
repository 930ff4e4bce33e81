/**
 * The institution registry: KBO, kind, endpoint and public keys (JWKS). It is the root of trust of
 * the network: a message signed with a key not registered here is refused.
 */
import type { KeyObject } from 'node:crypto';
import type { Database } from '#platform/db.ts';
import { importPublicJwks, type PublicJwks } from '#contracts/protocol/keys.ts';

export type InstitutionKind = 'cpas' | 'hub' | 'portal';

export type Institution = { kbo: string; name: string; kind: InstitutionKind; endpoint: string | null; jwks: PublicJwks };

type Entry = Institution & { signing: Map<string, KeyObject>; encryption: Map<string, KeyObject> };

export type Registry = ReturnType<typeof createRegistry>;

export function createRegistry(db: Database) {
  let cache: Map<string, Entry> | null = null;

  async function load(): Promise<Map<string, Entry>> {
    if (cache) return cache;
    const rows = await db.query<{ kbo: string; name: string; kind: InstitutionKind; endpoint: string | null; jwks: PublicJwks }>(
      'SELECT kbo, name, kind, endpoint, jwks FROM institutions WHERE is_active ORDER BY kbo',
    );
    const next = new Map<string, Entry>();
    for (const row of rows) {
      const keys = importPublicJwks(row.jwks);
      if (!keys.ok) continue;
      next.set(row.kbo, {
        ...row,
        signing: new Map(keys.signing.map((key) => [key.kid, key.publicKey])),
        encryption: new Map(keys.encryption.map((key) => [key.kid, key.publicKey])),
      });
    }
    cache = next;
    return next;
  }

  return {
    async register(institution: Institution): Promise<void> {
      const keys = importPublicJwks(institution.jwks);
      if (!keys.ok) throw new Error(`Invalid JWKS for ${institution.kbo}: ${keys.message}`);
      await db.query(
        `INSERT INTO institutions (kbo, name, kind, endpoint, jwks) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (kbo) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, endpoint = EXCLUDED.endpoint, jwks = EXCLUDED.jwks, is_active = true`,
        [institution.kbo, institution.name, institution.kind, institution.endpoint, institution.jwks],
      );
      cache = null;
    },
    async list(): Promise<Institution[]> {
      return [...(await load()).values()].map(({ kbo, name, kind, endpoint, jwks }) => ({ kbo, name, kind, endpoint, jwks }));
    },
    async find(kbo: string): Promise<Institution | undefined> {
      const entry = (await load()).get(kbo);
      return entry ? { kbo: entry.kbo, name: entry.name, kind: entry.kind, endpoint: entry.endpoint, jwks: entry.jwks } : undefined;
    },
    async signingKey(kbo: string, kid: string): Promise<KeyObject | undefined> {
      return (await load()).get(kbo)?.signing.get(kid);
    },
    invalidate(): void {
      cache = null;
    },
  };
}
