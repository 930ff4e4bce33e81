/**
 * Strict helpers shared by the JWS and JWE code: base64url that refuses anything a re-encoding
 * would not reproduce (so a token has exactly one spelling), and bounded JSON header parsing.
 * Internal to the protocol folder.
 */

/** The largest compact token accepted or produced: a summary is kilobytes, never a mebibyte. */
export const MAX_TOKEN_LENGTH = 1024 * 1024;

const BASE64URL = /^[A-Za-z0-9_-]*$/;

/**
 * Decodes base64url, or undefined when the text is not in canonical unpadded form. Node's decoder
 * skips invalid characters and ignores stray trailing bits; accepting that would give one
 * signature many spellings.
 */
export function decodeBase64url(text: string): Buffer | undefined {
  if (!BASE64URL.test(text) || text.length % 4 === 1) return undefined;
  const bytes = Buffer.from(text, 'base64url');
  return bytes.toString('base64url') === text ? bytes : undefined;
}

export function encodeBase64urlJson(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A JSON object from base64url bytes, or undefined for anything else (array, bad UTF-8, bad JSON). */
export function parseJsonObject(bytes: Uint8Array): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(utf8.decode(bytes));
    return isRecord(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
