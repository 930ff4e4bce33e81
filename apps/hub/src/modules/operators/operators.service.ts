/**
 * The hub operator's accounts and sessions (ADR 0020), over the hub's own database: created from the
 * command line (`rse hub-operators create <name>`, a one-time password printed once), logged in with
 * scrypt, sessions as hashed tokens with idle and absolute timeouts, and CSRF tokens derived from the
 * session. Nothing here knows a CPAS's users.
 */
import { timingSafeEqual } from 'node:crypto';
import type { Database } from '#platform/db.ts';
import { createHashGate, hashPassword, verifyPassword } from '#platform/passwords.ts';
import {
  ABSOLUTE_HOURS,
  IDLE_MINUTES,
  LOCK_MINUTES,
  MAX_FAILED_LOGINS,
  csrfOf,
  isValidOperatorName,
  newSessionToken,
  oneTimePassword,
  passwordProblem,
  tokenHash,
} from './operators.ts';

export type OperatorSession = { operatorId: string; name: string; mustChangePassword: boolean; csrfToken: string };
export type LoginResult =
  | { ok: true; token: string; mustChangePassword: boolean }
  | { ok: false; code: 'login.failed' | 'login.locked' | 'login.busy' };

export class OperatorError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function createOperatorService(db: Database, clock: () => Date) {
  // A flood of failed logins costs a scrypt each: at most two at once, a bounded queue, then 'busy' (issue 12, F5).
  const hashes = createHashGate(2, 16);
  const event = (operator: string, action: string, by: string) =>
    db.query('INSERT INTO hub_operator_events (operator, action, by_operator) VALUES ($1, $2, $3)', [operator, action, by.slice(0, 100)]);

