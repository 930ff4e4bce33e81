/**
 * Reading two claims of a message before it is verified, only to route it: `aud` (which tenant of a
 * node) and `type` (which use case). Nothing read here is trusted: the handler verifies the whole
 * message before it acts.
 */
import { MAX_TOKEN_LENGTH, parseJsonObject } from './jose-compact.ts';

function peekClaims(jws: unknown): Record<string, unknown> | null {
  if (typeof jws !== 'string' || jws.length > MAX_TOKEN_LENGTH) return null;
  const payload = jws.split('.')[1];
  if (!payload) return null;
  // Lenient on purpose: a non-canonical token still reaches its handler, which refuses it as malformed.
  return parseJsonObject(Buffer.from(payload, 'base64url')) ?? null;
}

export function peekAudience(jws: unknown): string | null {
  const aud = peekClaims(jws)?.aud;
  return typeof aud === 'string' ? aud : null;
}

export function peekType(jws: unknown): string | null {
  const type = peekClaims(jws)?.type;
  return typeof type === 'string' ? type : null;
}
