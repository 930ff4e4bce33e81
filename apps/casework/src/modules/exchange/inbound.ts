/**
 * Messages the hub sends to this node arrive at one registered endpoint
 * (`POST /exchange/v1/summary-requests`). Before verification, only two claims are read, to route:
 * `aud` (which tenant of this node) and `type` (which use case). Nothing is trusted until the use
 * case has verified the signature.
 */
function peekClaims(jws: unknown): Record<string, unknown> | null {
  if (typeof jws !== 'string' || jws.length > 1024 * 1024) return null;
  const payload = jws.split('.')[1];
  if (!payload) return null;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return claims !== null && typeof claims === 'object' && !Array.isArray(claims) ? (claims as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function peekAudience(jws: unknown): string | null {
  const aud = peekClaims(jws)?.aud;
  return typeof aud === 'string' ? aud : null;
}

export function peekType(jws: unknown): string | null {
  const type = peekClaims(jws)?.type;
  return typeof type === 'string' ? type : null;
}
