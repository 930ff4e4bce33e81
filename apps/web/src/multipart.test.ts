import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isUploadedFile, parseMultipart } from './multipart.ts';

const BOUNDARY = '----rse0123456789';
const TYPE = `multipart/form-data; boundary=${BOUNDARY}`;

function encode(fields: [string, string][], file?: { name: string; filename: string; type: string; content: Buffer }): Buffer {
  const parts: Buffer[] = [];
  for (const [name, value] of fields)
    parts.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  if (file)
    parts.push(
      Buffer.from(
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${file.name}"; filename="${file.filename}"\r\nContent-Type: ${file.type}\r\n\r\n`,
      ),
      file.content,
      Buffer.from('\r\n'),
    );
  parts.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return Buffer.concat(parts);
}

test('fields and the file come back as sent, whatever bytes the file holds', () => {
  const name = fc.stringMatching(/^[a-zA-Z_][a-zA-Z0-9_.]{0,20}$/);
  const value = fc.string({ maxLength: 200 }).filter((s) => !s.includes(`--${BOUNDARY}`));
  fc.assert(
    fc.property(
      fc.uniqueArray(fc.tuple(name, value), { selector: (e) => e[0], maxLength: 8 }),
      fc.uint8Array({ maxLength: 2000 }),
      (fields, bytes) => {
        const content = Buffer.from(bytes);
        if (content.includes(Buffer.from(`\r\n--${BOUNDARY}`))) return true;
        const filtered = fields.filter(([n]) => n !== 'file');
        const parsed = parseMultipart(
          encode(filtered, { name: 'file', filename: 'C:\\Users\\x\\scan.pdf', type: 'application/pdf', content }),
          TYPE,
        );
        for (const [n, v] of filtered) assert.equal(parsed[n], v);
        const file = parsed.file;
        assert.ok(isUploadedFile(file), 'the file part is a file');
        assert.equal(file.filename, 'scan.pdf');
        assert.equal(file.mediaType, 'application/pdf');
        assert.equal(Buffer.compare(file.content, content), 0);
        return true;
      },
    ),
  );
});

test('malformed bodies are refused with 400, never half read', () => {
  const good = encode([['a', 'b']]);
  for (const [body, type] of [
    [good, 'multipart/form-data'],
    [Buffer.from('nothing'), TYPE],
    [good.subarray(0, good.length - 8), TYPE],
    [Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data\r\n\r\nx\r\n--${BOUNDARY}--`), TYPE],
  ] as const) {
    assert.throws(
      () => parseMultipart(body, type),
      (error: { statusCode?: number }) => error.statusCode === 400,
    );
  }
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      try {
        parseMultipart(Buffer.concat([Buffer.from(`--${BOUNDARY}`), Buffer.from(bytes)]), TYPE);
      } catch (error) {
        assert.equal((error as { statusCode?: number }).statusCode, 400);
      }
    }),
  );
});
