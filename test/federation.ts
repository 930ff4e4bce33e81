/**
 * Integration-test harness: a whole demo federation on fresh databases of the PostgreSQL at
 * DATABASE_URL (set by scripts/run-tests.ts), served over real HTTP on a loopback port.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { loadConfig, type Config } from '#platform/config.ts';
import { createLogger } from '#platform/logger.ts';
import { startPostgres } from '#platform/postgres.ts';
import { startFederation, type Federation } from '../apps/cli/src/services.ts';
import { DEMO_PASSWORD } from '#casework/modules/demo/demo-federation.ts';
import { testDatabaseUrl, testTemplates } from './database.ts';

export type TestFederation = Federation & {
  baseUrl: string;
  /** The configuration the federation runs with (database prefix, data and keys directories). */
  config: Config;
  /** Every log line the federation wrote, for leak scans. */
  logs: () => string;
  login(username: string, password?: string): Promise<string>;
  api(
    token: string | null,
    method: string,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: any; text: string; headers: Headers }>;
};

export async function startTestFederation(
  options: { isDemo?: boolean; env?: Record<string, string>; clock?: () => Date; providerTimeoutMs?: number } = {},
): Promise<TestFederation> {
  const databaseUrl = testDatabaseUrl();
  const prefix = `t${randomBytes(5).toString('hex')}`;
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'rse-fed-'));
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    DATABASE_PREFIX: prefix,
    DATA_DIR: dataDir,
    PORT: '0',
    DEMO: String(options.isDemo ?? true),
    LOG_LEVEL: 'info',
    ...options.env,
  });
  let captured = '';
  const destination = new Writable({
    write(chunk, _encoding, callback) {
      captured += chunk.toString();
      callback();
    },
  });
  const log = createLogger({ level: 'info', destination });
  const postgres = await startPostgres({ dataDir, databaseUrl, log, templates: testTemplates() });
  const federation = await startFederation(config, log, { postgres, clock: options.clock, providerTimeoutMs: options.providerTimeoutMs });
  const baseUrl = federation.url.replace('0.0.0.0', '127.0.0.1');
  const api: TestFederation['api'] = async (token, method, url, body, headers = {}) => {
    const response = await fetch(`${baseUrl}${url}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = null;
    }
    return { status: response.status, body: parsed, text, headers: response.headers };
  };
  return {
    ...federation,
    config,
    baseUrl,
    logs: () => captured,
    api,
    async login(username, password = DEMO_PASSWORD) {
      const response = await api(null, 'POST', '/api/v1/sessions', { username, password });
      if (response.status !== 201) throw new Error(`login ${username} failed: ${response.status} ${response.text}`);
      return response.body.token as string;
    },
    async close() {
      await federation.close();
      const databases = await postgres.listDatabases(`${prefix}_`);
      await Promise.all([...databases.map((name) => postgres.dropDatabase(name)), rm(dataDir, { recursive: true, force: true })]);
    },
  };
}

/** A problem+json answer with `status` (and the stable `code`, when given): what bad input must get. */
export function assertProblem(response: { status: number; body: unknown; headers: Headers }, status: number, code?: string): void {
  assert.equal(response.status, status, JSON.stringify(response.body));
  assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/);
  if (code) assert.equal((response.body as { code?: unknown } | null)?.code, code);
}
