/**
 * The registry entries an institution exports (`rse export-institutions`) as the hub operator pastes
 * them into the web area (ADR 0020): one entry or a list, each checked before anything is written.
 */
import { isValidKbo } from '#contracts/kbo.ts';
import { importPublicJwks, type PublicJwks } from '#contracts/protocol/keys.ts';

export type ExportedEntry = { kbo: string; name: string; kind: 'cpas' | 'portal'; endpoint: string; jwks: PublicJwks };
export type EntriesResult =
  | { ok: true; entries: ExportedEntry[] }
  | { ok: false; code: 'registry.json-invalid' | 'registry.entry-invalid'; index: number };

const MAX_ENTRIES = 100;

export function parseExportedEntries(text: string): EntriesResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, code: 'registry.json-invalid', index: 0 };
  }
  const list = Array.isArray(parsed) ? parsed : [parsed];
  if (list.length === 0 || list.length > MAX_ENTRIES) return { ok: false, code: 'registry.entry-invalid', index: 1 };
  const entries: ExportedEntry[] = [];
  for (const [index, item] of list.entries()) {
    const entry = item as Partial<ExportedEntry> | null;
    const isValid =
      typeof entry === 'object' &&
      entry !== null &&
      typeof entry.kbo === 'string' &&
      isValidKbo(entry.kbo) &&
      typeof entry.name === 'string' &&
      entry.name.trim().length > 0 &&
      entry.name.length <= 200 &&
      (entry.kind === 'cpas' || entry.kind === 'portal') &&
      typeof entry.endpoint === 'string' &&
      entry.endpoint.length <= 500 &&
      /^https?:\/\/[^\s]+$/.test(entry.endpoint) &&
      importPublicJwks(entry.jwks).ok;
    if (!isValid) return { ok: false, code: 'registry.entry-invalid', index: index + 1 };
    entries.push({ kbo: entry.kbo!, name: entry.name!.trim(), kind: entry.kind!, endpoint: entry.endpoint!, jwks: entry.jwks! });
  }
  return { ok: true, entries };
}

/** The JWKS of a rotation: a JWKS itself, or the institution's export (one entry or a list) for `kbo`. */
export function jwksFrom(text: string, kbo: string): PublicJwks | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  const candidates = Array.isArray(parsed) ? parsed : [parsed];
  for (const candidate of candidates) {
    if (typeof candidate !== 'object' || candidate === null) continue;
    const record = candidate as { kbo?: unknown; jwks?: unknown; keys?: unknown };
    const jwks = 'keys' in record ? record : record.kbo === kbo ? record.jwks : undefined;
    const imported = importPublicJwks(jwks);
    if (imported.ok && imported.signing.length > 0) return jwks as PublicJwks;
  }
  return null;
}
