/**
 * A casework process hosts one CPAS (a production deployment) or several tenants (a vendor, the
 * demo). Each tenant has its own database and its own keys; nothing is shared between them.
 */
import type { Database } from '#platform/db.ts';
import type { Logger } from '#platform/logger.ts';
import type { InstitutionKeys } from '#contracts/protocol/keys.ts';

export type NoteKey = { id: string; key: Buffer };

export type Tenant = {
  kbo: string;
  name: string;
  language: 'fr' | 'nl' | 'de';
  db: Database;
  noteKey: NoteKey;
  /** The institution's Ed25519 signing and X25519 encryption keys (registered at the hub). */
  keys: InstitutionKeys;
  log: Logger;
};

export type TenantRegistry = {
  byKbo(kbo: string): Tenant | undefined;
  all(): readonly Tenant[];
};

export function createTenantRegistry(tenants: Tenant[]): TenantRegistry {
  const map = new Map(tenants.map((tenant) => [tenant.kbo, tenant]));
  return { byKbo: (kbo) => map.get(kbo), all: () => [...map.values()] };
}

export type Role = 'social-worker' | 'supervisor' | 'committee-member' | 'security-advisor' | 'admin';

export type User = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  isQualifiedSocialWorker: boolean;
  supervisorId: string | null;
  language: 'fr' | 'nl' | 'de' | 'en';
  /** The password was set by an administrator (one-time): only the password change is open until it is replaced. */
  mustChangePassword?: boolean;
};

/** Who is acting, in which CPAS, for which HTTP request: passed to every use case. */
export type Actor = { tenant: Tenant; user: User; requestId: string; now: Date };
