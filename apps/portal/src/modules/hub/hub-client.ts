/**
 * The portal's side of the signed protocol (principle 5): it speaks to the hub as the registered
 * institution of kind `portal`, signs every message with its own Ed25519 key, verifies every answer
 * with the hub's registered key, and keeps a cached copy of the public registry (names and keys of
 * every institution) to verify the CPAS' own signatures and to encrypt the person's words to them.
 */
import type { KeyObject } from 'node:crypto';
import { AppError } from '#platform/errors.ts';
import { importPublicJwks, type InstitutionKeys, type PublicJwks } from '#contracts/protocol/keys.ts';
import { createMemoryReplayGuard, signMessage, verifyMessage, type MessageClaims, type ReplayGuard } from '#contracts/protocol/envelope.ts';

export type RegistryEntry = { kbo: string; name: string; kind: 'cpas' | 'hub' | 'portal'; endpoint: string | null; jwks: PublicJwks };
type Entry = RegistryEntry & { signing: Map<string, KeyObject>; encryption: Map<string, KeyObject> };

export type PortalHubClient = ReturnType<typeof createPortalHubClient>;

const unreachable = () =>
  new AppError('hub.unreachable', 503, 'The crossroads hub cannot be reached right now; nothing was changed. Try again in a moment.');

export function createPortalHubClient(options: {
  hubUrl: () => string;
  kbo: string;
  keys: InstitutionKeys;
  clock: () => Date;
  timeoutMs?: number;
  fetch?: typeof fetch;
}) {
  const doFetch = options.fetch ?? fetch;
  const replay: ReplayGuard = createMemoryReplayGuard({ maxEntries: 100_000 });
  let registry: { at: number; entries: Map<string, Entry> } | null = null;

  async function loadRegistry(force = false): Promise<Map<string, Entry>> {
    if (registry && !force && Date.now() - registry.at < 60_000) return registry.entries;
    let body: { items: RegistryEntry[] };
    try {
      const response = await doFetch(`${options.hubUrl()}/v1/institutions`, { signal: AbortSignal.timeout(options.timeoutMs ?? 5_000) });
      if (!response.ok) throw new Error(`registry answered ${response.status}`);
      body = (await response.json()) as { items: RegistryEntry[] };
    } catch {
      throw unreachable();
    }
    const entries = new Map<string, Entry>();
    for (const item of body.items) {
      const keys = importPublicJwks(item.jwks);
      if (!keys.ok) continue;
      entries.set(item.kind === 'hub' ? 'hub' : item.kbo, {
        ...item,
        signing: new Map(keys.signing.map((k) => [k.kid, k.publicKey])),
        encryption: new Map(keys.encryption.map((k) => [k.kid, k.publicKey])),
      });
    }
    registry = { at: Date.now(), entries };
    return entries;
  }

  /** A sender's signing key; an unknown kid refreshes the registry once (key rotation). */
  async function signingKey(issuer: string, kid: string): Promise<KeyObject | undefined> {
    return (await loadRegistry()).get(issuer)?.signing.get(kid) ?? (await loadRegistry(true)).get(issuer)?.signing.get(kid);
  }

  async function institution(kbo: string): Promise<Entry | undefined> {
    return (await loadRegistry()).get(kbo) ?? (await loadRegistry(true)).get(kbo);
  }

  return {
    replay,
    signingKey,
    institution,
    /** Names of the registered institutions, for what the person reads. */
    async names(): Promise<Map<string, string>> {
      return new Map([...(await loadRegistry()).values()].map((entry) => [entry.kbo, entry.name]));
    },
    async hubSigningKeys(): Promise<KeyObject[]> {
      return [...((await loadRegistry()).get('hub')?.signing.values() ?? [])];
    },
    async encryptionKey(kbo: string): Promise<{ kid: string; publicKey: KeyObject } | undefined> {
      const first = [...((await institution(kbo))?.encryption.entries() ?? [])][0];
      return first ? { kid: first[0], publicKey: first[1] } : undefined;
    },
    /** A public read of the hub (the log's proofs): plain JSON, no signature needed to ask. */
    async getJson(path: string): Promise<unknown> {
      let response: Response;
      try {
        response = await doFetch(`${options.hubUrl()}${path}`, { signal: AbortSignal.timeout(options.timeoutMs ?? 5_000) });
      } catch {
        throw unreachable();
      }
      if (!response.ok) throw new AppError('hub.refused', 502, `The hub answered ${response.status}.`);
      return response.json();
    },
    /** Signs `payload` as the portal, posts it, verifies the hub's signed answer; a refusal keeps the hub's code. */
    async send(path: string, payload: Record<string, unknown>): Promise<MessageClaims> {
      const body = signMessage({
        payload,
        issuer: options.kbo,
        audience: 'hub',
        signingKey: options.keys.signing.privateKey,
        kid: options.keys.signing.kid,
        now: options.clock(),
      });
      let response: Response;
      let text: string;
      try {
        response = await doFetch(`${options.hubUrl()}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/jose' },
          body,
          signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
        });
        text = await response.text();
      } catch {
        throw unreachable();
      }
      if (response.status >= 500) throw unreachable();
      if (response.status !== 200) {
        let problem: { code?: string; detail?: string } = {};
        try {
          problem = JSON.parse(text) as typeof problem;
        } catch {
          /* not JSON */
        }
        throw new AppError(
          problem.code ?? 'hub.refused',
          response.status === 404 || response.status === 422 || response.status === 409 ? response.status : 502,
          problem.detail ?? 'The hub refused the request.',
        );
      }
      const verified = await verifyMessage(text, {
        resolveKey: (iss, kid) => (iss === 'hub' ? signingKey('hub', kid) : undefined),
        expectedAudience: options.kbo,
        replay,
        now: options.clock(),
      });
      if (!verified.ok) throw new AppError(`hub.${verified.code}`, 502, 'The hub’s answer did not verify; nothing is shown from it.');
      return verified.claims;
    },
  };
}
