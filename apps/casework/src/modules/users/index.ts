/** Colleagues and the user's preferences: the module's public surface (other modules import only this file). */
export * from './users.routes.ts';
