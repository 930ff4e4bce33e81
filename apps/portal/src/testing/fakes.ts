/**
 * Fakes for the portal's unit tests: a hub in memory that answers the portal's signed messages
 * through the real hub link (a fake transport, no socket), with a registry of real keys.
 */
import assert from 'node:assert/strict';
import { AppError } from '#platform/errors.ts';
import { signMessage } from '#contracts/protocol/envelope.ts';
import { generateInstitutionKeys, toPublicJwks, type InstitutionKeys } from '#contracts/protocol/keys.ts';
import type { HubTransport } from '#contracts/protocol/hub-link.ts';
import type { RegistryEntry } from '#contracts/protocol/registry-cache.ts';
import { createPortalHubClient } from '../modules/hub/index.ts';

export const NOW = new Date('2026-03-03T10:00:00Z');
export const PORTAL_KBO = '0999999823';

export type FakeInstitution = RegistryEntry & { keys: InstitutionKeys };

export function institution(kbo: string, kind: RegistryEntry['kind'], name: string): FakeInstitution {
  const keys = generateInstitutionKeys();
  return { kbo, name, kind, endpoint: null, jwks: toPublicJwks(keys), keys };
}

/** How the fake hub answers one path: the payload of its signed answer, or an HTTP status with a problem. */
export type HubRoute = (
  claims: Record<string, unknown>,
) => Record<string, unknown> | { status: number; problem: { code: string; detail: string } };

export function createFakeHubForPortal(institutions: FakeInstitution[]) {
  const hub = institution('0999999922', 'hub', 'Hub');
  const portalKeys = generateInstitutionKeys();
  const portal = {
    kbo: PORTAL_KBO,
    name: 'Portail',
    kind: 'portal' as const,
    endpoint: null,
    jwks: toPublicJwks(portalKeys),
    keys: portalKeys,
  };
  const routes = new Map<string, HubRoute>();
  const received: { path: string; claims: Record<string, unknown> }[] = [];
  const json = (status: number, body: unknown) => ({
    ok: status < 300,
    status,
    text: async () => JSON.stringify(body),
    json: async () => body,
  });
  const transport: HubTransport = async (url, init = {}) => {
    const path = url.replace('http://hub.test/hub', '');
    if (path === '/v1/institutions') return json(200, { items: [hub, portal, ...institutions].map(({ keys: _keys, ...entry }) => entry) });
    const claims = JSON.parse(Buffer.from(init.body!.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
    received.push({ path, claims });
    const route = routes.get(path);
    if (!route) return json(404, { code: 'route.not-found' });
    const outcome = route(claims);
    if ('problem' in outcome && 'status' in outcome && typeof outcome.status === 'number') return json(outcome.status, outcome.problem);
    const token = signMessage({
      payload: outcome,
      issuer: 'hub',
      audience: PORTAL_KBO,
      signingKey: hub.keys.signing.privateKey,
      kid: hub.keys.signing.kid,
      now: NOW,
    });
    return { ok: true, status: 200, text: async () => token, json: async () => token };
  };
  const client = createPortalHubClient({
    hubUrl: () => 'http://hub.test/hub',
    kbo: PORTAL_KBO,
    keys: portalKeys,
    clock: () => NOW,
    fetch: transport,
  });
  return {
    client,
    hub,
    portal,
    received,
    on(path: string, route: HubRoute) {
      routes.set(path, route);
    },
    /** A CPAS's own signed answer to the portal (carried by the hub). */
    answerFrom(provider: FakeInstitution, payload: Record<string, unknown>) {
      return signMessage({
        payload,
        issuer: provider.kbo,
        audience: PORTAL_KBO,
        signingKey: provider.keys.signing.privateKey,
        kid: provider.keys.signing.kid,
        now: NOW,
      });
    },
  };
}

/** The problem a use case threw (a test fails when it resolved instead). */
export async function refusalOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => assert.fail('expected a refusal'),
    (caught: unknown) => caught,
  );
  assert.ok(error instanceof AppError, 'a problem with a stable code');
  return error;
}
