/** Supporting documents (R17, R18): the module's public surface (other modules import only this file). */
export * from './documents.routes.ts';
export * from './documents.service.ts';
export { ALLOWED_MEDIA_TYPES, MAX_DOCUMENT_BYTES } from './documents.ts';
