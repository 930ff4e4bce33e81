/**
 * The shareable summary, schema `rse.summary/1` (architecture principle 2, api-contract.md): the
 * only part of a social file that may leave a CPAS. It is closed — `additionalProperties: false` at
 * every level — and every value is a code, a date, an amount or an identifier, so a worker's free
 * text has nowhere to go. The single free-text field is `statements[].text`: the person's own words,
 * added by the person through the portal.
 *
 * Validated when produced (provider) and when received (requester), with the same compiled schema.
 * Any change is a new schema version, never an edit of this one.
 */
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats ships CommonJS; its default export sits one level down under NodeNext.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

export const SUMMARY_SCHEMA_ID = 'rse.summary/1';
export const MAX_STATEMENT_LENGTH = 2000;

const closed = { additionalProperties: false } as const;

function stringEnum<const T extends readonly string[]>(values: T) {
  // A plain JSON Schema enum: clearer errors than TypeBox's anyOf-of-literals.
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values] });
}

// Timestamps are UTC with a Z (api-contract.md conventions), as Date#toISOString writes them.
const DateTime = Type.String({ format: 'date-time', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?Z$' });
const CalendarDate = Type.String({ format: 'date' });
const Niss = Type.String({ pattern: '^[0-9]{11}$' });
const Kbo = Type.String({ pattern: '^[0-9]{10}$' });
/** A code from a published code list: no spaces, so no sentences. */
const Code = Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$' });
/** An opaque reference (file, decision) meaningful only to the provider. */
const Reference = Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$' });
/** Digits and the usual separators only: a phone field cannot carry a name or a remark. */
const Phone = Type.String({ pattern: '^\\+?[0-9][0-9 ./()-]{5,29}$' });

export const OUTCOMES = ['granted', 'refused', 'partial', 'withdrawn'] as const;
export const DECISION_STATUSES = ['final', 'contested', 'corrected', 'annulled'] as const;

export const serviceContactSchema = Type.Object(
  {
    phone: Type.Optional(Phone),
    email: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
  },
  closed,
);

export const providerSchema = Type.Object(
  {
    kbo: Kbo,
    /** The institution's official name, from the registry. */
    name: Type.String({ minLength: 1, maxLength: 200 }),
    /** A service's contact, never a worker's name. */
    serviceContact: serviceContactSchema,
  },
  closed,
);

export const periodSchema = Type.Object({ from: CalendarDate, to: Type.Optional(CalendarDate) }, closed);

export const summaryDecisionSchema = Type.Object(
  {
    ref: Reference,
    decidedAt: CalendarDate,
    aidType: Code,
    outcome: stringEnum(OUTCOMES),
    period: Type.Optional(periodSchema),
    amountCents: Type.Optional(Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER })),
    legalBasis: Code,
    motivationCategory: Code,
    /** RIS law of 26 May 2002, art. 14 §1: the category a RIS (or equivalent aid) is granted at. */
    risCategory: Type.Optional(stringEnum(['cohabiting', 'isolated', 'family'])),
    status: stringEnum(DECISION_STATUSES),
  },
  closed,
);

export const piisSchema = Type.Object({ exists: Type.Boolean(), signedAt: Type.Optional(CalendarDate) }, closed);

export const statementSchema = Type.Object(
  {
    decisionRef: Reference,
    at: DateTime,
    /** The person's own words — the only free text in the summary, and only ever the person's. */
    text: Type.String({ minLength: 1, maxLength: MAX_STATEMENT_LENGTH }),
  },
  closed,
);

export const summarySchema = Type.Object(
  {
    schema: Type.Literal(SUMMARY_SCHEMA_ID),
    generatedAt: DateTime,
    provider: providerSchema,
    fileRef: Reference,
    person: Type.Object({ niss: Niss }, closed),
    /** Only decisions inside the provider's sharing window (default 24 months). */
    decisions: Type.Array(summaryDecisionSchema, { maxItems: 500 }),
    /** Off by default: a per-CPAS setting. */
    piis: Type.Optional(piisSchema),
    statements: Type.Array(statementSchema, { maxItems: 500 }),
  },
  closed,
);

