import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { formatKbo, generateKbo, isValidKbo, normaliseKbo, parseKbo } from './kbo.ts';

function codeOf(input: string): string {
  const parsed = parseKbo(input);
  return parsed.ok ? 'ok' : parsed.code;
}

describe('KBO/BCE enterprise numbers', () => {
  test('accepts a number whose last two digits are 97 − (first eight mod 97)', () => {
    // 02123456 mod 97 = 29, and 97 − 29 = 68.
    assert.equal(codeOf('0212345668'), 'ok');
    assert.equal(codeOf('0212345667'), 'kbo.invalid-checksum');
  });

  test('uses 97, not 00, when the first eight digits are a multiple of 97', () => {
    assert.equal(generateKbo('02000043'), '0200004397');
    assert.equal(codeOf('0200004397'), 'ok');
    assert.equal(codeOf('0200004300'), 'kbo.invalid-checksum');
  });

  test('accepts the dotted form, the BE prefix and spaces', () => {
    assert.equal(normaliseKbo('0212.345.668'), '0212345668');
    assert.equal(normaliseKbo('BE0212345668'), '0212345668');
    assert.equal(normaliseKbo('be 0212 345 668'), '0212345668');
    assert.equal(normaliseKbo(' BE 0212.345.668 '), '0212345668');
  });

  test('gives a legacy 9-digit number its leading 0', () => {
    assert.equal(normaliseKbo('212.345.668'), '0212345668');
    assert.ok(isValidKbo('212345668'), "isValidKbo('212345668')");
  });

  test('rejects input that is not an enterprise number layout with kbo.invalid-format', () => {
    assert.equal(codeOf('12'), 'kbo.invalid-format');
    assert.equal(codeOf('02123456681'), 'kbo.invalid-format');
    assert.equal(codeOf('FR0212345668'), 'kbo.invalid-format');
    assert.equal(codeOf('0212345668BE'), 'kbo.invalid-format');
    assert.equal(codeOf(''), 'kbo.invalid-format');
  });

  test('formats as 0212.345.668 and returns other input unchanged', () => {
    assert.equal(formatKbo('0212345668'), '0212.345.668');
    assert.equal(formatKbo('BE212345668'), '0212.345.668');
    assert.equal(formatKbo('n/a'), 'n/a');
  });

  test('refuses to generate from anything but eight digits', () => {
    assert.throws(() => generateKbo('0212345'), RangeError);
    assert.throws(() => generateKbo('021234567'), RangeError);
    assert.throws(() => generateKbo('0212345a'), RangeError);
  });
});

const prefix8 = fc.string({ unit: fc.constantFrom(...'0123456789'.split('')), minLength: 8, maxLength: 8 });

describe('KBO properties', () => {
  test('generated numbers round-trip through formatKbo, the BE prefix and parseKbo', () => {
    fc.assert(
      fc.property(prefix8, (prefix) => {
        const kbo = generateKbo(prefix);
        for (const printed of [kbo, formatKbo(kbo), `BE${kbo}`, `BE ${formatKbo(kbo)}`]) {
          const parsed = parseKbo(printed);
          assert.ok(parsed.ok, printed);
          assert.equal(parsed.kbo, kbo);
        }
      }),
      { numRuns: 2_000 },
    );
  });

  test('never throws, whatever it is given', () => {
    const anyInput = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.string({ unit: fc.constantFrom(...'0123456789'.split('')), maxLength: 14 }),
      fc.anything({ maxDepth: 2 }).map((value) => value as string),
    );
    fc.assert(
      fc.property(anyInput, (input) => {
        const parsed = parseKbo(input);
        assert.equal(typeof parsed.ok, 'boolean');
        assert.equal(isValidKbo(input), parsed.ok);
        const digits = normaliseKbo(input);
        assert.ok(digits === null || /^\d{10}$/.test(digits), 'digits === null || /^\\d{10}$/.test(digits)');
      }),
      { numRuns: 2_000 },
    );
  });

  test('any single changed digit makes the number invalid', () => {
    // Unlike the NISS there is one check-digit variant only, so mod 97 detects every single-digit error.
    fc.assert(
      fc.property(prefix8, fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 9 }), (prefix, position, delta) => {
        const kbo = generateKbo(prefix);
        const changed = `${kbo.slice(0, position)}${(Number(kbo[position]) + delta) % 10}${kbo.slice(position + 1)}`;
        assert.equal(isValidKbo(changed), false, changed);
      }),
      { numRuns: 2_000 },
    );
  });
});
