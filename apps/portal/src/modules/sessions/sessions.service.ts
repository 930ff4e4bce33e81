/**
 * Who is the person (issue: login). In production the person logs in with OpenID Connect — in
 * Belgium the federal authentication service with eID or itsme — and the national number comes from
 * a claim of the ID token (`egovNRN` by default). In demo mode only, a demo login by the NISS of a
 * seeded demo person; outside demo mode that login does not exist, whatever is sent.
 *
 * A session is a random token (cookie or bearer); the database keeps its SHA-256 only. It ends after
 * the idle timeout or at log-out.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import * as oidc from 'openid-client';
import { AppError, invalid, unauthenticated } from '#platform/errors.ts';
import type { Database } from '#platform/db.ts';
import type { Logger } from '#platform/logger.ts';
import { createSessionRepository, type SessionRepository } from './sessions.repository.ts';
import { isValidNiss, normaliseNiss } from '#contracts/niss.ts';

export type DemoPerson = { niss: string; givenNames: string; familyName: string; language: 'fr' | 'nl' | 'de'; scenario: string };
export type OidcSettings = { issuer: string; clientId: string; clientSecret: string; nissClaim: string; redirectUrl: string };
export type PersonSession = {
  id: string;
  niss: string;
  givenNames: string | null;
  familyName: string | null;
  authMethod: 'demo' | 'oidc';
  csrfToken: string;
};

const TOKEN_PREFIX = 'rsp_';
const LOGIN_TTL_MINUTES = 10;

const hashToken = (token: string) => createHash('sha256').update(token).digest();
/** The form token of a session: derived from the session token, which only the person's browser holds. */
const csrfOf = (token: string) => createHash('sha256').update(`csrf:${token}`).digest('base64url');

export type SessionDeps = ({ db: Database } | { repository: SessionRepository }) & {
  log: Logger;
  clock: () => Date;
  idleMinutes: number;
  demo: { persons: DemoPerson[] } | null;
  oidc: OidcSettings | null;
};

