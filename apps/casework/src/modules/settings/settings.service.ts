/**
 * The settings the security advisor / DPO owns, changed without writing SQL: the thresholds and
 * office hours of the misuse indicators, the time box of grants and break-glass, the retention
 * periods (R42, R45), the small-cell threshold of statistics (R49) and the DPO's contact printed in
 * letters. Each key has a closed schema with bounds the law or the design sets (the audit log is kept
 * 12 months at least, a statistics cell is never published below 2); every change is audited and its
 * previous value kept in `settings_history`.
 */
import { Type, type TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { invalid, notFound } from '#platform/errors.ts';
import type { Actor } from '../../tenant.ts';
import { appendAudit } from '../audit/index.ts';
import { hasRole, requireRole } from '../access/index.ts';
import { MIN_AUDIT_LOG_MONTHS } from '../retention/index.ts';
import { LETTER_SETTINGS } from '../letters/index.ts';
import type { Role } from '../../tenant.ts';
import { listCodes } from '../../settings.ts';

const int = (minimum: number, maximum: number) => Type.Optional(Type.Integer({ minimum, maximum }));
const closed = (properties: Record<string, TSchema>) => Type.Object(properties, { additionalProperties: false, minProperties: 1 });

/** R36: older history never leaves the CPAS; the hub asks only CPAS with an integration of the last 24 months. */
export const SHARING_MAX_WINDOW_MONTHS = 24;
/** R35: a received summary serves the decision on the new request (decision, notification, appeal): a year at most. */
export const RECEIVED_SUMMARY_MAX_DAYS = 365;
/** The keys whose every change states why (the reason is kept in `settings_history`, migration 0048). */
export const REASONED_SETTINGS: readonly string[] = ['sharing', 'retention', 'exchange'];
const MAX_REASON = 500;

export const EDITABLE_SETTINGS = {
  oversight: closed({
    officeHoursStart: int(0, 23),
    officeHoursEnd: int(1, 24),
    nameSearchThreshold: int(1, 100_000),
    outOfHoursThreshold: int(1, 100_000),
    denialThreshold: int(1, 100_000),
    volumeThreshold: int(1, 1_000_000),
    volumeOutlierFactor: Type.Optional(Type.Number({ minimum: 1, maximum: 100 })),
    personUsersThreshold: int(2, 10_000),
    sensitivePersonThreshold: int(1, 10_000),
    consultationThreshold: int(1, 100_000),
    requesterInstitutionsThreshold: int(1, 1_000),
    rankingSize: int(1, 100),
  }),
  access: closed({ grantMaxHours: int(1, 720), breakGlassMinutes: int(5, 24 * 60), committeeAccessDays: int(0, 30) }),
  retention: closed({
    closedFileMonths: int(12, 600),
    purgeIntervalHours: int(1, 168),
    auditLogMonths: int(MIN_AUDIT_LOG_MONTHS, 240),
    sessionDays: int(1, 365),
    outboxSentDays: int(7, 3650),
    handledNoticeMonths: int(1, 120),
    purgeRunMonths: int(12, 240),
    // R12: never before the 3-month appeal window is over (migration 0050).
    incomingTransferMonths: int(3, 120),
  }),
  statistics: closed({ smallCellThreshold: int(2, 100) }),
  dataProtection: closed({ dpoContact: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 300 }), Type.Null()])) }),
  letters: closed(LETTER_SETTINGS),
  /**
   * What the CPAS shares in its summary by default (R30, R31, R36): the window of past decisions
   * (never beyond SHARING_MAX_WINDOW_MONTHS), amounts, PIIS dates (off by default, R30) and the aid
   * kinds it never shares. The schema of the summary itself stays closed: nothing here adds an item.
   */
  sharing: closed({
    windowMonths: int(1, SHARING_MAX_WINDOW_MONTHS),
    shareAmounts: Type.Optional(Type.Boolean()),
    sharePiis: Type.Optional(Type.Boolean()),
    excludedAidTypes: Type.Optional(Type.Array(Type.String({ pattern: '^[a-z0-9-]{1,64}$' }), { maxItems: 64, uniqueItems: true })),
  }),
  /** How long a summary received from another CPAS stays in the file (R35). */
  exchange: closed({ receivedSummaryDays: int(1, RECEIVED_SUMMARY_MAX_DAYS) }),
} as const;

/**
 * Who changes a key: the security advisor / DPO owns the security settings; the CPAS's administrator
 * owns what its letters print (signature block, court, names) — issue 11.
 */
export const SETTING_EDITORS: Readonly<Record<keyof typeof EDITABLE_SETTINGS, readonly Role[]>> = {
  oversight: ['security-advisor'],
  access: ['security-advisor'],
  retention: ['security-advisor', 'admin'],
  statistics: ['security-advisor'],
  dataProtection: ['security-advisor'],
  letters: ['admin'],
  // The CPAS's administrator sets what it shares and how long it keeps (issue 12, scope 2); the
  // security advisor keeps the retention periods too.
  sharing: ['admin'],
  exchange: ['security-advisor', 'admin'],
};

export type EditableKey = keyof typeof EDITABLE_SETTINGS;
const isEditable = (key: string): key is EditableKey => Object.hasOwn(EDITABLE_SETTINGS, key);

