/**
 * A session for a user authenticated elsewhere (OpenID Connect, the web application's production
 * login): the identity provider's claim names the local account (`users.username`) in the CPAS the
 * user chose on the login page (or the only CPAS of this node holding that username — never the
 * first match of several). The CPAS's own mapping of the provider's groups to roles
 * (`oidc_role_mappings`, set by its administrator) gives the role at each login, and creates the
 * account of a mapped newcomer; every such change is audited. The session is the same kind of token
 * as a password login (`rse_<kbo>_<secret>`, only its SHA-256 stored). Demo accounts are refused
 * outside demo mode.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Tenant, TenantRegistry, User } from '../../tenant.ts';
import { appendAudit, recordDenial } from '../audit/index.ts';
import { isValidUsername, roleFromGroups, sameRoleAs, usersRepository } from '../users/index.ts';
import { toUser, type UserRow } from './auth.service.ts';

export type FederatedLoginInput = {
  username: string;
  groups?: readonly string[];
  institution?: string;
  /** The request's Host: a CPAS claiming it (TENANTS_FILE `hosts`) is the one logged into, whatever was chosen. */
  host?: string;
  issuer: string;
  requestId: string;
};

export async function openFederatedSession(
  deps: { tenants: TenantRegistry; isDemo: boolean; sessionIdleMinutes: number; clock: () => Date },
  input: FederatedLoginInput,
): Promise<{ token: string; user: User; tenant: Tenant; expiresAt: Date } | null> {
  // The CPAS of the address the login arrived at, or chosen on the login page; on a node of one CPAS, that
  // one (a mapped newcomer is created there).
  const atHost = deps.tenants.byHost(input.host);
  if (atHost && input.institution && input.institution !== atHost.kbo) return null;
  const only = deps.tenants.all().length === 1 ? deps.tenants.all()[0] : undefined;
  const chosen = atHost ?? (input.institution ? deps.tenants.byKbo(input.institution) : only);
  if (input.institution && !chosen) return null;
  const candidates = chosen ? [chosen] : deps.tenants.all();
  const found = (
    await Promise.all(
      candidates.map(async (tenant) => {
        const row = await tenant.db.one<UserRow & { is_active: boolean }>('SELECT * FROM users WHERE username = $1', [input.username]);
        return { tenant, row };
      }),
    )
  ).filter((entry) => Boolean(entry.row) || entry.tenant === chosen);
  // Without a chosen CPAS, a username held in several is ambiguous: no session (the page asks to choose).
  if (found.length !== 1) return null;
  const { tenant } = found[0]!;
  let row = found[0]!.row ?? null;
  const now = deps.clock();
  const mapping = roleFromGroups(input.groups ?? [], await usersRepository(tenant.db).mappings());
  if (!row) {
    // Just-in-time account: only for a group this CPAS mapped to a role.
    if (!mapping || !isValidUsername(input.username)) return null;
    row = await tenant.db.transaction(async (tx) => {
      const created = await tx.one<UserRow & { is_active: boolean }>(
        `INSERT INTO users (username, display_name, role, is_qualified_social_worker, created_at) VALUES ($1, $1, $2, $3, $4)
         ON CONFLICT (username) DO NOTHING RETURNING *`,
        [input.username, mapping.role, mapping.isQualifiedSocialWorker, now],
      );
      if (created)
        await appendAudit(
          tx,
          { requestId: input.requestId, user: null, now },
          {
            action: 'user.create',
            recordType: 'user',
            recordId: created.id,
            reason: `oidc role=${mapping.role}`,
          },
        );
      return created ?? null;
    });
    if (!row) return null;
  }
  const audit = { requestId: input.requestId, user: { id: row.id, role: row.role } };
  if (!row.is_active || (row.is_demo && !deps.isDemo)) {
    await recordDenial(tenant.db, audit, { action: 'session.login', recordType: 'user', recordId: row.id, reason: 'oidc' });
    return null;
  }
  const token = `rse_${tenant.kbo}_${randomBytes(32).toString('base64url')}`;
  const expiresAt = new Date(now.getTime() + deps.sessionIdleMinutes * 60_000);
  const account = row;
  const user = await tenant.db.transaction(async (tx) => {
    let current = account;
    // The provider's groups decide the role when this CPAS maps one of them (a changed group changes the role at the next login).
    if (mapping && !sameRoleAs(mapping, { role: account.role, isQualifiedSocialWorker: account.is_qualified_social_worker })) {
      current =
        (await tx.one<UserRow & { is_active: boolean }>(
          `UPDATE users SET role = $2, is_qualified_social_worker = $3, supervisor_id = CASE WHEN $2 = 'social-worker' THEN supervisor_id END, updated_at = $4
            WHERE id = $1 RETURNING *`,
          [account.id, mapping.role, mapping.isQualifiedSocialWorker, now],
        )) ?? account;
      await appendAudit(
        tx,
        { requestId: input.requestId, user: null, now },
        {
          action: 'user.update',
          recordType: 'user',
          recordId: account.id,
          reason: 'role,oidc',
        },
      );
    }
    await tx.query(
      `INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, expires_at, via) VALUES ($1, $2, $3, $3, $4, 'oidc')`,
      [createHash('sha256').update(token).digest(), current.id, now, expiresAt],
    );
    await appendAudit(
      tx,
      { ...audit, user: { id: current.id, role: current.role } },
      {
        action: 'session.login',
        recordType: 'user',
        recordId: current.id,
        reason: 'oidc',
      },
    );
    return current;
  });
  // A federated login never carries a one-time password: the provider authenticated the person.
  return { token, user: { ...toUser(user), mustChangePassword: false }, tenant, expiresAt };
}
