/**
 * The one place that reads `process.env`. Parsed once at boot into a frozen, typed object;
 * on failure every problem is listed at once (style guide §2.5).
 */
import path from 'node:path';

export type Config = Readonly<{
  /** TCP port of the embedded default (casework at `/`, hub at `/hub`, portal at `/portal`). */
  port: number;
  /** Interface to bind. */
  host: string;
  /** Where the embedded PostgreSQL cluster and the node keys live. */
  dataDir: string;
  /** A served PostgreSQL (≥ 15). Unset: the app starts its own embedded PostgreSQL under dataDir. */
  databaseUrl: string | null;
  /** Prefix of every database this process creates (tenants each get their own database). */
  databasePrefix: string;
  /** Seed and expose the demo federation, its demo endpoint and demo logins. */
  isDemo: boolean;
  /** Log level for pino. */
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /**
   * `json` (one object a line: production, files, pipes) or `pretty` (one readable line each, for a
   * person at a terminal). Default: `pretty` when standard output is a terminal, else `json`.
   */
  logFormat: 'json' | 'pretty';
  /** Whether LOG_FORMAT was set: `rse start`, the embedded default for a person, prints `pretty` unless it was. */
  isLogFormatChosen: boolean;
  /** Public base URL used in printed links and in the registry of the embedded default. */
  publicUrl: string;
  /** Minutes of inactivity after which a worker session ends. */
  sessionIdleMinutes: number;
  /** JSON file listing the CPAS this casework process hosts (required when DEMO=false). */
  tenantsFile: string | null;
  /** Where institution keys live (default DATA_DIR/keys). */
  keysDir: string;
  /** EXCHANGE_MULTIPLEX (default true): signed messages to one address that coincide travel several per request (ADR 0025). */
  isExchangeMultiplexed: boolean;
  /**
   * Production, services in separate processes: the hub's base URL (e.g. `https://hub.example/hub`)
   * that a casework process talks to. Unset in the embedded default, where the hub runs in-process.
   */
  hubUrl: string | null;
  /** METRICS_TOKEN: when set, `/metrics` of each service answers only `Authorization: Bearer <token>`. */
  metricsToken: string | null;
  /** PG_BIN_DIR: where `rse backup` / `rse restore` find pg_dump and pg_restore (default: beside the embedded PostgreSQL, or the PATH). */
  pgBinDir: string | null;
  /**
   * The worker web application's OpenID Connect login (production). The claim `usernameClaim` of the
   * ID token names the local account (`users.username`). Unset: local accounts only.
   */
  webOidc: Readonly<{
    issuer: string;
    clientId: string;
    clientSecret: string;
    redirectUri: string;
    usernameClaim: string;
    /** The claim listing the person's groups, mapped to roles per CPAS by its administrator (default `groups`). */
    groupsClaim: string;
  }> | null;
  /**
   * The citizen portal's OpenID Connect login (production: the federal authentication service,
   * eID/itsme). Unset: no OIDC login; in demo mode the portal offers the demo login by NISS instead.
   */
  portalOidc: Readonly<{ issuer: string; clientId: string; clientSecret: string; nissClaim: string }> | null;
  /**
   * The hub operator's OpenID Connect login (ADR 0020): the claim `usernameClaim` of the ID token names an
   * active operator account made with `rse hub-operators create`; no account is made at login. `redirectUri`
   * null: the hub's own `…/hub/operator/login/oidc/callback`. Unset: operator passwords only.
   */
  hubOperatorOidc: Readonly<{
    issuer: string;
    clientId: string;
    clientSecret: string;
    redirectUri: string | null;
    usernameClaim: string;
  }> | null;
  /** HUB_OPERATOR_PASSWORD_LOGIN=false (only with HUB_OPERATOR_OIDC_ISSUER): operators log in through the provider only. */
  isHubOperatorPasswordLoginOn: boolean;
  /**
   * The witnessed exchange log (ADR 0017). At the hub: the checkpoint origin (LOG_ORIGIN), the
   * witnesses it asks (LOG_WITNESSES: `<url>|<witness vkey>` separated by commas) and how many must
   * cosign (LOG_WITNESS_QUORUM). For `rse witness`: its id, name and the log key it follows
   * (WITNESS_ID, WITNESS_NAME, WITNESS_LOG_KEY, a vkey whose name is the log's origin).
   */
  transparency: Readonly<{
    origin: string | null;
    /** At a node without the hub in its process: the hub log's vkey (HUB_LOG_KEY), to check key proofs. */
    hubLogKey: string | null;
    witnesses: readonly { url: string; vkey: string }[];
    quorum: number | null;
    witness: Readonly<{ id: string; name: string; logKey: string }> | null;
  }>;
}>;