  return {
    /** A new operator account with a one-time password (returned once, never stored in clear). */
    async create(name: string, by: string): Promise<{ name: string; oneTimePassword: string }> {
      if (!isValidOperatorName(name))
        throw new OperatorError(
          'operator.invalid-name',
          'An operator name is 2 to 63 lower-case letters, digits, dots, dashes or underscores.',
        );
      const password = oneTimePassword();
      const hash = await hashPassword(password);
      const row = await db.one(
        'INSERT INTO hub_operators (name, password_hash) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING RETURNING id',
        [name, hash],
      );
      if (!row) throw new OperatorError('operator.exists', `An operator named ${name} exists already (reset its password instead).`);
      await event(name, 'created', by);
      return { name, oneTimePassword: password };
    },

    /** A new one-time password for an existing account (and every session of it ended). */
    async resetPassword(name: string, by: string): Promise<{ name: string; oneTimePassword: string }> {
      const password = oneTimePassword();
      const hash = await hashPassword(password);
      const row = await db.one<{ id: string }>(
        `UPDATE hub_operators SET password_hash = $2, must_change_password = true, is_active = true, failed_logins = 0, locked_until = NULL
          WHERE name = $1 RETURNING id::text AS id`,
        [name, hash],
      );
      if (!row) throw new OperatorError('operator.not-found', `No operator named ${name}.`);
      await db.query('UPDATE hub_operator_sessions SET ended_at = $2 WHERE operator_id = $1 AND ended_at IS NULL', [row.id, clock()]);
      await event(name, 'password-reset', by);
      return { name, oneTimePassword: password };
    },

    async deactivate(name: string, by: string): Promise<void> {
      const row = await db.one<{ id: string }>(
        'UPDATE hub_operators SET is_active = false WHERE name = $1 AND is_active RETURNING id::text AS id',
        [name],
      );
      if (!row) throw new OperatorError('operator.not-found', `No active operator named ${name}.`);
      await db.query('UPDATE hub_operator_sessions SET ended_at = $2 WHERE operator_id = $1 AND ended_at IS NULL', [row.id, clock()]);
      await event(name, 'deactivated', by);
    },

    list: () =>
      db.query<{ name: string; is_active: boolean; must_change_password: boolean; created_at: Date }>(
        'SELECT name, is_active, must_change_password, created_at FROM hub_operators ORDER BY name',
      ),

    /**
     * The demo's operator (DEMO=true only): created with the demo password, which it keeps (no change
     * asked at the first login, like the other demo accounts).
     */
    async ensureDemo(name: string, password: string): Promise<void> {
      const hash = await hashPassword(password);
      const row = await db.one(
        `INSERT INTO hub_operators (name, password_hash, must_change_password) VALUES ($1, $2, false) ON CONFLICT (name) DO NOTHING RETURNING id`,
        [name, hash],
      );
      if (row) await event(name, 'created', 'demo-seed');
    },

    /** A login: a session token, or why not (the same answer for an unknown name and a wrong password). */
    async logIn(name: string, password: string): Promise<LoginResult> {
      const now = clock();
      const row = isValidOperatorName(name)
        ? await db.one<{ id: string; password_hash: string; must_change_password: boolean; is_active: boolean; locked_until: Date | null }>(
            'SELECT id::text AS id, password_hash, must_change_password, is_active, locked_until FROM hub_operators WHERE name = $1',
            [name],
          )
        : undefined;
      if (row?.locked_until && row.locked_until > now) return { ok: false, code: 'login.locked' };
      const isValid = await hashes.run(() => verifyPassword(password.slice(0, 200), row?.is_active ? row.password_hash : null));
      if (isValid === 'busy') return { ok: false, code: 'login.busy' };
      if (!row || !row.is_active || !isValid) {
        if (row?.is_active) {
          const failed = await db.one<{ failed_logins: number }>(
            `UPDATE hub_operators SET failed_logins = failed_logins + 1,
               locked_until = CASE WHEN failed_logins + 1 >= $2 THEN $3::timestamptz ELSE locked_until END
             WHERE id = $1 RETURNING failed_logins`,
            [row.id, MAX_FAILED_LOGINS, new Date(now.getTime() + LOCK_MINUTES * 60_000)],
          );
          if (failed && failed.failed_logins === MAX_FAILED_LOGINS) await event(name, 'locked', 'hub');
        }
        return { ok: false, code: 'login.failed' };
      }
      await db.query('UPDATE hub_operators SET failed_logins = 0, locked_until = NULL WHERE id = $1', [row.id]);
      const token = newSessionToken();
      await db.query('INSERT INTO hub_operator_sessions (token_hash, operator_id, created_at, last_seen_at) VALUES ($1, $2, $3, $3)', [
        tokenHash(token),
        row.id,
        now,
      ]);
      return { ok: true, token, mustChangePassword: row.must_change_password };
    },

    /**
     * A login through the hub's OpenID Connect provider: `name` (the configured claim of the ID token the
     * provider signed) must be an active account made with `rse hub-operators create`; none is made here.
     * The password's lockout does not apply (no password is tried), and the session is not sent to the
     * password page.
     */
    async logInFederated(name: string): Promise<{ ok: true; token: string } | { ok: false; code: 'login.oidc-unknown' }> {
      const row = isValidOperatorName(name)
        ? await db.one<{ id: string }>('SELECT id::text AS id FROM hub_operators WHERE name = $1 AND is_active', [name])
        : undefined;
      if (!row) return { ok: false, code: 'login.oidc-unknown' };
      const token = newSessionToken();
      await db.query(
        `INSERT INTO hub_operator_sessions (token_hash, operator_id, created_at, last_seen_at, via) VALUES ($1, $2, $3, $3, 'oidc')`,
        [tokenHash(token), row.id, clock()],
      );
      return { ok: true, token };
    },

    /** The session of a cookie's token, its idle time slid; null when absent, ended, idle or too old. */
    async authenticate(token: string | null | undefined): Promise<OperatorSession | null> {
      if (!token || token.length > 200 || !token.startsWith('hubop_')) return null;
      const now = clock();
      const row = await db.one<{ id: string; name: string; must_change_password: boolean }>(
        `UPDATE hub_operator_sessions s SET last_seen_at = $2
           FROM hub_operators o
          WHERE s.token_hash = $1 AND o.id = s.operator_id AND o.is_active AND s.ended_at IS NULL
            AND s.last_seen_at > $2::timestamptz - make_interval(mins => $3) AND s.created_at > $2::timestamptz - make_interval(hours => $4)
          RETURNING o.id::text AS id, o.name, o.must_change_password AND s.via = 'password' AS must_change_password`,
        [tokenHash(token), now, IDLE_MINUTES, ABSOLUTE_HOURS],
      );
      return row ? { operatorId: row.id, name: row.name, mustChangePassword: row.must_change_password, csrfToken: csrfOf(token) } : null;
    },

    isCsrfValid(session: OperatorSession, presented: unknown): boolean {
      if (typeof presented !== 'string' || presented.length !== session.csrfToken.length) return false;
      return timingSafeEqual(Buffer.from(presented), Buffer.from(session.csrfToken));
    },

    async logOut(token: string | null | undefined): Promise<void> {
      if (!token || token.length > 200) return;
      await db.query('UPDATE hub_operator_sessions SET ended_at = $2 WHERE token_hash = $1 AND ended_at IS NULL', [
        tokenHash(token),
        clock(),
      ]);
    },

    /** The operator replaces their password (the one-time one at the first login); the other sessions end. */
    async changePassword(
      session: OperatorSession,
      token: string,
      current: string,
      next: string,
    ): Promise<'changed' | 'wrong-current' | 'same-as-current' | NonNullable<ReturnType<typeof passwordProblem>>> {
      const row = await db.one<{ password_hash: string }>('SELECT password_hash FROM hub_operators WHERE id = $1', [session.operatorId]);
      if (!(await verifyPassword(current.slice(0, 200), row?.password_hash ?? null))) return 'wrong-current';
      const problem = passwordProblem(next, session.name);
      if (problem) return problem;
      if (current === next) return 'same-as-current';
      await db.query('UPDATE hub_operators SET password_hash = $2, must_change_password = false WHERE id = $1', [
        session.operatorId,
        await hashPassword(next),
      ]);
      await db.query('UPDATE hub_operator_sessions SET ended_at = $2 WHERE operator_id = $1 AND ended_at IS NULL AND token_hash <> $3', [
        session.operatorId,
        clock(),
        tokenHash(token),
      ]);
      await event(session.name, 'password-changed', session.name);
      return 'changed';
    },
  };
}

export type OperatorService = ReturnType<typeof createOperatorService>;
