import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { formatNiss, generateNiss, isValidNiss, normaliseNiss, parseNiss } from './niss.ts';

/** An independent oracle for the check digits (domain §5), so tests can build deliberately wrong numbers. */
function withCheckDigits(base9: string, isFrom2000: boolean): string {
  const check = 97 - Number(BigInt(isFrom2000 ? `2${base9}` : base9) % 97n);
  return `${base9}${String(check).padStart(2, '0')}`;
}

function codeOf(input: string): string {
  const parsed = parseNiss(input);
  return parsed.ok ? 'ok' : parsed.code;
}

describe('NISS test vectors (domain §5)', () => {
  test('reads 68060105329 as a man born on 1968-06-01 in the national register', () => {
    const parsed = parseNiss('68060105329');
    assert.ok(parsed.ok, 'parsed.ok');
    assert.deepEqual(parsed, {
      ok: true,
      niss: '68060105329',
      kind: 'national-register',
      birthDate: '1968-06-01',
      birthYear: 1968,
      birthMonth: 6,
      sex: 'male',
      century: 1900,
    });
  });

  test('rejects 68060105328 because its check digits do not match', () => {
    assert.equal(codeOf('68060105328'), 'niss.invalid-checksum');
    assert.equal(isValidNiss('68060105328'), false);
  });

  test('derives the century from the matching check-digit variant: 12060105317 is 1912, 12060105346 is 2012', () => {
    const old = parseNiss('12060105317');
    const young = parseNiss('12060105346');
    assert.ok(old.ok && young.ok, 'old.ok && young.ok');
    assert.equal(old.birthDate, '1912-06-01');
    assert.equal(old.century, 1900);
    assert.equal(young.birthDate, '2012-06-01');
    assert.equal(young.century, 2000);
  });

  test('reads 02040500244 as a woman born on 2002-04-05', () => {
    const parsed = parseNiss('02040500244');
    assert.ok(parsed.ok, 'parsed.ok');
    assert.equal(parsed.birthDate, '2002-04-05');
    assert.equal(parsed.sex, 'female');
  });

  test('recognises 85493000163 as a BIS number: month 49 is September, sex known, male', () => {
    const parsed = parseNiss('85493000163');
    assert.ok(parsed.ok, 'parsed.ok');
    assert.equal(parsed.kind, 'bis');
    assert.equal(parsed.birthMonth, 9);
    assert.equal(parsed.birthDate, '1985-09-30');
    assert.equal(parsed.sex, 'male');
  });
});

describe('normaliseNiss (R1)', () => {
  test('strips the eID form and the legacy form to the same 11 digits', () => {
    assert.equal(normaliseNiss('68.06.01-053.29'), '68060105329');
    assert.equal(normaliseNiss('680601 053-29'), '68060105329');
    assert.equal(normaliseNiss(' 68/06/01 053 29 '), '68060105329');
  });

  test('strips a century marker after the date or before the check digits', () => {
    assert.equal(normaliseNiss('120601=053-46'), '12060105346');
    assert.equal(normaliseNiss('120601 053=46'), '12060105346');
    assert.equal(normaliseNiss('120601*053-17'), '12060105317');
  });

  test('refuses anything that does not leave exactly 11 digits', () => {
    assert.equal(normaliseNiss('6806010532'), null);
    assert.equal(normaliseNiss('680601053290'), null);
    assert.equal(normaliseNiss(''), null);
    assert.equal(normaliseNiss('BE68060105329'), null);
    assert.equal(normaliseNiss('68060105329a'), null);
    // Non-ASCII digits are not NISS digits, even where Unicode calls them digits.
    assert.equal(normaliseNiss('٦٨٠٦٠١٠٥٣٢٩'), null);
  });

  test('refuses a century marker out of place, or two markers that disagree', () => {
    assert.equal(normaliseNiss('6806=0105329'), null);
    assert.equal(normaliseNiss('68060105329='), null);
    assert.equal(normaliseNiss('120601=053*46'), null);
  });
});

