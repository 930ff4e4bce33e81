/**
 * The user of a session (`GET /api/v1/me`) kept for a few seconds (issue 14): every page asked the
 * API who is logged in and then asked it again, with the same token, for the page's data — two
 * authenticated calls, two session lookups. Within the few seconds a page uses the answer of the
 * previous one. Safe because the user's details only choose what a page offers (navigation, links,
 * forms): every call for data authenticates the token again, so an ended session (logout elsewhere,
 * idle timeout, a role change or deactivation, which end the user's sessions) still gets nothing and
 * is sent to the login. What this application changes itself is seen at once: any form sent (POST:
 * logout, language, password) forgets its session's entry, and a form of the user administration
 * forgets them all.
 */
import { createHash } from 'node:crypto';
import type { Me } from './context.ts';

/** How long an answer is used: about the time between two clicks of a busy worker. */
export const ME_TTL_MS = 5_000;
/** At most this many sessions are kept (the oldest go first). */
const MAX_ENTRIES = 10_000;

export function createMeCache(options: { ttlMs?: number; maxEntries?: number; clock?: () => number } = {}) {
  const ttlMs = options.ttlMs ?? ME_TTL_MS;
  const maxEntries = options.maxEntries ?? MAX_ENTRIES;
  const clock = options.clock ?? Date.now;
  // Keyed by a hash of the token (a heap dump shows no usable session); the address is kept beside the
  // answer, because a session of one CPAS is not valid at the address of another (TENANTS_FILE `hosts`).
  const entries = new Map<string, { at: number; host: string | undefined; me: Me }>();
  const keyOf = (token: string) => createHash('sha256').update(token).digest('base64url');

  return {
    /** The answer kept for this session at this address, if still fresh. */
    get(token: string, host: string | undefined): Me | undefined {
      const key = keyOf(token);
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (clock() - entry.at >= ttlMs || entry.host !== host) {
        entries.delete(key);
        return undefined;
      }
      return entry.me;
    },
    set(token: string, host: string | undefined, me: Me): void {
      const key = keyOf(token);
      entries.delete(key);
      entries.set(key, { at: clock(), host, me });
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    },
    /** Forgets one session (its user sent a form: logout, language, password…). */
    forget(token: string): void {
      entries.delete(keyOf(token));
    },
    /** Forgets every session (an administrator changed users). */
    clear(): void {
      entries.clear();
    },
    size: () => entries.size,
  };
}

export type MeCache = ReturnType<typeof createMeCache>;
