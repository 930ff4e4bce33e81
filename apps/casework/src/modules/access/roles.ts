/** Role checks of the use cases that are not case-based (oversight, statistics, disclosures). */
import { forbidden } from '#platform/errors.ts';
import type { Actor, Role } from '../../tenant.ts';

export function requireRole(actor: Actor, roles: readonly Role[], code = 'access.role'): void {
  if (!roles.includes(actor.user.role)) throw forbidden(code, 'Your role does not allow this.');
}
