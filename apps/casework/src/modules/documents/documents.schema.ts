/** Request schemas of the document routes. */
import { Type } from '@sinclair/typebox';
import { DateString, Id, strict, Text } from '../../http-context.ts';

export const NewDocumentBody = strict({
  type: Text(64),
  title: Text(300),
  documentDate: DateString,
  source: Type.Union([Type.Literal('person'), Type.Literal('bcss-flow'), Type.Literal('other-institution'), Type.Literal('cpas')]),
  sourceRef: Type.Optional(Text(300)),
  retentionClass: Text(64),
  mediaType: Type.Optional(Text(100)),
  contentBase64: Type.Optional(Type.String({ maxLength: 8 * 1024 * 1024, contentEncoding: 'base64' })),
});
export const DocumentParams = strict({ id: Id, documentId: Id });
