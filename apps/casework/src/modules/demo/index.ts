/** The DEMO federation: the module's public surface (other modules import only this file). */
export * from './demo.routes.ts';
export * from './demo-seed.ts';
export * from './demo-federation.ts';
export * from './demo-portal-reply.ts';
