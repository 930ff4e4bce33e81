/** The deciding body's agenda: the module's public surface (other modules import only this file). */
export * from './agenda.routes.ts';
