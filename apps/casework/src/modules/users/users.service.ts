/**
 * Colleagues, the user's own preferences and the CPAS's user administration: the list a supervisor
 * assigns files from (R23); accounts created, changed, deactivated and reset by an administrator of
 * the CPAS (every change in the audit log, R43); a leaver's caseload handed over; the OIDC role
 * mappings; the first administrator bootstrapped by the operator (`rse users create-admin`).
 */
import { conflict, invalid, notFound } from '#platform/errors.ts';
import type { Queryable } from '#platform/db.ts';
import type { Actor, Role, Tenant } from '../../tenant.ts';
import { appendAudit } from '../audit/index.ts';
import { requireRole, isUuid } from '../access/index.ts';
import { hashPassword, verifyPassword } from '../auth/index.ts';
import { usersRepository, type AdminUserRow, type OidcRoleMapping, type UserFields, type UsersRepository } from './users.repository.ts';
import {
  canBeQualified,
  changedFields,
  holdsCaseload,
  isAdministrator,
  isSupervised,
  isSupervisor,
  isValidUsername,
  oneTimePassword,
  passwordProblem,
} from './users.ts';

export type UserLanguage = 'fr' | 'nl' | 'de' | 'en';

export type UsersDeps = {
  repository: (db: Queryable) => UsersRepository;
  hashPassword: (password: string) => Promise<string>;
  newPassword: () => string;
};

const realDeps: UsersDeps = { repository: usersRepository, hashPassword, newPassword: () => oneTimePassword() };

export const describeAccount = (row: AdminUserRow) => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  role: row.role,
  isQualifiedSocialWorker: row.is_qualified_social_worker,
  supervisorId: row.supervisor_id,
  language: row.language,
  isActive: row.is_active,
  mustChangePassword: row.must_change_password,
  openFiles: row.open_files,
  createdAt: row.created_at.toISOString(),
  deactivatedAt: row.deactivated_at?.toISOString() ?? null,
});

export type NewUser = {
  username: string;
  displayName: string;
  role: Role;
  isQualifiedSocialWorker?: boolean;
  supervisorId?: string | null;
  language?: UserLanguage;
};
export type UserChange = Partial<Omit<NewUser, 'username'>>;

const requireAdmin = (actor: Actor) =>
  requireRole(actor, ['admin'], 'users.admin-only', 'Only an administrator of the CPAS manages the users.');

