/** The hash-chained audit log (R43, R44): the audit module's public surface. */
export * from './audit.ts';
