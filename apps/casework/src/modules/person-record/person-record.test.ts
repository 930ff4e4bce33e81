import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDetails, diffDetails, isBelgianPostalCode, isPhone, isValidIban, normaliseIban, type Details } from './person-record.ts';

const EMPTY: Details = {
  sex: null,
  addressStreet: null,
  addressPostalCode: null,
  addressMunicipality: null,
  addressCountry: 'BE',
  phone: null,
  email: null,
  iban: null,
  residenceStatus: null,
  civilStatus: null,
};

test('an IBAN is accepted only with its country length and mod-97 check digits', () => {
  for (const iban of [
    'BE68 5390 0754 7034',
    'be71096123456769',
    'BE62 5100 0754 7061',
    'BE43 0689 9999 9501',
    'NL91 ABNA 0417 1643 00',
    'FR14 2004 1010 0505 0001 3M02 606',
  ])
    assert.ok(isValidIban(iban), iban);
  for (const iban of ['BE68 5390 0754 7035', 'BE68 5390 0754 703', 'XX00', '', 'BE6853900754703A', 'NL91 ABNA 0417 1643 0'])
    assert.ok(!isValidIban(iban), iban);
  assert.equal(normaliseIban(' be68-5390 0754 7034 '), 'BE68539007547034');
});

test('every single-character change of a valid IBAN is refused (the check digits catch it)', () => {
  const iban = 'BE68539007547034';
  for (let index = 4; index < iban.length; index += 1) {
    for (const digit of '0123456789') {
      if (digit === iban[index]) continue;
      const changed = iban.slice(0, index) + digit + iban.slice(index + 1);
      assert.ok(!isValidIban(changed), changed);
    }
  }
});

test('Belgian postal codes are four digits from 1000', () => {
  assert.ok(isBelgianPostalCode('1190') && isBelgianPostalCode('9992'), 'isBelgianPostalCode(’1190’) && isBelgianPostalCode(’9992’)');
  assert.ok(
    !isBelgianPostalCode('0999') && !isBelgianPostalCode('119') && !isBelgianPostalCode('11900') && !isBelgianPostalCode('1O90'),
    '!isBelgianPostalCode(’0999’) && !isBelgianPostalCode(’119’) && !isBelgianPostalCode(’11900',
  );
});

test('phones have 6 to 20 digits', () => {
  assert.ok(
    isPhone('+32 2 555 01 02') && isPhone('02/555.01.02') && isPhone('(02) 555-0102'),
    'isPhone(’+32 2 555 01 02’) && isPhone(’02/555.01.02’) && isPhone(’(02) 555-0102’)',
  );
  assert.ok(
    !isPhone('12345') && !isPhone('call me') && !isPhone('+32 2 555 01 02 ext 4'),
    '!isPhone(’12345’) && !isPhone(’call me’) && !isPhone(’+32 2 555 01 02 ext 4’)',
  );
});

test('a change is normalised, the postal code checked against the country after the change', () => {
  const ok = checkDetails({ iban: 'be68 5390 0754 7034', addressPostalCode: '1190', addressStreet: '  Rue  de la Station 12 ' }, EMPTY);
  assert.ok(ok.ok, 'ok.ok');
  if (ok.ok) assert.deepEqual(ok.values, { iban: 'BE68539007547034', addressPostalCode: '1190', addressStreet: 'Rue de la Station 12' });
  const abroad = checkDetails({ addressCountry: 'fr', addressPostalCode: '75011' }, EMPTY);
  assert.ok(abroad.ok, 'abroad.ok');
  const back = checkDetails({ addressCountry: 'BE' }, { ...EMPTY, addressCountry: 'FR', addressPostalCode: '75011' });
  assert.ok(!back.ok, '!back.ok');
  if (!back.ok) assert.equal(back.errors[0]!.code, 'postal-code.not-belgian');
  const cleared = checkDetails({ phone: '', email: null }, { ...EMPTY, phone: '02 555 01 02' });
  assert.ok(cleared.ok, 'cleared.ok');
  if (cleared.ok) assert.deepEqual(cleared.values, { phone: null, email: null });
  const control = checkDetails({ addressStreet: 'a\u0000b' }, EMPTY);
  assert.ok(!control.ok, '!control.ok');
});

test('the history keeps only the fields that change, with both values', () => {
  const current = { ...EMPTY, phone: '02 555 01 02', addressStreet: 'Rue A 1' };
  assert.deepEqual(diffDetails(current, { phone: '02 555 01 02', addressStreet: 'Rue B 2', email: null }), {
    addressStreet: { from: 'Rue A 1', to: 'Rue B 2' },
  });
});
