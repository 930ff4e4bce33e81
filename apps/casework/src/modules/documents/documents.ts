/**
 * Supporting documents (R17, R18): the pure checks of an upload. Only the formats a CPAS files
 * (PDF, JPEG, PNG, plain text) are accepted; the content must be what its type says (magic bytes), and
 * nothing executable gets in: no program (MZ, ELF, Mach-O, script), no archive, no PDF carrying
 * JavaScript, a launch action or an embedded file.
 */
import { invalid } from '#platform/errors.ts';

export const ALLOWED_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'text/plain'] as const;
export type AllowedMediaType = (typeof ALLOWED_MEDIA_TYPES)[number];

/** 6 MiB of content (the base64 JSON body stays under the route's 12 MiB limit). */
export const MAX_DOCUMENT_BYTES = 6 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((byte, index) => bytes[index] === byte);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

const EXECUTABLE_SIGNATURES: readonly (readonly number[])[] = [
  ascii('MZ'), // Windows PE
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0xcf, 0xfa, 0xed, 0xfe], // Mach-O 64
  [0xce, 0xfa, 0xed, 0xfe], // Mach-O 32
  [0xca, 0xfe, 0xba, 0xbe], // Mach-O universal / Java class
  ascii('#!'), // script
  ascii('PK\u0003\u0004'), // zip (jar, docm, apk…)
  [0x00, 0x61, 0x73, 0x6d], // WebAssembly
];

/** The declared media type, normalised (`Application/PDF; x=y` → `application/pdf`), or undefined. */
export function normaliseMediaType(value: string | undefined): string | undefined {
  return value?.split(';')[0]?.trim().toLowerCase() || undefined;
}

export const isAllowedMediaType = (value: string | undefined): value is AllowedMediaType =>
  value !== undefined && (ALLOWED_MEDIA_TYPES as readonly string[]).includes(value);

/** Standard base64 only, padded: `Buffer.from` would silently skip anything else. */
export function decodeBase64(value: string): Buffer | undefined {
  if (value.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(value)) return undefined;
  return Buffer.from(value, 'base64');
}

const PDF_ACTIVE_CONTENT = /\/(JavaScript|JS|Launch|EmbeddedFile|RichMedia|XFA)\b/;

/** Why this content is refused, or undefined when it may be filed under `mediaType`. */
export function contentProblem(
  mediaType: AllowedMediaType,
  bytes: Uint8Array,
): 'executable' | 'type-mismatch' | 'active-content' | undefined {
  if (EXECUTABLE_SIGNATURES.some((signature) => startsWith(bytes, signature))) return 'executable';
  switch (mediaType) {
    case 'application/pdf':
      if (!startsWith(bytes, ascii('%PDF-'))) return 'type-mismatch';
      return PDF_ACTIVE_CONTENT.test(Buffer.from(bytes).toString('latin1')) ? 'active-content' : undefined;
    case 'image/png':
      return startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) ? undefined : 'type-mismatch';
    case 'image/jpeg':
      return startsWith(bytes, [0xff, 0xd8, 0xff]) ? undefined : 'type-mismatch';
    case 'text/plain': {
      if (bytes.includes(0)) return 'type-mismatch';
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        return undefined;
      } catch {
        return 'type-mismatch';
      }
    }
  }
}

/** Checks an upload; returns the content to store with its normalised type. */
export function checkUpload(input: { mediaType?: string; contentBase64?: string }): { content: Buffer | null; mediaType: string | null } {
  if (input.contentBase64 === undefined) return { content: null, mediaType: normaliseMediaType(input.mediaType) ?? null };
  const mediaType = normaliseMediaType(input.mediaType);
  if (!isAllowedMediaType(mediaType))
    throw invalid('document.type-not-allowed', 'Only PDF, JPEG, PNG and plain-text documents are accepted.', [
      { path: '/mediaType', code: 'not-allowed', message: `one of ${ALLOWED_MEDIA_TYPES.join(', ')}` },
    ]);
  const content = decodeBase64(input.contentBase64);
  if (!content)
    throw invalid('document.invalid-base64', 'The content is not valid base64.', [
      { path: '/contentBase64', code: 'invalid', message: 'not base64' },
    ]);
  if (content.length === 0)
    throw invalid('document.empty', 'The document is empty.', [{ path: '/contentBase64', code: 'empty', message: 'no content' }]);
  if (content.length > MAX_DOCUMENT_BYTES)
    throw invalid('document.too-large', 'A document is at most 6 MiB.', [
      { path: '/contentBase64', code: 'too-large', message: 'at most 6 MiB' },
    ]);
  const problem = contentProblem(mediaType, content);
  if (problem === 'executable' || problem === 'active-content')
    throw invalid('document.executable', 'Executable or active content is refused.', [
      { path: '/contentBase64', code: problem, message: 'executable or active content' },
    ]);
  if (problem === 'type-mismatch')
    throw invalid('document.type-mismatch', 'The content is not of the type declared.', [
      { path: '/mediaType', code: 'type-mismatch', message: 'content does not match the declared type' },
    ]);
  return { content, mediaType };
}

/** R18: a document from a BCSS flow carries its provenance (flow, date, ticket). */
export function requireProvenance(input: { source: string; flowName?: string; flowDate?: string; flowTicket?: string }): void {
  if (input.source !== 'bcss-flow') return;
  const missing = (['flowName', 'flowDate', 'flowTicket'] as const).filter((name) => !input[name]?.trim());
  if (missing.length > 0)
    throw invalid(
      'document.provenance-required',
      'A document from a BCSS flow names the flow, its date and its ticket.',
      missing.map((name) => ({ path: `/${name}`, code: 'required', message: 'required for a BCSS flow' })),
    );
}

/** A file name safe in a Content-Disposition header (ASCII, no quote or path). */
export function safeFilename(title: string, mediaType: string): string {
  const extension = { 'application/pdf': '.pdf', 'image/jpeg': '.jpg', 'image/png': '.png', 'text/plain': '.txt' }[mediaType] ?? '';
  const base =
    title
      .normalize('NFKD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/[^A-Za-z0-9 ._-]/g, '')
      .trim()
      .replace(/\s+/g, '-')
      .slice(0, 80) || 'document';
  return base.endsWith(extension) ? base : `${base}${extension}`;
}
