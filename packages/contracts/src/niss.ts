/**
 * Belgian NISS / INSZ numbers and BIS numbers (domain §5; R1–R3). Layout `YYMMDD SSS CC`:
 * birth date, sequence (odd = male, even = female), check digits `97 − (N mod 97)` with N the first
 * nine digits, prefixed by "2" for births from 1 Jan 2000 (RD 8 Feb 1991, IBZ instruction IT000).
 * BIS numbers (issued by the BCSS) add 20 (sex unknown) or 40 (sex known) to the month.
 * `normaliseNiss` and `parseNiss` never throw, whatever they are given: they sit behind user input.
 */
export type NissKind = 'national-register' | 'bis';
export type NissCentury = 1800 | 1900 | 2000;

export type ParsedNiss = {
  ok: true;
  /** 11 digits, no separators: the machine-exchange form (R1). */
  niss: string;
  kind: NissKind;
  /** `YYYY-MM-DD`, or null when the day or the month is the `00` placeholder of an unknown date. */
  birthDate: string | null;
  birthYear: number;
  birthMonth: number | null;
  /** From the sequence parity; null for a BIS number issued with an unknown sex (month + 20). */
  sex: 'male' | 'female' | null;
  century: NissCentury;
};

export type NissErrorCode = 'niss.invalid-format' | 'niss.invalid-checksum' | 'niss.invalid-date' | 'niss.invalid-sequence';
export type NissError = { ok: false; code: NissErrorCode; message: string };

/** Legacy century markers of the printed form `YYMMDD=SSS-CC` / `YYMMDD SSS=CC` (domain §5). */
type CenturyMarker = '=' | '*';

type ScannedNiss = { digits: string; marker: CenturyMarker | null };

const DIGIT_COUNT = 11;
const SEPARATOR = /^[\s./-]$/u;

/**
 * Reads the digits and the binding century marker, if any, of a printed NISS.
 *
 * `=` (2000s) and `*` (1800s) are binding: they never serve as plain separators, and `*` is the only
 * way to tell an 1800s birth from a 1900s one (same check-digit variant). They may only sit where the
 * legacy forms put them: after the six date digits or after the nine-digit base.
 * `-` is the 1900s marker of the same legacy form, but it is also the ordinary separator of the eID
 * form `YY.MM.DD-SSS.CC`, and people born from 2000 — the 18–25 year olds who are a large share of
 * RIS applicants — type `020405 002-44` out of habit. Treating `-` as binding would refuse their
 * valid number, so it is read as a separator and the check digits decide the century.
 */
function scanNiss(input: unknown): ScannedNiss | null {
  if (typeof input !== 'string') return null;
  let digits = '';
  let marker: CenturyMarker | null = null;
  for (const char of input) {
    if (char >= '0' && char <= '9') {
      digits += char;
      if (digits.length > DIGIT_COUNT) return null;
    } else if (char === '=' || char === '*') {
      if (digits.length !== 6 && digits.length !== 9) return null;
      if (marker !== null && marker !== char) return null;
      marker = char;
    } else if (!SEPARATOR.test(char)) {
      return null;
    }
  }
  return digits.length === DIGIT_COUNT ? { digits, marker } : null;
}

/**
 * Strips the printed forms (`68.06.01-053.29`, `680601 053-29`, `680601=053-29`, `68/06/01 053 29`)
 * to the 11 digits stored and exchanged (R1); null when that does not leave exactly 11 digits.
 * Only normalises: whether the number is valid is `parseNiss`'s question.
 */
export function normaliseNiss(input: string): string | null {
  return scanNiss(input)?.digits ?? null;
}

