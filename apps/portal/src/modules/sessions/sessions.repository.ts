/** The portal's SQL for sessions and pending OpenID Connect logins (only hashes of session tokens are stored). */
import type { Database } from '#platform/db.ts';

export type SessionRow = { id: string; niss: string; given_names: string | null; family_name: string | null; auth_method: 'demo' | 'oidc' };
export type NewSession = {
  tokenHash: Buffer;
  niss: string;
  givenNames: string | null;
  familyName: string | null;
  method: 'demo' | 'oidc';
  at: Date;
};
export type PendingLogin = { nonce: string; code_verifier: string; created_at: Date };

export type SessionRepository = ReturnType<typeof createSessionRepository>;

export function createSessionRepository(db: Database) {
  return {
    async insertSession(session: NewSession): Promise<void> {
      await db.query(
        `INSERT INTO sessions (token_hash, niss, given_names, family_name, auth_method, created_at, last_seen_at)
         VALUES ($1, $2, $3, $4, $5, $6, $6)`,
        [session.tokenHash, session.niss, session.givenNames, session.familyName, session.method, session.at],
      );
    },
    /** The open session of this token seen since `idleSince`, its last-seen time moved to `now`. */
    touchSession: (tokenHash: Buffer, now: Date, idleSince: Date): Promise<SessionRow | undefined> =>
      db.one<SessionRow>(
        `UPDATE sessions SET last_seen_at = $2 WHERE token_hash = $1 AND ended_at IS NULL AND last_seen_at > $3
         RETURNING id, niss, given_names, family_name, auth_method`,
        [tokenHash, now, idleSince],
      ),
    async endSession(tokenHash: Buffer, at: Date): Promise<void> {
      await db.query('UPDATE sessions SET ended_at = $2 WHERE token_hash = $1 AND ended_at IS NULL', [tokenHash, at]);
    },
    /** Forgets the logins started before `before`, then records a new one. */
    async startLogin(login: { state: string; nonce: string; codeVerifier: string; at: Date }, before: Date): Promise<void> {
      await db.query('DELETE FROM oidc_logins WHERE created_at < $1', [before]);
      await db.query('INSERT INTO oidc_logins (state, nonce, code_verifier, created_at) VALUES ($1, $2, $3, $4)', [
        login.state,
        login.nonce,
        login.codeVerifier,
        login.at,
      ]);
    },
    /** The login of this state, removed so that it serves once. */
    takeLogin: (state: string): Promise<PendingLogin | undefined> =>
      db.one<PendingLogin>('DELETE FROM oidc_logins WHERE state = $1 RETURNING nonce, code_verifier, created_at', [state]),
  };
}
