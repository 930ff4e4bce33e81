/**
 * docs/errors.md is the list an outside client reads: every stable code the services throw must be
 * in it. The codes are read from the source as text (the calls that build a problem with a literal
 * code), so a new code without its line fails here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const THROWERS =
  /\b(?:new AppError|invalid|conflict|notFound|forbidden|badRequest|unauthenticated|tooMany)\(\s*'([a-z0-9-]+\.[a-z0-9.-]+)'/g;
const SENDERS = /sendProblem\([^;]*?'([a-z0-9-]+\.[a-z0-9.-]+)'/gs;

async function sourceFiles(directory: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(directory, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) files.push(...(await sourceFiles(full)));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) files.push(full);
  }
  return files;
}

test('every problem code the services throw is documented in docs/errors.md', async () => {
  const documented = await readFile(path.join(ROOT, 'docs/errors.md'), 'utf8');
  const thrown = new Map<string, string>();
  for (const base of ['apps', 'packages']) {
    for (const file of await sourceFiles(path.join(ROOT, base))) {
      const text = await readFile(file, 'utf8');
      for (const pattern of [THROWERS, SENDERS])
        for (const match of text.matchAll(pattern)) if (!thrown.has(match[1]!)) thrown.set(match[1]!, path.relative(ROOT, file));
    }
  }
  assert.ok(thrown.size > 100, `the scan finds the codes (${thrown.size})`);
  const missing = [...thrown].filter(([code]) => !documented.includes(`\`${code}\``)).map(([code, file]) => `${code} (${file})`);
  assert.deepEqual(missing, [], 'codes thrown but not in docs/errors.md');
});
