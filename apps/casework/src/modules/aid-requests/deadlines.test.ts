import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  DEFAULT_DEADLINE_RULES,
  REVIEW_REMINDER_DAYS,
  addDays,
  addMonths,
  computeDeadlines,
  listDeadlineAlerts,
  type DeadlineAlert,
  type DeadlineInput,
} from './deadlines.ts';

const kindsOf = (alerts: DeadlineAlert[]) => alerts.map((alert) => alert.kind);

/*
 * Node re-reads TZ when it changes, so a local-time slip (new Date(y, m, d), getDate()) would show
 * here. This switches the process clock's zone for the test; it reads no configuration, which is
 * what the process.env rule guards.
 */
/* eslint-disable no-restricted-properties */
function inTimeZone<T>(zone: string, run: () => T): T {
  const previous = process.env.TZ;
  process.env.TZ = zone;
  try {
    return run();
  } finally {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  }
}
/* eslint-enable no-restricted-properties */

describe('decision deadline (R8)', () => {
  test('a RIS request acknowledged on 2025-03-03 must be decided by 2025-04-02 (30 days)', () => {
    const deadlines = computeDeadlines({ kind: 'ris', receivedAt: '2025-03-03', today: '2025-03-03' });
    assert.equal(deadlines.decisionDue, '2025-04-02');
    assert.equal(deadlines.decisionAlertFrom, '2025-03-26');
  });

  test('social aid is decided within one calendar month, clamped at the end of a shorter month', () => {
    assert.equal(computeDeadlines({ kind: 'social-aid', receivedAt: '2025-03-03', today: '2025-03-03' }).decisionDue, '2025-04-03');
    assert.equal(computeDeadlines({ kind: 'social-aid', receivedAt: '2025-01-31', today: '2025-01-31' }).decisionDue, '2025-02-28');
    assert.equal(computeDeadlines({ kind: 'social-aid', receivedAt: '2024-01-31', today: '2024-01-31' }).decisionDue, '2024-02-29');
  });

  test('social aid follows the day count when the CPAS configures the days rule', () => {
    const rules = { ...DEFAULT_DEADLINE_RULES, socialAidDecisionRule: 'days' as const, decisionDays: 30 };
    assert.equal(computeDeadlines({ kind: 'social-aid', receivedAt: '2025-01-31', today: '2025-01-31' }, rules).decisionDue, '2025-03-02');
  });

  test('every duration comes from the rules, not from constants', () => {
    const rules = {
      ...DEFAULT_DEADLINE_RULES,
      decisionDays: 20,
      alertDaysBeforeDecision: 3,
      transferDays: 2,
      notificationDays: 4,
      appealMonths: 1,
    };
    const deadlines = computeDeadlines(
      { kind: 'ris', receivedAt: '2025-03-03', decidedAt: '2025-03-10', notifiedAt: '2025-03-12', today: '2025-03-12' },
      rules,
    );
    assert.equal(deadlines.decisionDue, '2025-03-23');
    assert.equal(deadlines.decisionAlertFrom, '2025-03-20');
    assert.equal(deadlines.transferDue, '2025-03-05');
    assert.equal(deadlines.notificationDue, '2025-03-14');
    assert.equal(deadlines.appealDeadline, '2025-04-12');
  });

  test('alerts from D-7 to the due date, then reports the decision overdue — one alert, not both', () => {
    const base = { kind: 'ris' as const, receivedAt: '2025-03-03' };
    assert.deepEqual(listDeadlineAlerts({ ...base, today: '2025-03-25' }), []);
    assert.deepEqual(listDeadlineAlerts({ ...base, today: '2025-03-26' }), [
      { kind: 'decision-due', dueDate: '2025-04-02', isOverdue: false },
    ]);
    assert.deepEqual(listDeadlineAlerts({ ...base, today: '2025-04-02' }), [
      { kind: 'decision-due', dueDate: '2025-04-02', isOverdue: false },
    ]);
    assert.deepEqual(listDeadlineAlerts({ ...base, today: '2025-04-03' }), [
      { kind: 'decision-overdue', dueDate: '2025-04-02', isOverdue: true },
    ]);
  });

  test('raises no decision alert once the request is decided', () => {
    const alerts = listDeadlineAlerts({
      kind: 'ris',
      receivedAt: '2025-03-03',
      decidedAt: '2025-04-10',
      notifiedAt: '2025-04-11',
      today: '2025-04-20',
    });
    assert.deepEqual(alerts, []);
  });
});

