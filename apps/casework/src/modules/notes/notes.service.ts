/**
 * Confidential notes (R25): encrypted at rest with AES-256-GCM under the node's own key, which
 * never leaves the node. Private notes are readable by their author only; team notes by the
 * workers who may open the file. No export, letter, summary, log line or error ever carries one.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Actor, NoteKey } from '../../tenant.ts';
import { withRequest } from '../access/index.ts';

export function encryptNote(key: NoteKey, text: string, noteContext: string) {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key.key, iv);
  // The request id is bound as associated data: a ciphertext moved to another file will not open.
  cipher.setAAD(Buffer.from(noteContext));
  const ciphertext = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return { keyId: key.id, iv, ciphertext, authTag: cipher.getAuthTag() };
}

export function decryptNote(key: NoteKey, row: { iv: Buffer; ciphertext: Buffer; auth_tag: Buffer }, noteContext: string): string {
  const decipher = createDecipheriv('aes-256-gcm', key.key, row.iv);
  decipher.setAAD(Buffer.from(noteContext));
  decipher.setAuthTag(row.auth_tag);
  return Buffer.concat([decipher.update(row.ciphertext), decipher.final()]).toString('utf8');
}

type NoteRow = {
  id: string;
  author_id: string;
  author_name: string;
  visibility: 'private' | 'team';
  iv: Buffer;
  ciphertext: Buffer;
  auth_tag: Buffer;
  created_at: Date;
};

export function createNoteService() {
  return {
    async addNote(actor: Actor, requestId: string, input: { text: string; visibility: 'private' | 'team' }) {
      return withRequest(actor, requestId, { action: 'note.create', mode: 'write', recordType: 'note' }, async (tx, request) => {
        const sealed = encryptNote(actor.tenant.noteKey, input.text, request.id);
        const row = await tx.one<{ id: string; created_at: Date }>(
          `INSERT INTO notes (request_id, author_id, visibility, key_id, iv, ciphertext, auth_tag)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, created_at`,
          [request.id, actor.user.id, input.visibility, sealed.keyId, sealed.iv, sealed.ciphertext, sealed.authTag],
        );
        return { id: row!.id, visibility: input.visibility, createdAt: row!.created_at.toISOString(), authorId: actor.user.id };
      });
    },

    async listNotes(actor: Actor, requestId: string) {
      return withRequest(actor, requestId, { action: 'note.list', mode: 'read', recordType: 'note' }, async (tx, request) => {
        const rows = await tx.query<NoteRow>(
          `SELECT n.id, n.author_id, u.display_name AS author_name, n.visibility, n.iv, n.ciphertext, n.auth_tag, n.created_at
             FROM notes n JOIN users u ON u.id = n.author_id
            WHERE n.request_id = $1 AND (n.visibility = 'team' OR n.author_id = $2) ORDER BY n.created_at`,
          [request.id, actor.user.id],
        );
        return {
          items: rows.map((row) => ({
            id: row.id,
            visibility: row.visibility,
            authorId: row.author_id,
            authorName: row.author_name,
            createdAt: row.created_at.toISOString(),
            text: decryptNote(actor.tenant.noteKey, row, request.id),
          })),
        };
      });
    },
  };
}

export type NoteService = ReturnType<typeof createNoteService>;
