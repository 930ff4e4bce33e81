/**
 * A service's random secret in its key directory (the hub's pseudonym secret, a sealing key),
 * created on first use. Two processes of one service may start together on an empty directory (two
 * hub processes behind one load balancer, ADR 0019): whichever links its file first wins it, and
 * both read back what is on disk, so they never run with different secrets.
 */
import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The base64 secret of `<directory>/<name>`, created (32 random bytes, mode 0600) when absent. */
export async function loadOrCreateSecret(directory: string, name: string): Promise<Buffer> {
  await mkdir(directory, { recursive: true, mode: 0o700 });
  const file = path.join(directory, name);
  const kept = await readFileIfExists(file);
  if (kept !== undefined) return Buffer.from(kept.trim(), 'base64');
  await createFileIfAbsent(file, randomBytes(32).toString('base64'));
  return Buffer.from((await readFile(file, 'utf8')).trim(), 'base64');
}

/**
 * Creates `file` (mode 0600) with `content` only if it does not exist yet. Written whole under a name of its
 * own, then linked: link(2) fails on an existing target (rename(2) would replace it), so a reader never sees
 * half a file and, of processes racing on an empty directory, the first to link decides the content.
 */
export async function createFileIfAbsent(file: string, content: string): Promise<void> {
  const temporary = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(temporary, content, { mode: 0o600, flag: 'wx' });
  try {
    await link(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await unlink(temporary);
  }
}

/** The file's text, or undefined when it does not exist. */
export async function readFileIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
