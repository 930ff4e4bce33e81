/**
 * OpenID Connect login for production (in Belgium: the federal authentication service, eID/itsme,
 * or the CPAS's own identity provider), for the worker web application and the hub operator's area
 * (ADR 0020), with openid-client: authorization code flow with PKCE,
 * state and nonce kept in a short-lived HttpOnly cookie, ID token checked by the library (signature
 * against the provider's keys included). The
 * configured claim (default `preferred_username`) names the local account; the session is then an
 * ordinary API session (modules/auth/federated-login.ts).
 */
import * as client from 'openid-client';

export type OidcSettings = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The callback registered at the provider; a function when it is known only once the service listens (tests on port 0). */
  redirectUri: string | (() => string);
  usernameClaim: string;
  groupsClaim?: string;
};

/** The checks kept until the browser comes back, and the CPAS chosen on the login page (its KBO number). */
export type OidcPending = { state: string; nonce: string; verifier: string; institution?: string };

/**
 * The checks of a login kept in its cookie, or null when the cookie is absent, not JSON or not their shape
 * (a lost, expired or forged cookie: the login is refused, never half-checked).
 */
export function readPending(cookie: string | undefined): OidcPending | null {
  let value: unknown;
  try {
    value = JSON.parse(cookie ?? 'null');
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { state, nonce, verifier, institution } = value as Record<string, unknown>;
  if (typeof state !== 'string' || typeof nonce !== 'string' || typeof verifier !== 'string') return null;
  return { state, nonce, verifier, ...(typeof institution === 'string' ? { institution } : {}) };
}

const isLoopback = (url: URL) => ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);

export function createOidcLogin(settings: OidcSettings) {
  const redirectUri = () => (typeof settings.redirectUri === 'function' ? settings.redirectUri() : settings.redirectUri);
  let configuration: Promise<client.Configuration> | null = null;
  const discover = () => {
    const issuer = new URL(settings.issuer);
    // Plain HTTP only for an identity provider on this machine (the tests' local provider).
    const options = issuer.protocol === 'http:' && isLoopback(issuer) ? { execute: [client.allowInsecureRequests] } : undefined;
    configuration ??= client
      .discovery(issuer, settings.clientId, settings.clientSecret, undefined, options)
      .then((config) => {
        // The ID token's signature is checked against the provider's published keys too, not only TLS.
        client.enableNonRepudiationChecks(config);
        return config;
      })
      .catch((error: unknown) => {
        configuration = null;
        throw error;
      });
    return configuration;
  };
  return {
    /** Where to send the browser, and the checks to keep until it comes back. */
    async start(): Promise<{ url: string; pending: OidcPending }> {
      const config = await discover();
      const pending = { state: client.randomState(), nonce: client.randomNonce(), verifier: client.randomPKCECodeVerifier() };
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri(),
        scope: 'openid profile',
        state: pending.state,
        nonce: pending.nonce,
        code_challenge: await client.calculatePKCECodeChallenge(pending.verifier),
        code_challenge_method: 'S256',
      });
      return { url: url.href, pending };
    },
    /** Exchanges the code and returns the local username named by the configured claim (and the groups claim), or null. */
    async finish(query: Record<string, string>, pending: OidcPending): Promise<{ username: string; groups: string[] } | null> {
      const config = await discover();
      const current = new URL(redirectUri());
      for (const [name, value] of Object.entries(query)) current.searchParams.set(name, value);
      const tokens = await client.authorizationCodeGrant(config, current, {
        pkceCodeVerifier: pending.verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      const value = claims?.[settings.usernameClaim];
      if (!(typeof value === 'string' && value.length > 0 && value.length <= 200 && !value.includes('\u0000'))) return null;
      const rawGroups = claims?.[settings.groupsClaim ?? 'groups'];
      const groups = Array.isArray(rawGroups)
        ? rawGroups.filter((group): group is string => typeof group === 'string' && group.length > 0 && group.length <= 200).slice(0, 100)
        : typeof rawGroups === 'string'
          ? [rawGroups]
          : [];
      return { username: value, groups };
    },
    issuer: settings.issuer,
  };
}

export type OidcLogin = ReturnType<typeof createOidcLogin>;