/** Field errors of a value against a key's schema, as the API reports them (`/field` paths). */
export function settingErrors(key: EditableKey, value: unknown): { path: string; code: string; message: string }[] {
  const errors = [...Value.Errors(EDITABLE_SETTINGS[key], value)].map((error) => ({
    path: error.path || '/',
    code: error.path === '' ? 'invalid' : 'out-of-range',
    message: error.message,
  }));
  return errors;
}

export function createSettingsService() {
  return {
    /** Every editable setting with its current value (security advisor and IT administrator read them). */
    async list(actor: Actor) {
      requireRole(actor, ['security-advisor', 'admin']);
      const rows = await actor.tenant.db.query<{ key: string; value: Record<string, unknown>; updated_at: Date }>(
        'SELECT key, value, updated_at FROM settings WHERE key = ANY($1::text[]) ORDER BY key',
        [Object.keys(EDITABLE_SETTINGS)],
      );
      return {
        items: rows.map((row) => ({
          key: row.key,
          value: row.value,
          updatedAt: row.updated_at.toISOString(),
          isEditable: isEditable(row.key) && hasRole(actor, SETTING_EDITORS[row.key]),
        })),
      };
    },

    /**
     * Changes some fields of one setting; the others keep their value. `reason` (why, at most 500
     * characters) is not a field of the setting: it is kept in the history, and required for the
     * sharing and retention keys.
     */
    async update(actor: Actor, key: string, body: unknown) {
      requireRole(actor, ['security-advisor', 'admin']);
      if (!isEditable(key)) throw notFound('setting.not-found', 'No such setting, or it is not changed here.');
      requireRole(actor, SETTING_EDITORS[key], 'access.role', 'Your role does not change this setting.');
      const { reason: rawReason, ...changes } = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
      const reason = typeof rawReason === 'string' ? rawReason.trim() : null;
      const errors = settingErrors(key, changes);
      if (errors.length > 0) throw invalid('setting.invalid', 'Some values are outside what this setting allows.', errors);
      if ((rawReason !== undefined && typeof rawReason !== 'string') || (reason !== null && reason.length > MAX_REASON)) {
        throw invalid('setting.invalid', 'The reason is a text of at most 500 characters.', [
          { path: '/reason', code: 'invalid', message: 'a text of at most 500 characters' },
        ]);
      }
      if (REASONED_SETTINGS.includes(key) && !reason) {
        throw invalid('setting.reason-required', 'Say why this setting changes.', [
          { path: '/reason', code: 'required', message: 'why the setting changes' },
        ]);
      }
      return actor.tenant.db.transaction(async (tx) => {
        const current = await tx.one<{ value: Record<string, unknown> }>('SELECT value FROM settings WHERE key = $1 FOR UPDATE', [key]);
        if (!current) throw notFound('setting.not-found', 'No such setting: run the migrations.');
        const value = { ...current.value, ...changes };
        if (key === 'oversight' && Number(value.officeHoursStart) >= Number(value.officeHoursEnd)) {
          throw invalid('setting.invalid', 'Office hours must start before they end.', [
            { path: '/officeHoursEnd', code: 'out-of-range', message: 'after officeHoursStart' },
          ]);
        }
        if (key === 'sharing' && Array.isArray(changes.excludedAidTypes)) {
          // Only aid kinds of the CPAS's own code list (R22), so an exclusion always matches decisions.
          const known = new Set(await listCodes(tx, 'aid-kind'));
          const unknown = (changes.excludedAidTypes as string[]).findIndex((code) => !known.has(code));
          if (unknown >= 0) {
            throw invalid('setting.invalid', 'An excluded aid kind is not in the code list.', [
              { path: `/excludedAidTypes/${unknown}`, code: 'unknown-code', message: 'an aid kind of the code list' },
            ]);
          }
        }
        await tx.query('UPDATE settings SET value = $2, updated_at = $3 WHERE key = $1', [key, value, actor.now]);
        await tx.query(
          'INSERT INTO settings_history (key, previous, value, changed_by, changed_at, reason) VALUES ($1, $2, $3, $4, $5, $6)',
          [key, current.value, value, actor.user.id, actor.now, reason || null],
        );
        // The audit chain names the fields changed, never the typed reason (kept in settings_history).
        await appendAudit(tx, actor, {
          action: 'settings.update',
          recordType: 'setting',
          recordId: key,
          reason: Object.keys(changes).join(','),
        });
        return { key, value, updatedAt: actor.now.toISOString() };
      });
    },

    /** The changes of one setting, newest first. */
    async history(actor: Actor, key: string) {
      requireRole(actor, ['security-advisor', 'admin']);
      if (!isEditable(key)) throw notFound('setting.not-found', 'No such setting, or it is not changed here.');
      const rows = await actor.tenant.db.query<{
        previous: unknown;
        value: unknown;
        changed_at: Date;
        display_name: string;
        reason: string | null;
      }>(
        `SELECT h.previous, h.value, h.changed_at, h.reason, u.display_name FROM settings_history h JOIN users u ON u.id = h.changed_by
          WHERE h.key = $1 ORDER BY h.id DESC LIMIT 100`,
        [key],
      );
      return {
        key,
        items: rows.map((row) => ({
          previous: row.previous,
          value: row.value,
          changedAt: row.changed_at.toISOString(),
          changedBy: row.display_name,
          reason: row.reason,
        })),
      };
    },
  };
}
