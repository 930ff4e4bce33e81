/**
 * Colleagues and the user's own preferences: the list a supervisor assigns files from (R23), and
 * the language a worker chose for the web application (remembered in the profile).
 */
import type { Actor } from '../../tenant.ts';
import { appendAudit } from '../audit/index.ts';
import { requireRole } from '../access/index.ts';

export type UserLanguage = 'fr' | 'nl' | 'de' | 'en';

export function createUserService() {
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
  };
}
