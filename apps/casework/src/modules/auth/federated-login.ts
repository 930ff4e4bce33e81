/**
 * A session for a user authenticated elsewhere (OpenID Connect, the web application's production
 * login): the identity provider's claim names the local account (`users.username`); the session is
 * the same kind of token as a password login (`rse_<kbo>_<secret>`, only its SHA-256 stored), so
 * every page still goes through the API with it. Demo accounts are refused outside demo mode.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Tenant, TenantRegistry, User } from '../../tenant.ts';
import { appendAudit, recordDenial } from '../audit/index.ts';
import { toUser, type UserRow } from './auth.service.ts';

export async function openFederatedSession(
  deps: { tenants: TenantRegistry; isDemo: boolean; sessionIdleMinutes: number; clock: () => Date },
  input: { username: string; issuer: string; requestId: string },
): Promise<{ token: string; user: User; tenant: Tenant; expiresAt: Date } | null> {
  const found = (
    await Promise.all(
      deps.tenants.all().map(async (tenant) => {
        const row = await tenant.db.one<UserRow>('SELECT * FROM users WHERE username = $1', [input.username]);
        return row ? { tenant, row } : null;
      }),
    )
  ).find((entry) => entry !== null);
  if (!found) return null;
  const audit = { requestId: input.requestId, user: { id: found.row.id, role: found.row.role } };
  const isActive =
    (await found.tenant.db.one<{ is_active: boolean }>('SELECT is_active FROM users WHERE id = $1', [found.row.id]))?.is_active === true;
  if (!isActive || (found.row.is_demo && !deps.isDemo)) {
    await recordDenial(found.tenant.db, audit, { action: 'session.login', recordType: 'user', recordId: found.row.id, reason: 'oidc' });
    return null;
  }
  const now = deps.clock();
  const token = `rse_${found.tenant.kbo}_${randomBytes(32).toString('base64url')}`;
  const expiresAt = new Date(now.getTime() + deps.sessionIdleMinutes * 60_000);
  await found.tenant.db.transaction(async (tx) => {
    await tx.query('INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, expires_at) VALUES ($1, $2, $3, $3, $4)', [
      createHash('sha256').update(token).digest(),
      found.row.id,
      now,
      expiresAt,
    ]);
    await appendAudit(tx, audit, { action: 'session.login', recordType: 'user', recordId: found.row.id, reason: 'oidc' });
  });
  return { token, user: toUser(found.row), tenant: found.tenant, expiresAt };
}
