import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig } from '#platform/config.ts';
import { createLogger } from '#platform/logger.ts';
import { parseServices, startServices } from './services.ts';

test('--services takes any order and keeps a fixed one, without duplicates', () => {
  assert.deepEqual(parseServices('portal,casework'), ['casework', 'portal']);
  assert.deepEqual(parseServices(' hub , hub '), ['hub']);
  assert.deepEqual(parseServices('casework,hub,portal'), ['casework', 'hub', 'portal']);
});

test('--services refuses an unknown or empty choice and names the choices', () => {
  assert.equal(parseServices('casework,web'), 'Unknown service "web": choose among casework, hub, portal.');
  assert.equal(parseServices(''), '--services needs at least one of casework, hub, portal.');
});

test('a service that needs the hub refuses to start without it or HUB_URL, before touching any database', async () => {
  const config = loadConfig({ DATA_DIR: '/nonexistent/rse' }, { isTty: false });
  await assert.rejects(
    startServices(config, createLogger({ level: 'silent' }), ['casework', 'portal']),
    /HUB_URL is required to run the casework and portal services without the hub/,
  );
});
