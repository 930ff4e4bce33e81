/**
 * Local accounts and sessions. A token names its tenant (`rse_<kbo>_<secret>`) so that the right
 * CPAS database is found without any shared table; only its SHA-256 is stored.
 */
import { createHash, randomBytes } from 'node:crypto';
import { unauthenticated, tooMany, invalid, AppError } from '#platform/errors.ts';
import type { Tenant, TenantRegistry, User, Role } from '../../tenant.ts';
import { appendAudit } from '../audit/index.ts';
import type { Queryable } from '#platform/db.ts';
import { createCoalescer, perKey } from '#platform/coalesce.ts';
import { verifyPassword } from './passwords.ts';
import { createHashGate, createLoginThrottle, DEFAULT_LIMITS, type ThrottleLimits } from './login-throttle.ts';

export type UserRow = {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  is_qualified_social_worker: boolean;
  supervisor_id: string | null;
  language: User['language'];
  password_hash: string | null;
  is_demo: boolean;
  must_change_password?: boolean;
};

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    isQualifiedSocialWorker: row.is_qualified_social_worker,
    supervisorId: row.supervisor_id,
    language: row.language,
    mustChangePassword: row.must_change_password ?? false,
  };
}

const TOKEN = /^rse_(\d{10})_([A-Za-z0-9_-]{43})$/;
const hashToken = (token: string) => createHash('sha256').update(token).digest();

export type AuthService = ReturnType<typeof createAuthService>;

/**
 * A read of one row run in the session's own statement, for the user it authenticates: one round trip
 * instead of two (issue 14). `sql` is one SELECT that names the user `found.id` and the moment `$2`; its
 * own parameters are numbered from `$6`. Its row comes back as JSON (`rider`), or null when it has none;
 * nothing of it is read when the session is not valid.
 */
export type SessionRider = {
  sql: string;
  params: readonly unknown[];
  /** The PostgreSQL types of its own parameters (`$6…`), for the statement shared by concurrent requests. */
  types: readonly string[];
};

/** The session statement's own parameters: token hash, now, the new expiry, demo allowed, slide before. */
const SESSION_TYPES = ['bytea', 'timestamptz', 'timestamptz', 'boolean', 'timestamptz'];

/**
 * F8: an authenticated request slides the idle timeout, never backwards (a clock set back does not
 * shorten a session). One statement; the session row is written only when it was last slid more than
 * a tenth of the timeout ago (at most 30 s): otherwise the statement only reads, so a worker's burst of
 * requests (or concurrent consultations) neither queues on that row's lock nor waits for a commit to
 * reach the disk. A session may thus end up to a tenth of the timeout early, never late.
 */
const sessionSql = (rider: Pick<SessionRider, 'sql'> | undefined) => `WITH found AS (
     SELECT u.*, s.via, s.last_seen_at AS slid_at FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.token_hash = $1 AND u.is_active AND s.expires_at > $2 AND (NOT u.is_demo OR $4)),
   slide AS (
     UPDATE sessions s SET last_seen_at = GREATEST(s.last_seen_at, $2), expires_at = GREATEST(s.expires_at, $3)
       FROM found WHERE s.token_hash = $1 AND found.slid_at < $5)
   SELECT found.*${rider ? `, (SELECT to_json(x) FROM (${rider.sql}) x) AS rider` : ''} FROM found`;

/**
 * The same statement for the concurrent requests of one CPAS (ADR 0024): their parameters unnested
 * with their position, each session found, slid and ridden exactly as alone. A session named twice in
 * one batch is slid once, to the later time.
 */
const sessionsSql = (rider: Pick<SessionRider, 'sql' | 'types'> | undefined) => {
  const types = [...SESSION_TYPES, ...(rider?.types ?? [])];
  const arrays = types.map((type, index) => `$${index + 1}::${type}[]`).join(', ');
  const columns = types.map((_, index) => `p${index + 1}`).join(', ');
  const riderSql = rider?.sql.replace(/\$(\d+)\b/g, (_, index: string) => `found.p${index}`);
  return `WITH q AS (SELECT * FROM unnest(${arrays}) WITH ORDINALITY AS q(${columns}, batch_position)),
   found AS (
     SELECT q.*, u.*, s.via, s.last_seen_at AS slid_at FROM q JOIN sessions s ON s.token_hash = q.p1 JOIN users u ON u.id = s.user_id
      WHERE u.is_active AND s.expires_at > q.p2 AND (NOT u.is_demo OR q.p4)),
   slide AS (
     UPDATE sessions s SET last_seen_at = GREATEST(s.last_seen_at, f.p2), expires_at = GREATEST(s.expires_at, f.p3)
       FROM (SELECT DISTINCT ON (p1) p1, p2, p3 FROM found WHERE slid_at < p5 ORDER BY p1, p2 DESC) f WHERE s.token_hash = f.p1)
   SELECT found.*${riderSql ? `, (SELECT to_json(x) FROM (${riderSql}) x) AS rider` : ''} FROM found`;
};

