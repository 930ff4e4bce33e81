/** Break-glass openings (R23): the module's public surface (other modules import only this file). */
export * from './break-glass.routes.ts';
export * from './break-glass.service.ts';