type Env = Record<string, string | undefined>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

function parseInteger(env: Env, name: string, fallback: number, problems: string[], min = 0, max = 65535): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name} must be an integer between ${min} and ${max} (got "${raw}")`);
    return fallback;
  }
  return value;
}

function parseBoolean(env: Env, name: string, fallback: boolean, problems: string[]): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['true', '1', 'yes'].includes(raw.toLowerCase())) return true;
  if (['false', '0', 'no'].includes(raw.toLowerCase())) return false;
  problems.push(`${name} must be true or false (got "${raw}")`);
  return fallback;
}

function parseChoice<T extends string>(env: Env, name: string, choices: readonly T[], fallback: T, problems: string[]): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if ((choices as readonly string[]).includes(raw)) return raw as T;
  problems.push(`${name} must be one of ${choices.join(', ')} (got "${raw}")`);
  return fallback;
}

/** DATABASE_URL, a postgres:// URL, or null when unset. */
function parseDatabaseUrl(env: Env, problems: string[]): string | null {
  const databaseUrl = env.DATABASE_URL || null;
  if (databaseUrl === null) return null;
  try {
    const url = new URL(databaseUrl);
    if (!['postgres:', 'postgresql:'].includes(url.protocol)) problems.push('DATABASE_URL must be a postgres:// URL');
  } catch {
    problems.push('DATABASE_URL is not a valid URL');
  }
  return databaseUrl;
}

/** Parses the environment; throws ConfigError listing every problem. */
export function loadConfig(env: Env = process.env, terminal: { isTty: boolean } = { isTty: process.stdout.isTTY === true }): Config {
  const problems: string[] = [];
  const port = parseInteger(env, 'PORT', 3000, problems, 0, 65535);
  const host = env.HOST || '127.0.0.1';
  const dataDir = path.resolve(env.DATA_DIR || './data');
  const databaseUrl = parseDatabaseUrl(env, problems);
  const databasePrefix = env.DATABASE_PREFIX || 'rse';
  if (!/^[a-z][a-z0-9_]{0,30}$/.test(databasePrefix)) problems.push('DATABASE_PREFIX must be lower-case letters, digits and _ (max 31)');
  const isDemo = parseBoolean(env, 'DEMO', true, problems);
  const isExchangeMultiplexed = parseBoolean(env, 'EXCHANGE_MULTIPLEX', true, problems);
  const logLevel = parseChoice(env, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info', problems);
  const logFormat = parseChoice(env, 'LOG_FORMAT', ['json', 'pretty'] as const, terminal.isTty ? 'pretty' : 'json', problems);
  const sessionIdleMinutes = parseInteger(env, 'SESSION_IDLE_MINUTES', 30, problems, 1, 24 * 60);
  const publicUrl = env.PUBLIC_URL || `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  const tenantsFile = env.TENANTS_FILE ? path.resolve(env.TENANTS_FILE) : null;
  if (!isDemo && tenantsFile === null) problems.push('TENANTS_FILE is required when DEMO=false (a JSON list of { kbo, name, language })');
  const keysDir = path.resolve(env.KEYS_DIR || path.join(dataDir, 'keys'));
  const hubUrl = env.HUB_URL ? env.HUB_URL.replace(/\/+$/, '') : null;
  if (hubUrl !== null && !/^https?:\/\/[^\s]+$/.test(hubUrl)) problems.push('HUB_URL must be an http(s) URL, e.g. https://hub.example/hub');
  const oidcIssuer = env.PORTAL_OIDC_ISSUER ? env.PORTAL_OIDC_ISSUER.replace(/\/+$/, '') : null;
  let portalOidc: Config['portalOidc'] = null;
  if (oidcIssuer !== null) {
    if (!/^https?:\/\/[^\s]+$/.test(oidcIssuer)) problems.push('PORTAL_OIDC_ISSUER must be an http(s) URL');
    if (!env.PORTAL_OIDC_CLIENT_ID) problems.push('PORTAL_OIDC_CLIENT_ID is required with PORTAL_OIDC_ISSUER');
    if (!env.PORTAL_OIDC_CLIENT_SECRET) problems.push('PORTAL_OIDC_CLIENT_SECRET is required with PORTAL_OIDC_ISSUER');
    portalOidc = Object.freeze({
      issuer: oidcIssuer,
      clientId: env.PORTAL_OIDC_CLIENT_ID ?? '',
      clientSecret: env.PORTAL_OIDC_CLIENT_SECRET ?? '',
      nissClaim: env.PORTAL_OIDC_NISS_CLAIM || 'egovNRN',
    });
  }
  const webOidcIssuer = env.WEB_OIDC_ISSUER ? env.WEB_OIDC_ISSUER.replace(/\/+$/, '') : null;
  let webOidc: Config['webOidc'] = null;
  if (webOidcIssuer !== null) {
    if (!/^https?:\/\/[^\s]+$/.test(webOidcIssuer)) problems.push('WEB_OIDC_ISSUER must be an http(s) URL');
    if (!env.WEB_OIDC_CLIENT_ID) problems.push('WEB_OIDC_CLIENT_ID is required with WEB_OIDC_ISSUER');
    if (!env.WEB_OIDC_CLIENT_SECRET) problems.push('WEB_OIDC_CLIENT_SECRET is required with WEB_OIDC_ISSUER');
    webOidc = Object.freeze({
      issuer: webOidcIssuer,
      clientId: env.WEB_OIDC_CLIENT_ID ?? '',
      clientSecret: env.WEB_OIDC_CLIENT_SECRET ?? '',
      redirectUri: env.WEB_OIDC_REDIRECT_URI || `${publicUrl.replace(/\/+$/, '')}/login/oidc/callback`,
      usernameClaim: env.WEB_OIDC_USERNAME_CLAIM || 'preferred_username',
      groupsClaim: env.WEB_OIDC_GROUPS_CLAIM || 'groups',
    });
  }
  const hubOperatorOidc = parseHubOperatorOidc(env, problems);
  const isHubOperatorPasswordLoginOn = parseBoolean(env, 'HUB_OPERATOR_PASSWORD_LOGIN', true, problems);
  if (!isHubOperatorPasswordLoginOn && !hubOperatorOidc)
    problems.push('HUB_OPERATOR_PASSWORD_LOGIN=false needs HUB_OPERATOR_OIDC_ISSUER: no operator could log in');
  const transparency = parseTransparency(env, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze({
    port,
    host,
    dataDir,
    databaseUrl,
    databasePrefix,
    isDemo,
    isExchangeMultiplexed,
    logLevel,
    logFormat,
    isLogFormatChosen: Boolean(env.LOG_FORMAT),
    publicUrl,
    sessionIdleMinutes,
    tenantsFile,
    keysDir,
    hubUrl,
    metricsToken: env.METRICS_TOKEN || null,
    pgBinDir: env.PG_BIN_DIR ? path.resolve(env.PG_BIN_DIR) : null,
    portalOidc,
    webOidc,
    hubOperatorOidc,
    isHubOperatorPasswordLoginOn,
    transparency,
  });
}