type SessionRow = UserRow & { via: string; rider?: unknown };
type SessionCheck = { params: unknown[]; rider: SessionRider | undefined };

/**
 * The session checks of one CPAS database, coalesced (coalesce.ts): a request alone runs the statement
 * as written; concurrent ones share one statement per kind of rider, run one after the other (one
 * statement that writes sessions at a time from this process).
 */
function createSessionReader(db: Queryable) {
  // The statements' texts, made once per kind of rider ('' for none).
  const texts = new Map<string, { one: string; many: string }>();
  const textsOf = (rider: SessionRider | undefined) => {
    let made = texts.get(rider?.sql ?? '');
    if (!made) {
      made = { one: sessionSql(rider), many: sessionsSql(rider) };
      texts.set(rider?.sql ?? '', made);
    }
    return made;
  };
  return createCoalescer(async (checks: SessionCheck[]): Promise<(SessionRow | undefined)[]> => {
    if (checks.length === 1) return [await db.one<SessionRow>(textsOf(checks[0]!.rider).one, checks[0]!.params)];
    const answers = new Array<SessionRow | undefined>(checks.length);
    const positionsByRider = new Map<string, number[]>();
    checks.forEach((check, index) => {
      const key = check.rider?.sql ?? '';
      positionsByRider.set(key, [...(positionsByRider.get(key) ?? []), index]);
    });
    for (const positions of positionsByRider.values()) {
      const rider = checks[positions[0]!]!.rider;
      // One array per parameter, in the order of the positions.
      const columns = [...SESSION_TYPES, ...(rider?.types ?? [])].map((_, column) =>
        positions.map((index) => checks[index]!.params[column] ?? null),
      );
      const rows = await db.query<SessionRow & { batch_position: number }>(textsOf(rider).many, columns);
      for (const row of rows) answers[positions[Number(row.batch_position) - 1]!] = row;
    }
    return answers;
  });
}

/** `host`: the request's Host; when a CPAS claims it (TENANTS_FILE `hosts`), the login is scoped to that CPAS. */
export type LoginInput = { username: string; password: string; institution?: string; host?: string; client: string; requestId: string };

