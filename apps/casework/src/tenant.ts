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
  /** The host names of its address (TENANTS_FILE `hosts`), lower case without port; none: chosen on the login page. */
  hosts?: readonly string[];
};

export type TenantRegistry = {
  byKbo(kbo: string): Tenant | undefined;
  /** The CPAS whose address this is (the request's Host, with or without port), if one claims it. */
  byHost(host: string | undefined): Tenant | undefined;
  all(): readonly Tenant[];
};

/** `Forest.RSE.example:8443` → `forest.rse.example`; an IPv6 literal keeps its brackets. */
export function normaliseHost(host: string): string {
  const lower = host.trim().toLowerCase();
  const bracket = lower.startsWith('[') ? lower.indexOf(']') : -1;
  if (bracket > 0) return lower.slice(0, bracket + 1);
  return lower.replace(/:\d*$/, '').replace(/\.$/, '');
}

export function createTenantRegistry(tenants: Tenant[]): TenantRegistry {
  const map = new Map(tenants.map((tenant) => [tenant.kbo, tenant]));
  const hosts = new Map<string, Tenant>();
  for (const tenant of tenants)
    for (const host of tenant.hosts ?? []) {
      const name = normaliseHost(host);
      const other = hosts.get(name);
      if (other && other !== tenant) throw new Error(`The host name ${name} is claimed by two CPAS (${other.kbo} and ${tenant.kbo})`);
      hosts.set(name, tenant);
    }
  return {
    byKbo: (kbo) => map.get(kbo),
    byHost: (host) => (host && hosts.size > 0 ? hosts.get(normaliseHost(host)) : undefined),
    all: () => [...map.values()],
  };
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
