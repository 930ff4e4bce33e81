/** Persons and their numbers (R1–R5): the module's public surface (other modules import only this file). */
export * from './persons.routes.ts';
export * from './persons.service.ts';
export { canAccessPersonFile, withPersonFile, type PersonFileRow } from './person-file.ts';
export { applyNissReplacementNotice } from './niss-replacement-notice.ts';
