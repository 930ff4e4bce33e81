/**
 * Supporting documents in the social file, with type, date, source and retention class (R17), and the
 * provenance of what came through a BCSS flow (R18): flow, date, ticket. A flow's document is opened only
 * by the file's team or by the worker who filed it, not by a temporary grant. Uploads are checked in
 * documents.ts (allowed types, content matching its type, nothing executable).
 */
import { createHash } from 'node:crypto';
import { invalid, notFound } from '#platform/errors.ts';
import type { Actor } from '../../tenant.ts';
import { isUuid, requestTeamPredicate, withRequest } from '../access/index.ts';
import { readCode } from '../../settings.ts';
import { checkUpload, requireProvenance, safeFilename } from './documents.ts';

export type NewDocument = {
  type: string;
  title: string;
  documentDate: string;
  source: 'person' | 'bcss-flow' | 'other-institution' | 'cpas';
  sourceRef?: string;
  flowName?: string;
  flowDate?: string;
  flowTicket?: string;
  retentionClass: string;
  mediaType?: string;
  filename?: string;
  contentBase64?: string;
};

type DocumentRow = {
  id: string;
  type: string;
  title: string;
  document_date: string;
  source: string;
  source_ref: string | null;
  flow_name: string | null;
  flow_date: string | null;
  flow_ticket: string | null;
  retention_class: string;
  media_type: string | null;
  original_filename: string | null;
  sha256: string | null;
  size_bytes: number;
  created_by: string;
  created_by_name: string;
  created_at: Date;
  has_content: boolean;
  may_open: boolean;
};

const toDocument = (row: DocumentRow) => ({
  id: row.id,
  type: row.type,
  title: row.title,
  documentDate: row.document_date,
  source: row.source,
  sourceRef: row.source_ref,
  provenance: row.flow_name ? { flowName: row.flow_name, flowDate: row.flow_date, flowTicket: row.flow_ticket } : null,
  retentionClass: row.retention_class,
  mediaType: row.media_type,
  filename: row.original_filename,
  sha256: row.sha256,
  sizeBytes: row.size_bytes,
  hasContent: row.has_content,
  mayOpen: row.has_content && row.may_open,
  createdBy: row.created_by_name,
  createdAt: row.created_at.toISOString(),
});

// R18: a flow's document is for the file's team and the worker who filed it ($2: the user).
const MAY_OPEN = `(d.source <> 'bcss-flow' OR d.created_by = $2 OR ${requestTeamPredicate('d.request_id', '$2')})`;
const SELECT = `SELECT d.id, d.type, d.title, d.document_date, d.source, d.source_ref, d.flow_name, d.flow_date, d.flow_ticket, d.retention_class,
       d.media_type, d.original_filename, d.sha256, d.size_bytes, d.created_by, u.display_name AS created_by_name, d.created_at,
       d.content IS NOT NULL AS has_content, ${MAY_OPEN} AS may_open
  FROM documents d JOIN users u ON u.id = d.created_by`;

export function createDocumentService() {
  return {
    async addDocument(actor: Actor, requestId: string, input: NewDocument) {
      requireProvenance(input);
      const { content, mediaType } = checkUpload(input);
      return withRequest(actor, requestId, { action: 'document.create', mode: 'write', recordType: 'document' }, async (tx, request) => {
        if (!(await readCode(tx, 'document-type', input.type)))
          throw invalid('document.unknown-type', 'Unknown document type.', [
            { path: '/type', code: 'not-allowed', message: 'not in the document-type code list' },
          ]);
        if (!(await readCode(tx, 'retention-class', input.retentionClass)))
          throw invalid('document.unknown-retention-class', 'Unknown retention class.', [
            { path: '/retentionClass', code: 'not-allowed', message: 'not in the retention-class code list' },
          ]);
        const isFlow = input.source === 'bcss-flow';
        const inserted = await tx.one<{ id: string }>(
          `INSERT INTO documents (request_id, type, title, document_date, source, source_ref, flow_name, flow_date, flow_ticket, retention_class,
             media_type, original_filename, content, size_bytes, sha256, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id`,
          [
            request.id,
            input.type,
            input.title.trim(),
            input.documentDate,
            input.source,
            input.sourceRef ?? null,
            isFlow ? input.flowName!.trim() : null,
            isFlow ? input.flowDate! : null,
            isFlow ? input.flowTicket!.trim() : null,
            input.retentionClass,
            mediaType,
            input.filename?.trim() || null,
            content,
            content?.length ?? 0,
            content ? createHash('sha256').update(content).digest('hex') : null,
            actor.user.id,
          ],
        );
        return toDocument((await tx.one<DocumentRow>(`${SELECT} WHERE d.id = $1`, [inserted!.id, actor.user.id]))!);
      });
    },

    async listDocuments(actor: Actor, requestId: string) {
      return withRequest(actor, requestId, { action: 'document.list', mode: 'read', recordType: 'document' }, async (tx, request) => {
        const rows = await tx.query<DocumentRow>(`${SELECT} WHERE d.request_id = $1 ORDER BY d.document_date DESC, d.created_at DESC`, [
          request.id,
          actor.user.id,
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
            ? await tx.one<{ content: Buffer | null; media_type: string | null; title: string; may_open: boolean }>(
                `SELECT d.content, d.media_type, d.title, ${MAY_OPEN} AS may_open FROM documents d WHERE d.id = $1 AND d.request_id = $3`,
                [documentId, actor.user.id, request.id],
              )
            : undefined;
          if (!row?.content || !row.may_open) throw notFound('document.not-found', 'No such document content.');
          const mediaType = row.media_type ?? 'application/octet-stream';
          return { content: row.content, mediaType, title: row.title, filename: safeFilename(row.title, mediaType) };
        },
      );
    },
  };
}

export type DocumentService = ReturnType<typeof createDocumentService>;
