/** Request schemas of the document routes. */
import { Type } from '@sinclair/typebox';
import { DateString, Id, strict, Text } from '../../http-context.ts';

export const NewDocumentBody = strict({
  type: Text(64),
  title: Text(300),
  documentDate: DateString,
  source: Type.Union([Type.Literal('person'), Type.Literal('bcss-flow'), Type.Literal('other-institution'), Type.Literal('cpas')]),
  sourceRef: Type.Optional(Text(300)),
  // R18: the provenance of a document from a BCSS flow.
  flowName: Type.Optional(Text(100)),
  flowDate: Type.Optional(DateString),
  flowTicket: Type.Optional(Text(200)),
  retentionClass: Text(64),
  mediaType: Type.Optional(Text(100)),
  filename: Type.Optional(Text(255)),
  // 6 MiB of content once decoded (documents.ts): 8 MiB of base64.
  contentBase64: Type.Optional(Type.String({ maxLength: 8 * 1024 * 1024 + 4, contentEncoding: 'base64' })),
});
export const DocumentParams = strict({ id: Id, documentId: Id });
export const ContentQuery = strict({ disposition: Type.Optional(Type.Union([Type.Literal('inline'), Type.Literal('attachment')])) });
