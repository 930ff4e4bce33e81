/** Decisions, notification, appeals, letters (R9–R12): the module's public surface (other modules import only this file). */
export * from './decisions.routes.ts';
export * from './decisions.service.ts';