function computeCheckDigits(base9: string, isFrom2000: boolean): number {
  // Births from 1 Jan 2000 prefix the base with "2" (domain §5); the base alone would collide with 1900s.
  const base = BigInt(isFrom2000 ? `2${base9}` : base9);
  return 97 - Number(base % 97n);
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

const fail = (code: NissErrorCode, message: string): NissError => ({ ok: false, code, message });

/** The month field: 1–12 national register, +20 BIS with sex unknown, +40 BIS with sex known (R3). */
function decodeMonthField(field: number): { kind: NissKind; month: number; isSexKnown: boolean } | null {
  if (field <= 12) return { kind: 'national-register', month: field, isSexKnown: true };
  if (field >= 20 && field <= 32) return { kind: 'bis', month: field - 20, isSexKnown: false };
  if (field >= 40 && field <= 52) return { kind: 'bis', month: field - 40, isSexKnown: true };
  return null;
}

function resolveCentury(base9: string, check: number, marker: CenturyMarker | null): NissCentury | NissError {
  const matches1900 = computeCheckDigits(base9, false) === check;
  const matches2000 = computeCheckDigits(base9, true) === check;
  // Both variants can never match: they differ by 2,000,000,000 mod 97 = 68, never 0.
  if (marker === '=')
    return matches2000 ? 2000 : fail('niss.invalid-checksum', 'The check digits do not match the 2000s century marker "=".');
  if (marker === '*')
    return matches1900 ? 1800 : fail('niss.invalid-checksum', 'The check digits do not match the 1800s century marker "*".');
  if (matches2000) return 2000;
  if (matches1900) return 1900;
  return fail('niss.invalid-checksum', 'The check digits do not match.');
}

export function parseNiss(input: string): ParsedNiss | NissError {
  const scanned = scanNiss(input);
  if (scanned === null) return fail('niss.invalid-format', 'A NISS or BIS number has 11 digits.');
  const { digits, marker } = scanned;
  const century = resolveCentury(digits.slice(0, 9), Number(digits.slice(9)), marker);
  if (typeof century !== 'number') return century;

  const sequence = Number(digits.slice(6, 9));
  // IBZ instruction IT000: sequences run 001–997 (men) and 002–998 (women); 000 and 999 are never assigned.
  if (sequence === 0 || sequence === 999) return fail('niss.invalid-sequence', 'Sequence numbers 000 and 999 are not assigned.');

  const monthField = decodeMonthField(Number(digits.slice(2, 4)));
  if (monthField === null) return fail('niss.invalid-date', 'The month field is not a month, nor a BIS month (+20 or +40).');
  const { kind, month, isSexKnown } = monthField;
  const day = Number(digits.slice(4, 6));
  if (day > 31) return fail('niss.invalid-date', 'The day is not valid.');
  const birthYear = century + Number(digits.slice(0, 2));
  // Day or month 00 marks a birth date unknown at issuance (R3) — BIS numbers mostly, national
  // register numbers too; such numbers stay valid, with no birth date.
  const isDateUnknown = month === 0 || day === 0;
  if (!isDateUnknown && !isCalendarDate(birthYear, month, day)) return fail('niss.invalid-date', 'The birth date is not a calendar date.');

  return {
    ok: true,
    niss: digits,
    kind,
    birthDate: isDateUnknown ? null : `${birthYear}-${pad(month)}-${pad(day)}`,
    birthYear,
    birthMonth: month === 0 ? null : month,
    // Parity encodes sex only when it was known at issuance (R3). R4: the registered sex from an
    // authoritative source always wins over this; it is a hint, not a fact.
    sex: isSexKnown ? (sequence % 2 === 1 ? 'male' : 'female') : null,
    century,
  };
}

export function isValidNiss(input: string): boolean {
  return parseNiss(input).ok;
}

/** `YY.MM.DD-SSS.CC`, as on the back of the eID; input that is not 11 digits comes back unchanged. */
export function formatNiss(niss: string): string {
  const digits = normaliseNiss(niss);
  if (digits === null) return niss;
  return `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}-${digits.slice(6, 9)}.${digits.slice(9, 11)}`;
}

export type GenerateNissOptions = {
  /** `YYYY-MM-DD`; `00` for an unknown month or day. Years 1800–2099 (1800s parse back only with the `*` marker). */
  birthDate: string;
  /** 1–998; odd for a man, even for a woman. */
  sequence: number;
  bis?: 'sex-known' | 'sex-unknown';
};

/**
 * Builds a valid number, for the demo seed and tests only — never for a real person.
 * @throws RangeError when the options cannot make a valid number.
 */
export function generateNiss(options: GenerateNissOptions): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(options.birthDate);
  if (!match) throw new RangeError(`birthDate must be YYYY-MM-DD, got "${options.birthDate}"`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1800 || year > 2099) throw new RangeError(`A NISS encodes births from 1800 to 2099, got ${year}`);
  const isDateUnknown = month === 0 || day === 0;
  if (month > 12 || day > 31 || (!isDateUnknown && !isCalendarDate(year, month, day))) {
    throw new RangeError(`birthDate is not a calendar date: ${options.birthDate}`);
  }
  if (!Number.isInteger(options.sequence) || options.sequence < 1 || options.sequence > 998) {
    throw new RangeError(`sequence must be an integer from 1 to 998, got ${options.sequence}`);
  }
  const monthField = month + (options.bis === 'sex-known' ? 40 : options.bis === 'sex-unknown' ? 20 : 0);
  const base9 = `${pad(year % 100)}${pad(monthField)}${pad(day)}${pad(options.sequence, 3)}`;
  return `${base9}${pad(computeCheckDigits(base9, year >= 2000))}`;
}
