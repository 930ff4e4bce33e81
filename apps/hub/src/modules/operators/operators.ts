/**
 * The hub operator's accounts, pure rules (ADR 0020): a name, a one-time password printed once, the
 * password an operator chooses, the session token and its CSRF token, the timeouts.
 */
import { createHash, randomBytes } from 'node:crypto';

/** Lower-case letters, digits, dot, dash, underscore; 2 to 63 characters (the database checks the same). */
export const isValidOperatorName = (name: string) => /^[a-z0-9][a-z0-9._-]{1,62}$/.test(name);

export { oneTimePassword } from '#platform/passwords.ts';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

/** Why a chosen password is refused, or null. */
export function passwordProblem(password: string, name: string): 'too-short' | 'too-long' | 'contains-name' | null {
  if (password.length < MIN_PASSWORD_LENGTH) return 'too-short';
  if (password.length > MAX_PASSWORD_LENGTH) return 'too-long';
  if (password.toLowerCase().includes(name.toLowerCase())) return 'contains-name';
  return null;
}

/** A session token (the cookie's value) and what the database keeps of it. */
export const newSessionToken = () => `hubop_${randomBytes(32).toString('base64url')}`;
export const tokenHash = (token: string) => createHash('sha256').update(token).digest();
/** The form token of a session: derived from its secret token, so it needs no storage (as the portal's). */
export const csrfOf = (token: string) => createHash('sha256').update(`csrf:${token}`).digest('base64url');

/** A session ends after 30 minutes without a request, and after 12 hours in any case. */
export const IDLE_MINUTES = 30;
export const ABSOLUTE_HOURS = 12;
/** After this many failed logins in a row, the account waits LOCK_MINUTES before the next try. */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 5;
