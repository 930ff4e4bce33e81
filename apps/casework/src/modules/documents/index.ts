/** Supporting documents (R17): the module's public surface (other modules import only this file). */
export * from './documents.routes.ts';
export * from './documents.service.ts';