describe('transfer for territorial incompetence (R7)', () => {
  test('is due 5 calendar days after receipt', () => {
    assert.equal(computeDeadlines({ kind: 'social-aid', receivedAt: '2025-03-03', today: '2025-03-03' }).transferDue, '2025-03-08');
  });

  test('a transfer started on day 6 raises an overdue alert; one started on day 5 does not', () => {
    const late = listDeadlineAlerts({ kind: 'social-aid', receivedAt: '2025-03-03', transferStartedAt: '2025-03-09', today: '2025-03-09' });
    assert.deepEqual(
      late.find((alert) => alert.kind === 'transfer-overdue'),
      { kind: 'transfer-overdue', dueDate: '2025-03-08', isOverdue: true },
    );
    const onTime = listDeadlineAlerts({
      kind: 'social-aid',
      receivedAt: '2025-03-03',
      transferStartedAt: '2025-03-08',
      today: '2025-03-08',
    });
    assert.equal(kindsOf(onTime).includes('transfer-overdue'), false);
  });

  test('raises no transfer alert while no transfer was started', () => {
    assert.deepEqual(listDeadlineAlerts({ kind: 'social-aid', receivedAt: '2025-03-03', today: '2025-03-12' }), []);
  });
});

describe('notification (R10) and appeal (R12)', () => {
  test('a decision taken 10 days ago and not notified is overdue', () => {
    const alerts = listDeadlineAlerts({ kind: 'ris', receivedAt: '2025-03-03', decidedAt: '2025-03-20', today: '2025-03-30' });
    assert.deepEqual(alerts, [{ kind: 'notification-overdue', dueDate: '2025-03-28', isOverdue: true }]);
  });

  test('a decision is not overdue on the eighth day, nor once notified', () => {
    assert.deepEqual(listDeadlineAlerts({ kind: 'ris', receivedAt: '2025-03-03', decidedAt: '2025-03-20', today: '2025-03-28' }), []);
    assert.deepEqual(
      listDeadlineAlerts({
        kind: 'social-aid',
        receivedAt: '2025-03-03',
        decidedAt: '2025-03-20',
        notifiedAt: '2025-03-24',
        today: '2025-04-30',
      }),
      [],
    );
  });

  test('the appeal window is 3 months from the notification, and does not run before it', () => {
    const notified = computeDeadlines({
      kind: 'ris',
      receivedAt: '2025-03-03',
      decidedAt: '2025-03-20',
      notifiedAt: '2025-03-24',
      today: '2025-03-24',
    });
    assert.equal(notified.notificationDue, '2025-03-28');
    assert.equal(notified.appealDeadline, '2025-06-24');
    assert.equal(
      computeDeadlines({ kind: 'ris', receivedAt: '2025-11-03', decidedAt: '2025-11-28', notifiedAt: '2025-11-30', today: '2025-12-01' })
        .appealDeadline,
      '2026-02-28',
    );
    assert.equal(
      computeDeadlines({ kind: 'ris', receivedAt: '2025-03-03', decidedAt: '2025-03-20', today: '2025-03-24' }).appealDeadline,
      null,
    );
  });
});

describe('yearly home visit (R13) and PIIS (R14)', () => {
  const decided = {
    kind: 'ris' as const,
    receivedAt: '2024-01-02',
    decidedAt: '2024-01-20',
    notifiedAt: '2024-01-22',
    today: '2024-02-01',
  };

  test('a RIS file is due a home visit 12 months after the decision, or after the last visit', () => {
    assert.equal(computeDeadlines(decided).homeVisitDue, '2025-01-20');
    assert.equal(computeDeadlines({ ...decided, lastHomeVisitAt: '2024-06-15' }).homeVisitDue, '2025-06-15');
    assert.equal(computeDeadlines({ ...decided, kind: 'social-aid' }).homeVisitDue, null);
    assert.equal(computeDeadlines({ ...decided, decidedAt: null, notifiedAt: null }).homeVisitDue, null);
  });

  test('a RIS file with no home visit in 12 months is flagged, with a reminder 30 days ahead', () => {
    assert.equal(
      kindsOf(listDeadlineAlerts({ ...decided, today: addDays('2025-01-20', -REVIEW_REMINDER_DAYS - 1) })).includes('home-visit-due'),
      false,
    );
    assert.deepEqual(listDeadlineAlerts({ ...decided, today: '2024-12-21' }), [
      { kind: 'home-visit-due', dueDate: '2025-01-20', isOverdue: false },
    ]);
    assert.deepEqual(listDeadlineAlerts({ ...decided, today: '2025-01-21' }), [
      { kind: 'home-visit-due', dueDate: '2025-01-20', isOverdue: true },
    ]);
  });

  test('a new RIS beneficiary without a PIIS is flagged 3 months after the decision', () => {
    const newBeneficiary = { ...decided, isNewRisBeneficiary: true };
    assert.equal(computeDeadlines(newBeneficiary).piisDue, '2024-04-20');
    assert.deepEqual(listDeadlineAlerts({ ...newBeneficiary, today: '2024-04-21' }), [
      { kind: 'piis-due', dueDate: '2024-04-20', isOverdue: true },
    ]);
    assert.equal(computeDeadlines({ ...newBeneficiary, piisSignedAt: '2024-03-01' }).piisDue, null);
    assert.equal(computeDeadlines(decided).piisDue, null);
    assert.equal(computeDeadlines({ ...newBeneficiary, kind: 'social-aid' }).piisDue, null);
  });

  test('a followed-up file raises nothing', () => {
    const input = { ...decided, isNewRisBeneficiary: true, piisSignedAt: '2024-03-01', lastHomeVisitAt: '2025-01-10', today: '2025-02-01' };
    assert.deepEqual(listDeadlineAlerts(input), []);
  });
});

