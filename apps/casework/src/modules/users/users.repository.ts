/** SQL of user administration: accounts, their sessions, caseload hand-over and the OIDC role mappings. */
import type { Queryable } from '#platform/db.ts';
import type { Role } from '../../tenant.ts';

export type AdminUserRow = {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  is_qualified_social_worker: boolean;
  supervisor_id: string | null;
  language: 'fr' | 'nl' | 'de' | 'en';
  is_active: boolean;
  is_demo: boolean;
  must_change_password: boolean;
  created_at: Date;
  deactivated_at: Date | null;
  open_files: number;
};

export type UserFields = {
  username: string;
  displayName: string;
  role: Role;
  isQualifiedSocialWorker: boolean;
  supervisorId: string | null;
  language: 'fr' | 'nl' | 'de' | 'en';
};

export type OidcRoleMapping = { groupValue: string; role: Role; isQualifiedSocialWorker: boolean };

const SELECT_USER = `SELECT u.id, u.username, u.display_name, u.role, u.is_qualified_social_worker, u.supervisor_id, u.language,
        u.is_active, u.is_demo, u.must_change_password, u.created_at, u.deactivated_at,
        (SELECT count(*)::int FROM assignments a WHERE a.user_id = u.id AND a.ended_at IS NULL) AS open_files
   FROM users u`;

export function usersRepository(db: Queryable) {
  return {
    list: (includeInactive: boolean) =>
      db.query<AdminUserRow>(`${SELECT_USER} WHERE ($1 OR u.is_active) ORDER BY u.is_active DESC, u.display_name`, [includeInactive]),
    byId: (id: string) => db.one<AdminUserRow>(`${SELECT_USER} WHERE u.id = $1`, [id]),
    byUsername: (username: string) => db.one<AdminUserRow>(`${SELECT_USER} WHERE u.username = $1`, [username]),
    /** Active administrators other than `exceptId` (the last one is never removed: nobody could administer the CPAS). */
    otherActiveAdmins: async (exceptId: string) =>
      (await db.one<{ n: number }>(`SELECT count(*)::int AS n FROM users WHERE role = 'admin' AND is_active AND id <> $1`, [exceptId]))!.n,
    insert: (fields: UserFields, passwordHash: string, now: Date) =>
      db.one<{ id: string }>(
        `INSERT INTO users (username, display_name, role, is_qualified_social_worker, supervisor_id, language, password_hash, must_change_password, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, true, $8) ON CONFLICT (username) DO NOTHING RETURNING id`,
        [
          fields.username,
          fields.displayName,
          fields.role,
          fields.isQualifiedSocialWorker,
          fields.supervisorId,
          fields.language,
          passwordHash,
          now,
        ],
      ),
    update: (id: string, fields: Omit<UserFields, 'username'>, now: Date) =>
      db.query(
        `UPDATE users SET display_name = $2, role = $3, is_qualified_social_worker = $4, supervisor_id = $5, language = $6, updated_at = $7 WHERE id = $1`,
        [id, fields.displayName, fields.role, fields.isQualifiedSocialWorker, fields.supervisorId, fields.language, now],
      ),
    setActive: (id: string, isActive: boolean, now: Date) =>
      db.query(
        `UPDATE users SET is_active = $2, deactivated_at = CASE WHEN $2 THEN NULL ELSE $3::timestamptz END, updated_at = $3 WHERE id = $1`,
        [id, isActive, now],
      ),
    setPassword: (id: string, passwordHash: string, mustChange: boolean, now: Date) =>
      db.query('UPDATE users SET password_hash = $2, must_change_password = $3, updated_at = $4 WHERE id = $1', [
        id,
        passwordHash,
        mustChange,
        now,
      ]),
    passwordHash: async (id: string) =>
      (await db.one<{ password_hash: string | null }>('SELECT password_hash FROM users WHERE id = $1', [id]))?.password_hash ?? null,
    /** Ends every session of the user (deactivation, password reset): a stolen token dies with it. */
    endSessions: (id: string) => db.query('DELETE FROM sessions WHERE user_id = $1', [id]),
    endSessionsExcept: (id: string, tokenHash: Buffer | null) =>
      db.query('DELETE FROM sessions WHERE user_id = $1 AND ($2::bytea IS NULL OR token_hash <> $2)', [id, tokenHash]),
    /** Workers supervised by this user (they need another supervisor before it leaves). */
    supervisedCount: async (id: string) =>
      (await db.one<{ n: number }>('SELECT count(*)::int AS n FROM users WHERE supervisor_id = $1 AND is_active', [id]))!.n,
    moveSupervised: (fromId: string, toId: string, now: Date) =>
      db.query<{ id: string }>('UPDATE users SET supervisor_id = $2, updated_at = $3 WHERE supervisor_id = $1 AND is_active RETURNING id', [
        fromId,
        toId,
        now,
      ]),
    /** Ends the leaver's open assignments and gives each file to `toId` (kept when it already holds it). */
    transferCaseload: async (fromId: string, toId: string, byId: string | null, now: Date) => {
      const ended = await db.query<{ request_id: string; person_id: string }>(
        `UPDATE assignments a SET ended_at = $2 FROM aid_requests r
          WHERE a.user_id = $1 AND a.ended_at IS NULL AND r.id = a.request_id RETURNING a.request_id, r.person_id`,
        [fromId, now],
      );
      for (const row of ended) {
        await db.query(
          `INSERT INTO assignments (request_id, user_id, assigned_at, assigned_by) VALUES ($1, $2, $3, $4)
           ON CONFLICT (request_id, user_id) DO UPDATE SET ended_at = NULL, assigned_at = EXCLUDED.assigned_at, assigned_by = EXCLUDED.assigned_by`,
          [row.request_id, toId, now, byId],
        );
      }
      return ended;
    },
    mappings: async (): Promise<OidcRoleMapping[]> =>
      (
        await db.query<{ group_value: string; role: string; is_qualified_social_worker: boolean }>(
          'SELECT group_value, role, is_qualified_social_worker FROM oidc_role_mappings ORDER BY group_value',
        )
      ).map((row) => ({
        groupValue: row.group_value,
        role: row.role as OidcRoleMapping['role'],
        isQualifiedSocialWorker: row.is_qualified_social_worker,
      })),
    replaceMappings: async (mappings: OidcRoleMapping[], byId: string | null, now: Date) => {
      await db.query('DELETE FROM oidc_role_mappings');
      for (const mapping of mappings)
        await db.query(
          'INSERT INTO oidc_role_mappings (group_value, role, is_qualified_social_worker, created_by, created_at) VALUES ($1, $2, $3, $4, $5)',
          [mapping.groupValue, mapping.role, mapping.isQualifiedSocialWorker, byId, now],
        );
    },
  };
}

export type UsersRepository = ReturnType<typeof usersRepository>;
