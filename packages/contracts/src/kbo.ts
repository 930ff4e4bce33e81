/**
 * KBO/BCE enterprise numbers, which identify each CPAS in the federation: 10 digits, valid when
 * `97 − (first 8 digits mod 97)` equals the last two. Numbers issued before 2003 had 9 digits and
 * take a leading 0. `normaliseKbo` and `parseKbo` never throw: they sit behind user input.
 */
export type ParsedKbo = { ok: true; kbo: string };
export type KboErrorCode = 'kbo.invalid-format' | 'kbo.invalid-checksum';
export type KboError = { ok: false; code: KboErrorCode; message: string };

/**
 * Accepts `0212.345.678`, `BE0212345678`, `BE 0212 345 678` and the legacy 9-digit `212.345.678`;
 * returns the 10 digits, or null when the input is not an enterprise number's layout.
 */
export function normaliseKbo(input: string): string | null {
  if (typeof input !== 'string') return null;
  // The VAT form carries the country prefix "BE"; the number itself is the same.
  const number = input.trim().replace(/^BE/i, '');
  if (!/^[\d\s.-]+$/.test(number)) return null;
  const digits = number.replace(/[\s.-]/g, '');
  if (/^\d{9}$/.test(digits)) return `0${digits}`;
  return /^\d{10}$/.test(digits) ? digits : null;
}

const computeCheckDigits = (first8: string): number => 97 - (Number(first8) % 97);

export function parseKbo(input: string): ParsedKbo | KboError {
  const kbo = normaliseKbo(input);
  if (kbo === null)
    return { ok: false, code: 'kbo.invalid-format', message: 'An enterprise number has 10 digits (or 9 for an old number).' };
  if (computeCheckDigits(kbo.slice(0, 8)) !== Number(kbo.slice(8))) {
    return { ok: false, code: 'kbo.invalid-checksum', message: 'The check digits do not match.' };
  }
  return { ok: true, kbo };
}

export function isValidKbo(input: string): boolean {
  return parseKbo(input).ok;
}

/** `0212.345.678`; input that is not an enterprise number's layout comes back unchanged. */
export function formatKbo(kbo: string): string {
  const digits = normaliseKbo(kbo);
  if (digits === null) return kbo;
  return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7, 10)}`;
}

/**
 * Appends the check digits to eight digits (demo federation, tests).
 * @throws RangeError when `prefix8` is not exactly eight digits.
 */
export function generateKbo(prefix8: string): string {
  if (!/^\d{8}$/.test(prefix8)) throw new RangeError(`An enterprise number prefix has 8 digits, got "${prefix8}"`);
  return `${prefix8}${String(computeCheckDigits(prefix8)).padStart(2, '0')}`;
}