export function createUserService(overrides: Partial<UsersDeps> = {}) {
  const deps: UsersDeps = { ...realDeps, ...overrides };

  async function existing(repository: UsersRepository, id: string): Promise<AdminUserRow> {
    const row = isUuid(id) ? await repository.byId(id) : null;
    if (!row) throw notFound('user.not-found', 'No such user in this CPAS.');
    return row;
  }

  /** The supervisor must be an active supervisor of this CPAS, and not the user itself. */
  async function checkSupervisor(repository: UsersRepository, supervisorId: string | null, userId: string | null): Promise<void> {
    if (supervisorId === null) return;
    const supervisor = isUuid(supervisorId) ? await repository.byId(supervisorId) : null;
    if (!supervisor || !supervisor.is_active || !isSupervisor(supervisor.role) || supervisor.id === userId)
      throw invalid('user.invalid-supervisor', 'The supervisor must be an active supervisor of this CPAS.', [
        { path: '/supervisorId', code: 'not-allowed', message: 'an active supervisor' },
      ]);
  }

  /** Creates an account with a one-time password (shown once, to be replaced at the first login). */
  async function createAccount(
    db: Queryable,
    audit: Parameters<typeof appendAudit>[1],
    input: NewUser,
    now: Date,
  ): Promise<{ user: ReturnType<typeof describeAccount>; oneTimePassword: string }> {
    const repository = deps.repository(db);
    const username = input.username.trim().toLowerCase();
    if (!isValidUsername(username))
      throw invalid('user.invalid-username', 'Use lower-case letters, digits, dots, dashes or @ (2 to 100 characters).', [
        { path: '/username', code: 'invalid-format', message: 'a login name' },
      ]);
    const fields: UserFields = {
      username,
      displayName: input.displayName.trim(),
      role: input.role,
      isQualifiedSocialWorker: canBeQualified(input.role) && (input.isQualifiedSocialWorker ?? false),
      supervisorId: isSupervised(input.role) ? (input.supervisorId ?? null) : null,
      language: input.language ?? 'fr',
    };
    await checkSupervisor(repository, fields.supervisorId, null);
    const password = deps.newPassword();
    const inserted = await repository.insert(fields, await deps.hashPassword(password), now);
    if (!inserted) throw conflict('user.username-taken', 'This username is already used in this CPAS.');
    await appendAudit(db, audit, { action: 'user.create', recordType: 'user', recordId: inserted.id, reason: `role=${fields.role}` });
    return { user: describeAccount((await repository.byId(inserted.id))!), oneTimePassword: password };
  }

  return {
    /** Active users of this CPAS with a role; supervisors and admins only (they assign files). */
    async listUsers(actor: Actor, role: string | undefined) {
      requireRole(actor, ['supervisor', 'admin'], 'access.role', 'Only a supervisor or an administrator lists the users.');
      const rows = await actor.tenant.db.query<{ id: string; display_name: string; role: string; supervisor_id: string | null }>(
        `SELECT id, display_name, role, supervisor_id FROM users WHERE is_active AND ($1::text IS NULL OR role = $1) ORDER BY display_name`,
        [role ?? null],
      );
      return { items: rows.map((row) => ({ id: row.id, displayName: row.display_name, role: row.role, supervisorId: row.supervisor_id })) };
    },

    /** The language of the profile, and whether the user picked it (else the browser's language applies). */
    async getLanguage(actor: Actor) {
      const row = await actor.tenant.db.one<{ language: UserLanguage; language_chosen_at: Date | null }>(
        'SELECT language, language_chosen_at FROM users WHERE id = $1',
        [actor.user.id],
      );
      return { language: row?.language ?? actor.user.language, isChosen: Boolean(row?.language_chosen_at) };
    },

    /** The user's language for every screen; audited as a profile change. */
    async setLanguage(actor: Actor, language: UserLanguage) {
      await actor.tenant.db.transaction(async (tx) => {
        await tx.query('UPDATE users SET language = $2, language_chosen_at = $3 WHERE id = $1', [actor.user.id, language, actor.now]);
        await appendAudit(tx, actor, { action: 'user.language', recordType: 'user', recordId: actor.user.id });
      });
      return { language };
    },

    /** The user replaces their password (the one-time one at the first login, or any time); other sessions end. */
    async changeOwnPassword(actor: Actor, input: { currentPassword: string; newPassword: string }, currentTokenHash: Buffer | null) {
      const repository = deps.repository(actor.tenant.db);
      if (!(await verifyPassword(input.currentPassword, await repository.passwordHash(actor.user.id)))) {
        await appendAudit(actor.tenant.db, actor, {
          action: 'user.password-change',
          recordType: 'user',
          recordId: actor.user.id,
          outcome: 'denied',
        });
        throw invalid('user.wrong-password', 'The current password is wrong.', [
          { path: '/currentPassword', code: 'not-allowed', message: 'wrong' },
        ]);
      }
      const problem = passwordProblem(input.newPassword, actor.user.username);
      if (problem)
        throw invalid('user.weak-password', `Choose a password of at least 12 characters that does not contain your username.`, [
          { path: '/newPassword', code: problem, message: 'a stronger password' },
        ]);
      const hash = await deps.hashPassword(input.newPassword);
      await actor.tenant.db.transaction(async (tx) => {
        const repo = deps.repository(tx);
        await repo.setPassword(actor.user.id, hash, false, actor.now);
        await repo.endSessionsExcept(actor.user.id, currentTokenHash);
        await appendAudit(tx, actor, { action: 'user.password-change', recordType: 'user', recordId: actor.user.id });
      });
      return { changed: true };
    },

    /** Every account of the CPAS, for its administrator (inactive ones on request). */
    async listAccounts(actor: Actor, includeInactive: boolean) {
      requireAdmin(actor);
      const rows = await deps.repository(actor.tenant.db).list(includeInactive);
      await appendAudit(actor.tenant.db, actor, { action: 'user.list', recordType: 'user' });
      return { items: rows.map(describeAccount) };
    },

    async getAccount(actor: Actor, id: string) {
      requireAdmin(actor);
      const row = await existing(deps.repository(actor.tenant.db), id);
      await appendAudit(actor.tenant.db, actor, { action: 'user.read', recordType: 'user', recordId: row.id });
      return describeAccount(row);
    },

    async createAccount(actor: Actor, input: NewUser) {
      requireAdmin(actor);
      return actor.tenant.db.transaction((tx) => createAccount(tx, actor, input, actor.now));
    },

    /** Role, supervisor, qualified-worker flag, name, language; the last active administrator keeps its role. */
    async updateAccount(actor: Actor, id: string, change: UserChange) {
      requireAdmin(actor);
      return actor.tenant.db.transaction(async (tx) => {
        const repository = deps.repository(tx);
        const row = await existing(repository, id);
        const role = change.role ?? row.role;
        const before = {
          displayName: row.display_name,
          role: row.role,
          isQualifiedSocialWorker: row.is_qualified_social_worker,
          supervisorId: row.supervisor_id,
          language: row.language,
        };
        const after = {
          displayName: change.displayName?.trim() ?? row.display_name,
          role,
          isQualifiedSocialWorker: canBeQualified(role) && (change.isQualifiedSocialWorker ?? row.is_qualified_social_worker),
          supervisorId: isSupervised(role) ? (change.supervisorId === undefined ? row.supervisor_id : change.supervisorId) : null,
          language: change.language ?? row.language,
        };
        if (isAdministrator(row.role) && !isAdministrator(role) && row.is_active && (await repository.otherActiveAdmins(row.id)) === 0)
          throw conflict('user.last-admin', 'The CPAS needs at least one active administrator.');
        if (isSupervisor(row.role) && !isSupervisor(role) && (await repository.supervisedCount(row.id)) > 0)
          throw conflict('user.still-supervises', 'Give the workers this supervisor follows another supervisor first.');
        await checkSupervisor(repository, after.supervisorId, row.id);
        const changed = changedFields(before, after);
        if (changed.length > 0) {
          await repository.update(row.id, after, actor.now);
          // A new role applies at once: the sessions opened with the old one end.
          if (changed.includes('role')) await repository.endSessions(row.id);
          await appendAudit(tx, actor, { action: 'user.update', recordType: 'user', recordId: row.id, reason: changed.join(',') });
        }
        return describeAccount((await repository.byId(row.id))!);
      });
    },

    /** A leaver: the account is kept (the files and the audit log name it) but can no longer log in; its sessions end. */
    async setActive(actor: Actor, id: string, isActive: boolean) {
      requireAdmin(actor);
      return actor.tenant.db.transaction(async (tx) => {
        const repository = deps.repository(tx);
        const row = await existing(repository, id);
        if (!isActive) {
          if (row.id === actor.user.id) throw conflict('user.self-deactivation', 'You cannot deactivate your own account.');
          if (isAdministrator(row.role) && (await repository.otherActiveAdmins(row.id)) === 0)
            throw conflict('user.last-admin', 'The CPAS needs at least one active administrator.');
          if (isSupervisor(row.role) && (await repository.supervisedCount(row.id)) > 0)
            throw conflict('user.still-supervises', 'Give the workers this supervisor follows another supervisor first.');
          // R23: no file is left without its worker — hand the caseload over first.
          if (row.open_files > 0)
            throw conflict('user.open-files', 'Hand this user’s open files to a colleague first (caseload transfer).');
        }
        if (row.is_active !== isActive) {
          await repository.setActive(row.id, isActive, actor.now);
          if (!isActive) await repository.endSessions(row.id);
          await appendAudit(tx, actor, { action: isActive ? 'user.reactivate' : 'user.deactivate', recordType: 'user', recordId: row.id });
        }
        return describeAccount((await repository.byId(row.id))!);
      });
    },

    /** A new one-time password (shown once to the administrator); the user's sessions end. */
    async resetPassword(actor: Actor, id: string) {
      requireAdmin(actor);
      const password = deps.newPassword();
      const hash = await deps.hashPassword(password);
      return actor.tenant.db.transaction(async (tx) => {
        const repository = deps.repository(tx);
        const row = await existing(repository, id);
        if (!row.is_active) throw conflict('user.inactive', 'Reactivate the account first.');
        await repository.setPassword(row.id, hash, true, actor.now);
        await repository.endSessions(row.id);
        await appendAudit(tx, actor, { action: 'user.password-reset', recordType: 'user', recordId: row.id });
        return { user: describeAccount((await repository.byId(row.id))!), oneTimePassword: password };
      });
    },

    /** Hands a leaver's open files (and the workers it supervises) to a colleague; each file's new assignment is audited (R23). */
    async transferCaseload(actor: Actor, fromId: string, toId: string) {
      requireAdmin(actor);
      return actor.tenant.db.transaction(async (tx) => {
        const repository = deps.repository(tx);
        const from = await existing(repository, fromId);
        const to = await existing(repository, toId);
        if (from.id === to.id || !to.is_active || !holdsCaseload(to.role))
          throw invalid('user.invalid-successor', 'Hand the files to another active social worker or supervisor.', [
            { path: '/toUserId', code: 'not-allowed', message: 'an active worker' },
          ]);
        const moved = await repository.transferCaseload(from.id, to.id, actor.user.id, actor.now);
        const supervised = isSupervisor(to.role) ? await repository.moveSupervised(from.id, to.id, actor.now) : [];
        await appendAudit(tx, actor, [
          ...moved.map((row) => ({
            action: 'aid-request.assign',
            recordType: 'aid-request',
            recordId: row.request_id,
            personId: row.person_id,
            reason: `caseload-transfer from=${from.id}`,
          })),
          { action: 'user.caseload-transfer', recordType: 'user', recordId: from.id, reason: `to=${to.id} files=${moved.length}` },
        ]);
        return { transferredFiles: moved.length, movedWorkers: supervised.length, to: describeAccount((await repository.byId(to.id))!) };
      });
    },

    async listMappings(actor: Actor) {
      requireAdmin(actor);
      return { items: await deps.repository(actor.tenant.db).mappings() };
    },

    /** The whole table of group → role mappings of this CPAS, replaced at once. */
    async setMappings(actor: Actor, mappings: OidcRoleMapping[]) {
      requireAdmin(actor);
      const values = new Set(mappings.map((mapping) => mapping.groupValue));
      if (values.size !== mappings.length) throw invalid('oidc-mapping.duplicate', 'Each group is mapped once.');
      const clean = mappings.map((mapping) => ({
        ...mapping,
        isQualifiedSocialWorker: canBeQualified(mapping.role) && mapping.isQualifiedSocialWorker,
      }));
      await actor.tenant.db.transaction(async (tx) => {
        await deps.repository(tx).replaceMappings(clean, actor.user.id, actor.now);
        await appendAudit(tx, actor, { action: 'oidc-mapping.set', recordType: 'oidc-mapping', reason: `count=${clean.length}` });
      });
      return { items: clean };
    },

    /**
     * The operator's bootstrap (`rse users create-admin`): an administrator for a CPAS, with no
     * administrator acting — audited as the operator's (no user), with a one-time password.
     */
    async createAdminFromCli(tenant: Tenant, input: { username: string; displayName: string; language?: UserLanguage }, now: Date) {
      return tenant.db.transaction((tx) => createAccount(tx, { requestId: 'cli', user: null, now }, { ...input, role: 'admin' }, now));
    },

    /** The operator's recovery (`rse users reset-password`): a new one-time password for an account named by username. */
    async resetPasswordFromCli(tenant: Tenant, username: string, now: Date) {
      const password = deps.newPassword();
      const hash = await deps.hashPassword(password);
      return tenant.db.transaction(async (tx) => {
        const repository = deps.repository(tx);
        const row = await repository.byUsername(username.trim().toLowerCase());
        if (!row) throw notFound('user.not-found', 'No such user in this CPAS.');
        await repository.setPassword(row.id, hash, true, now);
        await repository.setActive(row.id, true, now);
        await repository.endSessions(row.id);
        await appendAudit(
          tx,
          { requestId: 'cli', user: null, now },
          { action: 'user.password-reset', recordType: 'user', recordId: row.id, reason: 'cli' },
        );
        return { user: describeAccount((await repository.byId(row.id))!), oneTimePassword: password };
      });
    },

    async listFromCli(tenant: Tenant) {
      return (await deps.repository(tenant.db).list(true)).map(describeAccount);
    },
  };
}

export type UserService = ReturnType<typeof createUserService>;
