/** Letters in FR/NL/DE: the module's public surface (other modules import only this file). */
export * from './letters.ts';
export { BOLD, FONT, letterFonts } from './fonts.ts';
export * from './messages.ts';
export * from './transfer-notice.ts';
export * from './exchange-proof.ts';
export { LETTER_SETTINGS, type LetterSettings } from './letters.schema.ts';
export { readLetterParties, type LetterParties } from './letters.repository.ts';
export { registerLetterRoutes } from './letters.routes.ts';
