import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { findUntraversable, startPostgres } from './postgres.ts';
import { createLogger } from './logger.ts';

const postgresUser = { uid: 999, gid: 999 };
const tree: Record<string, { mode: number; uid: number; gid: number }> = {
  '/': { mode: 0o755, uid: 0, gid: 0 },
  '/root': { mode: 0o700, uid: 0, gid: 0 },
  '/root/rse': { mode: 0o755, uid: 0, gid: 0 },
  '/opt': { mode: 0o755, uid: 0, gid: 0 },
  '/opt/rse': { mode: 0o750, uid: 0, gid: 999 },
  '/srv': { mode: 0o711, uid: 0, gid: 0 },
};
const statOf = async (directory: string) => tree[directory] ?? null;

test('a folder private to root on the way to the binaries is named, one the postgres user may traverse is not', async () => {
  assert.deepEqual(await findUntraversable('/root/rse/node_modules', postgresUser, statOf), { directory: '/root', mode: 0o700 });
  assert.equal(await findUntraversable('/opt/rse/data', postgresUser, statOf), null, 'group search permission is enough');
  assert.equal(await findUntraversable('/srv/data', postgresUser, statOf), null, 'search without read is enough');
});

test(
  'as root, an embedded PostgreSQL under a private folder fails with the cause and the fix, not a spawn EACCES',
  { skip: process.getuid?.() !== 0 },
  async () => {
    const base = await mkdtemp(path.join(os.tmpdir(), 'rse-private-'));
    await chmod(base, 0o755);
    const dataDir = path.join(base, 'private', 'data');
    await mkdir(path.dirname(dataDir), { mode: 0o700 });
    try {
      await assert.rejects(startPostgres({ dataDir, databaseUrl: null, log: createLogger({ level: 'silent' }) }), (error: Error) => {
        assert.match(error.message, /cannot reach the data directory/);
        assert.match(error.message, new RegExp(`${path.join(base, 'private')} is private \\(mode 0700\\)`));
        assert.match(error.message, /chmod o\+x|DATABASE_URL/);
        return true;
      });
    } finally {
      await rm(base, { recursive: true, force: true });
    }
  },
);