describe('parseNiss', () => {
  test('follows a legacy century marker: "=" is the 2000s and "*" the 1800s', () => {
    const twentyFirst = parseNiss('120601=053-46');
    const nineteenth = parseNiss('120601*053-17');
    assert.ok(twentyFirst.ok && nineteenth.ok, 'twentyFirst.ok && nineteenth.ok');
    assert.equal(twentyFirst.birthDate, '2012-06-01');
    assert.equal(nineteenth.birthDate, '1812-06-01');
    assert.equal(nineteenth.century, 1800);
  });

  test('rejects a number whose check digits contradict its century marker', () => {
    assert.equal(codeOf('120601=053-17'), 'niss.invalid-checksum');
    assert.equal(codeOf('120601 053=17'), 'niss.invalid-checksum');
    assert.equal(codeOf('120601*053-46'), 'niss.invalid-checksum');
  });

  test('reads "-" as a plain separator, so a 2000s number typed in the legacy layout is accepted', () => {
    const parsed = parseNiss('020405 002-44');
    assert.ok(parsed.ok, 'parsed.ok');
    assert.equal(parsed.birthDate, '2002-04-05');
  });

  test('rejects input that is not 11 digits with niss.invalid-format', () => {
    assert.equal(codeOf('680601053'), 'niss.invalid-format');
    assert.equal(codeOf('abc'), 'niss.invalid-format');
  });

  test('rejects the unassigned sequences 000 and 999', () => {
    assert.equal(codeOf(withCheckDigits('680601000', false)), 'niss.invalid-sequence');
    assert.equal(codeOf(withCheckDigits('680601999', false)), 'niss.invalid-sequence');
    assert.equal(codeOf(withCheckDigits('680601998', false)), 'ok');
  });

  test('rejects birth dates that are not on the calendar', () => {
    assert.equal(codeOf(withCheckDigits('680230012', false)), 'niss.invalid-date');
    assert.equal(codeOf(withCheckDigits('681301012', false)), 'niss.invalid-date');
    assert.equal(codeOf(withCheckDigits('680632012', false)), 'niss.invalid-date');
    assert.equal(codeOf(withCheckDigits('233301012', false)), 'niss.invalid-date');
    assert.equal(codeOf(withCheckDigits('685301012', false)), 'niss.invalid-date');
    assert.equal(codeOf(withCheckDigits('230229012', true)), 'niss.invalid-date');
  });

  test('checks 29 February against the century the check digits give', () => {
    assert.equal(codeOf(withCheckDigits('000229012', false)), 'niss.invalid-date'); // 1900 was not a leap year
    const leap2000 = parseNiss(withCheckDigits('000229012', true));
    assert.ok(leap2000.ok, 'leap2000.ok');
    assert.equal(leap2000.birthDate, '2000-02-29');
  });

  test('accepts a day or month 00 as an unknown birth date, for both national register and BIS numbers', () => {
    const unknownDay = parseNiss(withCheckDigits('700600012', false));
    assert.ok(unknownDay.ok, 'unknownDay.ok');
    assert.equal(unknownDay.kind, 'national-register');
    assert.equal(unknownDay.birthDate, null);
    assert.equal(unknownDay.birthMonth, 6);
    const unknownBoth = parseNiss(generateNiss({ birthDate: '1970-00-00', sequence: 12, bis: 'sex-known' }));
    assert.ok(unknownBoth.ok, 'unknownBoth.ok');
    assert.equal(unknownBoth.kind, 'bis');
    assert.equal(unknownBoth.birthDate, null);
    assert.equal(unknownBoth.birthMonth, null);
    assert.equal(unknownBoth.birthYear, 1970);
  });

  test('gives no sex for a BIS number issued with the sex unknown (month + 20)', () => {
    const parsed = parseNiss(generateNiss({ birthDate: '1985-09-30', sequence: 17, bis: 'sex-unknown' }));
    assert.ok(parsed.ok, 'parsed.ok');
    assert.equal(parsed.kind, 'bis');
    assert.equal(parsed.birthMonth, 9);
    assert.equal(parsed.sex, null);
  });

  test('a single mistyped digit can pass as the other century: 00031500184 (2000) becomes 06031500184 (1906)', () => {
    // This is why the flip property below asserts "never valid in the same variant", not "always invalid".
    const original = parseNiss('00031500184');
    assert.ok(original.ok, 'original.ok');
    assert.equal(original.birthDate, '2000-03-15');
    const mistyped = parseNiss('06031500184');
    assert.ok(mistyped.ok, 'mistyped.ok');
    assert.equal(mistyped.birthDate, '1906-03-15');
    // Written with the binding "=" marker, the 2000s variant is pinned and the same typo is caught.
    assert.equal(codeOf('000315=001-84'), 'ok');
    assert.equal(codeOf('060315=001-84'), 'niss.invalid-checksum');
  });
});

describe('formatNiss and generateNiss', () => {
  test('formats 11 digits as on the eID: YY.MM.DD-SSS.CC', () => {
    assert.equal(formatNiss('68060105329'), '68.06.01-053.29');
    assert.equal(formatNiss('680601 053-29'), '68.06.01-053.29');
  });

  test('returns input that is not 11 digits unchanged', () => {
    assert.equal(formatNiss('123'), '123');
  });

  test('generates the domain vectors', () => {
    assert.equal(generateNiss({ birthDate: '1968-06-01', sequence: 53 }), '68060105329');
    assert.equal(generateNiss({ birthDate: '2012-06-01', sequence: 53 }), '12060105346');
    assert.equal(generateNiss({ birthDate: '1985-09-30', sequence: 1, bis: 'sex-known' }), '85493000163');
  });

  test('refuses to generate a number that could not be valid', () => {
    assert.throws(() => generateNiss({ birthDate: '1968-06-01', sequence: 0 }), RangeError);
    assert.throws(() => generateNiss({ birthDate: '1968-06-01', sequence: 999 }), RangeError);
    assert.throws(() => generateNiss({ birthDate: '1968-06-01', sequence: 1.5 }), RangeError);
    assert.throws(() => generateNiss({ birthDate: '1968-02-30', sequence: 12 }), RangeError);
    assert.throws(() => generateNiss({ birthDate: '1968-13-01', sequence: 12 }), RangeError);
    assert.throws(() => generateNiss({ birthDate: '2100-01-01', sequence: 12 }), RangeError);
    assert.throws(() => generateNiss({ birthDate: '68-06-01', sequence: 12 }), RangeError);
  });
});

