/** Disclosures to third parties (R26, R27): the module's public surface (other modules import only this file). */
export * from './disclosures.routes.ts';
