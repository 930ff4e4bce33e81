import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { MAX_STATEMENT_LENGTH, validateSummary, type ShareableSummary } from './summary.schema.ts';

function buildSummary(): ShareableSummary {
  return {
    schema: 'rse.summary/1',
    generatedAt: '2026-03-03T09:15:00.000Z',
    provider: {
      kbo: '0212345678',
      name: 'CPAS de Forest',
      serviceContact: { phone: '+32 2 370 26 11', email: 'service.social@cpasforest.example' },
    },
    fileRef: 'AR-2025-000123',
    person: { niss: '85073003328' },
    decisions: [
      {
        ref: 'D-2025-000042',
        decidedAt: '2025-06-12',
        aidType: 'ris',
        outcome: 'granted',
        period: { from: '2025-06-01', to: '2025-12-31' },
        amountCents: 129_874,
        legalBasis: 'ris-law-2002',
        motivationCategory: 'state-of-need-established',
        status: 'final',
      },
      {
        ref: 'D-2025-000051',
        decidedAt: '2025-09-02',
        aidType: 'rental-guarantee',
        outcome: 'refused',
        legalBasis: 'organic-law-1976-art57',
        motivationCategory: 'other-benefits-available',
        status: 'contested',
      },
    ],
    piis: { exists: true, signedAt: '2025-07-01' },
    statements: [{ decisionRef: 'D-2025-000051', at: '2025-09-20T14:02:11Z', text: "J'ai fourni le bail, il n'a pas été pris en compte." }],
  };
}

/** The object at a slash-separated path of a summary, to mutate it as a broken or hostile peer would. */
function objectAt(root: unknown, path: string): Record<string, unknown> {
  let current = root;
  for (const segment of path.split('/').filter(Boolean)) current = (current as Record<string, unknown>)[segment];
  assert.ok(typeof current === 'object' && current !== null, `no object at ${path}`);
  return current as Record<string, unknown>;
}

/** Each closed object of a summary, with the properties the schema allows there. */
const LOCATIONS: { name: string; path: string; allowed: string[] }[] = [
  { name: 'top level', path: '', allowed: ['schema', 'generatedAt', 'provider', 'fileRef', 'person', 'decisions', 'piis', 'statements'] },
  { name: 'provider', path: 'provider', allowed: ['kbo', 'name', 'serviceContact'] },
  { name: 'serviceContact', path: 'provider/serviceContact', allowed: ['phone', 'email'] },
  { name: 'person', path: 'person', allowed: ['niss'] },
  {
    name: 'decision',
    path: 'decisions/1',
    allowed: ['ref', 'decidedAt', 'aidType', 'outcome', 'period', 'amountCents', 'legalBasis', 'motivationCategory', 'status'],
  },
  { name: 'period', path: 'decisions/0/period', allowed: ['from', 'to'] },
  { name: 'piis', path: 'piis', allowed: ['exists', 'signedAt'] },
  { name: 'statement', path: 'statements/0', allowed: ['decisionRef', 'at', 'text'] },
];

function errorPaths(value: unknown): string[] {
  const result = validateSummary(value);
  assert.equal(result.ok, false, 'expected the summary to be refused');
  // A value can break two rules (format and pattern) at one path; the path is what matters here.
  return result.ok ? [] : [...new Set(result.errors.map((error) => error.path))];
}