const isoDate = (min: string, max: string) =>
  fc
    .date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
const bisOption = fc.constantFrom(undefined, 'sex-known' as const, 'sex-unknown' as const);
const validOptions = fc.record({
  birthDate: isoDate('1900-01-01', '2025-12-31'),
  sequence: fc.integer({ min: 1, max: 998 }),
  bis: bisOption,
});
const digit = fc.constantFrom(...'0123456789'.split(''));

describe('NISS properties', () => {
  test('10,000 generated valid numbers round-trip through formatNiss and parseNiss to the same number, date and kind', () => {
    fc.assert(
      fc.property(validOptions, (options) => {
        const niss = generateNiss(options);
        const parsed = parseNiss(formatNiss(niss));
        assert.ok(parsed.ok, niss);
        assert.equal(parsed.niss, niss);
        assert.equal(parsed.birthDate, options.birthDate);
        assert.equal(parsed.kind, options.bis ? 'bis' : 'national-register');
        assert.equal(parsed.century, options.birthDate >= '2000' ? 2000 : 1900);
        const expectedSex = options.bis === 'sex-unknown' ? null : options.sequence % 2 === 1 ? 'male' : 'female';
        assert.equal(parsed.sex, expectedSex);
      }),
      { numRuns: 10_000 },
    );
  });

  test('numbers with an unknown day or month round-trip with no birth date', () => {
    const partial = fc.record({
      year: fc.integer({ min: 1900, max: 2025 }),
      month: fc.integer({ min: 0, max: 12 }),
      sequence: fc.integer({ min: 1, max: 998 }),
      bis: bisOption,
    });
    fc.assert(
      fc.property(partial, ({ year, month, sequence, bis }) => {
        const birthDate = `${year}-${String(month).padStart(2, '0')}-00`;
        const parsed = parseNiss(generateNiss({ birthDate, sequence, bis }));
        assert.ok(parsed.ok, birthDate);
        assert.equal(parsed.birthDate, null);
        assert.equal(parsed.birthYear, year);
        assert.equal(parsed.birthMonth, month === 0 ? null : month);
      }),
      { numRuns: 2_000 },
    );
  });

  test('never throws, whatever string it is given', () => {
    const anyString = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: digit, minLength: 0, maxLength: 20 }),
      fc.string({ unit: fc.constantFrom(...'0123456789 .-/=*'.split('')), maxLength: 20 }),
    );
    fc.assert(
      fc.property(anyString, (input) => {
        const parsed = parseNiss(input);
        assert.equal(typeof parsed.ok, 'boolean');
        assert.equal(isValidNiss(input), parsed.ok);
        const digits = normaliseNiss(input);
        assert.ok(digits === null || /^\d{11}$/.test(digits), 'digits === null || /^\\d{11}$/.test(digits)');
        assert.equal(typeof formatNiss(input), 'string');
      }),
      { numRuns: 10_000 },
    );
  });

  test('never throws on values that are not strings at all', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 2 }), (value) => {
        assert.equal(parseNiss(value as string).ok, false);
        assert.equal(normaliseNiss(value as string), null);
      }),
      { numRuns: 1_000 },
    );
  });

  test('a single changed digit is never valid in the century variant of the original number', () => {
    fc.assert(
      fc.property(validOptions, fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1, max: 9 }), (options, position, delta) => {
        const niss = generateNiss(options);
        const original = parseNiss(niss);
        assert.ok(original.ok, 'original.ok');
        const changed = `${niss.slice(0, position)}${(Number(niss[position]) + delta) % 10}${niss.slice(position + 1)}`;
        const parsed = parseNiss(changed);
        // mod 97 detects every single-digit change within one variant (97 is prime and exceeds any one
        // digit's weight change); the only escape is the other variant, as the 06031500184 case shows.
        if (parsed.ok) {
          assert.notEqual(parsed.niss, niss);
          assert.notEqual(parsed.century === 2000, original.century === 2000);
        }
      }),
      { numRuns: 10_000 },
    );
  });

  test('a single changed digit is always rejected when a "=" marker pins the century', () => {
    const from2000 = fc.record({
      birthDate: isoDate('2000-01-01', '2025-12-31'),
      sequence: fc.integer({ min: 1, max: 998 }),
      bis: bisOption,
    });
    fc.assert(
      fc.property(from2000, fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1, max: 9 }), (options, position, delta) => {
        const niss = generateNiss(options);
        const changed = `${niss.slice(0, position)}${(Number(niss[position]) + delta) % 10}${niss.slice(position + 1)}`;
        assert.equal(isValidNiss(`${niss.slice(0, 6)}=${niss.slice(6, 9)}-${niss.slice(9)}`), true);
        assert.equal(isValidNiss(`${changed.slice(0, 6)}=${changed.slice(6, 9)}-${changed.slice(9)}`), false, changed);
      }),
      { numRuns: 5_000 },
    );
  });
});