function parseHubOperatorOidc(env: Env, problems: string[]): Config['hubOperatorOidc'] {
  const issuer = env.HUB_OPERATOR_OIDC_ISSUER ? env.HUB_OPERATOR_OIDC_ISSUER.replace(/\/+$/, '') : null;
  if (issuer === null) return null;
  if (!/^https?:\/\/[^\s]+$/.test(issuer)) problems.push('HUB_OPERATOR_OIDC_ISSUER must be an http(s) URL');
  if (!env.HUB_OPERATOR_OIDC_CLIENT_ID) problems.push('HUB_OPERATOR_OIDC_CLIENT_ID is required with HUB_OPERATOR_OIDC_ISSUER');
  if (!env.HUB_OPERATOR_OIDC_CLIENT_SECRET) problems.push('HUB_OPERATOR_OIDC_CLIENT_SECRET is required with HUB_OPERATOR_OIDC_ISSUER');
  const redirectUri = env.HUB_OPERATOR_OIDC_REDIRECT_URI || null;
  if (redirectUri !== null && !/^https?:\/\/[^\s]+$/.test(redirectUri))
    problems.push('HUB_OPERATOR_OIDC_REDIRECT_URI must be an http(s) URL');
  return Object.freeze({
    issuer,
    clientId: env.HUB_OPERATOR_OIDC_CLIENT_ID ?? '',
    clientSecret: env.HUB_OPERATOR_OIDC_CLIENT_SECRET ?? '',
    redirectUri,
    usernameClaim: env.HUB_OPERATOR_OIDC_USERNAME_CLAIM || 'preferred_username',
  });
}

