/**
 * The node's side of the signed protocol: signs messages to the hub, verifies the hub's answers,
 * and keeps a cached copy of the registry (institutions and their public keys).
 */
import type { KeyObject } from 'node:crypto';
import { requestText, type RequestText, type TextResponse } from '#platform/http-client.ts';
import { importPublicJwks, type PublicJwks } from '#contracts/protocol/keys.ts';
import { createMemoryReplayGuard, signMessage, verifyMessage, type MessageClaims, type ReplayGuard } from '#contracts/protocol/envelope.ts';
import type { Tenant } from '../../tenant.ts';

export type RegistryEntry = { kbo: string; name: string; kind: 'cpas' | 'hub' | 'portal'; endpoint: string | null; jwks: PublicJwks };

export type HubAnswer = { ok: true; claims: MessageClaims } | { ok: false; status: number; code: string; message: string };

export class HubUnreachableError extends Error {
  constructor(cause: unknown) {
    super('The hub could not be reached.');
    this.name = 'HubUnreachableError';
    this.cause = cause;
  }
}

export type HubClient = ReturnType<typeof createHubClient>;

export function createHubClient(options: { hubUrl: () => string; clock: () => Date; timeoutMs?: number; fetch?: RequestText }) {
  // Kept-alive connections without fetch's per-request cost (ADR 0011); a test may pass fetch.
  const doFetch: RequestText = options.fetch ?? requestText;
  const replay: ReplayGuard = createMemoryReplayGuard({ maxEntries: 200_000 });
  let registry: {
    at: number;
    entries: Map<string, RegistryEntry & { signing: Map<string, KeyObject>; encryption: Map<string, KeyObject> }>;
  } | null = null;

  async function loadRegistry(force = false) {
    if (registry && !force && Date.now() - registry.at < 60_000) return registry.entries;
    let response: TextResponse;
    try {
      response = await doFetch(`${options.hubUrl()}/v1/institutions`, { signal: AbortSignal.timeout(options.timeoutMs ?? 5_000) });
    } catch (error) {
      throw new HubUnreachableError(error);
    }
    if (!response.ok) throw new HubUnreachableError(new Error(`registry answered ${response.status}`));
    const body = (await response.json()) as { items: RegistryEntry[] };
    const entries = new Map<string, RegistryEntry & { signing: Map<string, KeyObject>; encryption: Map<string, KeyObject> }>();
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
    const found = (await loadRegistry()).get(issuer)?.signing.get(kid);
    if (found) return found;
    return (await loadRegistry(true)).get(issuer)?.signing.get(kid);
  }

  return {
    signingKey,
    replay,
    async institution(kbo: string): Promise<RegistryEntry | undefined> {
      return (await loadRegistry()).get(kbo) ?? (await loadRegistry(true)).get(kbo);
    },
    async encryptionKey(kbo: string): Promise<{ kid: string; publicKey: KeyObject } | undefined> {
      const entry = (await loadRegistry()).get(kbo) ?? (await loadRegistry(true)).get(kbo);
      const first = entry ? [...entry.encryption.entries()][0] : undefined;
      return first ? { kid: first[0], publicKey: first[1] } : undefined;
    },
    /** Signs `payload` as the tenant, posts it, and verifies the hub's signed answer. */
    async send(tenant: Tenant, path: string, payload: Record<string, unknown>): Promise<HubAnswer> {
      const body = signMessage({
        payload,
        issuer: tenant.kbo,
        audience: 'hub',
        signingKey: tenant.keys.signing.privateKey,
        kid: tenant.keys.signing.kid,
        now: options.clock(),
      });
      let response: TextResponse;
      let text: string;
      try {
        response = await doFetch(`${options.hubUrl()}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/jose' },
          body,
          signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
        });
        text = await response.text();
      } catch (error) {
        throw new HubUnreachableError(error);
      }
      if (response.status >= 500) throw new HubUnreachableError(new Error(`hub answered ${response.status}`));
      if (response.status !== 200) {
        let problem: { code?: string; detail?: string } = {};
        try {
          problem = JSON.parse(text) as typeof problem;
        } catch {
          /* not JSON */
        }
        return {
          ok: false,
          status: response.status,
          code: problem.code ?? 'hub.refused',
          message: problem.detail ?? 'The hub refused the request.',
        };
      }
      const verified = await verifyMessage(text, {
        resolveKey: (iss, kid) => (iss === 'hub' ? signingKey('hub', kid) : undefined),
        expectedAudience: tenant.kbo,
        replay,
        now: options.clock(),
      });
      if (!verified.ok) return { ok: false, status: 502, code: `hub.${verified.code}`, message: 'The hub answer did not verify.' };
      return { ok: true, claims: verified.claims };
    },
  };
}
