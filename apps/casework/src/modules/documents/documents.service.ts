/** Supporting documents in the social file, with type, date, source and retention class (R17). */
import { invalid, notFound } from '#platform/errors.ts';
import type { Actor } from '../../tenant.ts';
import { isUuid, withRequest } from '../access/index.ts';
import { readCode } from '../../settings.ts';

export type NewDocument = {
  type: string;
  title: string;
  documentDate: string;
  source: 'person' | 'bcss-flow' | 'other-institution' | 'cpas';
  sourceRef?: string;
  retentionClass: string;
  mediaType?: string;
  contentBase64?: string;
};

type DocumentRow = {
  id: string;
  type: string;
  title: string;
  document_date: string;
  source: string;
  source_ref: string | null;
  retention_class: string;
  media_type: string | null;
  size_bytes: number;
  created_at: Date;
};

const toDocument = (row: DocumentRow) => ({
  id: row.id,
  type: row.type,
  title: row.title,
  documentDate: row.document_date,
  source: row.source,
  sourceRef: row.source_ref,
  retentionClass: row.retention_class,
  mediaType: row.media_type,
  sizeBytes: row.size_bytes,
  createdAt: row.created_at.toISOString(),
});

export function createDocumentService() {
  return {
    async addDocument(actor: Actor, requestId: string, input: NewDocument) {
      const content = input.contentBase64 !== undefined ? Buffer.from(input.contentBase64, 'base64') : null;
      return withRequest(actor, requestId, { action: 'document.create', mode: 'write', recordType: 'document' }, async (tx, request) => {
        if (!(await readCode(tx, 'document-type', input.type)))
          throw invalid('document.unknown-type', 'Unknown document type.', [
            { path: '/type', code: 'not-allowed', message: 'not in the document-type code list' },
          ]);
        if (!(await readCode(tx, 'retention-class', input.retentionClass)))
          throw invalid('document.unknown-retention-class', 'Unknown retention class.', [
            { path: '/retentionClass', code: 'not-allowed', message: 'not in the retention-class code list' },
          ]);
        const row = await tx.one<DocumentRow>(
          `INSERT INTO documents (request_id, type, title, document_date, source, source_ref, retention_class, media_type, content, size_bytes, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING *`,
          [
            request.id,
            input.type,
            input.title,
            input.documentDate,
            input.source,
            input.sourceRef ?? null,
            input.retentionClass,
            input.mediaType ?? null,
            content,
            content?.length ?? 0,
            actor.user.id,
          ],
        );
        return toDocument(row!);
      });
    },

    async listDocuments(actor: Actor, requestId: string) {
      return withRequest(actor, requestId, { action: 'document.list', mode: 'read', recordType: 'document' }, async (tx, request) => {
        const rows = await tx.query<DocumentRow>('SELECT * FROM documents WHERE request_id = $1 ORDER BY document_date, created_at', [
          request.id,
        ]);
        return { items: rows.map(toDocument) };
      });
    },

    async readContent(actor: Actor, requestId: string, documentId: string) {
      return withRequest(
        actor,
        requestId,
        { action: 'document.read', mode: 'read', recordType: 'document', recordId: documentId },
        async (tx, request) => {
          const row = isUuid(documentId)
            ? await tx.one<{ content: Buffer | null; media_type: string | null; title: string }>(
                'SELECT content, media_type, title FROM documents WHERE id = $1 AND request_id = $2',
                [documentId, request.id],
              )
            : undefined;
          if (!row?.content) throw notFound('document.not-found', 'No such document content.');
          return { content: row.content, mediaType: row.media_type ?? 'application/octet-stream', title: row.title };
        },
      );
    },
  };
}

export type DocumentService = ReturnType<typeof createDocumentService>;
