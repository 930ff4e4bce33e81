/** The node's note-encryption key: 32 random bytes in a 0600 file; it never leaves the node (R25). */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { NoteKey } from './tenant.ts';

export async function loadOrCreateNoteKey(directory: string): Promise<NoteKey> {
  await mkdir(directory, { recursive: true, mode: 0o700 });
  const file = path.join(directory, 'notes.key');
  let key: Buffer;
  if (existsSync(file)) {
    key = Buffer.from((await readFile(file, 'utf8')).trim(), 'base64');
    if (key.length !== 32) throw new Error(`The note key in ${file} is not 32 bytes`);
  } else {
    key = randomBytes(32);
    await writeFile(file, key.toString('base64'), { mode: 0o600 });
  }
  return { id: createHash('sha256').update(key).digest('hex').slice(0, 16), key };
}