describe('rse.summary/1', () => {
  test('accepts a complete summary and returns it unchanged', () => {
    const summary = buildSummary();
    const result = validateSummary(summary);
    assert.equal(result.ok, true, JSON.stringify(result));
    assert.deepEqual(result.ok && result.summary, buildSummary());
  });

  test('accepts a minimal summary: no decisions, statements, piis or contact details', () => {
    const summary = {
      ...buildSummary(),
      decisions: [],
      statements: [],
      provider: { kbo: '0212345678', name: 'OCMW Gent', serviceContact: {} },
    };
    delete (summary as Partial<ShareableSummary>).piis;
    assert.equal(validateSummary(summary).ok, true);
  });

  test('accepts a summary after a JSON round trip, as received over the wire', () => {
    assert.equal(validateSummary(JSON.parse(JSON.stringify(buildSummary()))).ok, true);
  });

  for (const location of LOCATIONS) {
    test(`refuses an extra property on the ${location.name}`, () => {
      const summary = buildSummary() as unknown as Record<string, unknown>;
      objectAt(summary, location.path).extra = 'x';
      const result = validateSummary(summary);
      assert.equal(result.ok, false);
      assert.ok(
        !result.ok && result.errors.some((error) => error.code === 'unknown-field' && error.path.endsWith('/extra')),
        JSON.stringify(result),
      );
    });
  }

  for (const [field, location] of [
    ['notes', 'top level'],
    ['motivationText', 'decision'],
    ['workerName', 'provider'],
    ['workerName', 'serviceContact'],
    ['notes', 'statement'],
  ] as const) {
    test(`refuses worker free text smuggled as "${field}" on the ${location}`, () => {
      const summary = buildSummary() as unknown as Record<string, unknown>;
      objectAt(summary, LOCATIONS.find((candidate) => candidate.name === location)!.path)[field] = 'Monsieur semble peu coopératif';
      assert.ok(
        errorPaths(summary).some((path) => path.endsWith(`/${field}`)),
        'errorPaths(summary).some((path) => path.endsWith(`/${field}`))',
      );
    });
  }

  test('refuses an unknown outcome and an unknown status', () => {
    const summary = buildSummary() as unknown as Record<string, unknown>;
    objectAt(summary, 'decisions/0').outcome = 'approved';
    objectAt(summary, 'decisions/1').status = 'pending';
    assert.deepEqual(errorPaths(summary).sort(), ['/decisions/0/outcome', '/decisions/1/status']);
  });

  test('refuses a schema identifier other than rse.summary/1', () => {
    assert.deepEqual(errorPaths({ ...buildSummary(), schema: 'rse.summary/2' }), ['/schema']);
  });

  test('refuses a NISS or KBO that is not exactly 11 or 10 digits', () => {
    const summary = buildSummary() as unknown as Record<string, unknown>;
    objectAt(summary, 'person').niss = '85.07.30-033.28';
    objectAt(summary, 'provider').kbo = '212345678';
    assert.deepEqual(errorPaths(summary).sort(), ['/person/niss', '/provider/kbo']);
  });

  test('refuses impossible dates and timestamps without a UTC Z', () => {
    const summary = buildSummary() as unknown as Record<string, unknown>;
    objectAt(summary, 'decisions/0').decidedAt = '2025-02-30';
    objectAt(summary, 'decisions/0/period').from = '2025-6-1';
    summary.generatedAt = '2026-03-03T10:15:00+01:00';
    objectAt(summary, 'statements/0').at = '2025-09-20';
    assert.deepEqual(errorPaths(summary).sort(), [
      '/decisions/0/decidedAt',
      '/decisions/0/period/from',
      '/generatedAt',
      '/statements/0/at',
    ]);
  });

  test('refuses negative, fractional and string amounts', () => {
    for (const amountCents of [-1, 12.5, '1000']) {
      const summary = buildSummary() as unknown as Record<string, unknown>;
      objectAt(summary, 'decisions/0').amountCents = amountCents;
      assert.deepEqual(errorPaths(summary), ['/decisions/0/amountCents'], `amount ${String(amountCents)}`);
    }
  });

  test('refuses sentences in code fields, so motivation stays a code', () => {
    const summary = buildSummary() as unknown as Record<string, unknown>;
    objectAt(summary, 'decisions/0').motivationCategory = 'refused because he lied about his income';
    objectAt(summary, 'decisions/0').aidType = '';
    assert.deepEqual(errorPaths(summary).sort(), ['/decisions/0/aidType', '/decisions/0/motivationCategory']);
  });

  test('refuses a phone number that carries words', () => {
    const summary = buildSummary() as unknown as Record<string, unknown>;
    objectAt(summary, 'provider/serviceContact').phone = 'ask for Marie Dupont';
    assert.deepEqual(errorPaths(summary), ['/provider/serviceContact/phone']);
  });

  test(`accepts a statement of ${MAX_STATEMENT_LENGTH} characters and refuses one more`, () => {
    const summary = buildSummary();
    summary.statements[0]!.text = 'é'.repeat(MAX_STATEMENT_LENGTH);
    assert.equal(validateSummary(summary).ok, true);
    summary.statements[0]!.text += 'x';
    assert.deepEqual(errorPaths(summary), ['/statements/0/text']);
  });

  test('does not coerce types: a boolean as a string is refused', () => {
    const summary = buildSummary() as unknown as Record<string, unknown>;
    objectAt(summary, 'piis').exists = 'true';
    assert.deepEqual(errorPaths(summary), ['/piis/exists']);
  });

  test('reports every missing required property, each at its own path', () => {
    const summary = buildSummary() as unknown as Record<string, unknown>;
    delete objectAt(summary, 'decisions/0').status;
    delete objectAt(summary, 'provider').serviceContact;
    assert.deepEqual(errorPaths(summary).sort(), ['/decisions/0/status', '/provider/serviceContact']);
  });

  test('refuses a statement on a decision the summary does not contain', () => {
    const summary = buildSummary();
    summary.statements[0]!.decisionRef = 'D-2019-000001';
    assert.deepEqual(errorPaths(summary), ['/statements/0/decisionRef']);
  });

  test('refuses duplicate decision refs and a period ending before it starts', () => {
    const summary = buildSummary();
    summary.decisions[1]!.ref = 'D-2025-000042';
    summary.decisions[0]!.period = { from: '2025-06-01', to: '2025-05-31' };
    summary.statements = [];
    assert.deepEqual(errorPaths(summary).sort(), ['/decisions/0/period/to', '/decisions/1/ref']);
  });

  test('never echoes the offending value in error messages (it may be a NISS)', () => {
    const summary = buildSummary() as unknown as Record<string, unknown>;
    objectAt(summary, 'person').niss = '8507300332';
    const result = validateSummary(summary);
    assert.ok(!result.ok && !JSON.stringify(result).includes('8507300332'), "!result.ok && !JSON.stringify(result).includes('8507300332')");
  });

  test('refuses values that are not objects at all', () => {
    for (const value of [null, undefined, 42, 'rse.summary/1', [], [buildSummary()]]) {
      assert.equal(validateSummary(value).ok, false);
    }
  });

  test('property: adding any extra key anywhere makes a valid summary invalid', () => {
    const keyArbitrary = fc.oneof(
      fc.string({ minLength: 0, maxLength: 20 }),
      fc.constantFrom('__proto__', 'constructor', 'toString', 'notes', 'motivationText', 'workerName', ''),
    );
    fc.assert(
      fc.property(fc.nat({ max: LOCATIONS.length - 1 }), keyArbitrary, fc.jsonValue(), (locationIndex, key, value) => {
        const location = LOCATIONS[locationIndex]!;
        fc.pre(!location.allowed.includes(key));
        const summary = buildSummary() as unknown as Record<string, unknown>;
        // defineProperty makes even "__proto__" an own key, as JSON.parse of a received body would.
        Object.defineProperty(objectAt(summary, location.path), key, { value, enumerable: true, configurable: true, writable: true });
        const result = validateSummary(summary);
        return !result.ok && result.errors.some((error) => error.code === 'unknown-field');
      }),
      { numRuns: 400 },
    );
  });

  test('property: an own "__proto__" key from JSON.parse is refused at every level', () => {
    for (const location of LOCATIONS) {
      const summary = buildSummary() as unknown as Record<string, unknown>;
      objectAt(summary, location.path).marker = true;
      const text = JSON.stringify(summary).replace('"marker":true', '"__proto__":{"notes":"x"}');
      assert.equal(validateSummary(JSON.parse(text)).ok, false, location.name);
    }
  });
});