describe('date arithmetic', () => {
  test('adds months with an end-of-month clamp: 2025-01-31 + 1 month = 2025-02-28', () => {
    assert.equal(addMonths('2025-01-31', 1), '2025-02-28');
    assert.equal(addMonths('2024-01-31', 1), '2024-02-29');
    assert.equal(addMonths('2025-03-31', -1), '2025-02-28');
    assert.equal(addMonths('2025-12-15', 1), '2026-01-15');
    assert.equal(addMonths('2024-02-29', 12), '2025-02-28');
  });

  test('adds days across month ends, years and the Belgian clock change', () => {
    assert.equal(addDays('2025-03-29', 2), '2025-03-31');
    assert.equal(addDays('2025-10-25', 2), '2025-10-27');
    assert.equal(addDays('2024-12-30', 5), '2025-01-04');
    assert.equal(addDays('2024-02-28', 1), '2024-02-29');
  });

  test('gives the same dates whatever the time zone of the process', () => {
    const input: DeadlineInput = {
      kind: 'social-aid',
      receivedAt: '2025-03-28',
      decidedAt: '2025-10-24',
      notifiedAt: '2025-10-31',
      today: '2025-11-01',
    };
    const results = ['UTC', 'Europe/Brussels', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'].map((zone) =>
      inTimeZone(zone, () => computeDeadlines(input)),
    );
    for (const result of results) assert.deepEqual(result, results[0]);
  });

  test('rejects anything but a YYYY-MM-DD calendar date', () => {
    for (const bad of ['2025-02-30', '2025-3-3', '2025-03-03T10:00:00Z', '', '03/03/2025', '2025-13-01']) {
      assert.throws(() => addDays(bad, 1), RangeError, bad);
    }
    assert.throws(() => computeDeadlines({ kind: 'ris', receivedAt: '2025-02-30', today: '2025-03-01' }), RangeError);
    assert.throws(() => listDeadlineAlerts({ kind: 'ris', receivedAt: '2025-03-03', today: 'today' }), RangeError);
  });
});

const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2060-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const kind = fc.constantFrom('ris' as const, 'social-aid' as const);

