/** Letters in FR/NL/DE: the module's public surface (other modules import only this file). */
export * from './letters.ts';
export * from './messages.ts';
export * from './transfer-notice.ts';
