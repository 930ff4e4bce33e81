/**
 * What a worker knows of a person beyond the identity (migration 0021), as pure rules: the closed
 * lists of sex, civil and residence status, the checks of a postal address, an account number (IBAN,
 * ISO 13616 mod-97) and contact details, and the difference between two versions of the record that
 * the history keeps (who, when, which field, from what to what).
 */

export { SEXES, CIVIL_STATUSES, RESIDENCE_STATUSES, RELATIONSHIPS } from '#contracts/person-record.ts';

/** The editable fields of the record, as the API names them. */
export const DETAIL_FIELDS = [
  'sex',
  'addressStreet',
  'addressPostalCode',
  'addressMunicipality',
  'addressCountry',
  'phone',
  'email',
  'iban',
  'residenceStatus',
  'civilStatus',
] as const;
export type DetailField = (typeof DETAIL_FIELDS)[number];
export type Details = { [K in DetailField]: string | null };

export type FieldError = { path: string; code: string; message: string };

/** ISO 13616: the account number without spaces, upper case; its check digits make the number ≡ 1 (mod 97). */
export function normaliseIban(value: string): string {
  return value.replace(/[\s-]+/g, '').toUpperCase();
}

/** Lengths of the IBANs of the countries a Belgian CPAS pays to most (others: 15–34 characters). */
const IBAN_LENGTHS: Record<string, number> = { BE: 16, NL: 18, LU: 20, FR: 27, DE: 22, ES: 24, IT: 27, PT: 25, PL: 28, RO: 24 };

export function isValidIban(value: string): boolean {
  const iban = normaliseIban(value);
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const expected = IBAN_LENGTHS[iban.slice(0, 2)];
  if (expected !== undefined && iban.length !== expected) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const digits = char >= 'A' && char <= 'Z' ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/** Belgian postal codes are four digits from 1000 to 9992 (bpost). */
export const isBelgianPostalCode = (value: string) => /^[1-9][0-9]{3}$/.test(value);

/** A postal code abroad as the database keeps it (migration 0021): 2 to 10 letters, digits, spaces or dashes. */
export const isForeignPostalCode = (value: string) => /^[0-9A-Z -]{2,10}$/.test(value);

export const isEmail = (value: string) => /^[^\s@<>()",;:]{1,64}@[^\s@<>()",;:]+\.[^\s@<>()",;:]{2,}$/.test(value) && value.length <= 254;

/** A phone number as people write it: digits, an optional leading +, spaces, dots, dashes, slashes, brackets; 6 to 20 digits. */
export function isPhone(value: string): boolean {
  if (!/^\+?[0-9 ./()-]{6,40}$/.test(value)) return false;
  const digits = value.replace(/\D/g, '').length;
  return digits >= 6 && digits <= 20;
}

/** True when the text holds a control character (a NUL byte PostgreSQL refuses, a newline in a one-line field…). */
export const hasControlCharacter = (value: string): boolean =>
  [...value].some((char) => {
    const code = char.charCodeAt(0);
    return code < 0x20 || code === 0x7f;
  });

/**
 * Normalises and checks a change to the record (only the fields given; `null` or "" clears one). The
 * postal code is checked against the country the record will have after the change.
 */
export function checkDetails(
  input: Partial<Record<DetailField, string | null>>,
  current: Details,
): { ok: true; values: Partial<Details> } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const values: Partial<Details> = {};
  for (const field of DETAIL_FIELDS) {
    if (!(field in input)) continue;
    const raw = input[field];
    const text = raw === null || raw === undefined ? '' : raw.trim().replace(/\s+/g, ' ');
    if (hasControlCharacter(text)) {
      errors.push({ path: `/${field}`, code: 'invalid-character', message: 'control characters are not allowed' });
      continue;
    }
    values[field] = text === '' ? null : text;
  }
  const after = { ...current, ...values };
  if (values.addressCountry !== undefined) {
    if (values.addressCountry === null) values.addressCountry = 'BE';
    else {
      values.addressCountry = values.addressCountry.toUpperCase();
      if (!/^[A-Z]{2}$/.test(values.addressCountry))
        errors.push({ path: '/addressCountry', code: 'country.invalid', message: 'a two-letter country code (ISO 3166)' });
    }
    after.addressCountry = values.addressCountry;
  }
  if (values.addressPostalCode !== undefined && values.addressPostalCode !== null) {
    values.addressPostalCode = values.addressPostalCode.toUpperCase();
    const country = after.addressCountry ?? 'BE';
    if (country === 'BE' ? !isBelgianPostalCode(values.addressPostalCode) : !isForeignPostalCode(values.addressPostalCode))
      errors.push({
        path: '/addressPostalCode',
        code: country === 'BE' ? 'postal-code.not-belgian' : 'postal-code.invalid',
        message: country === 'BE' ? 'a Belgian postal code has four digits, 1000 to 9992' : 'letters, digits, spaces or dashes',
      });
  } else if (values.addressCountry === 'BE' && after.addressPostalCode && !isBelgianPostalCode(after.addressPostalCode)) {
    errors.push({
      path: '/addressPostalCode',
      code: 'postal-code.not-belgian',
      message: 'a Belgian postal code has four digits, 1000 to 9992',
    });
  }
  if (values.iban) {
    if (!isValidIban(values.iban))
      errors.push({ path: '/iban', code: 'iban.invalid', message: 'not a valid IBAN (country, length or check digits)' });
    else values.iban = normaliseIban(values.iban);
  }
  if (values.email && !isEmail(values.email)) errors.push({ path: '/email', code: 'email.invalid', message: 'not an e-mail address' });
  if (values.phone && !isPhone(values.phone)) errors.push({ path: '/phone', code: 'phone.invalid', message: 'not a phone number' });
  if (values.addressStreet && values.addressStreet.length > 200)
    errors.push({ path: '/addressStreet', code: 'too-long', message: 'at most 200 characters' });
  if (values.addressMunicipality && values.addressMunicipality.length > 100)
    errors.push({ path: '/addressMunicipality', code: 'too-long', message: 'at most 100 characters' });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, values };
}

/** The fields that change, with their old and new values, as `person_changes.changes` keeps them. */
export function diffDetails(current: Details, values: Partial<Details>): Record<string, { from: string | null; to: string | null }> {
  const changes: Record<string, { from: string | null; to: string | null }> = {};
  for (const field of DETAIL_FIELDS) {
    const next = values[field];
    if (next === undefined || next === current[field]) continue;
    changes[field] = { from: current[field], to: next };
  }
  return changes;
}

/** Whether a household member lives with the person on `day` (the end date is the last day together). */
export const isCurrentMember = (member: { fromDate: string; toDate: string | null }, day: string) =>
  member.fromDate <= day && (member.toDate === null || member.toDate >= day);
