import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkUpload, contentProblem, decodeBase64, safeFilename } from './documents.ts';

const code = (fn: () => unknown) => {
  try {
    fn();
    return 'ok';
  } catch (error) {
    return (error as { code?: string }).code;
  }
};
const b64 = (bytes: Uint8Array | string) =>
  Buffer.from(typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : bytes).toString('base64');

test('anything that starts like a program is refused whatever type it claims', () => {
  const signatures = ['MZ', '\x7fELF', '#!', 'PK\x03\x04', '\xca\xfe\xba\xbe'];
  fc.assert(
    fc.property(
      fc.constantFrom(...signatures),
      fc.uint8Array({ maxLength: 64 }),
      fc.constantFrom('application/pdf', 'image/png', 'image/jpeg', 'text/plain'),
      (signature, rest, type) => {
        const bytes = Buffer.concat([Buffer.from(signature, 'latin1'), Buffer.from(rest)]);
        return code(() => checkUpload({ mediaType: type, contentBase64: b64(bytes) })) === 'document.executable';
      },
    ),
  );
});

test('valid base64 decodes to the bytes encoded; anything else is refused, never silently skipped', () => {
  fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => Buffer.compare(decodeBase64(b64(bytes))!, Buffer.from(bytes)) === 0));
  assert.equal(decodeBase64('abc'), undefined);
  assert.equal(decodeBase64('ab*='), undefined);
  assert.equal(decodeBase64('YWJj\n'), undefined);
});

test('content must be what its type says', () => {
  assert.equal(contentProblem('application/pdf', Buffer.from('%PDF-1.7\n')), undefined);
  assert.equal(contentProblem('application/pdf', Buffer.from('%PDF-1.7 /Launch')), 'active-content');
  assert.equal(contentProblem('application/pdf', Buffer.from('%PDF-1.7 /EmbeddedFile')), 'active-content');
  assert.equal(contentProblem('image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])), undefined);
  assert.equal(contentProblem('image/jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0])), undefined);
  assert.equal(contentProblem('image/jpeg', Buffer.from('%PDF-')), 'type-mismatch');
  assert.equal(contentProblem('text/plain', Buffer.from('Fiche de paie — janvier', 'utf8')), undefined);
  assert.equal(contentProblem('text/plain', Buffer.from([0x66, 0x00])), 'type-mismatch');
  assert.equal(contentProblem('text/plain', Buffer.from([0xc3, 0x28])), 'type-mismatch');
});

test('a type outside the allow-list is refused; a declared type is normalised', () => {
  assert.equal(
    code(() => checkUpload({ mediaType: 'text/html', contentBase64: b64('<script>') })),
    'document.type-not-allowed',
  );
  assert.equal(
    code(() => checkUpload({ contentBase64: b64('x') })),
    'document.type-not-allowed',
  );
  assert.equal(checkUpload({ mediaType: 'Application/PDF; charset=binary', contentBase64: b64('%PDF-1.4') }).mediaType, 'application/pdf');
  assert.deepEqual(checkUpload({}), { content: null, mediaType: null });
});

test('a download name is plain ASCII with the type’s extension', () => {
  assert.equal(safeFilename('Bail du logement', 'application/pdf'), 'Bail-du-logement.pdf');
  assert.equal(safeFilename('Fiche "paie" ../../etc', 'text/plain'), 'Fiche-paie-....etc.txt');
  assert.equal(safeFilename('Écrit à la main', 'image/png'), 'Ecrit-a-la-main.png');
  assert.equal(safeFilename('日本', 'image/jpeg'), 'document.jpg');
});
