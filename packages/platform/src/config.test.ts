import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, TEST_TEMPLATES_VARIABLE, childProcessEnv, loadBenchSettings, loadConfig, loadTestRunSettings } from './config.ts';

test('logs are pretty on a terminal and JSON otherwise, unless LOG_FORMAT says', () => {
  assert.equal(loadConfig({}, { isTty: true }).logFormat, 'pretty');
  assert.equal(loadConfig({}, { isTty: false }).logFormat, 'json');
  assert.equal(loadConfig({ LOG_FORMAT: 'json' }, { isTty: true }).logFormat, 'json');
  assert.equal(loadConfig({ LOG_FORMAT: 'pretty' }, { isTty: false }).logFormat, 'pretty');
});

test('the configuration says whether LOG_FORMAT was chosen, so the embedded default can stay readable in a pipe', () => {
  assert.equal(loadConfig({}, { isTty: false }).isLogFormatChosen, false);
  assert.equal(loadConfig({ LOG_FORMAT: 'json' }, { isTty: false }).isLogFormatChosen, true);
});

test('an unknown LOG_FORMAT is a configuration error that names the choices', () => {
  assert.throws(
    () => loadConfig({ LOG_FORMAT: 'yaml' }, { isTty: false }),
    (error: unknown) => error instanceof ConfigError && /LOG_FORMAT must be one of json, pretty/.test(error.message),
  );
});

test('a child process gets the system variables it needs and what it is given, never the settings or secrets', () => {
  const env = childProcessEnv(
    { PGPASSWORD: 'p' },
    { PATH: '/usr/bin', HOME: '/home/rse', DATABASE_URL: 'postgres://u:secret@db/x', METRICS_TOKEN: 't', LANG: 'C.UTF-8' },
  );
  assert.deepEqual(env, { PATH: '/usr/bin', HOME: '/home/rse', LANG: 'C.UTF-8', PGPASSWORD: 'p' });
});

test('the hub operator’s identity provider: issuer, client and secret together; the callback defaults to the hub’s own', () => {
  assert.equal(loadConfig({}).hubOperatorOidc, null);
  assert.equal(loadConfig({}).isHubOperatorPasswordLoginOn, true);
  const config = loadConfig({
    HUB_OPERATOR_OIDC_ISSUER: 'https://idp.example/realms/hub/',
    HUB_OPERATOR_OIDC_CLIENT_ID: 'rse-hub',
    HUB_OPERATOR_OIDC_CLIENT_SECRET: 's3cret',
    HUB_OPERATOR_PASSWORD_LOGIN: 'false',
  });
  assert.deepEqual(config.hubOperatorOidc, {
    issuer: 'https://idp.example/realms/hub',
    clientId: 'rse-hub',
    clientSecret: 's3cret',
    redirectUri: null,
    usernameClaim: 'preferred_username',
  });
  assert.equal(config.isHubOperatorPasswordLoginOn, false);
  assert.throws(
    () => loadConfig({ HUB_OPERATOR_OIDC_ISSUER: 'idp.example' }),
    (error: unknown) =>
      error instanceof ConfigError &&
      /HUB_OPERATOR_OIDC_ISSUER must be an http\(s\) URL/.test(error.message) &&
      /HUB_OPERATOR_OIDC_CLIENT_ID is required/.test(error.message) &&
      /HUB_OPERATOR_OIDC_CLIENT_SECRET is required/.test(error.message),
  );
});

test('turning the operators’ password login off without an identity provider is refused: no operator could log in', () => {
  assert.throws(
    () => loadConfig({ HUB_OPERATOR_PASSWORD_LOGIN: 'false' }),
    (error: unknown) =>
      error instanceof ConfigError && /HUB_OPERATOR_PASSWORD_LOGIN=false needs HUB_OPERATOR_OIDC_ISSUER/.test(error.message),
  );
});

test('a test process reads its server and its templates from the test command, and refuses what the command never writes', () => {
  const databaseUrl = 'postgres://postgres@127.0.0.1:5432/test';
  const templates = { '/repo/apps/hub/migrations': 'rse_template_4242_hub' };
  assert.deepEqual(loadTestRunSettings({ DATABASE_URL: databaseUrl, [TEST_TEMPLATES_VARIABLE]: JSON.stringify(templates) }), {
    databaseUrl,
    templates,
  });
  assert.deepEqual(loadTestRunSettings({ DATABASE_URL: databaseUrl }).templates, {}, 'a test file run alone has no templates');
  const problemsOf = (env: Record<string, string>) => {
    try {
      loadTestRunSettings(env);
      return [];
    } catch (error) {
      assert.ok(error instanceof ConfigError, 'a ConfigError');
      return error.problems;
    }
  };
  assert.deepEqual(problemsOf({}), ['DATABASE_URL is not set: run the tests with `npm test`']);
  assert.deepEqual(problemsOf({ DATABASE_URL: 'mysql://x' }), ['DATABASE_URL must be a postgres:// URL']);
  assert.equal(problemsOf({ DATABASE_URL: databaseUrl, [TEST_TEMPLATES_VARIABLE]: '[1]' }).length, 1, 'not an object');
  assert.equal(problemsOf({ DATABASE_URL: databaseUrl, [TEST_TEMPLATES_VARIABLE]: '{"dir":"postgres"}' }).length, 1, 'not a template');
  assert.equal(problemsOf({ DATABASE_URL: databaseUrl, [TEST_TEMPLATES_VARIABLE]: '{"dir":"x\\"; DROP"}' }).length, 1, 'not a name');
});

test("the bench's settings: the served PostgreSQL by default, its own directories and flags, and every bad value named", () => {
  assert.deepEqual(loadBenchSettings({}), {
    servedUrl: 'postgres://postgres@127.0.0.1:5432/test',
    profileDir: null,
    heapProfileDir: null,
    statementsDir: null,
    nodeFlags: [],
    timelineFile: null,
  });
  const set = loadBenchSettings({
    DATABASE_URL: 'postgres://postgres@localhost/test?host=/var/run/postgresql',
    BENCH_PROFILE: '/tmp/profiles',
    BENCH_HEAP_PROFILE: '/tmp/allocations',
    BENCH_TIMELINE: '/tmp/timeline.jsonl',
    BENCH_NODE_FLAGS: '--max-semi-space-size=32  --no-opt',
  });
  assert.equal(set.servedUrl, 'postgres://postgres@localhost/test?host=/var/run/postgresql');
  assert.equal(set.profileDir, '/tmp/profiles');
  assert.equal(set.heapProfileDir, '/tmp/allocations');
  assert.equal(set.timelineFile, '/tmp/timeline.jsonl');
  assert.deepEqual(set.nodeFlags, ['--max-semi-space-size=32', '--no-opt'], 'flags split on spaces, empty ones dropped');
  assert.throws(
    () => loadBenchSettings({ DATABASE_URL: 'mysql://x/y', BENCH_NODE_FLAGS: 'max-semi-space-size=32' }),
    (error: unknown) =>
      error instanceof ConfigError &&
      error.message.includes('DATABASE_URL must be a postgres:// URL') &&
      error.message.includes('BENCH_NODE_FLAGS holds "max-semi-space-size=32"'),
  );
});
