/**
 * Pure rules of user administration: the username and password policy, the one-time password an
 * administrator hands over, and which role an identity provider's groups give (per-CPAS mapping).
 */
import type { Role } from '../../tenant.ts';
import { CASEWORK_ROLES, isOneOf } from '../access/index.ts';
import type { OidcRoleMapping } from './users.repository.ts';

/** A login name: lower-case letters, digits, dot, dash, underscore and @ (an e-mail address fits). */
export const USERNAME_PATTERN = '^[a-z0-9][a-z0-9._@-]{1,99}$';
const USERNAME = new RegExp(USERNAME_PATTERN);
export const isValidUsername = (value: string): boolean => USERNAME.test(value);

/** A password a person chooses: at least 12 characters, not only one kind (NIST SP 800-63B: length first). */
export const MIN_PASSWORD_LENGTH = 12;
export function passwordProblem(password: string, username: string): 'too-short' | 'same-as-username' | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'too-short';
  if (password.toLowerCase().includes(username.toLowerCase())) return 'same-as-username';
  return null;
}

export { oneTimePassword } from '#platform/passwords.ts';

/** The order of power between roles: a user in several mapped groups gets the strongest. */
const POWER: Record<Role, number> = { admin: 5, 'security-advisor': 4, supervisor: 3, 'social-worker': 2, 'committee-member': 1 };

/** The role (and qualified-worker flag) the identity provider's groups give in this CPAS, or null when no group is mapped. */
export function roleFromGroups(groups: readonly string[], mappings: readonly OidcRoleMapping[]): OidcRoleMapping | null {
  const matching = mappings.filter((mapping) => groups.includes(mapping.groupValue));
  if (matching.length === 0) return null;
  return matching.reduce((best, next) =>
    POWER[next.role] > POWER[best.role] ||
    (POWER[next.role] === POWER[best.role] && next.isQualifiedSocialWorker && !best.isQualifiedSocialWorker)
      ? next
      : best,
  );
}

/** Workers handling files hold a caseload (social workers and supervisors): a leaver's files go to one of them (R23). */
export const holdsCaseload = (role: Role): boolean => isOneOf(role, CASEWORK_ROLES);

/** Only workers handling files are "qualified social workers" (the flag that lets one sign a social report). */
export const canBeQualified = (role: Role): boolean => holdsCaseload(role);

/** A supervisor follows social workers; only a social worker is followed by a supervisor. */
export const isSupervisor = (role: Role): boolean => isOneOf(role, ['supervisor']);
export const isSupervised = (role: Role): boolean => isOneOf(role, ['social-worker']);

/** An administrator of the CPAS manages its users (the CPAS keeps at least one active). */
export const isAdministrator = (role: Role): boolean => isOneOf(role, ['admin']);

/** A user's role and qualified-worker flag, as an account holds them or a group mapping gives them. */
export type Standing = { role: Role; isQualifiedSocialWorker: boolean };

/** Whether a group mapping gives the role and flag the account already has (then a login changes neither). */
export const sameRoleAs = (mapping: Standing, account: Standing): boolean =>
  mapping.role === account.role && mapping.isQualifiedSocialWorker === account.isQualifiedSocialWorker;

/** The names of the fields an update changes, for the audit log (never their values: names and roles are not free text, but kept short). */
export function changedFields<T extends Record<string, unknown>>(before: T, after: T): string[] {
  return Object.keys(after).filter((key) => before[key] !== after[key]);
}