export function createAuthService(deps: {
  tenants: TenantRegistry;
  isDemo: boolean;
  sessionIdleMinutes: number;
  clock: () => Date;
  throttle?: Partial<ThrottleLimits>;
}) {
  // F5: failures counted per client and per account from that client, checked before any hash (login-throttle.ts).
  const throttle = createLoginThrottle({ ...DEFAULT_LIMITS, ...deps.throttle }, () => deps.clock().getTime());
  const hashes = createHashGate();
  const sessionsOf = perKey((db: Tenant['db']) => createSessionReader(db));
  const refuse = (retryAfterSeconds: number) =>
    tooMany(
      'auth.too-many-attempts',
      `Too many failed attempts; try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`,
      retryAfterSeconds,
    );

  /**
   * The account a login names, in one CPAS: the CPAS whose address the request arrived at (its host
   * name), the one chosen (`institution`, its KBO number), or the only CPAS of this node holding that
   * username — never the first match when several do (422).
   */
  async function findAccount(
    username: string,
    institution: string | undefined,
    host: string | undefined,
  ): Promise<{ tenant: Tenant; row: UserRow } | null> {
    let tenants: readonly Tenant[] = deps.tenants.all();
    const atHost = deps.tenants.byHost(host);
    if (atHost) {
      if (institution !== undefined && institution !== atHost.kbo)
        throw invalid('auth.institution-not-at-this-address', 'This address is the login of another CPAS.', [
          { path: '/institution', code: 'not-allowed', message: `the CPAS of this address (${atHost.kbo})` },
        ]);
      tenants = [atHost];
    } else if (institution !== undefined) {
      const tenant = deps.tenants.byKbo(institution);
      if (!tenant)
        throw invalid('auth.unknown-institution', 'This node does not host that CPAS.', [
          { path: '/institution', code: 'not-allowed', message: 'a CPAS of this node' },
        ]);
      tenants = [tenant];
    }
    const found = (
      await Promise.all(
        tenants.map(async (tenant) => {
          const row = await tenant.db.one<UserRow>('SELECT * FROM users WHERE username = $1 AND is_active', [username]);
          return row ? { tenant, row } : null;
        }),
      )
    ).filter((entry) => entry !== null);
    if (found.length > 1)
      throw invalid('auth.institution-required', 'This username exists in several CPAS: choose yours (institution).', [
        { path: '/institution', code: 'required', message: 'the CPAS (KBO number)' },
      ]);
    return found[0] ?? null;
  }

  async function openSession(account: { tenant: Tenant; row: UserRow }, requestId: string) {
    const now = deps.clock();
    const token = `rse_${account.tenant.kbo}_${randomBytes(32).toString('base64url')}`;
    const expiresAt = new Date(now.getTime() + deps.sessionIdleMinutes * 60_000);
    await account.tenant.db.transaction(async (tx) => {
      await tx.query('INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, expires_at) VALUES ($1, $2, $3, $3, $4)', [
        hashToken(token),
        account.row.id,
        now,
        expiresAt,
      ]);
      await appendAudit(
        tx,
        { requestId, user: { id: account.row.id, role: account.row.role } },
        { action: 'session.login', recordType: 'user', recordId: account.row.id },
      );
    });
    return { token, user: toUser(account.row), tenant: account.tenant, expiresAt };
  }

  return {
    async logIn(input: LoginInput): Promise<{ token: string; user: User; tenant: Tenant; expiresAt: Date }> {
      const { username, password, requestId } = input;
      // Refused before any database read or hash: a throttled flood costs a map lookup.
      const attempt = throttle.begin(input.client, username.toLowerCase());
      if (!attempt.isAllowed) throw refuse(attempt.retryAfterSeconds);
      let isSuccess = false;
      try {
        const account = await findAccount(username, input.institution, input.host);
        const isAllowed = account !== null && (!account.row.is_demo || deps.isDemo);
        const isValid = await hashes.run(() => verifyPassword(password, isAllowed ? account.row.password_hash : null));
        if (isValid === 'busy') throw new AppError('auth.busy', 503, 'Too many logins at once; try again in a moment.', undefined, 1);
        if (!account || !isAllowed || !isValid) {
          if (account) {
            await account.tenant.db.transaction((tx) =>
              appendAudit(
                tx,
                { requestId, user: { id: account.row.id, role: account.row.role } },
                { action: 'session.login', recordType: 'user', recordId: account.row.id, outcome: 'denied' },
              ),
            );
          }
          throw unauthenticated('auth.invalid-credentials', 'Unknown username or wrong password.');
        }
        isSuccess = true;
        return await openSession(account, requestId);
      } finally {
        attempt.release(isSuccess ? 'success' : 'failure');
      }
    },

    /** `host`: a session of one CPAS is not valid at the address of another (TENANTS_FILE `hosts`). */
    async authenticate(
      token: string,
      host?: string,
      rider?: SessionRider,
    ): Promise<{ tenant: Tenant; user: User; rider?: unknown } | null> {
      const match = TOKEN.exec(token);
      if (!match) return null;
      const tenant = deps.tenants.byKbo(match[1]!);
      if (!tenant) return null;
      const atHost = deps.tenants.byHost(host);
      if (atHost && atHost !== tenant) return null;
      const now = deps.clock();
      const idleMs = deps.sessionIdleMinutes * 60_000;
      const row = await sessionsOf(tenant.db)({
        params: [
          hashToken(token),
          now,
          new Date(now.getTime() + idleMs),
          deps.isDemo,
          new Date(now.getTime() - Math.min(30_000, idleMs / 10)),
          ...(rider?.params ?? []),
        ],
        rider,
      });
      if (!row) return null;
      const user = { ...toUser(row), mustChangePassword: row.via === 'password' && row.must_change_password === true };
      return rider ? { tenant, user, rider: row.rider } : { tenant, user };
    },

    async logOut(token: string): Promise<void> {
      const match = TOKEN.exec(token);
      const tenant = match ? deps.tenants.byKbo(match[1]!) : undefined;
      if (tenant) await tenant.db.query('DELETE FROM sessions WHERE token_hash = $1', [hashToken(token)]);
    },

    /** The CPAS this node hosts (the login page's choice); at the address of one CPAS, that one alone. */
    institutions(host?: string) {
      const atHost = deps.tenants.byHost(host);
      return {
        items: (atHost ? [atHost] : deps.tenants.all()).map(({ kbo, name, language }) => ({ kbo, name, language })),
        isScopedByHost: atHost !== undefined,
      };
    },

    /** Entries held by the login throttle (bounded). */
    throttleSize: () => throttle.size(),
  };
}
