/** Role checks, in one place: every use case asks here rather than comparing roles inline. */
import { forbidden } from '#platform/errors.ts';
import type { Actor, Role } from '../../tenant.ts';

/** The roles that handle files (case-based access, R23). */
export const CASEWORK_ROLES: readonly Role[] = ['social-worker', 'supervisor'];

export const isOneOf = (role: Role | string, roles: readonly Role[]): boolean => (roles as readonly string[]).includes(role);

export const hasRole = (actor: Pick<Actor, 'user'>, roles: readonly Role[]): boolean => isOneOf(actor.user.role, roles);

export function requireRole(
  actor: Pick<Actor, 'user'>,
  roles: readonly Role[],
  code = 'access.role',
  message = 'Your role does not allow this.',
): void {
  if (!hasRole(actor, roles)) throw forbidden(code, message);
}

export function requireCaseworker(actor: Pick<Actor, 'user'>): void {
  requireRole(actor, CASEWORK_ROLES, 'access.role', 'Only social workers and supervisors handle aid requests.');
}