export type ShareableSummary = Static<typeof summarySchema>;
export type SummaryDecision = Static<typeof summaryDecisionSchema>;
export type SummaryStatement = Static<typeof statementSchema>;

export type SummaryError = { path: string; code: string; message: string };

export type ValidateSummaryResult =
  | { ok: true; summary: ShareableSummary }
  | { ok: false; code: 'summary.invalid'; message: string; errors: SummaryError[] };

/** Bounds the error list a hostile or broken peer can make us build. */
const MAX_ERRORS = 50;

const FIELD_CODES: Record<string, string> = {
  additionalProperties: 'unknown-field',
  required: 'required',
  type: 'wrong-type',
  format: 'invalid-format',
  pattern: 'invalid-format',
  enum: 'not-allowed',
  const: 'not-allowed',
  minLength: 'too-short',
  maxLength: 'too-long',
  minimum: 'too-small',
  maximum: 'too-large',
  multipleOf: 'wrong-type',
  minItems: 'too-few',
  maxItems: 'too-many',
};

function compile(schema: TSchema) {
  const ajv = new Ajv({ strict: true, allErrors: true, removeAdditional: false, coerceTypes: false, useDefaults: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

const checkSummary = compile(summarySchema);

function escapePointer(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

// Messages name the rule, never the offending value: a value may be a NISS.
function toSummaryErrors(errors: ErrorObject[]): SummaryError[] {
  return errors.slice(0, MAX_ERRORS).map((error) => {
    let path = error.instancePath;
    const params = error.params as { additionalProperty?: unknown; missingProperty?: unknown };
    if (error.keyword === 'additionalProperties') path += `/${escapePointer(String(params.additionalProperty))}`;
    if (error.keyword === 'required') path += `/${escapePointer(String(params.missingProperty))}`;
    return { path: path || '/', code: FIELD_CODES[error.keyword] ?? error.keyword, message: error.message ?? 'invalid value' };
  });
}

/**
 * Rules JSON Schema cannot state: decision refs are unique, every statement belongs to a decision
 * in this summary (a statement on an unshared decision would reveal that decision), and a period
 * does not end before it starts. Dates are YYYY-MM-DD, so string order is date order.
 */
function checkConsistency(summary: ShareableSummary): SummaryError[] {
  const errors: SummaryError[] = [];
  const refs = new Set<string>();
  summary.decisions.forEach((decision, index) => {
    if (refs.has(decision.ref))
      errors.push({ path: `/decisions/${index}/ref`, code: 'duplicate', message: 'must be unique among decisions' });
    refs.add(decision.ref);
    if (decision.period?.to !== undefined && decision.period.to < decision.period.from) {
      errors.push({ path: `/decisions/${index}/period/to`, code: 'too-small', message: 'must not be before period.from' });
    }
  });
  summary.statements.forEach((statement, index) => {
    if (!refs.has(statement.decisionRef)) {
      errors.push({
        path: `/statements/${index}/decisionRef`,
        code: 'unknown-reference',
        message: 'must refer to a decision in this summary',
      });
    }
  });
  return errors;
}

/** Validates a value as an `rse.summary/1` summary, without altering it. */
export function validateSummary(value: unknown): ValidateSummaryResult {
  if (!checkSummary(value)) {
    return {
      ok: false,
      code: 'summary.invalid',
      message: 'The value is not a valid rse.summary/1 summary.',
      errors: toSummaryErrors(checkSummary.errors ?? []),
    };
  }
  const summary = value as ShareableSummary;
  const errors = checkConsistency(summary);
  if (errors.length > 0)
    return {
      ok: false,
      code: 'summary.invalid',
      message: 'The summary is not internally consistent.',
      errors: errors.slice(0, MAX_ERRORS),
    };
  return { ok: true, summary };
}
