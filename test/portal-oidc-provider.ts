/**
 * A small OpenID Connect provider for the login tests (the portal's, the hub operator's), run inside the test on loopback:
 * discovery, authorization code with PKCE (S256), a token endpoint with client_secret_post or
 * client_secret_basic, and RS256 ID tokens signed with `jose`. It stands in for the federal
 * authentication service (eID/itsme); the services' real client (openid-client) talks to it over HTTP.
 */
import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as jose from 'jose';

export type OidcUser = { sub: string; claims: Record<string, unknown> };
export type LocalOidcProvider = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  setUser(user: OidcUser): void;
  setTampering(isOn: boolean): void;
  close(): Promise<void>;
};

export async function startLocalOidcProvider(): Promise<LocalOidcProvider> {
  const { privateKey, publicKey } = await jose.generateKeyPair('RS256');
  const publicJwk = { ...(await jose.exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const clientId = 'rse-portal';
  const clientSecret = randomBytes(16).toString('hex');
  const codes = new Map<string, { nonce: string; challenge: string; redirectUri: string; user: OidcUser }>();
  let user: OidcUser = { sub: 'nobody', claims: {} };
  let isTampering = false;
  let issuer = '';

  const server = http.createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', issuer);
    const json = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (url.pathname === '/.well-known/openid-configuration') {
      return json(200, {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
        code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: ['client_secret_post', 'client_secret_basic'],
        scopes_supported: ['openid', 'profile'],
      });
    }
    if (url.pathname === '/jwks') return json(200, { keys: [publicJwk] });
    if (url.pathname === '/authorize') {
      const p = url.searchParams;
      if (
        p.get('client_id') !== clientId ||
        p.get('response_type') !== 'code' ||
        p.get('code_challenge_method') !== 'S256' ||
        !p.get('redirect_uri') ||
        !p.get('nonce')
      )
        return json(400, { error: 'invalid_request' });
      const code = randomBytes(16).toString('base64url');
      codes.set(code, { nonce: p.get('nonce')!, challenge: p.get('code_challenge')!, redirectUri: p.get('redirect_uri')!, user });
      const target = new URL(p.get('redirect_uri')!);
      target.searchParams.set('code', code);
      if (p.get('state')) target.searchParams.set('state', p.get('state')!);
      target.searchParams.set('iss', issuer);
      response.writeHead(302, { location: target.href });
      return response.end();
    }
    if (url.pathname === '/token' && request.method === 'POST') {
      let raw = '';
      for await (const chunk of request) raw += chunk;
      const form = new URLSearchParams(raw);
      const basic = request.headers.authorization?.startsWith('Basic ')
        ? Buffer.from(request.headers.authorization.slice(6), 'base64').toString().split(':').map(decodeURIComponent)
        : null;
      const [id, secret] = basic ?? [form.get('client_id'), form.get('client_secret')];
      if (id !== clientId || secret !== clientSecret) return json(401, { error: 'invalid_client' });
      const grant = codes.get(form.get('code') ?? '');
      codes.delete(form.get('code') ?? '');
      const verifier = form.get('code_verifier') ?? '';
      if (
        !grant ||
        form.get('grant_type') !== 'authorization_code' ||
        form.get('redirect_uri') !== grant.redirectUri ||
        createHash('sha256').update(verifier).digest('base64url') !== grant.challenge
      )
        return json(400, { error: 'invalid_grant' });
      let idToken = await new jose.SignJWT({ ...grant.user.claims, nonce: grant.nonce })
        .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
        .setIssuer(issuer)
        .setAudience(clientId)
        .setSubject(grant.user.sub)
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(privateKey);
      if (isTampering) idToken = `${idToken.slice(0, -6)}${idToken.endsWith('AAAAAA') ? 'BBBBBB' : 'AAAAAA'}`;
      return json(200, { access_token: randomBytes(16).toString('hex'), token_type: 'Bearer', expires_in: 300, id_token: idToken });
    }
    return json(404, { error: 'not_found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    clientId,
    clientSecret,
    setUser(next) {
      user = next;
    },
    setTampering(isOn) {
      isTampering = isOn;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
