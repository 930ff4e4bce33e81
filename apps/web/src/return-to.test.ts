import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { safeReturnTo } from './forms.ts';

test('returnTo keeps local paths and their query', () => {
  for (const path of ['/', '/persons?q=dupont', '/requests/3f1c/rse', '/ok/%C3%A9']) assert.equal(safeReturnTo(path), path);
});

test('returnTo refuses what a browser could read as another site, or what breaks a header (F8, F7)', () => {
  for (const value of [
    '/\t/evil.example',
    '/\n/evil.example',
    '//evil.example',
    '/\\evil.example',
    'https://evil.example',
    '/a\r\nSet-Cookie: x=1',
    'javascript:alert(1)',
    ' /x',
    '/x y',
  ]) {
    assert.equal(safeReturnTo(value), '/', JSON.stringify(value));
  }
});

test('whatever the input, returnTo is a same-origin path without control characters', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 60 }), (value) => {
      const result = safeReturnTo(`/${value}`);
      assert.ok(result.startsWith('/') && !result.startsWith('//'), result);
      assert.equal(
        [...result].some((char) => char.charCodeAt(0) < 0x20 || char === '\u007f' || char === '\\' || char === ' '),
        false,
        result,
      );
      assert.equal(new URL(result, 'https://rse.example').origin, 'https://rse.example');
    }),
  );
});