describe('deadline properties', () => {
  /** The calendar of `Date` (proleptic Gregorian), as the arithmetic was written before issue 14 made it integer-only. */
  const byDate = (date: string, shift: (d: Date) => void): string => {
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    const d = new Date(0);
    d.setUTCFullYear(year, month - 1, day);
    shift(d);
    const iso = d.toISOString();
    return iso.slice(0, iso.indexOf('T'));
  };
  const anyDate = fc
    .date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10));

  test("adding days gives Date's calendar date, from year 0 to 9999 and beyond", () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -1_000_000, max: 1_000_000 }), (date, days) => {
        assert.equal(
          addDays(date, days),
          byDate(date, (d) => d.setUTCDate(d.getUTCDate() + days)),
        );
      }),
      { numRuns: 5_000 },
    );
  });

  test('walks every day of two 400-year cycles as Date does, leap days of 1600, 1900, 2000 and 2100 included', () => {
    const d = new Date(0);
    d.setUTCFullYear(1600, 0, 1);
    let date = '1600-01-01';
    for (let i = 0; i < 2 * 146_097; i += 1) {
      d.setUTCDate(d.getUTCDate() + 1);
      const next = addDays(date, 1);
      if (next !== d.toISOString().slice(0, 10)) assert.fail(`${date} + 1 day gave ${next}`);
      assert.equal(addDays(next, -1), date);
      date = next;
    }
    assert.equal(date, '2400-01-01');
    assert.equal(addDays('2000-02-28', 1), '2000-02-29');
    assert.equal(addDays('2100-02-28', 1), '2100-03-01');
    assert.equal(addDays('9999-12-31', 1), '+010000-01-01');
    assert.equal(addDays('0000-01-01', -1), '-000001-12-31');
    assert.equal(addMonths('0000-01-31', 1), '0000-02-29');
  });

  test("adding months gives Date's calendar month, clamped to its last day", () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -2_400, max: 2_400 }), (date, months) => {
        const expected = byDate(date, (d) => {
          const day = d.getUTCDate();
          d.setUTCDate(1);
          d.setUTCMonth(d.getUTCMonth() + months);
          const last = new Date(d.getTime());
          last.setUTCMonth(last.getUTCMonth() + 1, 0);
          d.setUTCDate(Math.min(day, last.getUTCDate()));
        });
        assert.equal(addMonths(date, months), expected);
      }),
      { numRuns: 5_000 },
    );
  });

  test('adding and removing the same number of days round-trips', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -4000, max: 4000 }), (date, days) => {
        assert.equal(addDays(addDays(date, days), -days), date);
      }),
      { numRuns: 2_000 },
    );
  });

  test('adding days composes', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -400, max: 400 }), fc.integer({ min: -400, max: 400 }), (date, a, b) => {
        assert.equal(addDays(addDays(date, a), b), addDays(date, a + b));
      }),
      { numRuns: 1_000 },
    );
  });

  test('adding months lands in the target month, never on a later day of the month', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -36, max: 36 }), (date, months) => {
        const result = addMonths(date, months);
        const [year, month, day] = date.split('-').map(Number) as [number, number, number];
        const [resultYear, resultMonth, resultDay] = result.split('-').map(Number) as [number, number, number];
        assert.equal(resultYear * 12 + resultMonth, year * 12 + month + months);
        assert.ok(resultDay <= day, 'resultDay <= day');
        assert.ok(resultDay === day || resultDay >= 28, 'resultDay === day || resultDay >= 28');
      }),
      { numRuns: 2_000 },
    );
  });

  test('the decision is always due after the request, and the alert starts before it', () => {
    fc.assert(
      fc.property(isoDate, kind, (receivedAt, requestKind) => {
        const deadlines = computeDeadlines({ kind: requestKind, receivedAt, today: receivedAt });
        assert.ok(deadlines.decisionDue > receivedAt, 'deadlines.decisionDue > receivedAt');
        assert.ok(deadlines.decisionAlertFrom < deadlines.decisionDue, 'deadlines.decisionAlertFrom < deadlines.decisionDue');
        assert.ok(
          deadlines.transferDue > receivedAt && deadlines.transferDue < deadlines.decisionDue,
          'deadlines.transferDue > receivedAt && deadlines.transferDue < deadlines.decisionDue',
        );
        if (requestKind === 'ris') assert.equal(deadlines.decisionDue, addDays(receivedAt, 30));
      }),
      { numRuns: 2_000 },
    );
  });

  test('notification and appeal deadlines follow the decision and the notification', () => {
    fc.assert(
      fc.property(
        isoDate,
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 30 }),
        kind,
        (receivedAt, toDecision, toNotification, requestKind) => {
          const decidedAt = addDays(receivedAt, toDecision);
          const notifiedAt = addDays(decidedAt, toNotification);
          const deadlines = computeDeadlines({ kind: requestKind, receivedAt, decidedAt, notifiedAt, today: notifiedAt });
          assert.equal(deadlines.notificationDue, addDays(decidedAt, 8));
          assert.ok(
            deadlines.appealDeadline !== null && deadlines.appealDeadline > notifiedAt,
            'deadlines.appealDeadline !== null && deadlines.appealDeadline > notifiedAt',
          );
        },
      ),
      { numRuns: 1_000 },
    );
  });

  test('a pending request never carries decision-due and decision-overdue together, and a decided one carries neither', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 0, max: 90 }), kind, fc.boolean(), (receivedAt, elapsed, requestKind, isDecided) => {
        const today = addDays(receivedAt, elapsed);
        const kinds = kindsOf(listDeadlineAlerts({ kind: requestKind, receivedAt, decidedAt: isDecided ? receivedAt : null, today }));
        const decisionAlerts = kinds.filter((alertKind) => alertKind === 'decision-due' || alertKind === 'decision-overdue');
        assert.ok(decisionAlerts.length <= (isDecided ? 0 : 1), 'decisionAlerts.length <= (isDecided ? 0 : 1)');
      }),
      { numRuns: 2_000 },
    );
  });
});
