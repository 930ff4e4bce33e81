/**
 * A small `multipart/form-data` reader for the one form that uploads a file (a document of the social
 * file): text fields become strings, the file part becomes `{ filename, mediaType, content }`. Bounded by
 * the route's body limit; a malformed body is refused (400), never half read.
 */
export type UploadedFile = { filename: string; mediaType: string; content: Buffer };
export type MultipartBody = Record<string, string | UploadedFile>;

export class MultipartError extends Error {
  readonly statusCode = 400;
  constructor(message: string) {
    super(message);
    this.name = 'MultipartError';
  }
}

/** The boundary of a `multipart/form-data` content type (RFC 7578, RFC 2046 §5.1.1: 1–70 characters). */
export function boundaryOf(contentType: string): string {
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;"]{1,70}))/i.exec(contentType);
  const boundary = match?.[1] ?? match?.[2];
  if (!boundary) throw new MultipartError('multipart body without a boundary');
  return boundary;
}

const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');

function parameter(header: string, name: string): string | undefined {
  const match = new RegExp(`;\\s*${name}="([^"]*)"`, 'i').exec(header) ?? new RegExp(`;\\s*${name}=([^;\\s]+)`, 'i').exec(header);
  return match?.[1];
}

/** Reads every part; a name sent twice keeps its first value (as `field()` does for url-encoded forms). */
export function parseMultipart(body: Buffer, contentType: string, limits = { parts: 40, fieldBytes: 64 * 1024 }): MultipartBody {
  const delimiter = Buffer.from(`--${boundaryOf(contentType)}`);
  const result: MultipartBody = Object.create(null) as MultipartBody;
  let position = body.indexOf(delimiter);
  if (position !== 0) throw new MultipartError('multipart body does not start with its boundary');
  let parts = 0;
  for (;;) {
    position += delimiter.length;
    if (body.subarray(position, position + 2).toString('latin1') === '--') return result;
    if (!body.subarray(position, position + 2).equals(CRLF)) throw new MultipartError('malformed boundary line');
    position += 2;
    const headerEnd = body.indexOf(HEADER_END, position);
    if (headerEnd < 0) throw new MultipartError('part without headers');
    const headers = body.subarray(position, headerEnd).toString('utf8').split('\r\n');
    const next = body.indexOf(Buffer.concat([CRLF, delimiter]), headerEnd + 4);
    if (next < 0) throw new MultipartError('part without an end');
    const content = body.subarray(headerEnd + 4, next);
    if (++parts > limits.parts) throw new MultipartError('too many parts');
    const disposition = headers.find((h) => /^content-disposition:/i.test(h)) ?? '';
    const name = parameter(disposition, 'name');
    if (!name) throw new MultipartError('part without a name');
    const filename = parameter(disposition, 'filename');
    if (!Object.hasOwn(result, name)) {
      if (filename !== undefined) {
        const type = headers.find((h) => /^content-type:/i.test(h))?.replace(/^content-type:\s*/i, '') ?? 'application/octet-stream';
        result[name] = { filename: filename.replace(/^.*[\\/]/, ''), mediaType: type.trim(), content: Buffer.from(content) };
      } else {
        if (content.length > limits.fieldBytes) throw new MultipartError('field too long');
        result[name] = content.toString('utf8');
      }
    }
    position = next + 2;
  }
}

export const isUploadedFile = (value: unknown): value is UploadedFile =>
  typeof value === 'object' && value !== null && Buffer.isBuffer((value as UploadedFile).content);