const VKEY = /^[^+\s]+\+[0-9a-f]{8}\+[A-Za-z0-9+/=]+$/;

function parseTransparency(env: Env, problems: string[]): Config['transparency'] {
  const origin = env.LOG_ORIGIN?.trim() || null;
  if (origin !== null && /[\s+]/.test(origin))
    problems.push('LOG_ORIGIN is a schema-less URL without spaces or +, e.g. hub.rse.example/exchange-log');
  const witnesses = (env.LOG_WITNESSES ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      const [url = '', vkey = ''] = entry.split('|').map((part) => part.trim());
      if (!/^https?:\/\/[^\s|]+$/.test(url) || !VKEY.test(vkey))
        problems.push(
          'LOG_WITNESSES is a comma-separated list of <url>|<witness vkey>, e.g. https://witness.example/rse|witness.example/rse+1a2b3c4d+BK…',
        );
      return { url: url.replace(/\/+$/, ''), vkey };
    });
  const quorum = env.LOG_WITNESS_QUORUM === undefined ? null : parseInteger(env, 'LOG_WITNESS_QUORUM', 0, problems, 0, 64);
  if (quorum !== null && quorum > witnesses.length) problems.push('LOG_WITNESS_QUORUM cannot exceed the number of LOG_WITNESSES');
  let witness: Config['transparency']['witness'] = null;
  if (env.WITNESS_ID || env.WITNESS_NAME || env.WITNESS_LOG_KEY) {
    const id = env.WITNESS_ID ?? '';
    if (!/^[a-z][a-z0-9_]{0,20}$/.test(id)) problems.push('WITNESS_ID is lower-case letters, digits and _ (max 21), e.g. apd');
    if (!env.WITNESS_NAME || /[\s+]/.test(env.WITNESS_NAME)) problems.push('WITNESS_NAME is a schema-less URL without spaces or +');
    if (!env.WITNESS_LOG_KEY || !VKEY.test(env.WITNESS_LOG_KEY.trim()))
      problems.push("WITNESS_LOG_KEY is the hub log's vkey (rse hub prints it)");
    witness = Object.freeze({ id, name: env.WITNESS_NAME ?? '', logKey: (env.WITNESS_LOG_KEY ?? '').trim() });
  }
  const hubLogKey = env.HUB_LOG_KEY?.trim() || null;
  if (hubLogKey !== null && !VKEY.test(hubLogKey)) problems.push("HUB_LOG_KEY is the hub log's vkey (rse hub logs it at start)");
  return Object.freeze({ origin, hubLogKey, witnesses, quorum, witness });
}

/**
 * The variable through which the test command (scripts/run-tests.ts) hands each test process the migrated
 * template databases it made for the run, as JSON: `{ <migrations directory>: <database> }`. Not a setting of the
 * product: no service reads it.
 */
export const TEST_TEMPLATES_VARIABLE = 'RSE_TEST_TEMPLATES';

