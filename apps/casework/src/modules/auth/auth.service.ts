/**
 * Local accounts and sessions. A token names its tenant (`rse_<kbo>_<secret>`) so that the right
 * CPAS database is found without any shared table; only its SHA-256 is stored.
 */
import { createHash, randomBytes } from 'node:crypto';
import { unauthenticated, tooMany } from '#platform/errors.ts';
import type { Tenant, TenantRegistry, User, Role } from '../../tenant.ts';
import { appendAudit } from '../audit/index.ts';
import { verifyPassword } from './passwords.ts';

export type UserRow = {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  is_qualified_social_worker: boolean;
  supervisor_id: string | null;
  language: User['language'];
  password_hash: string | null;
  is_demo: boolean;
};

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    isQualifiedSocialWorker: row.is_qualified_social_worker,
    supervisorId: row.supervisor_id,
    language: row.language,
  };
}

const TOKEN = /^rse_(\d{10})_([A-Za-z0-9_-]{43})$/;
const hashToken = (token: string) => createHash('sha256').update(token).digest();

export type AuthService = ReturnType<typeof createAuthService>;

export function createAuthService(deps: { tenants: TenantRegistry; isDemo: boolean; sessionIdleMinutes: number; clock: () => Date }) {
  // Failed logins per username: a small in-memory throttle against password guessing.
  const failures = new Map<string, { count: number; since: number }>();
  const MAX_FAILURES = 10;
  const WINDOW_MS = 15 * 60 * 1000;

  async function findAccount(username: string): Promise<{ tenant: Tenant; row: UserRow } | null> {
    const found = await Promise.all(
      deps.tenants.all().map(async (tenant) => {
        const row = await tenant.db.one<UserRow>('SELECT * FROM users WHERE username = $1 AND is_active', [username]);
        return row ? { tenant, row } : null;
      }),
    );
    return found.find((entry) => entry !== null) ?? null;
  }

  return {
    async logIn(
      username: string,
      password: string,
      requestId: string,
    ): Promise<{ token: string; user: User; tenant: Tenant; expiresAt: Date }> {
      const now = deps.clock();
      const failure = failures.get(username);
      if (failure && now.getTime() - failure.since < WINDOW_MS && failure.count >= MAX_FAILURES) {
        throw tooMany('auth.too-many-attempts', 'Too many failed attempts; try again in 15 minutes.');
      }
      const account = await findAccount(username);
      const isAllowed = account !== null && (!account.row.is_demo || deps.isDemo);
      const isValid = await verifyPassword(password, isAllowed ? account.row.password_hash : null);
      if (!account || !isAllowed || !isValid) {
        const entry = failure && now.getTime() - failure.since < WINDOW_MS ? failure : { count: 0, since: now.getTime() };
        entry.count += 1;
        failures.set(username, entry);
        if (account) {
          await account.tenant.db.transaction((tx) =>
            appendAudit(
              tx,
              { requestId, user: { id: account.row.id, role: account.row.role } },
              { action: 'session.login', recordType: 'user', recordId: account.row.id, outcome: 'denied' },
            ),
          );
        }
        throw unauthenticated('auth.invalid-credentials', 'Unknown username or wrong password.');
      }
      failures.delete(username);
      const token = `rse_${account.tenant.kbo}_${randomBytes(32).toString('base64url')}`;
      const expiresAt = new Date(now.getTime() + deps.sessionIdleMinutes * 60_000);
      await account.tenant.db.transaction(async (tx) => {
        await tx.query('INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, expires_at) VALUES ($1, $2, $3, $3, $4)', [
          hashToken(token),
          account.row.id,
          now,
          expiresAt,
        ]);
        await appendAudit(
          tx,
          { requestId, user: { id: account.row.id, role: account.row.role } },
          { action: 'session.login', recordType: 'user', recordId: account.row.id },
        );
      });
      return { token, user: toUser(account.row), tenant: account.tenant, expiresAt };
    },

    async authenticate(token: string): Promise<{ tenant: Tenant; user: User } | null> {
      const match = TOKEN.exec(token);
      if (!match) return null;
      const tenant = deps.tenants.byKbo(match[1]!);
      if (!tenant) return null;
      const now = deps.clock();
      const row = await tenant.db.one<UserRow & { expires_at: Date; last_seen_at: Date }>(
        `SELECT u.*, s.expires_at, s.last_seen_at FROM sessions s JOIN users u ON u.id = s.user_id
          WHERE s.token_hash = $1 AND u.is_active`,
        [hashToken(token)],
      );
      if (!row || row.expires_at <= now || (row.is_demo && !deps.isDemo)) return null;
      // Sliding idle timeout; written at most once a minute to keep reads cheap.
      if (now.getTime() - row.last_seen_at.getTime() > 60_000) {
        await tenant.db.query('UPDATE sessions SET last_seen_at = $2, expires_at = $3 WHERE token_hash = $1', [
          hashToken(token),
          now,
          new Date(now.getTime() + deps.sessionIdleMinutes * 60_000),
        ]);
      }
      return { tenant, user: toUser(row) };
    },

    async logOut(token: string): Promise<void> {
      const match = TOKEN.exec(token);
      const tenant = match ? deps.tenants.byKbo(match[1]!) : undefined;
      if (tenant) await tenant.db.query('DELETE FROM sessions WHERE token_hash = $1', [hashToken(token)]);
    },
  };
}