export function createSessionService(deps: SessionDeps) {
  const repository = 'repository' in deps ? deps.repository : createSessionRepository(deps.db);
  let oidcConfig: Promise<oidc.Configuration> | null = null;

  function oidcConfiguration(settings: OidcSettings): Promise<oidc.Configuration> {
    if (!oidcConfig) {
      const issuer = new URL(settings.issuer);
      // Plain http only for an identity provider on this machine (tests, a local development IdP).
      const isLoopback = ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
      oidcConfig = oidc
        .discovery(
          issuer,
          settings.clientId,
          settings.clientSecret,
          undefined,
          isLoopback && issuer.protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : undefined,
        )
        .then((config) => {
          // The ID token's signature is checked against the provider's published keys too, not only
          // trusted because it came over the token endpoint's TLS connection.
          oidc.enableNonRepudiationChecks(config);
          return config;
        });
      oidcConfig.catch(() => {
        oidcConfig = null;
      });
    }
    return oidcConfig;
  }

  async function open(person: { niss: string; givenNames: string | null; familyName: string | null }, method: 'demo' | 'oidc') {
    const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
    const now = deps.clock();
    await repository.insertSession({
      tokenHash: hashToken(token),
      niss: person.niss,
      givenNames: person.givenNames,
      familyName: person.familyName,
      method,
      at: now,
    });
    return {
      token,
      expiresAt: new Date(now.getTime() + deps.idleMinutes * 60_000),
      person: { givenNames: person.givenNames, familyName: person.familyName },
      csrfToken: csrfOf(token),
    };
  }

  return {
    isDemo: deps.demo !== null,
    hasOidc: deps.oidc !== null,
    demoPersons: () => deps.demo?.persons ?? [],

    /** Demo mode only: log in as a seeded demo person by their NISS. */
    async logInDemo(input: string) {
      if (!deps.demo)
        throw new AppError('portal.demo-login-disabled', 403, 'The demo login exists only in demo mode. Log in with your eID or itsme.');
      const niss = normaliseNiss(input);
      if (!niss || !isValidNiss(niss))
        throw invalid('niss.invalid', 'This is not a valid national number.', [
          { path: '/niss', code: 'invalid-format', message: 'not a valid NISS' },
        ]);
      const person = deps.demo.persons.find((p) => p.niss === niss);
      if (!person) throw new AppError('portal.demo-unknown-person', 404, 'No demo person has this national number.');
      return open({ niss, givenNames: person.givenNames, familyName: person.familyName }, 'demo');
    },

    /** OIDC, step 1: the URL of the identity provider to send the browser to (state, nonce, PKCE). */
    async startOidc(): Promise<URL> {
      if (!deps.oidc) throw new AppError('portal.oidc-not-configured', 404, 'No identity provider is configured for this portal.');
      const config = await oidcConfiguration(deps.oidc).catch(() => {
        throw new AppError('portal.oidc-unavailable', 503, 'The identity provider cannot be reached right now. Try again in a moment.');
      });
      const state = oidc.randomState();
      const nonce = oidc.randomNonce();
      const codeVerifier = oidc.randomPKCECodeVerifier();
      await repository.startLogin(
        { state, nonce, codeVerifier, at: deps.clock() },
        new Date(deps.clock().getTime() - LOGIN_TTL_MINUTES * 60_000),
      );
      return oidc.buildAuthorizationUrl(config, {
        redirect_uri: deps.oidc.redirectUrl,
        scope: 'openid profile',
        state,
        nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
      });
    },

    /** OIDC, step 2: the callback URL with `code` and `state`; the ID token must carry a valid national number. */
    async finishOidc(callbackUrl: URL) {
      if (!deps.oidc) throw new AppError('portal.oidc-not-configured', 404, 'No identity provider is configured for this portal.');
      const state = callbackUrl.searchParams.get('state') ?? '';
      const login = await repository.takeLogin(state);
      if (!login || deps.clock().getTime() - login.created_at.getTime() > LOGIN_TTL_MINUTES * 60_000) {
        throw new AppError('portal.oidc-login-expired', 401, 'This login has expired or was already used. Please log in again.');
      }
      const config = await oidcConfiguration(deps.oidc).catch(() => {
        throw new AppError('portal.oidc-unavailable', 503, 'The identity provider cannot be reached right now. Try again in a moment.');
      });
      let claims: Record<string, unknown> | undefined;
      try {
        const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
          pkceCodeVerifier: login.code_verifier,
          expectedState: state,
          expectedNonce: login.nonce,
          idTokenExpected: true,
        });
        claims = tokens.claims() as Record<string, unknown> | undefined;
      } catch (error) {
        deps.log.warn({ reasonCode: String((error as { code?: unknown }).code ?? (error as Error).name) }, 'oidc login refused');
        throw new AppError('portal.oidc-failed', 401, 'The identity provider did not confirm who you are. Please log in again.');
      }
      const raw = claims?.[deps.oidc.nissClaim];
      const niss = typeof raw === 'string' ? normaliseNiss(raw) : null;
      if (!niss || !isValidNiss(niss))
        throw new AppError(
          'portal.oidc-no-niss',
          403,
          'Your login did not give your national number, which the portal needs to find the exchanges about you.',
        );
      return open(
        {
          niss,
          givenNames: typeof claims?.given_name === 'string' ? claims.given_name : null,
          familyName: typeof claims?.family_name === 'string' ? claims.family_name : null,
        },
        'oidc',
      );
    },

    /** OIDC, step 2 for an API client that received the redirect itself: the same checks as the callback. */
    async finishOidcWithCode(code: string, state: string) {
      if (!deps.oidc) throw new AppError('portal.oidc-not-configured', 404, 'No identity provider is configured for this portal.');
      const callback = new URL(deps.oidc.redirectUrl);
      callback.searchParams.set('code', code);
      callback.searchParams.set('state', state);
      return this.finishOidc(callback);
    },

    /** The session of a token, sliding its idle timeout; null when unknown, ended or idle too long. */
    async authenticate(token: string | null): Promise<PersonSession | null> {
      if (!token || !token.startsWith(TOKEN_PREFIX) || token.length > 100) return null;
      const now = deps.clock();
      const row = await repository.touchSession(hashToken(token), now, new Date(now.getTime() - deps.idleMinutes * 60_000));
      if (!row) return null;
      // A demo session does not survive a restart outside demo mode.
      if (row.auth_method === 'demo' && !deps.demo) return null;
      return {
        id: row.id,
        niss: row.niss.trim(),
        givenNames: row.given_names,
        familyName: row.family_name,
        authMethod: row.auth_method,
        csrfToken: csrfOf(token),
      };
    },

    async require(token: string | null): Promise<PersonSession> {
      const session = await this.authenticate(token);
      if (!session) throw unauthenticated('auth.required', 'Log in first.');
      return session;
    },

    isCsrfValid(session: PersonSession, presented: unknown): boolean {
      if (typeof presented !== 'string') return false;
      const a = Buffer.from(presented);
      const b = Buffer.from(session.csrfToken);
      return a.length === b.length && timingSafeEqual(a, b);
    },

    async logOut(token: string | null): Promise<void> {
      if (token) await repository.endSession(hashToken(token), deps.clock());
    },
  };
}

export type SessionService = ReturnType<typeof createSessionService>;