export type TestRunSettings = Readonly<{
  /** The PostgreSQL server of this test run (DATABASE_URL, which `npm test` sets to the served or the embedded one). */
  databaseUrl: string;
  /** The run's migrated template databases, by migrations directory (none when the tests run alone). */
  templates: Readonly<Record<string, string>>;
}>;

/** A template database the test command names: `rse_template_<its pid>_<service>`. */
const TEMPLATE_NAME = /^rse_template_\d+_[a-z]+$/;

/** What a test process is given by the test command; throws ConfigError listing every problem. */
export function loadTestRunSettings(env: Env = process.env): TestRunSettings {
  const problems: string[] = [];
  const databaseUrl = parseDatabaseUrl(env, problems);
  if (databaseUrl === null) problems.push('DATABASE_URL is not set: run the tests with `npm test`');
  const templates: Record<string, string> = {};
  const raw = env[TEST_TEMPLATES_VARIABLE];
  if (raw) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      parsed = null;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      problems.push(`${TEST_TEMPLATES_VARIABLE} must be a JSON object of migrations directories and template databases`);
    } else {
      for (const [directory, name] of Object.entries(parsed)) {
        if (directory !== '' && typeof name === 'string' && TEMPLATE_NAME.test(name)) templates[directory] = name;
        else problems.push(`${TEST_TEMPLATES_VARIABLE} names no template database for "${directory}"`);
      }
    }
  }
  if (problems.length > 0 || databaseUrl === null) throw new ConfigError(problems);
  return Object.freeze({ databaseUrl, templates: Object.freeze(templates) });
}

/** What `npm run bench` reads of its environment (bench/harness.ts); the services it starts get theirs through `childProcessEnv`. */
export type BenchSettings = Readonly<{
  /** The served PostgreSQL the bench creates its databases on (DATABASE_URL). */
  servedUrl: string;
  /** BENCH_PROFILE: a directory for CPU profiles of the service processes. */
  profileDir: string | null;
  /** BENCH_HEAP_PROFILE: a directory for sampled allocation profiles of the service processes (bench/heap-sampling.mjs). */
  heapProfileDir: string | null;
  /** BENCH_STATEMENTS: a directory for each point's statements per consultation (with `pg_stat_statements` loaded). */
  statementsDir: string | null;
  /** BENCH_NODE_FLAGS: Node or V8 flags for every service process of the exchange parts (A/B runs of a runtime setting). */
  nodeFlags: readonly string[];
  /** BENCH_TIMELINE: a file for every open loop's requests, the machine's CPU and PostgreSQL's backends, as JSON lines. */
  timelineFile: string | null;
}>;

/** The bench's settings; throws ConfigError listing every problem. */
export function loadBenchSettings(env: Env = process.env): BenchSettings {
  const problems: string[] = [];
  const servedUrl = parseDatabaseUrl(env, problems) ?? 'postgres://postgres@127.0.0.1:5432/test';
  const nodeFlags = (env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean);
  for (const flag of nodeFlags) if (!flag.startsWith('--')) problems.push(`BENCH_NODE_FLAGS holds "${flag}", not a --flag`);
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze({
    servedUrl,
    profileDir: env.BENCH_PROFILE || null,
    heapProfileDir: env.BENCH_HEAP_PROFILE || null,
    statementsDir: env.BENCH_STATEMENTS || null,
    nodeFlags: Object.freeze(nodeFlags),
    timelineFile: env.BENCH_TIMELINE || null,
  });
}

/** What a tool the services run (pg_dump, pg_restore) needs of this process's environment, and nothing else. */
const CHILD_ENV_NAMES = ['PATH', 'HOME', 'LANG', 'LC_ALL', 'TZ', 'TMPDIR'] as const;

/**
 * The environment of a child process: the system variables of CHILD_ENV_NAMES only (never this
 * process's secrets or settings), plus `extra`. The one other place that reads `process.env`.
 */
export function childProcessEnv(extra: Record<string, string | undefined> = {}, env: Env = process.env): NodeJS.ProcessEnv {
  const picked: NodeJS.ProcessEnv = {};
  for (const name of CHILD_ENV_NAMES) if (env[name] !== undefined) picked[name] = env[name];
  return { ...picked, ...extra };
}
